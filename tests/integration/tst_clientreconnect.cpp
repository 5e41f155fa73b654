// Client reconnection on real sockets: the server goes away and comes back on the same
// port; every ReconnectAttempt delay lies within the backoff bounds; running out of
// attempts ends the connection with one clear error.

#include "clienttestsupport.h"
#include "echoserver.h"
#include "eventrecorder.h"

#include "common/monotonicclock.h"
#include "transport/clientconnection.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Sockscope;
using namespace SockscopeTest;

namespace {

// The delay announced for attempt `n` must lie in
// [base * (1 - jitter), base * (1 + jitter)] with base = initial * factor^(n-1),
// all capped at maxDelayMs (rounding allowed).
QString checkDelay(const Event &attempt, const ReconnectSettings &settings)
{
    const int n = attempt.details.value(QStringLiteral("attempt")).toInt();
    const int delay = attempt.details.value(QStringLiteral("delayMs")).toInt(-1);
    const double base = qMin<double>(settings.initialDelayMs * std::pow(settings.factor, n - 1), settings.maxDelayMs);
    const int low = int(std::floor(qMin<double>(base * (1 - settings.jitter), settings.maxDelayMs)));
    const int high = int(std::ceil(qMin<double>(base * (1 + settings.jitter), settings.maxDelayMs)));
    if (n < 1 || delay < low || delay > high)
        return QStringLiteral("attempt %1: delay %2 ms outside [%3, %4]").arg(n).arg(delay).arg(low).arg(high);
    return {};
}

} // namespace

class TestClientReconnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reconnectsWhenServerReturnsOnSamePort();
    void backoffRestartsAfterStableConnection();
    void exhaustsAttempts();
    void closeWhileWaitingStopsReconnecting();
};

void TestClientReconnect::reconnectsWhenServerReturnsOnSamePort()
{
    EchoServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    ClientSettings settings = quickSettings(server.url());
    settings.reconnect.enabled = true;
    settings.reconnect.initialDelayMs = 50;
    settings.reconnect.factor = 2.0;
    settings.reconnect.maxDelayMs = 200;
    settings.reconnect.jitter = 0.2;
    settings.reconnect.maxAttempts = 0; // unlimited
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);
    QVERIFY(client.sendText("before"));
    QTRY_COMPARE_WITH_TIMEOUT(server.texts().size(), 1, kWaitMs);

    // The server goes away: listener closed, the client told with 1001.
    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventKind::ReconnectAttempt) >= 1, kWaitMs);
    const Event goingAway = recorder.first(EventKind::Close, Direction::In);
    QCOMPARE(goingAway.details.value(QStringLiteral("code")).toInt(), 1001);
    // Let a few attempts fail against the closed port (attempts 1-4: about 50 + 100 + 200 + 200 ms).
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventKind::ReconnectAttempt) >= 4, kWaitMs);
    QVERIFY(recorder.errorCount(QStringLiteral("connection-refused")) >= 3);

    QVERIFY(server.listen(port)); // the same port
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, kWaitMs);
    QCOMPARE(server.connectionCount(), 2);
    QVERIFY(client.sendText("after"));
    QTRY_COMPARE_WITH_TIMEOUT(server.texts().size(), 2, kWaitMs);
    QCOMPARE(server.texts().at(1), QByteArray("after"));
    QCOMPARE(finished.count(), 0);

    const QList<Event> attempts = recorder.of(EventKind::ReconnectAttempt);
    for (int i = 0; i < attempts.size(); ++i) {
        QCOMPARE(attempts.at(i).details.value(QStringLiteral("attempt")).toInt(), i + 1);
        const QString problem = checkDelay(attempts.at(i), settings.reconnect);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(client.stats().reconnects(), quint64(attempts.size()));
    // Only refused attempts failed: no other error on the way.
    QCOMPARE(recorder.errors().size(), recorder.errorCount(QStringLiteral("connection-refused")));
    QVERIFY(recorder.states().contains(QStringLiteral("waiting-to-reconnect")));

    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
}

void TestClientReconnect::backoffRestartsAfterStableConnection()
{
    EchoServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    ClientSettings settings = quickSettings(server.url());
    settings.reconnect.enabled = true;
    settings.reconnect.initialDelayMs = 30;
    settings.reconnect.factor = 2.0;
    settings.reconnect.jitter = 0.0;
    settings.reconnect.resetAfterMs = 150;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    // First outage: attempts 1, 2, 3 with 30, 60, 120 ms.
    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventKind::ReconnectAttempt) >= 3, kWaitMs);
    QVERIFY(server.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, kWaitMs);
    const int attemptsBefore = recorder.count(EventKind::ReconnectAttempt);
    QVERIFY(recorder.last(EventKind::ReconnectAttempt).details.value(QStringLiteral("attempt")).toInt() >= 3);

    // Stay open longer than resetAfterMs, then lose the server again: the schedule
    // starts afresh at attempt 1 with the initial delay.
    const qint64 openedAtNs = recorder.last(EventKind::Open).monotonicNs;
    QTRY_VERIFY_WITH_TIMEOUT(MonotonicClock::nowNs() - openedAtNs > 1000000LL * (settings.reconnect.resetAfterMs + 50),
                             kWaitMs);
    QCOMPARE(client.state(), ConnectionState::Open);
    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventKind::ReconnectAttempt) > attemptsBefore, kWaitMs);
    const Event fresh = recorder.of(EventKind::ReconnectAttempt).at(attemptsBefore);
    QCOMPARE(fresh.details.value(QStringLiteral("attempt")).toInt(), 1);
    QCOMPARE(fresh.details.value(QStringLiteral("delayMs")).toInt(), 30);
    client.close();
}

void TestClientReconnect::exhaustsAttempts()
{
    const quint16 port = unusedPort();
    QVERIFY(port != 0);
    ClientSettings settings = quickSettings(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    settings.reconnect.enabled = true;
    settings.reconnect.initialDelayMs = 20;
    settings.reconnect.factor = 3.0;
    settings.reconnect.maxDelayMs = 100; // bases 20, 60, 100 (capped from 180), 100 (from 540)
    settings.reconnect.jitter = 0.25;
    settings.reconnect.maxAttempts = 4;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);

    const QList<Event> attempts = recorder.of(EventKind::ReconnectAttempt);
    QCOMPARE(attempts.size(), 4);
    for (int i = 0; i < attempts.size(); ++i) {
        QCOMPARE(attempts.at(i).details.value(QStringLiteral("attempt")).toInt(), i + 1);
        QCOMPARE(attempts.at(i).details.value(QStringLiteral("maxAttempts")).toInt(), 4);
        const QString problem = checkDelay(attempts.at(i), settings.reconnect);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(attempts.at(i).details.value(QStringLiteral("delayMs")).toInt() <= 100);
    }
    // Each announced delay is really waited before the next attempt starts.
    const QList<Event> &all = recorder.events();
    int waits = 0;
    for (qsizetype at = 0; at < all.size(); ++at) {
        if (all.at(at).kind != EventKind::ReconnectAttempt)
            continue;
        const Event &attempt = all.at(at);
        for (qsizetype i = at + 1; i < all.size(); ++i) {
            if (all.at(i).kind == EventKind::StateChange
                && all.at(i).details.value(QStringLiteral("to")).toString() == QLatin1String("connecting")) {
                const qint64 waitedMs = (all.at(i).monotonicNs - attempt.monotonicNs) / 1000000;
                QVERIFY2(waitedMs >= attempt.details.value(QStringLiteral("delayMs")).toInt() - 1,
                         qPrintable(QStringLiteral("waited %1 ms").arg(waitedMs)));
                ++waits;
                break;
            }
        }
    }
    QCOMPARE(waits, 4);

    // One refusal per attempt (the first connection and 4 retries), then one final error.
    QCOMPARE(recorder.errorCount(QStringLiteral("connection-refused")), 5);
    QCOMPARE(recorder.errorCount(QStringLiteral("reconnect-exhausted")), 1);
    QCOMPARE(recorder.errors().size(), 6);
    QCOMPARE(recorder.errors().last().details.value(QStringLiteral("error")).toString(),
             QStringLiteral("reconnect-exhausted"));
    QCOMPARE(client.state(), ConnectionState::Closed);
    QCOMPARE(finished.count(), 1);
}

void TestClientReconnect::closeWhileWaitingStopsReconnecting()
{
    const quint16 port = unusedPort();
    QVERIFY(port != 0);
    ClientSettings settings = quickSettings(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    settings.reconnect.enabled = true;
    settings.reconnect.initialDelayMs = 60000; // never comes within this test
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), ConnectionState::WaitingToReconnect, kWaitMs);
    QCOMPARE(finished.count(), 0);

    client.close();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(client.state(), ConnectionState::Closed);
    QCOMPARE(recorder.count(EventKind::ReconnectAttempt), 1);
    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("connection-refused")});
}

QTEST_GUILESS_MAIN(TestClientReconnect)
#include "tst_clientreconnect.moc"
