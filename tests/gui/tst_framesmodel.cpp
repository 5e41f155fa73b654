#include "guitestsupport.h"

#include "frames/framefilter.h"
#include "frames/framesmodel.h"
#include "frames/framesview.h"
#include "capture/methodtable.h"
#include "capture/rpcannotator.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Sockscope;
using SockscopeGuiTest::makeEvent;

Q_DECLARE_METATYPE(Sockscope::FrameFilter)

namespace {

FrameRecord text(Direction direction, const QByteArray &payload, quint32 peer = 0)
{
    FrameRecord record;
    record.event = makeEvent(EventKind::Text, direction, payload, peer);
    return record;
}

FrameRecord local(EventKind kind)
{
    FrameRecord record;
    record.event = makeEvent(kind, Direction::Local);
    record.isProblem = kind == EventKind::Error;
    return record;
}

FramesModel::Options options(qsizetype capacity)
{
    FramesModel::Options o;
    o.capacity = capacity;
    o.flushIntervalMs = 0;
    return o;
}

} // namespace

// The live frames model: batched inserts, eviction, filters and clear, checked by
// QAbstractItemModelTester on every change.
class TestFramesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options(100));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(FramesModel::ColumnCount));
        QCOMPARE(model.capacity(), 100);
        QVERIFY(!model.isFiltered());
        QVERIFY(!model.isPaused());
        QCOMPARE(model.evictedCount(), 0u);
        QCOMPARE(model.appendedCount(), 0u);
        QCOMPARE(model.headerData(FramesModel::PreviewColumn, Qt::Horizontal).toString(), QStringLiteral("Preview"));
        QCOMPARE(model.objectName(), QStringLiteral("framesModel"));
    }

    void appendsArriveAsOneInsertPerFlush()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options(1000));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(model.append(text(Direction::In, QByteArray::number(i))), quint64(i));
        QCOMPARE(model.rowCount(), 0); // queued until the flush
        QCOMPARE(model.queuedCount(), 100);
        model.flush();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 99);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.data(model.index(0, FramesModel::NumberColumn)).toString(), QStringLiteral("1"));
        QCOMPARE(model.data(model.index(99, FramesModel::PreviewColumn)).toString(), QStringLiteral("99"));
        // The timer flushes on its own, too.
        model.append(text(Direction::Out, "late"));
        QTRY_COMPARE(model.rowCount(), 101);
        QCOMPARE(inserted.count(), 2);
    }

    void evictionRemovesTheOldestRowsAtOnce()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options(5));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 4; ++i)
            model.append(text(Direction::In, QByteArray::number(i)));
        model.flush();
        for (int i = 4; i < 8; ++i)
            model.append(text(Direction::In, QByteArray::number(i)));
        model.flush();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.evictedCount(), 3u);
        QCOMPARE(model.data(model.index(0, FramesModel::NumberColumn)).toString(), QStringLiteral("4"));
        QCOMPARE(model.data(model.index(0, FramesModel::PreviewColumn)).toString(), QStringLiteral("3"));
        QVERIFY(!model.record(2));
        QVERIFY(model.record(3));
        QCOMPARE(model.rowOfIndex(7), 4);
        QCOMPARE(model.rowOfIndex(1), -1);
    }

    void moreThanTheCapacityInOneFlush()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options(3));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(text(Direction::In, "a"));
        model.flush();
        for (int i = 0; i < 10; ++i)
            model.append(text(Direction::In, QByteArray::number(i)));
        model.flush();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.evictedCount(), 8u);
        QCOMPARE(model.appendedCount(), 11u);
        QCOMPARE(model.data(model.index(0, FramesModel::PreviewColumn)).toString(), QStringLiteral("7"));
        QCOMPARE(model.data(model.index(2, FramesModel::NumberColumn)).toString(), QStringLiteral("11"));
    }

    void filters_data()
    {
        QTest::addColumn<FrameFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        FrameFilter f;
        QTest::newRow("everything") << f << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")};
        f = {};
        f.directions = FrameFilter::directionBit(Direction::Out);
        QTest::newRow("out") << f << QStringList{QStringLiteral("2"), QStringLiteral("5")};
        f = {};
        f.kinds = FrameFilter::kindBit(EventKind::Error) | FrameFilter::kindBit(EventKind::StateChange);
        QTest::newRow("kinds") << f << QStringList{QStringLiteral("4"), QStringLiteral("6")};
        f = {};
        f.text = QStringLiteral("HELLO");
        QTest::newRow("text ignores case") << f << QStringList{QStringLiteral("1"), QStringLiteral("5")};
        f.caseSensitive = true;
        QTest::newRow("text with case") << f << QStringList{QStringLiteral("5")};
        f = {};
        f.text = QStringLiteral("\"id\":\\s*[0-9]+");
        f.regex = true;
        QTest::newRow("regex") << f << QStringList{QStringLiteral("2"), QStringLiteral("3")};
        f = {};
        f.method = QStringLiteral("tools/list");
        QTest::newRow("method") << f << QStringList{QStringLiteral("2")};
        f = {};
        f.errorsOnly = true;
        QTest::newRow("errors only") << f << QStringList{QStringLiteral("4")};
        f = {};
        f.peerId = 7;
        QTest::newRow("peer") << f << QStringList{QStringLiteral("5")};
        f = {};
        f.text = QStringLiteral("grüße");
        QTest::newRow("non-ASCII text") << f << QStringList{QStringLiteral("1")};
        f = {};
        f.text = QStringLiteral("→ open");
        QTest::newRow("local events by description") << f << QStringList{QStringLiteral("6")};
    }

    void filters()
    {
        QFETCH(FrameFilter, filter);
        QFETCH(QStringList, expected);
        MethodTable methods(16);
        FramesModel model(&methods, options(100));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(text(Direction::In, "hello and Grüße"));
        FrameRecord request = text(Direction::Out, "{\"jsonrpc\":\"2.0\",\"id\": 1,\"method\":\"tools/list\"}");
        request.rpcKind = RpcKind::Request;
        request.methodId = methods.intern(QStringLiteral("tools/list"));
        model.append(std::move(request));
        model.append(text(Direction::In, "{\"id\":2}"));
        model.append(local(EventKind::Error));
        model.append(text(Direction::Out, "say HELLO", 7));
        FrameRecord state = local(EventKind::StateChange);
        state.event.details.insert(QStringLiteral("from"), QStringLiteral("connecting"));
        state.event.details.insert(QStringLiteral("to"), QStringLiteral("open"));
        model.append(std::move(state));
        model.flush();
        QVERIFY(model.setFilter(filter));
        QStringList numbers;
        for (int row = 0; row < model.rowCount(); ++row)
            numbers.append(model.data(model.index(row, FramesModel::NumberColumn)).toString());
        QCOMPARE(numbers, expected);
        QCOMPARE(model.isFiltered(), !filter.isEmpty());
    }

    void badRegexChangesNothing()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options(100));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(text(Direction::In, "x"));
        model.flush();
        FrameFilter filter;
        filter.text = QStringLiteral("([unclosed");
        filter.regex = true;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(!model.setFilter(filter));
        QVERIFY(!model.filterError().isEmpty());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.isFiltered());
    }

    void appendsAndEvictionWhileFiltered()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options(4));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FrameFilter filter;
        filter.directions = FrameFilter::directionBit(Direction::In);
        QVERIFY(model.setFilter(filter));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.append(text(Direction::In, "in 0"));
        model.append(text(Direction::Out, "out 1"));
        model.append(text(Direction::In, "in 2"));
        model.flush();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        // Only outgoing ones: nothing to insert, nothing shown changes.
        model.append(text(Direction::Out, "out 3"));
        model.flush();
        QCOMPARE(inserted.count(), 1);
        // Two more evict "in 0" and "out 1": one visible row goes.
        model.append(text(Direction::In, "in 4"));
        model.append(text(Direction::Out, "out 5"));
        model.flush();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, FramesModel::PreviewColumn)).toString(), QStringLiteral("in 2"));
        QCOMPARE(model.data(model.index(1, FramesModel::PreviewColumn)).toString(), QStringLiteral("in 4"));
        QCOMPARE(model.evictedCount(), 2u);
        QVERIFY(model.setFilter(FrameFilter()));
        QCOMPARE(model.rowCount(), 4);
    }

    void methodFilterCatchesMethodsSeenLater()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options(100));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FrameFilter filter;
        filter.method = QStringLiteral("ping");
        QVERIFY(model.setFilter(filter));
        FrameRecord request = text(Direction::Out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}");
        request.rpcKind = RpcKind::Request;
        request.methodId = methods.intern(QStringLiteral("ping"));
        model.append(std::move(request));
        model.append(text(Direction::In, "other"));
        model.flush();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, FramesModel::MethodColumn)).toString(), QStringLiteral("ping"));
        QCOMPARE(model.data(model.index(0, FramesModel::IdColumn)).toString(), QStringLiteral("1"));
    }

    void clearEmptiesAndIndexesContinue()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options(100));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i)
            model.append(text(Direction::In, QByteArray::number(i)));
        model.flush();
        model.append(text(Direction::In, "queued"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.queuedCount(), 0);
        QCOMPARE(model.evictedCount(), 0u);
        QCOMPARE(model.append(text(Direction::In, "after")), 6u);
        model.flush();
        QCOMPARE(model.data(model.index(0, FramesModel::NumberColumn)).toString(), QStringLiteral("7"));
    }

    void pauseHoldsRowsBoundedByTheCapacity()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options(3));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(text(Direction::In, "0"));
        model.append(text(Direction::In, "1"));
        model.flush();
        model.setPaused(true);
        for (int i = 2; i < 7; ++i)
            model.append(text(Direction::In, QByteArray::number(i)));
        model.flush();
        // Held back, but within the cap: the stored rows were evicted first.
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.queuedCount(), 3);
        QCOMPARE(model.evictedCount(), 4u);
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, FramesModel::PreviewColumn)).toString(), QStringLiteral("4"));
        QCOMPARE(model.appendedCount(), 7u);
    }

    void cellsAndExports()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options(100));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FrameRecord request = text(Direction::Out, "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"tools/call\"}");
        request.rpcKind = RpcKind::Request;
        request.methodId = methods.intern(QStringLiteral("tools/call"));
        request.pairIndex = 1;
        request.latencyNs = 2500000;
        model.append(std::move(request));
        FrameRecord binary;
        binary.event = makeEvent(EventKind::Binary, Direction::In, QByteArray::fromHex("00ff10"));
        model.append(std::move(binary));
        model.flush();
        QCOMPARE(model.data(model.index(0, FramesModel::DirectionColumn)).toString(), QStringLiteral("↑ out"));
        QCOMPARE(model.data(model.index(0, FramesModel::KindColumn)).toString(), QStringLiteral("text"));
        QCOMPARE(model.data(model.index(0, FramesModel::MethodColumn)).toString(), QStringLiteral("tools/call"));
        QCOMPARE(model.data(model.index(0, FramesModel::IdColumn)).toString(), QStringLiteral("\"a\""));
        QCOMPARE(model.data(model.index(0, FramesModel::LatencyColumn)).toString(), QStringLiteral("2.50 ms"));
        QCOMPARE(model.data(model.index(0, FramesModel::SizeColumn)).toString(), QStringLiteral("48"));
        QCOMPARE(model.data(model.index(1, FramesModel::PreviewColumn)).toString(), QStringLiteral("00 ff 10"));
        QCOMPARE(model.data(model.index(1, 0), FramesModel::StoreIndexRole).toULongLong(), 1u);
        const QList<QByteArray> lines = model.rowsAsJsonLines({0, 1}).split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("dir")).toString(), QStringLiteral("out"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("base64")).toString(), QStringLiteral("AP8Q"));
        const QString tsv = model.rowsAsText({1});
        QVERIFY(tsv.startsWith(QStringLiteral("#\tTime")));
        QVERIFY(tsv.contains(QStringLiteral("00 ff 10")));
    }

    void plainJsonIsShownAsJsonNotAsInvalidJsonRpc()
    {
        // What the document does: the annotator labels, the model shows.
        MethodTable methods(16);
        RpcAnnotator annotator(&methods);
        FramesModel model(&methods, options(100));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto add = [&](Direction direction, const QByteArray &payload) {
            FrameRecord record = text(direction, payload);
            annotator.annotate(record, model.appendedCount());
            model.append(std::move(record));
        };
        add(Direction::Out, "{\"hello\":\"bob\"}");
        add(Direction::In, "[\"a\",\"b\"]");
        add(Direction::Out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        add(Direction::In, "{\"hello\":\"bob\"}");
        model.flush();
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) { return model.data(model.index(row, column), role); };
        QCOMPARE(cell(0, FramesModel::MethodColumn).toString(), QString());
        QVERIFY(!cell(0, FramesModel::MethodColumn, Qt::ToolTipRole).isValid());
        QCOMPARE(cell(0, FramesModel::IdColumn).toString(), QString());
        QVERIFY(!cell(0, FramesModel::PreviewColumn, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(1, FramesModel::MethodColumn).toString(), QString()); // an array of strings is no batch
        QCOMPARE(cell(2, FramesModel::MethodColumn).toString(), QStringLiteral("tools/list"));
        // From the first JSON-RPC message on, JSON-RPC rules apply.
        QCOMPARE(cell(3, FramesModel::MethodColumn).toString(), QStringLiteral("invalid"));
        QVERIFY(cell(3, FramesModel::PreviewColumn, Qt::ForegroundRole).isValid());
        FrameFilter errors;
        errors.errorsOnly = true;
        QVERIFY(model.setFilter(errors));
        QCOMPARE(model.rowCount(), 1);
    }

    void numberColumnFitsSevenDigits()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options(100));
        FramesView view;
        view.setFramesModel(&model);
        // What the style needs to show "1234567" in a cell without eliding it.
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.font = view.font();
        option.fontMetrics = view.fontMetrics();
        option.text = QStringLiteral("1234567");
        option.features = QStyleOptionViewItem::HasDisplay;
        const int needed = view.style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), &view).width();
        QVERIFY2(view.horizontalHeader()->sectionSize(FramesModel::NumberColumn) >= needed,
                 qPrintable(QStringLiteral("%1 < %2").arg(view.horizontalHeader()->sectionSize(FramesModel::NumberColumn)).arg(needed)));
        const QFontMetrics metrics = view.fontMetrics();
        QVERIFY(view.horizontalHeader()->sectionSize(FramesModel::NumberColumn) > metrics.horizontalAdvance(QStringLiteral("1234567")));
    }

    void filtersAHundredThousandRows()
    {
        // Functional only (the speed is measured by bench/guiingest): a big store filters
        // and unfilters consistently.
        MethodTable methods(16);
        FramesModel model(&methods, options(100000));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        for (int i = 0; i < 120000; ++i)
            model.append(text(i % 2 ? Direction::In : Direction::Out, "n=" + QByteArray::number(i)));
        model.flush();
        QCOMPARE(model.rowCount(), 100000);
        FrameFilter filter;
        filter.text = QStringLiteral("n=11999");
        QVERIFY(model.setFilter(filter));
        QCOMPARE(model.rowCount(), 10); // 119990..119999 (11999 itself was evicted)
        QVERIFY(model.setFilter(FrameFilter()));
        QCOMPARE(model.rowCount(), 100000);
    }
};

QTEST_MAIN(TestFramesModel)
#include "tst_framesmodel.moc"
