#include "capture/eventstore.h"

#include <QTest>

using namespace Sockscope;

namespace {

FrameRecord record(int n)
{
    FrameRecord r;
    r.event.sequence = quint64(n);
    r.event.kind = EventKind::Text;
    r.event.payload = QByteArray::number(n);
    return r;
}

} // namespace

// The bounded ring under the live frames: stable indexes, eviction counted, chunked storage.
class TestEventStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues()
    {
        EventStore store(10);
        QCOMPARE(store.capacity(), 10);
        QCOMPARE(store.size(), 0);
        QVERIFY(store.isEmpty());
        QCOMPARE(store.firstIndex(), 0u);
        QCOMPARE(store.endIndex(), 0u);
        QCOMPARE(store.evictedCount(), 0u);
        QVERIFY(!store.contains(0));
        QCOMPARE(store.overflowFor(10), 0);
        QCOMPARE(store.overflowFor(11), 1);
        QCOMPARE(EventStore(0).capacity(), 1);
    }

    void appendGivesConsecutiveIndexes()
    {
        EventStore store(10);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(store.append(record(i)), quint64(i));
        QCOMPARE(store.size(), 5);
        QCOMPARE(store.endIndex(), 5u);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(store.at(quint64(i)).event.payload, QByteArray::number(i));
    }

    void fullStoreEvictsTheOldest()
    {
        EventStore store(3);
        for (int i = 0; i < 7; ++i)
            store.append(record(i));
        QCOMPARE(store.size(), 3);
        QCOMPARE(store.evictedCount(), 4u);
        QCOMPARE(store.firstIndex(), 4u);
        QVERIFY(!store.contains(3));
        QVERIFY(store.contains(4));
        QCOMPARE(store.at(4).event.payload, QByteArray("4"));
        QCOMPARE(store.at(6).event.payload, QByteArray("6"));
        QCOMPARE(store.overflowFor(1), 1);
    }

    void wrapsAcrossChunks()
    {
        // Larger than one storage chunk, so the ring wraps across chunk boundaries.
        const int capacity = 10000;
        EventStore store(capacity);
        for (int i = 0; i < 25000; ++i)
            store.append(record(i));
        QCOMPARE(store.size(), capacity);
        QCOMPARE(store.firstIndex(), 15000u);
        QCOMPARE(store.evictedCount(), 15000u);
        quint64 expected = 15000;
        bool inOrder = true;
        store.forEach([&](quint64 index, const FrameRecord &r) {
            inOrder = inOrder && index == expected && r.event.payload == QByteArray::number(qint64(expected));
            ++expected;
        });
        QVERIFY(inOrder);
        QCOMPARE(expected, 25000u);
    }

    void evictOldestAndUnstored()
    {
        EventStore store(10);
        for (int i = 0; i < 6; ++i)
            store.append(record(i));
        store.evictOldest(2);
        QCOMPARE(store.firstIndex(), 2u);
        QCOMPARE(store.size(), 4);
        QCOMPARE(store.evictedCount(), 2u);
        store.evictOldest(100);
        QVERIFY(store.isEmpty());
        QCOMPARE(store.firstIndex(), 6u);
        QCOMPARE(store.evictedCount(), 6u);
        store.evictUnstored(3);
        QCOMPARE(store.firstIndex(), 9u);
        QCOMPARE(store.evictedCount(), 9u);
        QCOMPARE(store.append(record(9)), 9u);
    }

    void clearKeepsIndexesGoingAndCountsNoEviction()
    {
        EventStore store(10);
        for (int i = 0; i < 4; ++i)
            store.append(record(i));
        store.clear(2);
        QVERIFY(store.isEmpty());
        QCOMPARE(store.evictedCount(), 0u);
        QCOMPARE(store.firstIndex(), 6u);
        QCOMPARE(store.append(record(6)), 6u);
        QCOMPARE(store.at(6).event.payload, QByteArray("6"));
    }

    void setCapacityShrinksAndGrows()
    {
        EventStore store(5);
        for (int i = 0; i < 8; ++i)
            store.append(record(i)); // holds 3..7, head not at slot 0
        QCOMPARE(store.setCapacity(2), 3);
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.firstIndex(), 6u);
        QCOMPARE(store.evictedCount(), 6u);
        QCOMPARE(store.at(6).event.payload, QByteArray("6"));
        QCOMPARE(store.at(7).event.payload, QByteArray("7"));
        QCOMPARE(store.setCapacity(4), 0);
        store.append(record(8));
        store.append(record(9));
        QCOMPARE(store.size(), 4);
        QCOMPARE(store.at(6).event.payload, QByteArray("6"));
        QCOMPARE(store.at(9).event.payload, QByteArray("9"));
        store.append(record(10));
        QCOMPARE(store.firstIndex(), 7u);
    }

    void evictionReleasesPayloads()
    {
        EventStore store(2);
        QByteArray big(1024, 'x');
        FrameRecord r;
        r.event.payload = big;
        store.append(std::move(r));
        QVERIFY(!big.isDetached()); // shared with the stored record
        store.append(record(1));
        store.append(record(2));
        QVERIFY(big.isDetached()); // the evicted record let go of it
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
