#include "stats/connectionstats.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using Sockscope::ConnectionStats;
using Sockscope::Direction;
using Sockscope::EventKind;

Q_DECLARE_METATYPE(Sockscope::Direction)
Q_DECLARE_METATYPE(Sockscope::EventKind)

namespace {

constexpr qint64 kMs = 1000 * 1000;
constexpr qint64 kSecond = 1000 * kMs;
constexpr qint64 kStart = 5000 * kSecond;

const QList<EventKind> kCountedKinds = {EventKind::Text, EventKind::Binary, EventKind::Ping, EventKind::Pong,
                                        EventKind::Close};
const QList<EventKind> kAllKinds = {EventKind::Open,  EventKind::Text,        EventKind::Binary,
                                    EventKind::Ping,  EventKind::Pong,        EventKind::Close,
                                    EventKind::Error, EventKind::StateChange, EventKind::ReconnectAttempt,
                                    EventKind::HeartbeatMiss, EventKind::Refused};

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace

class tst_ConnectionStats final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveDefaultValues();
    void countOne_data();
    void countOne();
    void totalsCountOnlyDataMessages();
    void ratesPerDirection();
    void controlFramesDoNotCountTowardRates();
    void roundTripTimes();
    void uptimeAndConnects();
    void queueAndDrops();
    void toJsonFields();
};

void tst_ConnectionStats::shouldHaveDefaultValues()
{
    const ConnectionStats stats;
    for (const Direction direction : {Direction::In, Direction::Out, Direction::Local}) {
        for (const EventKind kind : kAllKinds) {
            QCOMPARE(stats.messages(direction, kind), quint64(0));
            QCOMPARE(stats.bytes(direction, kind), quint64(0));
        }
        QCOMPARE(stats.totalMessages(direction), quint64(0));
        QCOMPARE(stats.totalBytes(direction), quint64(0));
        QCOMPARE(stats.messageRate(direction, kStart), 0.0);
        QCOMPARE(stats.byteRate(direction, kStart), 0.0);
    }
    QCOMPARE(stats.uptimeNs(kStart), qint64(0));
    QCOMPARE(stats.connects(), quint64(0));
    QCOMPARE(stats.reconnects(), quint64(0));
    QCOMPARE(stats.rttCount(), quint64(0));
    QCOMPARE(stats.rttLastNs(), qint64(0));
    QCOMPARE(stats.rttMinNs(), qint64(0));
    QCOMPARE(stats.rttMaxNs(), qint64(0));
    QCOMPARE(stats.rttAvgNs(), qint64(0));
    QCOMPARE(stats.queuedBytes(), qint64(0));
    QCOMPARE(stats.peakQueuedBytes(), qint64(0));
    QCOMPARE(stats.droppedMessages(), quint64(0));
}

void tst_ConnectionStats::countOne_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<EventKind>("kind");
    QTest::addColumn<bool>("counted");

    for (const Direction direction : {Direction::In, Direction::Out, Direction::Local}) {
        for (const EventKind kind : kAllKinds) {
            const bool counted = direction != Direction::Local && kCountedKinds.contains(kind);
            QTest::addRow("%s %s", qPrintable(Sockscope::directionName(direction)),
                          qPrintable(Sockscope::eventKindName(kind)))
                << direction << kind << counted;
        }
    }
}

// One event lands in exactly one counter, or in none.
void tst_ConnectionStats::countOne()
{
    QFETCH(Direction, direction);
    QFETCH(EventKind, kind);
    QFETCH(bool, counted);

    ConnectionStats stats;
    stats.count(direction, kind, 37, kStart);
    stats.count(direction, kind, 5, kStart + kMs);

    for (const Direction d : {Direction::In, Direction::Out, Direction::Local}) {
        for (const EventKind k : kAllKinds) {
            const bool here = counted && d == direction && k == kind;
            QCOMPARE(stats.messages(d, k), quint64(here ? 2 : 0));
            QCOMPARE(stats.bytes(d, k), quint64(here ? 42 : 0));
        }
    }
}

void tst_ConnectionStats::totalsCountOnlyDataMessages()
{
    ConnectionStats stats;
    stats.count(Direction::In, EventKind::Text, 10, kStart);
    stats.count(Direction::In, EventKind::Binary, 20, kStart);
    stats.count(Direction::In, EventKind::Ping, 4, kStart);
    stats.count(Direction::In, EventKind::Pong, 4, kStart);
    stats.count(Direction::In, EventKind::Close, 2, kStart);
    stats.count(Direction::Out, EventKind::Text, 100, kStart);
    stats.count(Direction::Local, EventKind::Text, 1000, kStart);

    QCOMPARE(stats.totalMessages(Direction::In), quint64(2));
    QCOMPARE(stats.totalBytes(Direction::In), quint64(30));
    QCOMPARE(stats.totalMessages(Direction::Out), quint64(1));
    QCOMPARE(stats.totalBytes(Direction::Out), quint64(100));
    QCOMPARE(stats.totalMessages(Direction::Local), quint64(0));
    QCOMPARE(stats.totalBytes(Direction::Local), quint64(0));
}

void tst_ConnectionStats::ratesPerDirection()
{
    ConnectionStats stats;
    // A simulated second: 50 incoming texts of 100 bytes, 20 outgoing binaries of 1000.
    for (int i = 0; i < 50; ++i)
        stats.count(Direction::In, EventKind::Text, 100, kStart + i * 20 * kMs);
    for (int i = 0; i < 20; ++i)
        stats.count(Direction::Out, EventKind::Binary, 1000, kStart + i * 50 * kMs);

    const qint64 now = kStart + kSecond;
    QCOMPARE(stats.messageRate(Direction::In, now), 50.0);
    QCOMPARE(stats.byteRate(Direction::In, now), 5000.0);
    QCOMPARE(stats.messageRate(Direction::Out, now), 20.0);
    QCOMPARE(stats.byteRate(Direction::Out, now), 20000.0);
    QCOMPARE(stats.messageRate(Direction::Local, now), 0.0);
    QCOMPARE(stats.byteRate(Direction::Local, now), 0.0);

    // A second later the window is empty, the totals are not.
    QCOMPARE(stats.messageRate(Direction::In, now + kSecond), 0.0);
    QCOMPARE(stats.byteRate(Direction::Out, now + kSecond), 0.0);
    QCOMPARE(stats.totalMessages(Direction::In), quint64(50));
}

void tst_ConnectionStats::controlFramesDoNotCountTowardRates()
{
    ConnectionStats stats;
    for (int i = 0; i < 10; ++i) {
        stats.count(Direction::In, EventKind::Ping, 10, kStart + i * kMs);
        stats.count(Direction::Out, EventKind::Pong, 10, kStart + i * kMs);
        stats.count(Direction::In, EventKind::Close, 2, kStart + i * kMs);
    }
    QCOMPARE(stats.messageRate(Direction::In, kStart + kSecond), 0.0);
    QCOMPARE(stats.byteRate(Direction::In, kStart + kSecond), 0.0);
    QCOMPARE(stats.messageRate(Direction::Out, kStart + kSecond), 0.0);
    QCOMPARE(stats.messages(Direction::In, EventKind::Ping), quint64(10));
}

void tst_ConnectionStats::roundTripTimes()
{
    ConnectionStats stats;
    stats.addRtt(300 * kMs);
    QCOMPARE(stats.rttCount(), quint64(1));
    QCOMPARE(stats.rttMinNs(), 300 * kMs);
    QCOMPARE(stats.rttMaxNs(), 300 * kMs);
    QCOMPARE(stats.rttAvgNs(), 300 * kMs);
    QCOMPARE(stats.rttLastNs(), 300 * kMs);

    stats.addRtt(100 * kMs);
    stats.addRtt(500 * kMs);
    stats.addRtt(200 * kMs);
    QCOMPARE(stats.rttCount(), quint64(4));
    QCOMPARE(stats.rttMinNs(), 100 * kMs);
    QCOMPARE(stats.rttMaxNs(), 500 * kMs);
    QCOMPARE(stats.rttAvgNs(), 275 * kMs);
    QCOMPARE(stats.rttLastNs(), 200 * kMs);
}

void tst_ConnectionStats::uptimeAndConnects()
{
    ConnectionStats stats;
    stats.opened(kStart);
    QCOMPARE(stats.connects(), quint64(1));
    QCOMPARE(stats.uptimeNs(kStart), qint64(0));
    QCOMPARE(stats.uptimeNs(kStart + 3 * kSecond), 3 * kSecond);
    stats.closed();
    QCOMPARE(stats.uptimeNs(kStart + 4 * kSecond), qint64(0));

    stats.reconnectScheduled();
    stats.reconnectScheduled();
    stats.opened(kStart + 10 * kSecond);
    QCOMPARE(stats.connects(), quint64(2));
    QCOMPARE(stats.reconnects(), quint64(2));
    QCOMPARE(stats.uptimeNs(kStart + 11 * kSecond), kSecond);
}

void tst_ConnectionStats::queueAndDrops()
{
    ConnectionStats stats;
    stats.queueDepth(100);
    stats.queueDepth(5000);
    stats.queueDepth(30);
    QCOMPARE(stats.queuedBytes(), qint64(30));
    QCOMPARE(stats.peakQueuedBytes(), qint64(5000));
    stats.dropped(3);
    stats.dropped(4);
    QCOMPARE(stats.droppedMessages(), quint64(7));
}

void tst_ConnectionStats::toJsonFields()
{
    ConnectionStats stats;
    QJsonObject empty = stats.toJson(kStart);
    QCOMPARE(keysOf(empty), (QSet<QString>{QStringLiteral("in"), QStringLiteral("out"), QStringLiteral("uptimeNs"),
                                            QStringLiteral("connects"), QStringLiteral("reconnects"),
                                            QStringLiteral("rtt"), QStringLiteral("queuedBytes"),
                                            QStringLiteral("peakQueuedBytes"), QStringLiteral("droppedMessages"),
                                            QStringLiteral("waitingForSocket"), QStringLiteral("backpressurePauses")}));
    // Without samples, the RTT object holds only the count.
    QCOMPARE(empty.value(QStringLiteral("rtt")).toObject(), (QJsonObject{{QStringLiteral("count"), 0}}));

    stats.opened(kStart);
    for (int i = 0; i < 10; ++i)
        stats.count(Direction::In, EventKind::Text, 8, kStart + i * 100 * kMs);
    stats.count(Direction::Out, EventKind::Binary, 64, kStart);
    stats.count(Direction::Out, EventKind::Ping, 4, kStart);
    stats.count(Direction::In, EventKind::Pong, 4, kStart);
    stats.count(Direction::In, EventKind::Close, 2, kStart);
    stats.addRtt(10 * kMs);
    stats.addRtt(30 * kMs);
    stats.queueDepth(77);
    stats.queueDepth(7);
    stats.dropped(2);
    stats.reconnectScheduled();

    const QJsonObject json = stats.toJson(kStart + kSecond);
    QCOMPARE(json.value(QStringLiteral("uptimeNs")).toDouble(), double(kSecond));
    QCOMPARE(json.value(QStringLiteral("connects")).toDouble(), 1.0);
    QCOMPARE(json.value(QStringLiteral("reconnects")).toDouble(), 1.0);
    QCOMPARE(json.value(QStringLiteral("queuedBytes")).toDouble(), 7.0);
    QCOMPARE(json.value(QStringLiteral("peakQueuedBytes")).toDouble(), 77.0);
    QCOMPARE(json.value(QStringLiteral("droppedMessages")).toDouble(), 2.0);

    const QJsonObject rtt = json.value(QStringLiteral("rtt")).toObject();
    QCOMPARE(rtt, (QJsonObject{{QStringLiteral("count"), 2},
                               {QStringLiteral("lastNs"), double(30 * kMs)},
                               {QStringLiteral("minNs"), double(10 * kMs)},
                               {QStringLiteral("avgNs"), double(20 * kMs)},
                               {QStringLiteral("maxNs"), double(30 * kMs)}}));

    const QSet<QString> sideKeys = {QStringLiteral("text"), QStringLiteral("binary"), QStringLiteral("ping"),
                                    QStringLiteral("pong"), QStringLiteral("close"),
                                    QStringLiteral("messagesPerSecond"), QStringLiteral("bytesPerSecond")};
    const QJsonObject in = json.value(QStringLiteral("in")).toObject();
    const QJsonObject out = json.value(QStringLiteral("out")).toObject();
    QCOMPARE(keysOf(in), sideKeys);
    QCOMPARE(keysOf(out), sideKeys);

    const auto counter = [](const QJsonObject &side, const char *kind) {
        const QJsonObject object = side.value(QLatin1String(kind)).toObject();
        return qMakePair(object.value(QStringLiteral("messages")).toDouble(),
                         object.value(QStringLiteral("bytes")).toDouble());
    };
    QCOMPARE(counter(in, "text"), qMakePair(10.0, 80.0));
    QCOMPARE(counter(in, "binary"), qMakePair(0.0, 0.0));
    QCOMPARE(counter(in, "pong"), qMakePair(1.0, 4.0));
    QCOMPARE(counter(in, "close"), qMakePair(1.0, 2.0));
    QCOMPARE(counter(out, "binary"), qMakePair(1.0, 64.0));
    QCOMPARE(counter(out, "ping"), qMakePair(1.0, 4.0));
    QCOMPARE(counter(out, "text"), qMakePair(0.0, 0.0));
    QCOMPARE(in.value(QStringLiteral("messagesPerSecond")).toDouble(), 10.0);
    QCOMPARE(in.value(QStringLiteral("bytesPerSecond")).toDouble(), 80.0);
    QCOMPARE(out.value(QStringLiteral("messagesPerSecond")).toDouble(), 1.0);
    QCOMPARE(out.value(QStringLiteral("bytesPerSecond")).toDouble(), 64.0);
}

QTEST_GUILESS_MAIN(tst_ConnectionStats)
#include "tst_connectionstats.moc"
