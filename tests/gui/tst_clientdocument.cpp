#include "echoserver.h"
#include "guitestsupport.h"
#include "scriptedserver.h"

#include "composer/composer.h"
#include "connectionbar/connectionbar.h"
#include "detail/detailpane.h"
#include "document/clientdocument.h"
#include "editor/codeeditor.h"
#include "frames/framesfilterbar.h"
#include "frames/framesmodel.h"
#include "frames/framespanel.h"
#include "frames/framesview.h"
#include "mainwindow/mainwindow.h"
#include "stats/statspanel.h"
#include "transport/clientconnection.h"

#include <QAction>
#include <QClipboard>
#include <QMenu>
#include <QComboBox>
#include <QGuiApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Sockscope;

namespace {

struct Row final
{
    QString direction;
    QString kind;
    QString method;
};

Row rowAt(FramesModel *model, int row)
{
    return {model->data(model->index(row, FramesModel::DirectionColumn)).toString(),
            model->data(model->index(row, FramesModel::KindColumn)).toString(),
            model->data(model->index(row, FramesModel::MethodColumn)).toString()};
}

// The last row with this direction and kind, or -1.
int lastRow(FramesModel *model, const QString &direction, const QString &kind)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const Row r = rowAt(model, row);
        if (r.direction.endsWith(direction) && r.kind == kind)
            return row;
    }
    return -1;
}

} // namespace

// A client document against an in-process echo server (Qt's QWebSocketServer): connect,
// type in the composer, Ctrl+Enter, and the sent and received rows, the detail pane, the
// pairing of a request with its response, the stats, filters and export.
class TestClientDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SockscopeGuiTest::isolateSettings("tst_clientdocument");
        QVERIFY(m_server.listen());
        m_server.setAnswerMcpPing(true);
    }

    void shouldHaveDefaultValues()
    {
        ClientDocument document;
        QCOMPARE(document.objectName(), QStringLiteral("clientDocument"));
        QVERIFY(!document.isServer());
        QVERIFY(!document.isActive());
        QCOMPARE(document.state(), DocumentState::Idle);
        QCOMPARE(document.title(), QStringLiteral("New Client"));
        QVERIFY(!document.isMcpMode());
        QVERIFY(document.findChild<ConnectionBar *>(QStringLiteral("connectionBar")));
        QVERIFY(document.findChild<FramesView *>(QStringLiteral("framesView")));
        QVERIFY(document.findChild<DetailPane *>(QStringLiteral("detailPane")));
        QVERIFY(document.findChild<StatsPanel *>(QStringLiteral("statsPanel")));
        QVERIFY(document.findChild<Composer *>(QStringLiteral("composer")));
        QVERIFY(!document.findChild<QWidget *>(QStringLiteral("targetSelector")));
        QVERIFY(!document.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        QVERIFY(!document.findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled()); // no URL yet
        QCOMPARE(document.framesModel()->capacity(), DocumentSettings().eventCapacity);
        QVERIFY(document.framesPanel()->view()->isColumnHidden(FramesModel::PeerColumn));
    }

    void mcpModeOffersTheMcpSubprotocol()
    {
        ClientDocument document(m_server.url().toString());
        QVERIFY(document.effectiveSettings().subprotocols.isEmpty());
        document.setMcpMode(true);
        QCOMPARE(document.effectiveSettings().subprotocols, QStringList{QStringLiteral("mcp")});
        // The session sends initialize by itself: the composer stays empty (what is typed next
        // is the URL, not a message).
        QVERIFY(document.composer()->text().isEmpty());
        ClientSettings s;
        s.subprotocols = {QStringLiteral("other")};
        document.setSettings(s);
        QCOMPARE(document.effectiveSettings().subprotocols, QStringList{QStringLiteral("other")});
        QCOMPARE(document.effectiveSettings().url, m_server.url());
    }

    void typeCtrlEnterAndSeeBothRows()
    {
        MainWindow window;
        ClientDocument *document = window.newClientDocument(m_server.url().toString());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy urls(document, &ClientDocument::urlUsed);
        document->connectionBar()->trigger();
        QTRY_COMPARE(document->state(), DocumentState::Open);
        QCOMPARE(urls.count(), 1);
        QCOMPARE(window.recentUrls().value(0), m_server.url().toString());
        QVERIFY(document->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        QCOMPARE(document->connectionBar()->stateText(), QStringLiteral("open"));

        CodeEditor *editor = document->composer()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":{{nextId}},\"method\":\"ping\"}"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(lastRow(document->framesModel(), QStringLiteral("in"), QStringLiteral("text")) >= 0);
        FramesModel *model = document->framesModel();
        const int out = lastRow(model, QStringLiteral("out"), QStringLiteral("text"));
        const int in = lastRow(model, QStringLiteral("in"), QStringLiteral("text"));
        QVERIFY(out >= 0 && out < in);
        QCOMPARE(rowAt(model, out).method, QStringLiteral("ping"));
        QCOMPARE(rowAt(model, in).method, QStringLiteral("ping")); // the response names its request's method
        QCOMPARE(model->data(model->index(out, FramesModel::IdColumn)).toString(), QStringLiteral("1"));
        QVERIFY(model->data(model->index(out, FramesModel::PreviewColumn)).toString().contains(QStringLiteral("\"id\":1")));
        QVERIFY(!model->data(model->index(in, FramesModel::LatencyColumn)).toString().isEmpty());
        QCOMPARE(m_server.lastClient()->texts.last(), QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"));
        QVERIFY(document->composer()->statusText().startsWith(QStringLiteral("Sent")));
        // The editor's JSON check runs 120 ms after the last key; sent sooner, its hint line
        // must not replace what the send did.
        QTest::qWait(400);
        QVERIFY2(document->composer()->statusText().startsWith(QStringLiteral("Sent")),
                 qPrintable(document->composer()->statusText()));

        // The detail pane: the response, pretty, with the way back to its request.
        document->framesPanel()->view()->selectRow(in);
        DetailPane *detail = document->detailPane();
        QTRY_VERIFY(detail->summaryText().contains(QStringLiteral("answers request")));
        QVERIFY(detail->messageView()->text().contains(QStringLiteral("\"result\": {}")));
        QVERIFY(detail->treeView()->topLevelItemCount() > 0);
        QVERIFY(!detail->hexText().isEmpty());
        QVERIFY(document->framesPanel()->jumpToPair());
        QCOMPARE(document->framesPanel()->view()->currentIndex().row(), out);
        QTRY_VERIFY(detail->summaryText().contains(QStringLiteral("answered by")));

        // The open event shows the handshake headers.
        const int open = lastRow(model, QStringLiteral("in"), QStringLiteral("open"));
        document->framesPanel()->view()->selectRow(open);
        QTRY_VERIFY(detail->headersView()->rowCount() > 3);

        // Ctrl+Up brings the message back; it was sent once, with the variable resolved.
        editor->clear();
        QTest::keyClick(editor, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(document->composer()->text(), QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":{{nextId}},\"method\":\"ping\"}"));

        // Stats, read on the timer.
        document->sideTabs()->setCurrentWidget(document->statsPanel());
        document->refreshNow();
        QTableWidget *methods = document->statsPanel()->methodsTable();
        QTRY_VERIFY(methods->rowCount() >= 1);
        QCOMPARE(methods->item(0, 0)->text(), QStringLiteral("ping"));
        QCOMPARE(methods->item(0, 2)->text(), QStringLiteral("1"));
        document->sideTabs()->setCurrentWidget(document->detailPane());
        // A little more traffic: a tool call, echoed back.
        document->composer()->applyTemplate(QStringLiteral("tools/call"));
        QVERIFY(document->composer()->send());
        QTRY_VERIFY(model->rowCount() >= in + 3);
        document->composer()->applyTemplate(QStringLiteral("ping"));
        document->framesPanel()->view()->clearSelection();
        QVERIFY(document->framesPanel()->view()->showStoreIndex(document->framesModel()->indexAtRow(in)));
        document->refreshNow();
        window.refreshStatus();

        document->stop();
        QTRY_COMPARE(document->state(), DocumentState::Idle);
        QCOMPARE(document->connectionBar()->stateText(), QStringLiteral("closed"));
    }

    void binaryAndValidation()
    {
        ClientDocument document(m_server.url().toString());
        document.show();
        QVERIFY(QTest::qWaitForWindowExposed(&document));
        document.start();
        QTRY_COMPARE(document.state(), DocumentState::Open);
        Composer *composer = document.composer();
        composer->setFormat(Composer::Format::Hex);
        composer->setText(QStringLiteral("01 zz"));
        QTRY_VERIFY(composer->editor()->hasError());
        QCOMPARE(composer->editor()->errorOffset(), 3);
        QVERIFY(!composer->send());
        composer->setText(QStringLiteral("de ad be ef"));
        QVERIFY(composer->send());
        QTRY_VERIFY(lastRow(document.framesModel(), QStringLiteral("in"), QStringLiteral("binary")) >= 0);
        QCOMPARE(m_server.binaries().size(), 1);
        QCOMPARE(m_server.binaries().last(), QByteArray::fromHex("deadbeef"));
        // Switching notation carries the bytes over.
        composer->setFormat(Composer::Format::Base64);
        QCOMPARE(composer->text(), QStringLiteral("3q2+7w=="));
        composer->setFormat(Composer::Format::Text);
        composer->setText(QStringLiteral("{\"broken\": }"));
        QTRY_VERIFY(composer->editor()->hasError());
        QVERIFY(composer->send()); // malformed JSON may be sent on purpose
        QTRY_COMPARE(m_server.lastClient()->texts.value(0), QByteArray("{\"broken\": }"));
        document.stop();
        QTRY_VERIFY(!document.isActive());
    }

    void filterAndExport()
    {
        ClientDocument document(m_server.url().toString());
        document.show();
        QVERIFY(QTest::qWaitForWindowExposed(&document));
        document.start();
        QTRY_COMPARE(document.state(), DocumentState::Open);
        document.composer()->applyTemplate(QStringLiteral("tools/list"));
        QVERIFY(document.composer()->send());
        document.composer()->setText(QStringLiteral("hello there"));
        QVERIFY(document.composer()->send());
        QTRY_VERIFY(document.framesModel()->rowCount() >= 7);

        FrameFilter filter;
        filter.method = QStringLiteral("tools/list");
        QVERIFY(document.framesPanel()->applyFilter(filter));
        QCOMPARE(document.framesModel()->rowCount(), 2); // sent, and echoed back
        QVERIFY(document.framesPanel()->statusText().contains(QStringLiteral("shown")));
        auto *methodCombo = document.findChild<QComboBox *>(QStringLiteral("filterMethod"));
        QCOMPARE(methodCombo->currentData().toString(), QStringLiteral("tools/list"));

        filter = {};
        filter.text = QStringLiteral("there");
        filter.directions = FrameFilter::directionBit(Direction::In);
        QVERIFY(document.framesPanel()->applyFilter(filter));
        QCOMPARE(document.framesModel()->rowCount(), 1);
        // Typing in the filter bar applies after a pause.
        auto *text = document.findChild<QLineEdit *>(QStringLiteral("filterText"));
        text->setText(QStringLiteral("hello"));
        QTRY_COMPARE(document.framesModel()->filter().text, QStringLiteral("hello"));

        document.framesPanel()->view()->selectAll();
        // Ctrl+C in the table copies the selected rows, tab-separated with a header.
        document.framesPanel()->view()->setFocus();
        QTest::keyClick(document.framesPanel()->view(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("#\tTime")));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("hello there")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("frames.jsonl"));
        QString error;
        QVERIFY2(document.framesPanel()->exportSelectionTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("text")).toString(), QStringLiteral("hello there"));

        document.framesPanel()->applyFilter(FrameFilter());
        const int all = document.framesModel()->rowCount();
        document.framesPanel()->setPaused(true);
        document.composer()->setText(QStringLiteral("while paused"));
        QVERIFY(document.composer()->send());
        QTRY_VERIFY(document.framesModel()->queuedCount() >= 2);
        QCOMPARE(document.framesModel()->rowCount(), all);
        document.framesPanel()->setPaused(false);
        QCOMPARE(document.framesModel()->rowCount(), all + 2);
        document.framesPanel()->clear();
        QCOMPARE(document.framesModel()->rowCount(), 0);
        document.stop();
        QTRY_VERIFY(!document.isActive());
    }

    void composerTemplatesSavedMessagesAndHistory()
    {
        ClientDocument document;
        Composer *composer = document.composer();
        composer->applyTemplate(QStringLiteral("tools/call"));
        QVERIFY(composer->text().contains(QStringLiteral("\"method\": \"tools/call\"")));
        QCOMPARE(composer->format(), Composer::Format::Text);
        composer->compact();
        QVERIFY(composer->text().startsWith(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":{{nextId}}")));
        composer->prettyPrint();
        QVERIFY(composer->text().contains(QStringLiteral("\n  \"method\": \"tools/call\"")));
        composer->saveCurrentAs(QStringLiteral("my call"));
        composer->setText(QStringLiteral("something else"));
        QVERIFY(composer->loadSaved(QStringLiteral("my call")));
        QVERIFY(composer->text().contains(QStringLiteral("tools/call")));
        QVERIFY(composer->savedMessages().find(QStringLiteral("my call")));
        composer->deleteSaved(QStringLiteral("my call"));
        QVERIFY(!composer->loadSaved(QStringLiteral("my call")));
        // Not valid JSON: pretty-printing refuses and says so.
        composer->setText(QStringLiteral("{oops"));
        composer->prettyPrint();
        QCOMPARE(composer->text(), QStringLiteral("{oops"));
        QVERIFY(composer->statusText().contains(QStringLiteral("valid JSON")));
        // Not connected: nothing is sent, and the reason is shown.
        QVERIFY(!composer->send());
        QVERIFY(!composer->statusText().isEmpty());
    }

    // Issue 24: while the connection waits for the socket (--on-queue-full wait), the status bar
    // and the Stats tab say how much is unsent; both clear once the server reads again.
    void waitingForTheSocketIsShown()
    {
        SockscopeTest::ScriptedServer server;
        server.setPauseReadingAfterHandshake(true);
        QVERIFY(server.listen());
        MainWindow window;
        ClientDocument *document = window.newClientDocument(server.url().toString());
        ClientSettings settings = document->settings();
        settings.limits.sendQueueBytes = 256 * 1024;
        settings.limits.socketBufferBytes = 64 * 1024;
        document->setSettings(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        document->start();
        QTRY_COMPARE(document->state(), DocumentState::Open);
        // Sends like a producer that waits: only while not backpressured. The kernel's buffers
        // may grow meanwhile and take some, which ends a wait; then it sends on.
        const QByteArray message(64 * 1024, 'b');
        int sent = 0;
        const auto topUp = [&] {
            while (sent < 4096 && !document->connection()->isBackpressured()) {
                QVERIFY(document->connection()->sendBinary(message));
                ++sent;
            }
        };
        auto *label = window.findChild<QLabel *>(QStringLiteral("backpressureLabel"));
        QVERIFY(label);
        QTRY_VERIFY((topUp(), label->isVisible()));
        QVERIFY(document->backpressuredBytes() > 0);
        QVERIFY2(label->text().startsWith(QStringLiteral("waiting for the socket: ")), qPrintable(label->text()));
        document->sideTabs()->setCurrentWidget(document->statsPanel()); // refreshed while shown
        QTRY_VERIFY((topUp(), document->refreshNow(),
                     document->statsPanel()->summaryText().contains(QStringLiteral("waiting for the socket"))));
        QCOMPARE(document->connection()->stats().droppedMessages(), quint64(0));

        server.resumeReading();
        QTRY_VERIFY(!document->connection()->isBackpressured());
        QTRY_VERIFY(!label->isVisible());
        document->refreshNow();
        QVERIFY(!document->statsPanel()->summaryText().contains(QStringLiteral("waiting for the socket")));
        QVERIFY(document->statsPanel()->summaryText().contains(QStringLiteral("pause")));
    }

    void anMcpSessionsFindingsShowOnce()
    {
        // The MCP session and the frames' annotator both track the connection: a problem they
        // both see is one warning row, not two.
        SockscopeTest::EchoServer server;
        server.setEcho(false);
        QVERIFY(server.listen());
        ClientDocument document(server.url().toString());
        document.setMcpMode(true);
        document.start();
        QTRY_COMPARE(server.connectionCount(), 1);
        QTRY_VERIFY(!server.texts().isEmpty()); // initialize, left unanswered
        server.sendText(0, R"({"jsonrpc":"2.0","id":4242,"result":{}})");
        // The session's warning arrives with the message; the annotator's would come with it.
        const auto orphans = [&document] {
            int count = 0;
            FramesModel *model = document.framesModel();
            for (int row = 0; row < model->rowCount(); ++row) {
                const FrameRecord *record = model->recordAtRow(row);
                if (record->event.details.value(QStringLiteral("error")).toString() == QLatin1String("jsonrpc-orphan-response"))
                    ++count;
            }
            return count;
        };
        QTRY_VERIFY((document.refreshNow(), orphans() >= 1));
        const int orphanRow = lastRow(document.framesModel(), QStringLiteral("in"), QStringLiteral("text"));
        QVERIFY(orphanRow >= 0);
        QVERIFY(document.framesModel()->recordAtRow(orphanRow)->isProblem); // the message itself is marked
        document.refreshNow();
        QCOMPARE(orphans(), 1);
        // In WebSocket mode nobody else reports it: the annotator does.
        document.stop();
        QTRY_VERIFY(!document.isActive());
        document.setMcpMode(false);
        document.start();
        QTRY_COMPARE(server.connectionCount(), 2);
        QTRY_VERIFY(document.isActive() && document.connection()->state() == ConnectionState::Open);
        server.sendText(1, R"({"jsonrpc":"2.0","id":4343,"result":{}})");
        QTRY_VERIFY((document.refreshNow(), orphans() >= 2));
        document.refreshNow();
        QCOMPARE(orphans(), 2);
    }

    void framesContextMenuCopiesAndResends()
    {
        ClientDocument document(m_server.url().toString());
        document.show();
        QVERIFY(QTest::qWaitForWindowExposed(&document));
        document.start();
        QTRY_COMPARE(document.state(), DocumentState::Open);
        const int before = int(m_server.texts().size());
        document.composer()->setText(QStringLiteral("{\"hello\": 1}"));
        QVERIFY(document.composer()->send());
        document.composer()->setMessage(QByteArray::fromHex("00ff10"), false);
        QVERIFY(document.composer()->send());
        QTRY_VERIFY(lastRow(document.framesModel(), QStringLiteral("in"), QStringLiteral("binary")) >= 0);
        document.refreshNow();
        FramesModel *model = document.framesModel();
        FramesView *view = document.framesPanel()->view();
        const auto menuFor = [&](int row) {
            view->clearSelection();
            view->showStoreIndex(model->indexAtRow(row));
            return std::unique_ptr<QMenu>(document.framesPanel()->createContextMenu(nullptr));
        };

        // The echoed text: into the composer as text, and sent again as it was.
        const int in = lastRow(model, QStringLiteral("in"), QStringLiteral("text"));
        QVERIFY(in >= 0);
        document.composer()->setText(QStringLiteral("something else"));
        {
            const std::unique_ptr<QMenu> menu = menuFor(in);
            menu->findChild<QAction *>(QStringLiteral("copyToComposerAction"))->trigger();
        }
        QCOMPARE(document.composer()->format(), Composer::Format::Text);
        QCOMPARE(document.composer()->text(), QStringLiteral("{\"hello\": 1}"));
        {
            const std::unique_ptr<QMenu> menu = menuFor(in);
            QAction *resend = menu->findChild<QAction *>(QStringLiteral("resendAction"));
            QVERIFY(resend->isEnabled());
            resend->trigger();
        }
        QTRY_COMPARE(int(m_server.texts().size()), before + 2);
        QCOMPARE(m_server.texts().last(), QByteArray("{\"hello\": 1}"));

        // The sent binary: as hex, and resent as a binary frame.
        const int binaries = int(m_server.binaries().size());
        const int out = lastRow(model, QStringLiteral("out"), QStringLiteral("binary"));
        QVERIFY(out >= 0);
        {
            const std::unique_ptr<QMenu> menu = menuFor(out);
            menu->findChild<QAction *>(QStringLiteral("copyToComposerAction"))->trigger();
        }
        QCOMPARE(document.composer()->format(), Composer::Format::Hex);
        QCOMPARE(document.composer()->text(), QStringLiteral("00 ff 10"));
        {
            const std::unique_ptr<QMenu> menu = menuFor(out);
            menu->findChild<QAction *>(QStringLiteral("resendAction"))->trigger();
        }
        QTRY_COMPARE(int(m_server.binaries().size()), binaries + 1);
        QCOMPARE(m_server.binaries().last(), QByteArray::fromHex("00ff10"));

        // Connection events have neither; closed, a message cannot be resent and says why.
        {
            const std::unique_ptr<QMenu> menu = menuFor(lastRow(model, QStringLiteral("in"), QStringLiteral("open")));
            QVERIFY(!menu->findChild<QAction *>(QStringLiteral("resendAction")));
            QVERIFY(!menu->findChild<QAction *>(QStringLiteral("copyToComposerAction")));
        }
        document.stop();
        QTRY_VERIFY(!document.isActive());
        {
            const std::unique_ptr<QMenu> menu = menuFor(in);
            QAction *resend = menu->findChild<QAction *>(QStringLiteral("resendAction"));
            QVERIFY(!resend->isEnabled());
            QCOMPARE(resend->toolTip(), QStringLiteral("The connection is not open."));
            QVERIFY(menu->findChild<QAction *>(QStringLiteral("copyToComposerAction"))->isEnabled());
        }
    }

    void refusedConnectionLightsRed()
    {
        ClientDocument document(QStringLiteral("ws://127.0.0.1:1/"));
        document.start();
        QTRY_COMPARE(document.state(), DocumentState::Failed);
        FrameFilter filter;
        filter.errorsOnly = true;
        document.refreshNow();
        QVERIFY(document.framesPanel()->applyFilter(filter));
        QVERIFY(document.framesModel()->rowCount() >= 1);
    }

private:
    SockscopeTest::EchoServer m_server;
};

QTEST_MAIN(TestClientDocument)
#include "tst_clientdocument.moc"
