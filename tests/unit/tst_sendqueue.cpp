#include "limits/sendqueue.h"

#include <QTest>

using Sockscope::OverflowPolicy;
using Sockscope::SendQueue;

Q_DECLARE_METATYPE(Sockscope::OverflowPolicy)

namespace {

// Messages whose content tells them apart: "<tag>" padded with '.' to `size` bytes.
QByteArray message(char tag, qsizetype size)
{
    QByteArray out(size, '.');
    if (size > 0)
        out[0] = tag;
    return out;
}

qint64 sumOfSizes(const QList<qsizetype> &sizes)
{
    qint64 total = 0;
    for (const qsizetype size : sizes)
        total += size;
    return total;
}

// Fills a queue through the bounded path, asserting each push is accepted.
bool fill(SendQueue &queue, const QList<qsizetype> &sizes)
{
    char tag = 'a';
    for (const qsizetype size : sizes) {
        if (!queue.push(message(tag++, size), 0).accepted)
            return false;
    }
    return true;
}

// Drains the queue and returns the first byte (the tag) of every message, in order.
QByteArray drainTags(SendQueue &queue)
{
    QByteArray tags;
    for (int guard = 0; guard < 1000 && !queue.isEmpty(); ++guard)
        tags += queue.takeFront().left(1);
    return tags;
}

} // namespace

class tst_SendQueue final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveDefaultValues();
    void overflowPolicyNames();
    void push_data();
    void push();
    void dropOldestRejectsWhenEvenAnEmptyQueueCannotFit();
    void dropOldestKeepsQueueWhenNewMessageCanNeverFit();
    void zeroHighWaterMeansUnbounded();
    void waitAcceptsWhatCanWaitAndRefusesTheRest();
    void takeFrontOrderAndAccounting();
    void clear();
};

void tst_SendQueue::shouldHaveDefaultValues()
{
    SendQueue queue(100, OverflowPolicy::Reject);
    QVERIFY(queue.isEmpty());
    QCOMPARE(queue.bytes(), 0);
    QCOMPARE(queue.count(), 0);

    const SendQueue::PushResult result;
    QVERIFY(!result.accepted);
    QVERIFY(!result.mustClose);
    QCOMPARE(result.droppedMessages, 0);
    QCOMPARE(result.droppedBytes, 0);
}

void tst_SendQueue::overflowPolicyNames()
{
    for (const OverflowPolicy policy : {OverflowPolicy::Reject, OverflowPolicy::DropOldest, OverflowPolicy::Close, OverflowPolicy::Wait}) {
        OverflowPolicy parsed = policy == OverflowPolicy::Reject ? OverflowPolicy::Close : OverflowPolicy::Reject;
        QVERIFY(Sockscope::overflowPolicyFromName(Sockscope::overflowPolicyName(policy), &parsed));
        QCOMPARE(parsed, policy);
    }
    QCOMPARE(Sockscope::overflowPolicyName(OverflowPolicy::DropOldest), QStringLiteral("drop-oldest"));
    OverflowPolicy untouched = OverflowPolicy::Close;
    QVERIFY(!Sockscope::overflowPolicyFromName(QStringLiteral("drop_oldest"), &untouched));
    QCOMPARE(untouched, OverflowPolicy::Close);
}

// A queue holding `queued` (tags a, b, c, ...), a push of `size` bytes (tag 'N') while
// the socket holds `socketBytes`, and everything the result and the queue must show.
void tst_SendQueue::push_data()
{
    QTest::addColumn<OverflowPolicy>("policy");
    QTest::addColumn<qint64>("highWater");
    QTest::addColumn<QList<qsizetype>>("queued");
    QTest::addColumn<qint64>("socketBytes");
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("mustClose");
    QTest::addColumn<int>("droppedMessages");
    QTest::addColumn<qint64>("droppedBytes");
    QTest::addColumn<QByteArray>("tagsAfter");

    const auto reject = OverflowPolicy::Reject;
    const auto drop = OverflowPolicy::DropOldest;
    const auto close = OverflowPolicy::Close;
    using Sizes = QList<qsizetype>;

    for (const OverflowPolicy policy : {reject, drop, close}) {
        const QByteArray policyName = Sockscope::overflowPolicyName(policy).toLatin1();
        QTest::addRow("%s: fits into empty queue", policyName.constData())
            << policy << qint64(100) << Sizes() << qint64(0) << qsizetype(100) << true << false << 0 << qint64(0)
            << QByteArray("N");
        QTest::addRow("%s: fills exactly", policyName.constData())
            << policy << qint64(100) << Sizes{40, 40} << qint64(0) << qsizetype(20) << true << false << 0 << qint64(0)
            << QByteArray("abN");
        QTest::addRow("%s: fills exactly with socket bytes", policyName.constData())
            << policy << qint64(100) << Sizes{40} << qint64(40) << qsizetype(20) << true << false << 0 << qint64(0)
            << QByteArray("aN");
        QTest::addRow("%s: empty message into full queue", policyName.constData())
            << policy << qint64(100) << Sizes{50, 50} << qint64(0) << qsizetype(0) << true << false << 0 << qint64(0)
            << QByteArray("ab");
    }

    QTest::newRow("reject: one byte over") << reject << qint64(100) << Sizes{40, 40} << qint64(0) << qsizetype(21)
                                           << false << false << 0 << qint64(0) << QByteArray("ab");
    QTest::newRow("reject: over because of socket bytes")
        << reject << qint64(100) << Sizes{40} << qint64(41) << qsizetype(20) << false << false << 0 << qint64(0)
        << QByteArray("a");
    // A message larger than the whole mark (a maximum-size message with its frame headers)
    // goes out alone once nothing else is unwritten, whatever the policy; never beside others.
    for (const OverflowPolicy policy : {reject, close, drop}) {
        const QByteArray policyName = Sockscope::overflowPolicyName(policy).toLatin1();
        QTest::addRow("%s: larger than the limit goes out alone", policyName.constData())
            << policy << qint64(100) << Sizes() << qint64(0) << qsizetype(1000) << true << false << 0 << qint64(0)
            << QByteArray("N");
    }
    QTest::newRow("reject: larger than the limit while the socket holds bytes")
        << reject << qint64(100) << Sizes() << qint64(1) << qsizetype(101) << false << false << 0 << qint64(0)
        << QByteArray();
    QTest::newRow("reject: larger than the limit behind a queued message")
        << reject << qint64(100) << Sizes{1} << qint64(0) << qsizetype(101) << false << false << 0 << qint64(0)
        << QByteArray("a");
    QTest::newRow("close: larger than the limit behind a queued message")
        << close << qint64(100) << Sizes{1} << qint64(0) << qsizetype(101) << false << true << 0 << qint64(0)
        << QByteArray("a");
    QTest::newRow("drop-oldest: larger than the limit drops every queued message")
        << drop << qint64(100) << Sizes{10, 20} << qint64(0) << qsizetype(101) << true << false << 2 << qint64(30)
        << QByteArray("N");

    QTest::newRow("close: one byte over") << close << qint64(100) << Sizes{40, 40} << qint64(0) << qsizetype(21)
                                          << false << true << 0 << qint64(0) << QByteArray("ab");
    QTest::newRow("close: over because of socket bytes")
        << close << qint64(100) << Sizes() << qint64(90) << qsizetype(11) << false << true << 0 << qint64(0)
        << QByteArray();

    QTest::newRow("drop-oldest: drops one") << drop << qint64(100) << Sizes{30, 30, 30} << qint64(0) << qsizetype(20)
                                            << true << false << 1 << qint64(30) << QByteArray("bcN");
    QTest::newRow("drop-oldest: drops two") << drop << qint64(100) << Sizes{30, 30, 30} << qint64(0) << qsizetype(50)
                                            << true << false << 2 << qint64(60) << QByteArray("cN");
    QTest::newRow("drop-oldest: socket bytes make it drop two")
        << drop << qint64(100) << Sizes{30, 30, 30} << qint64(20) << qsizetype(50) << true << false << 2 << qint64(60)
        << QByteArray("cN");
    QTest::newRow("drop-oldest: socket bytes make it drop all")
        << drop << qint64(100) << Sizes{30, 30, 30} << qint64(21) << qsizetype(50) << true << false << 3 << qint64(90)
        << QByteArray("N");
    QTest::newRow("drop-oldest: drops a small one, then a big one")
        << drop << qint64(100) << Sizes{5, 60, 10} << qint64(0) << qsizetype(40) << true << false << 2 << qint64(65)
        << QByteArray("cN");
}

void tst_SendQueue::push()
{
    QFETCH(OverflowPolicy, policy);
    QFETCH(qint64, highWater);
    QFETCH(QList<qsizetype>, queued);
    QFETCH(qint64, socketBytes);
    QFETCH(qsizetype, size);
    QFETCH(bool, accepted);
    QFETCH(bool, mustClose);
    QFETCH(int, droppedMessages);
    QFETCH(qint64, droppedBytes);
    QFETCH(QByteArray, tagsAfter);

    SendQueue queue(highWater, policy);
    QVERIFY(fill(queue, queued));
    QCOMPARE(queue.bytes(), sumOfSizes(queued));
    QCOMPARE(queue.count(), queued.size());

    const SendQueue::PushResult result = queue.push(message('N', size), socketBytes);
    QCOMPARE(result.accepted, accepted);
    QCOMPARE(result.mustClose, mustClose);
    QCOMPARE(result.droppedMessages, droppedMessages);
    QCOMPARE(result.droppedBytes, droppedBytes);
    QCOMPARE(queue.bytes(), sumOfSizes(queued) - droppedBytes + (accepted ? size : 0));
    QCOMPARE(queue.count(), queued.size() - droppedMessages + (accepted ? 1 : 0));
    // An empty message has no tag and adds nothing to the drained tags.
    QCOMPARE(drainTags(queue), tagsAfter);
}

// The new message is refused; whatever was dropped is reported and accounted for.
void tst_SendQueue::dropOldestRejectsWhenEvenAnEmptyQueueCannotFit()
{
    for (const qint64 socketBytes : {qint64(1), qint64(60)}) {
        SendQueue queue(100, OverflowPolicy::DropOldest);
        QVERIFY(fill(queue, {10, 10}));
        const qsizetype size = socketBytes == 1 ? 101 : 50;
        const SendQueue::PushResult result = queue.push(message('N', size), socketBytes);
        QVERIFY(!result.accepted);
        QVERIFY(!result.mustClose);
        QCOMPARE(queue.bytes(), 20 - result.droppedBytes);
        QCOMPARE(queue.count(), 2 - result.droppedMessages);
        QVERIFY(!drainTags(queue).contains('N'));
    }
}

// When the new message could not fit even into an empty queue, dropping the queued
// messages gains nothing: it only loses them as well. The queue must stay intact.
void tst_SendQueue::dropOldestKeepsQueueWhenNewMessageCanNeverFit()
{
    SendQueue queue(100, OverflowPolicy::DropOldest);
    QVERIFY(fill(queue, {10, 10}));
    const SendQueue::PushResult result = queue.push(message('N', 50), 60);
    QVERIFY(!result.accepted);
    QCOMPARE(result.droppedMessages, 0);
    QCOMPARE(result.droppedBytes, 0);
    QCOMPARE(queue.count(), 2);
    QCOMPARE(queue.bytes(), 20);
    QCOMPARE(drainTags(queue), QByteArray("ab"));
}

// Under wait the producer pauses on the channel's backpressure, so the queue refuses it
// nothing; a producer that cannot pause is treated as under reject.
void tst_SendQueue::waitAcceptsWhatCanWaitAndRefusesTheRest()
{
    SendQueue queue(100, OverflowPolicy::Wait);
    QVERIFY(fill(queue, {60, 60}));
    const SendQueue::PushResult waited = queue.push(message('c', 500), 1000, Sockscope::Producer::CanWait);
    QVERIFY(waited.accepted);
    QVERIFY(!waited.mustClose);
    QCOMPARE(waited.droppedMessages, 0);
    QCOMPARE(queue.bytes(), 620);

    const SendQueue::PushResult refused = queue.push(message('d', 1), 0, Sockscope::Producer::CannotWait);
    QVERIFY(!refused.accepted);
    QVERIFY(!refused.mustClose);
    QCOMPARE(refused.droppedMessages, 0);
    QCOMPARE(drainTags(queue), QByteArray("abc"));

    // Below the mark a producer that cannot wait is taken like any other.
    QVERIFY(queue.push(message('e', 50), 0, Sockscope::Producer::CannotWait).accepted);
}

void tst_SendQueue::zeroHighWaterMeansUnbounded()
{
    for (const OverflowPolicy policy : {OverflowPolicy::Reject, OverflowPolicy::DropOldest, OverflowPolicy::Close}) {
        SendQueue queue(0, policy);
        for (int i = 0; i < 10; ++i) {
            const SendQueue::PushResult result = queue.push(message(char('a' + i), 1000000), 1000000);
            QVERIFY(result.accepted);
            QVERIFY(!result.mustClose);
            QCOMPARE(result.droppedMessages, 0);
        }
        QCOMPARE(queue.count(), 10);
        QCOMPARE(queue.bytes(), 10 * 1000000);
    }
}

void tst_SendQueue::takeFrontOrderAndAccounting()
{
    SendQueue queue(1000, OverflowPolicy::Reject);
    const QList<qsizetype> sizes = {7, 1, 300, 0, 42};
    QVERIFY(fill(queue, sizes));
    qint64 remaining = sumOfSizes(sizes);
    QCOMPARE(queue.bytes(), remaining);

    char tag = 'a';
    for (const qsizetype size : sizes) {
        const QByteArray front = queue.takeFront();
        QCOMPARE(front, message(tag++, size));
        remaining -= size;
        QCOMPARE(queue.bytes(), remaining);
    }
    QVERIFY(queue.isEmpty());
    QCOMPARE(queue.count(), 0);
    QCOMPARE(queue.bytes(), 0);
}

void tst_SendQueue::clear()
{
    SendQueue queue(1000, OverflowPolicy::DropOldest);
    QVERIFY(fill(queue, {100, 200, 700}));
    QCOMPARE(queue.bytes(), 1000);
    queue.clear();
    QVERIFY(queue.isEmpty());
    QCOMPARE(queue.count(), 0);
    QCOMPARE(queue.bytes(), 0);
    QVERIFY(queue.push(message('n', 1000), 0).accepted);
    QCOMPARE(queue.bytes(), 1000);
}

QTEST_GUILESS_MAIN(tst_SendQueue)
#include "tst_sendqueue.moc"
