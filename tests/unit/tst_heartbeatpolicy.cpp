#include "heartbeat/heartbeatpolicy.h"

#include <QTest>

using Sockscope::HeartbeatKind;
using Sockscope::HeartbeatPolicy;
using Sockscope::HeartbeatSettings;

Q_DECLARE_METATYPE(Sockscope::HeartbeatKind)

namespace {

using Action = HeartbeatPolicy::Action;

constexpr qint64 kMs = 1000 * 1000;
// An arbitrary, large start time: the policy must not assume a clock starting at zero.
constexpr qint64 kStart = 123456789LL * kMs;

HeartbeatSettings settings(HeartbeatKind kind, int intervalMs, int timeoutMs)
{
    HeartbeatSettings s;
    s.kind = kind;
    s.intervalMs = intervalMs;
    s.timeoutMs = timeoutMs;
    return s;
}

} // namespace

class tst_HeartbeatPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveDefaultValues();
    void kindNames();
    void disabled_data();
    void disabled();
    void enabledForEveryKind_data();
    void enabledForEveryKind();
    void firstProbeOneIntervalAfterStart();
    void answerReturnsRoundTripTime();
    void missedExactlyAtTimeout_data();
    void missedExactlyAtTimeout();
    void tokenMismatchIgnored();
    void answerWithoutOutstandingProbeIgnored();
    void lateAnswerAfterMissIgnored();
    void nextDeadline();
    void missesAccumulate();
    void stop();
    void restartAfterStop();
};

void tst_HeartbeatPolicy::shouldHaveDefaultValues()
{
    const HeartbeatSettings defaults;
    QCOMPARE(defaults.kind, HeartbeatKind::Off);
    QCOMPARE(defaults.intervalMs, 20000);
    QCOMPARE(defaults.timeoutMs, 20000);
    QCOMPARE(defaults.onMiss, Sockscope::HeartbeatMissOutcome::Log);
    QCOMPARE(defaults.appPing, QByteArray("ping"));
    QCOMPARE(defaults.appPong, QByteArray("pong"));
    QCOMPARE(defaults.appBinary, false);
    QCOMPARE(defaults.answerAppPing, false);

    HeartbeatPolicy policy;
    QVERIFY(!policy.isEnabled());
    QVERIFY(!policy.awaitingAnswer());
    QCOMPARE(policy.misses(), 0);
    QCOMPARE(policy.probeToken(), quint64(1));
    QCOMPARE(policy.nextDeadlineNs(), qint64(-1));
    QCOMPARE(policy.poll(kStart), Action::None);
    QVERIFY(!policy.answerReceived(kStart).has_value());
}

void tst_HeartbeatPolicy::kindNames()
{
    for (const HeartbeatKind kind : {HeartbeatKind::Off, HeartbeatKind::Rfc, HeartbeatKind::Mcp, HeartbeatKind::App}) {
        HeartbeatKind parsed = kind == HeartbeatKind::Off ? HeartbeatKind::App : HeartbeatKind::Off;
        QVERIFY(Sockscope::heartbeatKindFromName(Sockscope::heartbeatKindName(kind), &parsed));
        QCOMPARE(parsed, kind);
    }
    HeartbeatKind untouched = HeartbeatKind::Mcp;
    QVERIFY(!Sockscope::heartbeatKindFromName(QStringLiteral("RFC"), &untouched));
    QCOMPARE(untouched, HeartbeatKind::Mcp);
}

void tst_HeartbeatPolicy::disabled_data()
{
    QTest::addColumn<HeartbeatKind>("kind");
    QTest::addColumn<int>("intervalMs");

    QTest::newRow("off") << HeartbeatKind::Off << 1000;
    QTest::newRow("rfc, interval 0") << HeartbeatKind::Rfc << 0;
    QTest::newRow("mcp, interval 0") << HeartbeatKind::Mcp << 0;
    QTest::newRow("app, interval 0") << HeartbeatKind::App << 0;
}

void tst_HeartbeatPolicy::disabled()
{
    QFETCH(HeartbeatKind, kind);
    QFETCH(int, intervalMs);

    HeartbeatPolicy policy(settings(kind, intervalMs, 1000));
    QVERIFY(!policy.isEnabled());
    policy.start(kStart);
    for (qint64 t = kStart; t <= kStart + 100000 * kMs; t += 997 * kMs)
        QCOMPARE(policy.poll(t), Action::None);
    QCOMPARE(policy.nextDeadlineNs(), qint64(-1));
    QVERIFY(!policy.awaitingAnswer());
    QCOMPARE(policy.misses(), 0);
}

void tst_HeartbeatPolicy::enabledForEveryKind_data()
{
    QTest::addColumn<HeartbeatKind>("kind");

    QTest::newRow("rfc") << HeartbeatKind::Rfc;
    QTest::newRow("mcp") << HeartbeatKind::Mcp;
    QTest::newRow("app") << HeartbeatKind::App;
}

void tst_HeartbeatPolicy::enabledForEveryKind()
{
    QFETCH(HeartbeatKind, kind);

    HeartbeatPolicy policy(settings(kind, 1000, 500));
    QVERIFY(policy.isEnabled());
    // Not running before start().
    QCOMPARE(policy.poll(kStart + 5000 * kMs), Action::None);
    QCOMPARE(policy.nextDeadlineNs(), qint64(-1));
    policy.start(kStart);
    QCOMPARE(policy.poll(kStart + 1000 * kMs), Action::SendProbe);
}

void tst_HeartbeatPolicy::firstProbeOneIntervalAfterStart()
{
    HeartbeatPolicy policy(settings(HeartbeatKind::Rfc, 1000, 500));
    policy.start(kStart);
    QCOMPARE(policy.nextDeadlineNs(), kStart + 1000 * kMs);
    QCOMPARE(policy.poll(kStart), Action::None);
    QCOMPARE(policy.poll(kStart + 1000 * kMs - 1), Action::None);
    QCOMPARE(policy.poll(kStart + 1000 * kMs), Action::SendProbe);
    // Until the probe is reported sent, the answer stays the same.
    QCOMPARE(policy.poll(kStart + 1000 * kMs + 1), Action::SendProbe);
    QVERIFY(!policy.awaitingAnswer());

    const quint64 token = policy.probeToken();
    policy.probeSent(kStart + 1000 * kMs + 1);
    QVERIFY(policy.awaitingAnswer());
    QCOMPARE(policy.probeToken(), token + 1);
    QCOMPARE(policy.poll(kStart + 1000 * kMs + 2), Action::None);
}

void tst_HeartbeatPolicy::answerReturnsRoundTripTime()
{
    HeartbeatPolicy policy(settings(HeartbeatKind::Mcp, 1000, 500));
    policy.start(kStart);
    const qint64 sent = kStart + 1000 * kMs;
    QCOMPARE(policy.poll(sent), Action::SendProbe);
    const quint64 token = policy.probeToken();
    policy.probeSent(sent);

    const std::optional<qint64> rtt = policy.answerReceived(sent + 123456, token);
    QVERIFY(rtt.has_value());
    QCOMPARE(*rtt, qint64(123456));
    QVERIFY(!policy.awaitingAnswer());
    QCOMPARE(policy.misses(), 0);
    // A duplicate answer answers nothing.
    QVERIFY(!policy.answerReceived(sent + 200000, token).has_value());

    // The next probe goes out one interval after the previous one was sent.
    QCOMPARE(policy.poll(sent + 1000 * kMs - 1), Action::None);
    QCOMPARE(policy.poll(sent + 1000 * kMs), Action::SendProbe);
    policy.probeSent(sent + 1000 * kMs);
    // Kinds without tokens answer the outstanding probe.
    const std::optional<qint64> untokened = policy.answerReceived(sent + 1000 * kMs + 7 * kMs);
    QVERIFY(untokened.has_value());
    QCOMPARE(*untokened, 7 * kMs);
}

void tst_HeartbeatPolicy::missedExactlyAtTimeout_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("timeoutMs");

    QTest::newRow("timeout shorter than interval") << 1000 << 300;
    QTest::newRow("timeout equal to interval") << 20000 << 20000;
    QTest::newRow("timeout longer than interval") << 500 << 2000;
}

void tst_HeartbeatPolicy::missedExactlyAtTimeout()
{
    QFETCH(int, intervalMs);
    QFETCH(int, timeoutMs);

    const qint64 interval = intervalMs * kMs;
    const qint64 timeout = timeoutMs * kMs;
    HeartbeatPolicy policy(settings(HeartbeatKind::Rfc, intervalMs, timeoutMs));
    policy.start(kStart);
    QCOMPARE(policy.poll(kStart + interval), Action::SendProbe);
    policy.probeSent(kStart + interval);

    QCOMPARE(policy.poll(kStart + interval + timeout - 1), Action::None);
    QCOMPARE(policy.misses(), 0);
    QVERIFY(policy.awaitingAnswer());
    QCOMPARE(policy.poll(kStart + interval + timeout), Action::Missed);
    QCOMPARE(policy.misses(), 1);
    QVERIFY(!policy.awaitingAnswer());
}

void tst_HeartbeatPolicy::tokenMismatchIgnored()
{
    HeartbeatPolicy policy(settings(HeartbeatKind::Mcp, 1000, 500));
    policy.start(kStart);
    const qint64 sent = kStart + 1000 * kMs;
    const quint64 token = policy.probeToken();
    policy.probeSent(sent);

    QVERIFY(!policy.answerReceived(sent + 10, token + 1).has_value());
    QVERIFY(!policy.answerReceived(sent + 20, token - 1).has_value());
    QVERIFY(!policy.answerReceived(sent + 30, quint64(0)).has_value());
    QVERIFY(policy.awaitingAnswer());
    const std::optional<qint64> rtt = policy.answerReceived(sent + 40, token);
    QVERIFY(rtt.has_value());
    QCOMPARE(*rtt, qint64(40));
}

void tst_HeartbeatPolicy::answerWithoutOutstandingProbeIgnored()
{
    HeartbeatPolicy policy(settings(HeartbeatKind::Rfc, 1000, 500));
    QVERIFY(!policy.answerReceived(kStart).has_value()); // not started
    policy.start(kStart);
    QVERIFY(!policy.answerReceived(kStart + 10).has_value());
    QVERIFY(!policy.answerReceived(kStart + 20, policy.probeToken()).has_value());
    // An unsolicited answer does not push the next probe back.
    QCOMPARE(policy.nextDeadlineNs(), kStart + 1000 * kMs);
    QCOMPARE(policy.poll(kStart + 1000 * kMs), Action::SendProbe);
}

void tst_HeartbeatPolicy::lateAnswerAfterMissIgnored()
{
    HeartbeatPolicy policy(settings(HeartbeatKind::Rfc, 1000, 500));
    policy.start(kStart);
    const qint64 sent = kStart + 1000 * kMs;
    const quint64 token = policy.probeToken();
    policy.probeSent(sent);
    QCOMPARE(policy.poll(sent + 500 * kMs), Action::Missed);
    QVERIFY(!policy.answerReceived(sent + 501 * kMs, token).has_value());
    QVERIFY(!policy.answerReceived(sent + 502 * kMs).has_value());
    QCOMPARE(policy.misses(), 1);
}

void tst_HeartbeatPolicy::nextDeadline()
{
    HeartbeatPolicy policy(settings(HeartbeatKind::App, 1000, 300));
    QCOMPARE(policy.nextDeadlineNs(), qint64(-1));
    policy.start(kStart);
    QCOMPARE(policy.nextDeadlineNs(), kStart + 1000 * kMs);

    const qint64 sent = kStart + 1000 * kMs + 5;
    policy.probeSent(sent);
    QCOMPARE(policy.nextDeadlineNs(), sent + 300 * kMs);

    QVERIFY(policy.answerReceived(sent + 50 * kMs).has_value());
    QCOMPARE(policy.nextDeadlineNs(), sent + 1000 * kMs);

    const qint64 sent2 = sent + 1000 * kMs;
    QCOMPARE(policy.poll(sent2), Action::SendProbe);
    policy.probeSent(sent2);
    QCOMPARE(policy.nextDeadlineNs(), sent2 + 300 * kMs);
    QCOMPARE(policy.poll(sent2 + 300 * kMs), Action::Missed);
    // After a miss the schedule continues from the unanswered probe.
    QCOMPARE(policy.nextDeadlineNs(), sent2 + 1000 * kMs);
    QCOMPARE(policy.poll(sent2 + 1000 * kMs - 1), Action::None);
    QCOMPARE(policy.poll(sent2 + 1000 * kMs), Action::SendProbe);

    policy.stop();
    QCOMPARE(policy.nextDeadlineNs(), qint64(-1));
}

void tst_HeartbeatPolicy::missesAccumulate()
{
    HeartbeatPolicy policy(settings(HeartbeatKind::Rfc, 1000, 400));
    policy.start(kStart);
    qint64 now = kStart;
    int sent = 0;
    // Walk the clock in 100 ms steps for 10 s; nothing ever answers.
    for (int step = 0; step <= 100; ++step, now += 100 * kMs) {
        switch (policy.poll(now)) {
        case Action::SendProbe:
            policy.probeSent(now);
            ++sent;
            break;
        case Action::Missed:
        case Action::None:
            break;
        }
    }
    // Probes at 1 s, 2 s, ... 10 s; each missed 400 ms later, except the last.
    QCOMPARE(sent, 10);
    QCOMPARE(policy.misses(), 9);
    QVERIFY(policy.awaitingAnswer());
}

void tst_HeartbeatPolicy::stop()
{
    HeartbeatPolicy policy(settings(HeartbeatKind::Rfc, 1000, 500));
    policy.start(kStart);
    const quint64 token = policy.probeToken();
    policy.probeSent(kStart + 1000 * kMs);
    policy.stop();

    QVERIFY(!policy.awaitingAnswer());
    QCOMPARE(policy.nextDeadlineNs(), qint64(-1));
    QCOMPARE(policy.poll(kStart + 1000 * kMs + 500 * kMs), Action::None);
    QCOMPARE(policy.poll(kStart + 100000 * kMs), Action::None);
    QVERIFY(!policy.answerReceived(kStart + 1001 * kMs, token).has_value());
    QCOMPARE(policy.misses(), 0);
}

void tst_HeartbeatPolicy::restartAfterStop()
{
    HeartbeatPolicy policy(settings(HeartbeatKind::Rfc, 1000, 500));
    policy.start(kStart);
    policy.probeSent(kStart + 1000 * kMs);
    policy.stop();

    const qint64 restart = kStart + 60000 * kMs;
    policy.start(restart);
    QVERIFY(!policy.awaitingAnswer());
    QCOMPARE(policy.nextDeadlineNs(), restart + 1000 * kMs);
    QCOMPARE(policy.poll(restart + 1000 * kMs - 1), Action::None);
    QCOMPARE(policy.poll(restart + 1000 * kMs), Action::SendProbe);
}

QTEST_GUILESS_MAIN(tst_HeartbeatPolicy)
#include "tst_heartbeatpolicy.moc"
