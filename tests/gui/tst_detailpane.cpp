#include "guitestsupport.h"

#include "composer/composer.h"
#include "detail/detailpane.h"
#include "editor/codeeditor.h"
#include "capture/methodtable.h"
#include "capture/rpcannotator.h"

#include <QRegularExpression>
#include <QTest>

using namespace Sockscope;
using SockscopeGuiTest::makeEvent;

namespace {

FrameRecord text(Direction direction, const QByteArray &payload)
{
    FrameRecord record;
    record.event = makeEvent(EventKind::Text, direction, payload);
    record.event.sequence = 912;
    return record;
}

// The summary's lines (a <br> may come back as a line separator).
QStringList summaryLines(const DetailPane &pane)
{
    QString text = pane.summaryText();
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text.split(QLatin1Char('\n'));
}

// "at 3:14" in a text, or an empty string.
QString positionIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(" at (\\d+:\\d+)"));
    return pattern.match(text).captured(1);
}

} // namespace

// The detail pane's summary: one number per frame (the table's #), where a message that looks
// like JSON breaks (line:column, as the composer says it), and plain JSON on a connection
// that does not speak JSON-RPC shown as JSON.
class TestDetailPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SockscopeGuiTest::isolateSettings("tst_detailpane"); }

    void shouldHaveDefaultValues()
    {
        MethodTable methods(16);
        DetailPane pane(&methods, DetailPane::Limits());
        QCOMPARE(pane.objectName(), QStringLiteral("detailPane"));
        QCOMPARE(pane.shownIndex(), FrameRecord::NoIndex);
        QCOMPARE(pane.summaryText(), QStringLiteral("Select a frame to see it here."));
    }

    void theHeaderShowsOneNumber()
    {
        MethodTable methods(16);
        DetailPane pane(&methods, DetailPane::Limits());
        const FrameRecord record = text(Direction::In, "hello");
        pane.showRecord(&record, 41, nullptr);
        const QString header = summaryLines(pane).value(0);
        QVERIFY2(header.startsWith(QStringLiteral("#42 ")), qPrintable(header));
        // The # of the table and no other number for the frame (the size and time aside).
        QVERIFY2(!header.contains(QStringLiteral("912")), qPrintable(header));
        QVERIFY2(!header.contains(QStringLiteral("seq")), qPrintable(header));
        QCOMPARE(pane.shownIndex(), 41u);
    }

    void jsonErrorsAreAtLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("position");
        QTest::newRow("one line") << QByteArray(R"({"a":1,})") << QStringLiteral("1:8");
        QTest::newRow("third line") << QByteArray("{\n  \"a\": 1,\n  \"b\": x\n}") << QStringLiteral("3:8");
        // Columns count characters, not bytes: "äöü" is three of them.
        QTest::newRow("after umlauts") << QByteArray("{\"äöü\": x}") << QStringLiteral("1:9");
    }

    void jsonErrorsAreAtLineAndColumn()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, position);
        MethodTable methods(16);
        DetailPane pane(&methods, DetailPane::Limits());
        const FrameRecord record = text(Direction::In, payload);
        pane.showRecord(&record, 0, nullptr);
        QVERIFY2(pane.summaryText().contains(QStringLiteral("Not valid JSON at ")), qPrintable(pane.summaryText()));
        QCOMPARE(positionIn(pane.summaryText()), position);

        // The composer names the same place for the same text.
        Composer composer(false, 10);
        composer.setText(QString::fromUtf8(payload));
        composer.editor()->validateNow();
        QVERIFY2(composer.statusText().startsWith(QStringLiteral("Not valid JSON at ")), qPrintable(composer.statusText()));
        QCOMPARE(positionIn(composer.statusText()), position);
        // And the same words.
        const QString paneLine = summaryLines(pane).value(1);
        QVERIFY2(composer.statusText().startsWith(paneLine), qPrintable(paneLine + QStringLiteral(" | ") + composer.statusText()));
    }

    void plainJsonIsNotAnInvalidJsonRpcMessage()
    {
        MethodTable methods(16);
        RpcAnnotator annotator(&methods);
        DetailPane pane(&methods, DetailPane::Limits());
        FrameRecord hello = text(Direction::In, R"({"hello":"bob"})");
        annotator.annotate(hello, 0);
        pane.showRecord(&hello, 0, nullptr);
        QVERIFY2(!pane.summaryText().contains(QStringLiteral("JSON-RPC")), qPrintable(pane.summaryText()));
        QVERIFY(!pane.summaryText().contains(QStringLiteral("invalid")));
        QVERIFY(!pane.summaryText().contains(QStringLiteral("Not valid JSON")));

        // In an MCP document the same message is an invalid JSON-RPC message, and says why.
        annotator.setJsonRpcAssumed(true);
        FrameRecord again = text(Direction::In, R"({"hello":"bob"})");
        annotator.annotate(again, 1);
        pane.showRecord(&again, 1, nullptr);
        QVERIFY2(pane.summaryText().contains(QStringLiteral("invalid JSON-RPC")), qPrintable(pane.summaryText()));
        QVERIFY(pane.summaryText().contains(QStringLiteral("no \"jsonrpc\": \"2.0\" member")));

        // A syntax error there is told once, at its line:column.
        FrameRecord broken = text(Direction::In, R"({"jsonrpc":"2.0",)");
        annotator.annotate(broken, 2);
        pane.showRecord(&broken, 2, nullptr);
        QVERIFY2(pane.summaryText().contains(QStringLiteral("Not valid JSON at 1:")), qPrintable(pane.summaryText()));
        QVERIFY2(!pane.summaryText().contains(QStringLiteral("at byte")), qPrintable(pane.summaryText()));
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
