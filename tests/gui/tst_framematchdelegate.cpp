#include "guitestsupport.h"

#include "common/themecolors.h"
#include "frames/framefilter.h"
#include "frames/framematchdelegate.h"
#include "frames/framesmodel.h"
#include "frames/framesview.h"
#include "capture/methodtable.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Sockscope;
using SockscopeGuiTest::makeEvent;

Q_DECLARE_METATYPE(Sockscope::FrameMatchDelegate::Range)

namespace {

FramesModel::Options options()
{
    FramesModel::Options o;
    o.capacity = 100;
    o.flushIntervalMs = 0;
    return o;
}

using Ranges = QList<FrameMatchDelegate::Range>;

} // namespace

// The frames' highlight of what the text filter matched: the ranges in a cell's text for
// plain and regular-expression filters, and the highlight painted behind them (only the
// painted cells are looked at; the model builds nothing for it).
class TestFrameMatchDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options());
        FrameMatchDelegate delegate(&model);
        QCOMPARE(delegate.objectName(), QStringLiteral("frameMatchDelegate"));
        QVERIFY(delegate.matches(QStringLiteral("anything")).isEmpty());
        FramesView view;
        view.setFramesModel(&model);
        QVERIFY(qobject_cast<FrameMatchDelegate *>(view.itemDelegateForColumn(FramesModel::PreviewColumn)));
    }

    void findsTheMatches_data()
    {
        QTest::addColumn<QString>("filterText");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Ranges>("ranges");
        QTest::newRow("plain, ignoring case") << "bob" << false << false << R"({"hello":"Bob","bob":1})"
                                              << Ranges{{10, 3}, {16, 3}};
        QTest::newRow("plain, case sensitive") << "bob" << false << true << R"({"hello":"Bob","bob":1})" << Ranges{{16, 3}};
        QTest::newRow("no match") << "alice" << false << false << R"({"hello":"bob"})" << Ranges{};
        QTest::newRow("back to back") << "aa" << false << false << "aaaaa" << Ranges{{0, 2}, {2, 2}};
        QTest::newRow("regex") << "\"id\":\\d+" << true << false << R"({"id":12,"x":{"id":3}})" << Ranges{{1, 7}, {14, 6}};
        QTest::newRow("regex matching nothing") << "x*" << true << false << "abc" << Ranges{};
        QTest::newRow("bad regex") << "(" << true << false << "(((" << Ranges{};
        QTest::newRow("non-ASCII") << "grüße" << false << false << "Viele GRÜSSE, viele Grüße" << Ranges{{20, 5}};
    }

    void findsTheMatches()
    {
        QFETCH(QString, filterText);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        QFETCH(QString, text);
        QFETCH(Ranges, ranges);
        MethodTable methods(16);
        FramesModel model(&methods, options());
        FrameMatchDelegate delegate(&model);
        FrameFilter filter;
        filter.text = filterText;
        filter.regex = regex;
        filter.caseSensitive = caseSensitive;
        model.setFilter(filter); // a bad expression is refused by the model: nothing to show then
        QCOMPARE(delegate.matches(text), model.filterError().isEmpty() ? ranges : Ranges{});
    }

    void paintsTheMatchOnAHighlight()
    {
        MethodTable methods(16);
        FramesModel model(&methods, options());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FrameRecord record;
        record.event = makeEvent(EventKind::Text, Direction::In, R"({"greeting":"hello","name":"bob","n":1})");
        model.append(std::move(record));
        model.flush();
        FramesView view;
        view.setFramesModel(&model);
        auto *delegate = qobject_cast<FrameMatchDelegate *>(view.itemDelegateForColumn(FramesModel::PreviewColumn));
        QVERIFY(delegate);
        const QModelIndex cell = model.index(0, FramesModel::PreviewColumn);
        const QColor highlight = ThemeColors::searchMatch(view.palette());

        // The highlighted pixel columns of the cell painted alone.
        const auto highlighted = [&] {
            QImage image(500, 24, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            QStyleOptionViewItem option;
            option.initFrom(&view);
            option.widget = &view;
            option.rect = image.rect();
            option.font = view.font();
            option.fontMetrics = view.fontMetrics();
            delegate->paint(&painter, option, cell);
            painter.end();
            QList<int> columns;
            for (int x = 0; x < image.width(); ++x) {
                for (int y = 0; y < image.height(); ++y) {
                    if (image.pixelColor(x, y) == highlight) {
                        columns.append(x);
                        break;
                    }
                }
            }
            return columns;
        };
        QVERIFY(highlighted().isEmpty()); // no filter, no highlight

        FrameFilter filter;
        filter.text = QStringLiteral("BOB");
        QVERIFY(model.setFilter(filter));
        QCOMPARE(model.rowCount(), 1);
        const QList<int> columns = highlighted();
        QVERIFY(!columns.isEmpty());
        // Behind "bob", well after the start of the text, and about as wide as it.
        const QFontMetrics metrics = view.fontMetrics();
        const int before = metrics.horizontalAdvance(QStringLiteral("{\"greeting\":\"hello\",\"name\":\""));
        const int width = metrics.horizontalAdvance(QStringLiteral("bob"));
        QVERIFY2(columns.first() >= before && columns.first() <= before + 12, qPrintable(QString::number(columns.first())));
        QVERIFY2(qAbs(int(columns.size()) - width) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(columns.size()).arg(width)));

        // Other columns keep the plain delegate.
        QVERIFY(!qobject_cast<FrameMatchDelegate *>(view.itemDelegateForColumn(FramesModel::MethodColumn)));
    }
};

QTEST_MAIN(TestFrameMatchDelegate)
#include "tst_framematchdelegate.moc"
