#include "capture/capturepipeline.h"
#include "capture/recordsink.h"

#include "testtiming.h"

#include <QSignalSpy>
#include <QTest>

#include <vector>

using namespace Sockscope;

namespace {

constexpr qint64 kMs = 1000000;

// Keeps every record, as the frames model does before anything is evicted.
class VectorSink final : public RecordSink
{
public:
    quint64 appendedCount() const override { return records.size(); }
    quint64 append(FrameRecord &&record) override
    {
        records.push_back(std::move(record));
        return records.size() - 1;
    }
    FrameRecord *record(quint64 index) override { return index < records.size() ? &records[index] : nullptr; }
    void notePairChanged() override { ++pairChanges; }

    std::vector<FrameRecord> records;
    int pairChanges = 0;
};

Event textEvent(Direction direction, const QByteArray &payload, qint64 atMs)
{
    Event event;
    event.kind = EventKind::Text;
    event.direction = direction;
    event.payload = payload;
    event.size = payload.size();
    event.monotonicNs = atMs * kMs;
    return event;
}

Event localEvent(EventKind kind, const QJsonObject &details = {})
{
    Event event;
    event.kind = kind;
    event.details = details;
    return event;
}

} // namespace

class TestCapturePipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairsAResponseWithItsRequest()
    {
        VectorSink sink;
        CapturePipeline pipeline({});
        pipeline.setSink(&sink);
        pipeline.addEvent(textEvent(Direction::Out, R"({"jsonrpc":"2.0","id":1,"method":"ping"})", 1));
        pipeline.addEvent(textEvent(Direction::In, R"({"jsonrpc":"2.0","id":1,"result":{}})", 4));
        pipeline.processQueued();

        QCOMPARE(sink.records.size(), size_t(2));
        const FrameRecord &request = sink.records[0];
        const FrameRecord &response = sink.records[1];
        QCOMPARE(request.rpcKind, RpcKind::Request);
        QCOMPARE(response.rpcKind, RpcKind::Result);
        QCOMPARE(request.pairIndex, quint64(1));
        QCOMPARE(response.pairIndex, quint64(0));
        QCOMPARE(response.latencyNs, 3 * kMs);
        QCOMPARE(request.latencyNs, 3 * kMs); // written back when the response came
        QCOMPARE(pipeline.methods().name(response.methodId), QStringLiteral("ping"));
        QCOMPARE(sink.pairChanges, 1);
        QCOMPARE(pipeline.latencySeries().size(), 1);
        QCOMPARE(pipeline.rpc().sentMethods().value(QStringLiteral("ping")).requests(), quint64(1));
    }

    void queuedEventsAreProcessedByTheEventLoop()
    {
        VectorSink sink;
        CapturePipeline pipeline({});
        pipeline.setSink(&sink);
        for (int i = 0; i < 3; ++i)
            pipeline.addEvent(textEvent(Direction::In, "hello", i));
        QCOMPARE(sink.records.size(), size_t(0));
        QCOMPARE(pipeline.queuedCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(sink.records.size(), size_t(3), SockscopeTest::kWaitMs);
        QCOMPARE(pipeline.queuedCount(), 0);
    }

    void aLongQueueIsProcessedAtOnce()
    {
        CapturePipeline::Settings settings;
        settings.maxQueued = 2;
        VectorSink sink;
        CapturePipeline pipeline(settings);
        pipeline.setSink(&sink);
        for (int i = 0; i < 3; ++i)
            pipeline.addEvent(textEvent(Direction::In, "hello", i));
        // No event loop ran: the third event went over the bound and everything was stored.
        QCOMPARE(sink.records.size(), size_t(3));
        QCOMPARE(pipeline.queuedCount(), 0);
    }

    void findingsFollowAsDerivedRecords()
    {
        VectorSink sink;
        CapturePipeline pipeline({});
        pipeline.setSink(&sink);
        // A response nobody asked for: the record, then the annotator's orphan warning.
        pipeline.addEvent(textEvent(Direction::In, R"({"jsonrpc":"2.0","id":7,"result":1})", 1));
        pipeline.processQueued();
        QCOMPARE(sink.records.size(), size_t(2));
        QVERIFY(!sink.records[0].derived);
        QVERIFY(sink.records[1].derived);
        QCOMPARE(sink.records[1].event.kind, EventKind::Error);
    }

    void expiredRequestsBecomeRecords()
    {
        CapturePipeline::Settings settings;
        settings.pairing.timeoutMs = 10;
        VectorSink sink;
        CapturePipeline pipeline(settings);
        pipeline.setSink(&sink);
        pipeline.addEvent(textEvent(Direction::Out, R"({"jsonrpc":"2.0","id":1,"method":"slow"})", 0));
        pipeline.processQueued();
        pipeline.expireRequests(1000 * kMs);
        pipeline.processQueued();
        QCOMPARE(sink.records.size(), size_t(2));
        QVERIFY(sink.records[1].derived);
        QVERIFY(sink.records[1].event.details.value(QLatin1String("message")).toString().contains(QLatin1String("slow")));
    }

    void heartbeatRoundTripsAreSampled()
    {
        VectorSink sink;
        CapturePipeline pipeline({});
        pipeline.setSink(&sink);
        Event pong = localEvent(EventKind::Pong, {{QStringLiteral("rttNs"), 2500000.0}});
        pong.direction = Direction::In;
        pipeline.addEvent(pong);
        pipeline.processQueued();
        QCOMPARE(pipeline.rttSeries().size(), 1);
        QCOMPARE(pipeline.rttSeries().maxValue(), qint64(2500000));
    }

    void theObserverSeesEveryRecordBeforeItIsStored()
    {
        VectorSink sink;
        CapturePipeline pipeline({});
        pipeline.setSink(&sink);
        QList<quint64> storedBefore;
        pipeline.setRecordObserver([&](const FrameRecord &) { storedBefore.append(sink.records.size()); });
        pipeline.addEvent(textEvent(Direction::In, "a", 0));
        pipeline.addEvent(textEvent(Direction::In, "b", 1));
        pipeline.processQueued();
        QCOMPARE(storedBefore, (QList<quint64>{0, 1}));
    }

    void problemEvents_data()
    {
        QTest::addColumn<Event>("event");
        QTest::addColumn<bool>("problem");
        QTest::newRow("text") << textEvent(Direction::In, "x", 0) << false;
        QTest::newRow("error") << localEvent(EventKind::Error) << true;
        QTest::newRow("heartbeat miss") << localEvent(EventKind::HeartbeatMiss) << true;
        QTest::newRow("refused") << localEvent(EventKind::Refused) << true;
        QTest::newRow("state change") << localEvent(EventKind::StateChange) << false;
        QTest::newRow("close without code") << localEvent(EventKind::Close) << false;
        for (int code : {1000, 1001, 1005})
            QTest::addRow("close %d", code) << localEvent(EventKind::Close, {{QStringLiteral("code"), code}}) << false;
        for (int code : {1002, 1006, 1009, 1011, 4000})
            QTest::addRow("close %d", code) << localEvent(EventKind::Close, {{QStringLiteral("code"), code}}) << true;
    }

    void problemEvents()
    {
        QFETCH(Event, event);
        QFETCH(bool, problem);
        QCOMPARE(CapturePipeline::isProblemEvent(event), problem);
        VectorSink sink;
        CapturePipeline pipeline({});
        pipeline.setSink(&sink);
        pipeline.addEvent(event);
        pipeline.processQueued();
        QCOMPARE(sink.records.front().isProblem, problem);
    }
};

Q_DECLARE_METATYPE(Sockscope::Event)

QTEST_GUILESS_MAIN(TestCapturePipeline)
#include "tst_capturepipeline.moc"
