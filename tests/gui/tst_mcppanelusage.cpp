// What new users of the MCP panel tripped over (issue 15), each pinned down against the mock
// MCP server in-process (MockServer on 127.0.0.1, port 0): the lists beside the forms with
// whole names and a description column, the dividers remembered for the next document, the
// result following the selection, cancelled and failed calls saying so (Esc from a field and
// from the JSON text), the schema's own property order end to end (from a server that writes
// its schemas out of alphabetical order: the mock's QJsonObjects cannot), a form that does not
// jump or widen the window, and counts with plural forms.
#include "guitestsupport.h"
#include "testtiming.h"

#include "connectionbar/connectionbar.h"
#include "document/clientdocument.h"
#include "editor/codeeditor.h"
#include "mainwindow/mainwindow.h"
#include "mcp/mcpargumentseditor.h"
#include "mcp/mcpcatalogmodel.h"
#include "mcp/mcpcatalogview.h"
#include "mcp/mcpclientsession.h"
#include "mcp/mcpnotificationlist.h"
#include "mcp/mcppanel.h"
#include "mcp/mcppromptspage.h"
#include "mcp/mcpresourcespage.h"
#include "mcp/mcpresultview.h"
#include "mcp/mcptoolspage.h"
#include "mcp/schemaform.h"
#include "mock/mockconfigloader.h"
#include "mock/mockserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cmath>
#include <memory>

using namespace Sockscope;

namespace {

using SockscopeTest::kWaitMs;
// What the main window's minimum size may take from the panel (another check adds the rest).
constexpr int kMaxPanelMinimumWidth = 420;
constexpr int kMaxPanelMinimumHeight = 400;

// A tool written with its properties out of alphabetical order, a nested object among them.
const char kFlightTools[] = R"({"tools":[{"name":"book_flight","description":"Books a flight.","inputSchema":{
    "type":"object",
    "properties":{
        "from":{"type":"string"},
        "to":{"type":"string"},
        "date":{"type":"string","description":"YYYY-MM-DD"},
        "passengers":{"type":"integer","minimum":1},
        "traveller":{"type":"object","properties":{"surname":{"type":"string"},"given":{"type":"string"}},"required":["surname"]},
        "notes":{"type":"string"}},
    "required":["to","date"]}}]})";

// Answers initialize and tools/list with text written by hand, so the keys come in the order
// a real server (the TypeScript SDK, a Python server) writes them.
class HandWrittenServer final : public QObject
{
public:
    HandWrittenServer() : m_server(QStringLiteral("hand-written"), QWebSocketServer::NonSecureMode)
    {
        QObject::connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *peer = m_server.nextPendingConnection()) {
                peer->setParent(this); // Qt 6.4 leaves the peer unowned
                QObject::connect(peer, &QWebSocket::textMessageReceived, this, [peer](const QString &text) {
                    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
                    const QString method = message.value(QStringLiteral("method")).toString();
                    if (!message.contains(QStringLiteral("id")))
                        return;
                    const QByteArray id = QJsonDocument(QJsonArray{message.value(QStringLiteral("id"))}).toJson(QJsonDocument::Compact);
                    QByteArray result = R"({})";
                    if (method == QLatin1String("initialize"))
                        result = R"({"protocolVersion":"2025-06-18","capabilities":{"tools":{}},"serverInfo":{"name":"hand-written","version":"1"}})";
                    else if (method == QLatin1String("tools/list"))
                        result = kFlightTools;
                    peer->sendTextMessage(QString::fromUtf8(R"({"jsonrpc":"2.0","id":)" + id.mid(1, id.size() - 2)
                                                            + R"(,"result":)" + result + '}'));
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()); }

private:
    QWebSocketServer m_server;
};

// English plural forms for the numerus strings ("%n item(s)"), as an English translation
// gives them: the message must pass its count to tr() for this to work.
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        QString text = QString::fromUtf8(sourceText);
        if (n < 0 || !text.contains(QLatin1String("(s)")))
            return {};
        return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

// The built-in configuration plus a tool that takes long and has a field, and one whose
// property names and pattern leave no place to wrap.
MockConfig testConfig()
{
    QFile file(MockConfigLoader::builtinFileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray tools = root.value(QLatin1String("tools")).toArray();
    tools.append(QJsonDocument::fromJson(R"({"name": "ponder", "description": "Thinks for half a minute.",
        "inputSchema": {"type": "object", "properties": {"question": {"type": "string"}}, "required": ["question"]},
        "response": {"kind": "static", "delayMs": 30000, "content": [{"type": "text", "text": "42"}]}})").object());
    tools.append(QJsonDocument::fromJson(R"({"name": "an_extremely_long_tool_name_that_leaves_no_room_for_anything_else_at_all",
        "description": "A long description that goes on and on, to be elided in the list and read whole in its tooltip.",
        "inputSchema": {"type": "object", "properties": {
            "identifier_of_the_thing_that_is_really_long_and_has_no_spaces_anywhere_in_it": {"type": "string",
                "pattern": "^[A-Z]{3}-[0-9]{4}-[A-Z]{3}-[0-9]{4}-[A-Z]{3}-[0-9]{4}-[A-Z]{3}-[0-9]{4}-[A-Z]{3}$"},
            "a": {"type": "string"}},
            "required": ["identifier_of_the_thing_that_is_really_long_and_has_no_spaces_anywhere_in_it"]},
        "response": {"kind": "echo"}})").object());
    root.insert(QStringLiteral("tools"), tools);
    MockConfig config;
    MockConfigLoader loader;
    if (!loader.loadData(QJsonDocument(root).toJson(), QStringLiteral("tst_mcppanelusage"), &config))
        qWarning() << loader.error().toString();
    return config;
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

// The last notification row whose text starts with `prefix`, or -1.
int lastRowStartingWith(const McpNotificationList *list, const QString &prefix)
{
    for (int row = list->rowCount() - 1; row >= 0; --row) {
        if (list->messageAt(row).startsWith(prefix))
            return row;
    }
    return -1;
}

// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

} // namespace

class TestMcpPanelUsage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldHaveDefaultValues();
    void listsAreAColumnBesideTheForm();
    void namesAreWholeWhileThereIsRoom();
    void dividersAreRememberedForTheNextDocument();
    void resultFollowsTheSelection();
    void escCancelsFromAFieldAndFromTheJsonText();
    void escCancelsAReadAndAPromptToo();
    void cancelledAndFailedCallsSaySo();
    void failureStaysReadableInADarkTheme();
    void enterInTheListGoesToTheForm();
    void formDoesNotJumpOrWidenTheWindow();
    void minimumSizeLeavesRoomForTheWindow();
    void fieldsFollowTheSchemasOrder();
    void countsUsePluralForms();

private:
    McpToolsPage *tools() const { return m_document->mcpPanel()->toolsPage(); }
    ClientDocument *openMcpDocument(const QString &url);

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    ClientDocument *m_document = nullptr;
};

void TestMcpPanelUsage::initTestCase()
{
    SockscopeGuiTest::isolateSettings("tst_mcppanelusage");
    QSettings().remove(QStringLiteral("mcpPanel"));
    const MockConfig config = testConfig();
    QCOMPARE(config.tools.size(), 10);
    ServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = 0;
    m_server = std::make_unique<MockServer>(config, settings);
    QVERIFY(m_server->listen());

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_document = openMcpDocument(m_server->url().toString());
    QVERIFY(m_document);
    QTRY_COMPARE_WITH_TIMEOUT(tools()->catalog()->model()->rowCount(), 10, kWaitMs);
}

void TestMcpPanelUsage::cleanupTestCase()
{
    m_window.reset();
    m_server.reset();
}

ClientDocument *TestMcpPanelUsage::openMcpDocument(const QString &url)
{
    ClientDocument *document = m_window->newClientDocument(url);
    document->setMcpMode(true);
    document->connectionBar()->trigger();
    if (!document->mcpSession() || !QTest::qWaitFor([document] { return document->mcpSession()->isReady(); }, kWaitMs))
        return nullptr;
    return document;
}

void TestMcpPanelUsage::shouldHaveDefaultValues()
{
    McpPanel panel;
    for (const char *name : {"toolsSplitter", "resourcesSplitter", "promptsSplitter"})
        QCOMPARE(child<QSplitter>(&panel, QString::fromLatin1(name))->orientation(), Qt::Horizontal);
    QCOMPARE(panel.toolsPage()->resultView()->subject(), QString());
    QCOMPARE(panel.toolsPage()->catalog()->model()->headerData(McpCatalogModel::DetailColumn, Qt::Horizontal).toString(),
             QStringLiteral("Description"));
    QVERIFY(panel.toolsPage()->catalog()->currentKeyOrder().isEmpty());
    // The problem line is there before any problem, so the first one moves nothing.
    QLabel *problem = child<QLabel>(panel.toolsPage(), QStringLiteral("schemaProblemLabel"));
    QVERIFY(problem->isVisibleTo(&panel) || panel.toolsPage()->arguments()->form()->isHidden());
    QVERIFY(problem->minimumHeight() > 0);
}

void TestMcpPanelUsage::listsAreAColumnBesideTheForm()
{
    McpPanel *panel = m_document->mcpPanel();
    panel->tabs()->setCurrentIndex(McpPanel::ToolsTab);
    QVERIFY(tools()->selectTool(QStringLiteral("echo")));
    // The list takes the page's whole height on the left; the form and the result are on its right.
    QSplitter *splitter = tools()->splitter();
    QCOMPARE(splitter->orientation(), Qt::Horizontal);
    QCOMPARE(splitter->widget(0), tools()->catalog());
    QWidget *form = tools()->arguments();
    QWidget *result = tools()->resultView();
    const QRect list(tools()->catalog()->mapTo(tools(), QPoint(0, 0)), tools()->catalog()->size());
    QVERIFY(list.height() > tools()->height() * 8 / 10);
    QVERIFY(form->mapTo(tools(), QPoint(0, 0)).x() >= list.right());
    QVERIFY(result->mapTo(tools(), QPoint(0, 0)).x() >= list.right());
    QVERIFY(result->mapTo(tools(), QPoint(0, 0)).y() > form->mapTo(tools(), QPoint(0, 0)).y());

    panel->tabs()->setCurrentIndex(McpPanel::ResourcesTab);
    McpResourcesPage *resources = panel->resourcesPage();
    auto *resourcesSplitter = child<QSplitter>(resources, QStringLiteral("resourcesSplitter"));
    QCOMPARE(resourcesSplitter->orientation(), Qt::Horizontal);
    QVERIFY(resourcesSplitter->widget(0)->isAncestorOf(resources->resources()));
    QVERIFY(resourcesSplitter->widget(0)->isAncestorOf(resources->templates()));
    QVERIFY(resources->uriEdit()->mapTo(resources, QPoint(0, 0)).x() >= resources->resources()->mapTo(resources, QPoint(0, 0)).x()
                                                                            + resources->resources()->width());

    panel->tabs()->setCurrentIndex(McpPanel::PromptsTab);
    McpPromptsPage *prompts = panel->promptsPage();
    auto *promptsSplitter = child<QSplitter>(prompts, QStringLiteral("promptsSplitter"));
    QCOMPARE(promptsSplitter->orientation(), Qt::Horizontal);
    QCOMPARE(promptsSplitter->widget(0), prompts->catalog());
    QVERIFY(prompts->arguments()->mapTo(prompts, QPoint(0, 0)).x() >= prompts->catalog()->width());
    panel->tabs()->setCurrentIndex(McpPanel::ToolsTab);
}

void TestMcpPanelUsage::namesAreWholeWhileThereIsRoom()
{
    McpCatalogView view(McpCatalogModel::Kind::Tools, QStringLiteral("Tools"));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString longName = QStringLiteral("get_current_weather_forecast_for_a_city");
    const QString description = QStringLiteral("Looks the weather up.\nSecond line with <markup> & more.");
    view.setItems(QJsonArray{QJsonObject{{QStringLiteral("name"), longName}, {QStringLiteral("description"), description}},
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("b")}, {QStringLiteral("title"), QStringLiteral("Bee")}}});
    view.resize(700, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QHeaderView *header = view.view()->header();
    const int needed = view.view()->fontMetrics().horizontalAdvance(longName);
    QVERIFY2(header->sectionSize(McpCatalogModel::NameColumn) >= needed,
             qPrintable(QStringLiteral("%1 < %2").arg(header->sectionSize(McpCatalogModel::NameColumn)).arg(needed)));
    // The description gets the rest, on one line; whole (escaped) in the tooltip.
    QVERIFY(header->sectionSize(McpCatalogModel::DetailColumn) > 0);
    const QModelIndex detail = view.model()->index(0, McpCatalogModel::DetailColumn);
    QCOMPARE(detail.data().toString(), QStringLiteral("Looks the weather up. Second line with <markup> & more."));
    QVERIFY(detail.data(Qt::ToolTipRole).toString().contains(QLatin1String("Second line with &lt;markup&gt; &amp; more.")));
    QCOMPARE(view.model()->index(1, McpCatalogModel::DetailColumn).data().toString(), QStringLiteral("Bee"));
    QCOMPARE(view.view()->textElideMode(), Qt::ElideRight);

    // Narrower than the name: the name is cut, never the list widened.
    view.resize(160, 300);
    QTRY_VERIFY(header->sectionSize(McpCatalogModel::NameColumn) <= view.view()->viewport()->width());
    // Wider again: whole again.
    view.resize(700, 300);
    QTRY_VERIFY(header->sectionSize(McpCatalogModel::NameColumn) >= needed);
    // Once dragged by the user, the column stays where it was put.
    header->resizeSection(McpCatalogModel::NameColumn, 90);
    view.resize(650, 300);
    QTest::qWait(50);
    QCOMPARE(header->sectionSize(McpCatalogModel::NameColumn), 90);
}

void TestMcpPanelUsage::dividersAreRememberedForTheNextDocument()
{
    QSettings().remove(QStringLiteral("mcpPanel"));
    QList<int> moved;
    {
        McpPanel first;
        first.resize(900, 600);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QSplitter *splitter = first.toolsPage()->splitter();
        const QList<int> before = splitter->sizes();
        // Drag the divider 120 pixels to the right, as a user does.
        QWidget *handle = splitter->handle(1);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, Qt::NoModifier, grip);
        QTest::mouseMove(handle, grip + QPoint(60, 0));
        QTest::mouseMove(handle, grip + QPoint(120, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, Qt::NoModifier, grip + QPoint(120, 0));
        QTRY_VERIFY(splitter->sizes() != before);
        moved = splitter->sizes();
        QVERIFY(moved.value(0) > before.value(0));
        QVERIFY(QSettings().contains(QStringLiteral("mcpPanel/toolsSplitter")));
        QVERIFY(!QSettings().contains(QStringLiteral("mcpPanel/promptsSplitter"))); // only what moved
    }
    // The next panel (a new MCP document) opens with the divider where it was left.
    McpPanel second;
    second.resize(900, 600);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.toolsPage()->splitter()->sizes(), moved);
    QSettings().remove(QStringLiteral("mcpPanel"));
}

void TestMcpPanelUsage::resultFollowsTheSelection()
{
    McpResultView *result = tools()->resultView();
    QVERIFY(tools()->selectTool(QStringLiteral("echo")));
    QTest::keyClicks(child<QLineEdit>(tools(), QStringLiteral("schemaEditor_text")), QStringLiteral("hello there"));
    QVERIFY(tools()->call());
    QTRY_COMPARE_WITH_TIMEOUT(result->status(), McpResultView::Status::Result, kWaitMs);
    QVERIFY(result->renderedText().contains(QLatin1String("hello there")));

    // Another tool: nothing of echo's result stays.
    QVERIFY(tools()->selectTool(QStringLiteral("add")));
    QCOMPARE(result->status(), McpResultView::Status::Empty);
    QVERIFY(!result->renderedText().contains(QLatin1String("hello there")));
    QVERIFY(result->rawResult().isEmpty());
    // Back to echo: its last result again.
    QVERIFY(tools()->selectTool(QStringLiteral("echo")));
    QCOMPARE(result->status(), McpResultView::Status::Result);
    QVERIFY(result->renderedText().contains(QLatin1String("hello there")));

    // A call still running shows as running only with its own tool, and its answer lands there.
    QVERIFY(tools()->selectTool(QStringLiteral("wait")));
    QVERIFY(tools()->call());
    QCOMPARE(result->status(), McpResultView::Status::Pending);
    QVERIFY(tools()->selectTool(QStringLiteral("echo")));
    QCOMPARE(result->status(), McpResultView::Status::Empty); // the last call is wait's now
    QVERIFY(tools()->isCalling());
    QTRY_VERIFY_WITH_TIMEOUT(!tools()->isCalling(), kWaitMs);
    QCOMPARE(result->status(), McpResultView::Status::Empty);
    QVERIFY(tools()->selectTool(QStringLiteral("wait")));
    QCOMPARE(result->status(), McpResultView::Status::Result);
    QVERIFY(result->renderedText().contains(QLatin1String("waited 1000 ms")));

    // Resources and prompts too.
    McpResourcesPage *resources = m_document->mcpPanel()->resourcesPage();
    QVERIFY(resources->resources()->select(QStringLiteral("readme")));
    QVERIFY(resources->read());
    QTRY_COMPARE_WITH_TIMEOUT(resources->resultView()->status(), McpResultView::Status::Result, kWaitMs);
    QVERIFY(resources->templates()->select(QStringLiteral("note")));
    QCOMPARE(resources->resultView()->status(), McpResultView::Status::Empty);
    QVERIFY(resources->resources()->select(QStringLiteral("pixel")));
    QCOMPARE(resources->resultView()->status(), McpResultView::Status::Empty);
    QVERIFY(resources->resources()->select(QStringLiteral("readme")));
    QCOMPARE(resources->resultView()->status(), McpResultView::Status::Result);

    McpPromptsPage *prompts = m_document->mcpPanel()->promptsPage();
    QVERIFY(prompts->selectPrompt(QStringLiteral("greeting")));
    QTest::keyClicks(child<QLineEdit>(prompts, QStringLiteral("schemaEditor_name")), QStringLiteral("Grace"));
    QVERIFY(prompts->getPrompt());
    QTRY_COMPARE_WITH_TIMEOUT(prompts->resultView()->status(), McpResultView::Status::Result, kWaitMs);
    const QString other = prompts->catalog()->model()->item(0).value(QLatin1String("name")).toString() == QLatin1String("greeting")
                              ? prompts->catalog()->model()->item(1).value(QLatin1String("name")).toString()
                              : prompts->catalog()->model()->item(0).value(QLatin1String("name")).toString();
    QVERIFY(prompts->selectPrompt(other));
    QCOMPARE(prompts->resultView()->status(), McpResultView::Status::Empty);
}

void TestMcpPanelUsage::escCancelsFromAFieldAndFromTheJsonText()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    McpNotificationList *list = m_document->mcpPanel()->notifications();
    QVERIFY(tools()->selectTool(QStringLiteral("ponder")));
    auto *question = child<QLineEdit>(tools(), QStringLiteral("schemaEditor_question"));
    QTest::keyClicks(question, QStringLiteral("why?"));
    question->setFocus();
    QTest::keyClick(question, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(tools()->isCalling());
    QVERIFY(tools()->resultView()->statusText().contains(QLatin1String("Esc")));
    // Focus still in the field: Esc cancels.
    QTest::keyClick(question, Qt::Key_Escape);
    QVERIFY(!tools()->isCalling());
    QCOMPARE(tools()->resultView()->status(), McpResultView::Status::Cancelled);

    // The same from the JSON text, which binds Esc itself.
    QToolButton *raw = child<QToolButton>(tools(), QStringLiteral("rawJsonToggle"));
    raw->click();
    CodeEditor *editor = tools()->arguments()->rawEditor();
    QVERIFY(editor->text().contains(QLatin1String("why?")));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(tools()->isCalling());
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!tools()->isCalling());
    QCOMPARE(tools()->resultView()->status(), McpResultView::Status::Cancelled);
    raw->click();
    QVERIFY(!tools()->arguments()->isRaw());
    QCOMPARE(lastRowStartingWith(list, QStringLiteral("ponder: cancelled")), list->rowCount() - 1);
}

void TestMcpPanelUsage::escCancelsAReadAndAPromptToo()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The mock answers reads and prompts only after half a minute.
    MockFaults slow;
    slow.latencyMinMs = slow.latencyMaxMs = 30000;
    slow.methods = {QStringLiteral("resources/read"), QStringLiteral("prompts/get")};
    m_server->setFaults(slow);
    McpPanel *panel = m_document->mcpPanel();

    panel->tabs()->setCurrentIndex(McpPanel::ResourcesTab);
    McpResourcesPage *resources = panel->resourcesPage();
    QVERIFY(resources->resources()->select(QStringLiteral("readme")));
    resources->uriEdit()->setFocus();
    QTest::keyClick(resources->uriEdit(), Qt::Key_Return);
    QCOMPARE(resources->resultView()->status(), McpResultView::Status::Pending);
    QTest::keyClick(resources->uriEdit(), Qt::Key_Escape);
    QCOMPARE(resources->resultView()->status(), McpResultView::Status::Cancelled);
    QVERIFY(child<QPushButton>(resources, QStringLiteral("readResourceButton"))->isEnabled());

    panel->tabs()->setCurrentIndex(McpPanel::PromptsTab);
    McpPromptsPage *prompts = panel->promptsPage();
    QVERIFY(prompts->selectPrompt(QStringLiteral("greeting")));
    prompts->arguments()->setArguments({{QStringLiteral("name"), QStringLiteral("Ada")}});
    prompts->arguments()->rawToggle()->click();
    CodeEditor *editor = prompts->arguments()->rawEditor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(prompts->resultView()->status(), McpResultView::Status::Pending);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(prompts->resultView()->status(), McpResultView::Status::Cancelled);
    prompts->arguments()->rawToggle()->click();
    m_server->setFaults({});
    panel->tabs()->setCurrentIndex(McpPanel::ToolsTab);
}

void TestMcpPanelUsage::cancelledAndFailedCallsSaySo()
{
    McpNotificationList *list = m_document->mcpPanel()->notifications();
    McpResultView *result = tools()->resultView();
    QVERIFY(tools()->selectTool(QStringLiteral("ponder")));
    tools()->arguments()->setArguments({{QStringLiteral("question"), QStringLiteral("how long?")}});
    QVERIFY(tools()->call());
    QVERIFY(list->progressBarAt(list->rowCount() - 1));
    tools()->cancel();
    QCOMPARE(result->status(), McpResultView::Status::Cancelled);
    QVERIFY(result->statusText().contains(QLatin1String("Cancelled after")));
    QVERIFY2(result->renderedText().trimmed().startsWith(QLatin1String("Cancelled")), qPrintable(result->renderedText()));
    QVERIFY(result->renderedText().contains(QLatin1String("notifications/cancelled")));
    // The notification row says it in words, not with an empty bar.
    const int cancelledRow = list->rowCount() - 1;
    QVERIFY(!list->progressBarAt(cancelledRow));
    QCOMPARE(list->messageAt(cancelledRow), QStringLiteral("ponder: cancelled"));

    // A failure says why, in the result and in the row.
    QVERIFY(tools()->selectTool(QStringLiteral("reject")));
    QVERIFY(tools()->call());
    QTRY_COMPARE_WITH_TIMEOUT(result->status(), McpResultView::Status::Error, kWaitMs);
    QVERIFY(result->statusText().contains(QLatin1String("Internal error (on purpose)")));
    QVERIFY(result->renderedText().contains(QLatin1String("JSON-RPC error -32603")));
    QVERIFY(result->renderedText().contains(QLatin1String("Internal error (on purpose)")));
    const int failedRow = list->rowCount() - 1;
    QVERIFY(!list->progressBarAt(failedRow));
    QVERIFY(list->messageAt(failedRow).startsWith(QLatin1String("reject: failed: ")));
    QVERIFY(list->messageAt(failedRow).contains(QLatin1String("Internal error (on purpose)")));
    QTreeWidgetItem *item = list->tree()->topLevelItem(failedRow);
    const QColor base = list->tree()->palette().color(QPalette::Base);
    QVERIFY(contrast(item->foreground(2).color(), base) >= 4.5);

    // A call that ends well still fills its bar.
    QVERIFY(tools()->selectTool(QStringLiteral("slow")));
    QVERIFY(tools()->call());
    const int doneRow = list->rowCount() - 1;
    QTRY_VERIFY_WITH_TIMEOUT(!tools()->isCalling(), kWaitMs);
    QVERIFY(list->progressBarAt(doneRow));
    QVERIFY(list->messageAt(doneRow).endsWith(QLatin1String("done")));
}

void TestMcpPanelUsage::failureStaysReadableInADarkTheme()
{
    McpResultView view;
    view.showPending(QStringLiteral("t"), QStringLiteral("tools/call t"));
    // The colours are the theme's at the time of showing: a new palette renders again.
    view.setPalette(darkPalette());
    const QString pending = view.statusText();
    QVERIFY(!pending.isEmpty());
    view.showResult(QStringLiteral("tools/call"), QJsonObject{{QStringLiteral("isError"), true},
                                                              {QStringLiteral("content"), QJsonArray{QJsonObject{
                                                                   {QStringLiteral("type"), QStringLiteral("text")},
                                                                   {QStringLiteral("text"), QStringLiteral("boom")}}}}});
    QCOMPARE(view.status(), McpResultView::Status::ToolError);
    const QColor darkProblem(0xff, 0x7b, 0x72);
    QVERIFY(view.statusText().contains(darkProblem.name()));
    QVERIFY(contrast(darkProblem, darkPalette().color(QPalette::Window)) >= 4.5);
    // Back to a light palette: rendered again with the light colours.
    view.setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    QVERIFY(!view.statusText().contains(darkProblem.name()));
    QCOMPARE(view.status(), McpResultView::Status::ToolError);
}

void TestMcpPanelUsage::enterInTheListGoesToTheForm()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTreeView *list = tools()->catalog()->view();
    list->setFocus();
    QVERIFY(tools()->selectTool(QStringLiteral("ponder")));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(tools(), QStringLiteral("schemaEditor_question")));
    // A tool without arguments: Call gets the focus (Enter or Space there calls).
    list->setFocus();
    QVERIFY(tools()->selectTool(QStringLiteral("cycle")));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), child<QPushButton>(tools(), QStringLiteral("callButton")));
}

void TestMcpPanelUsage::formDoesNotJumpOrWidenTheWindow()
{
    const QSize window = m_window->size();
    QVERIFY(tools()->selectTool(QStringLiteral("greet")));
    QCoreApplication::processEvents();
    auto *name = child<QLineEdit>(tools(), QStringLiteral("schemaEditor_name"));
    auto *style = child<QComboBox>(tools(), QStringLiteral("schemaEditor_style"));
    QPushButton *call = child<QPushButton>(tools(), QStringLiteral("callButton"));
    const QPoint nameAt = name->mapTo(m_window.get(), QPoint(0, 0));
    const QPoint styleAt = style->mapTo(m_window.get(), QPoint(0, 0));
    const QPoint callAt = call->mapTo(m_window.get(), QPoint(0, 0));
    auto *scroll = child<QWidget>(tools(), QStringLiteral("schemaScroll"));
    const int scrollHeight = scroll->height();
    QTest::mouseClick(call, Qt::LeftButton);
    QVERIFY(!tools()->isCalling());
    QVERIFY(child<QLabel>(tools(), QStringLiteral("schemaProblemLabel"))->text().contains(QLatin1String("name is required")));
    QCoreApplication::processEvents();
    QCOMPARE(name->mapTo(m_window.get(), QPoint(0, 0)), nameAt);
    QCOMPARE(style->mapTo(m_window.get(), QPoint(0, 0)), styleAt);
    QCOMPARE(call->mapTo(m_window.get(), QPoint(0, 0)), callAt);
    QCOMPARE(scroll->height(), scrollHeight); // the problem line's room was kept for it
    QCOMPARE(QApplication::focusWidget(), name); // the field in error gets the cursor

    // Messages with nothing to break them at wrap or are cut; the window keeps its size.
    const QString longTool = QStringLiteral("an_extremely_long_tool_name_that_leaves_no_room_for_anything_else_at_all");
    QVERIFY(tools()->selectTool(longTool));
    QTest::keyClicks(child<QLineEdit>(tools(), QStringLiteral("schemaEditor_identifier_of_the_thing_that_is_really_long_and_has_no_spaces_anywhere_in_it")),
                     QStringLiteral("nope"));
    QTest::mouseClick(call, Qt::LeftButton);
    QVERIFY(!tools()->isCalling());
    QVERIFY(child<QLabel>(tools(), QStringLiteral("schemaProblemLabel"))->text().contains(QLatin1String("does not match")));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), window);
    const QSize hint = m_document->mcpPanel()->minimumSizeHint();
    QVERIFY2(hint.width() <= kMaxPanelMinimumWidth, qPrintable(QString::number(hint.width())));
}

void TestMcpPanelUsage::minimumSizeLeavesRoomForTheWindow()
{
    // With a form, a long tool name, a problem and a result: what the panel asks of the window.
    McpPanel *panel = m_document->mcpPanel();
    const QSize hint = panel->minimumSizeHint();
    qInfo("MCP panel minimumSizeHint: %d x %d", hint.width(), hint.height());
    QVERIFY2(hint.width() <= kMaxPanelMinimumWidth, qPrintable(QString::number(hint.width())));
    QVERIFY2(hint.height() <= kMaxPanelMinimumHeight, qPrintable(QString::number(hint.height())));
    McpPanel empty;
    const QSize emptyHint = empty.minimumSizeHint();
    qInfo("MCP panel minimumSizeHint without a session: %d x %d", emptyHint.width(), emptyHint.height());
    QVERIFY(emptyHint.width() <= kMaxPanelMinimumWidth && emptyHint.height() <= kMaxPanelMinimumHeight);
}

void TestMcpPanelUsage::fieldsFollowTheSchemasOrder()
{
    HandWrittenServer server;
    QVERIFY(server.listen());
    ClientDocument *document = openMcpDocument(server.url());
    QVERIFY(document);
    McpToolsPage *page = document->mcpPanel()->toolsPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->catalog()->model()->rowCount(), 1, kWaitMs);
    QVERIFY(page->selectTool(QStringLiteral("book_flight")));
    SchemaForm *form = page->arguments()->form();
    // As written, not alphabetical and not required-first; the required ones still marked.
    QCOMPARE(form->root()->childNames(), (QStringList{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("date"),
                                                       QStringLiteral("passengers"), QStringLiteral("traveller"),
                                                       QStringLiteral("notes")}));
    QCOMPARE(form->field(QStringLiteral("traveller"))->childNames(), (QStringList{QStringLiteral("surname"), QStringLiteral("given")}));
    QVERIFY(child<QLabel>(form, QStringLiteral("schemaLabel_to"))->text().contains(QLatin1Char('*')));
    QVERIFY(!child<QLabel>(form, QStringLiteral("schemaLabel_from"))->text().contains(QLatin1Char('*')));
    // On screen too, top to bottom.
    QCoreApplication::processEvents();
    int previous = -1;
    for (const QString &path : {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("date"), QStringLiteral("passengers"),
                                QStringLiteral("traveller.surname"), QStringLiteral("traveller.given"), QStringLiteral("notes")}) {
        QWidget *editor = child<QLineEdit>(form, QStringLiteral("schemaEditor_") + path);
        const int y = editor->mapTo(form, QPoint(0, 0)).y();
        QVERIFY2(y > previous, qPrintable(path));
        previous = y;
    }
    // The problems come in the same order.
    QVERIFY(!form->validate());
    QStringList paths;
    for (const SchemaField::Problem &problem : form->problems())
        paths << problem.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("to"), QStringLiteral("date")}));
    document->stop();
}

void TestMcpPanelUsage::countsUsePluralForms()
{
    EnglishPlurals english;
    QCoreApplication::installTranslator(&english);
    SchemaForm form;
    form.setSchema(QJsonDocument::fromJson(R"({"type": "object", "properties": {
        "one": {"type": "array", "minItems": 1, "items": {"type": "string"}},
        "two": {"type": "array", "minItems": 2, "items": {"type": "string"}},
        "code": {"type": "string", "minLength": 1, "maxLength": 3},
        "pin": {"type": "string", "minLength": 4}},
        "required": ["one", "two", "code"]})").object());
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("schemaEditor_pin")), QStringLiteral("1"));
    QVERIFY(!form.validate());
    QStringList messages;
    for (const SchemaField::Problem &problem : form.problems())
        messages << problem.message;
    QVERIFY2(messages.contains(QStringLiteral("one needs at least 1 item")), qPrintable(messages.join(QLatin1Char('|'))));
    QVERIFY(messages.contains(QStringLiteral("two needs at least 2 items")));
    QVERIFY(messages.contains(QStringLiteral("code is required")));
    QVERIFY(messages.contains(QStringLiteral("pin needs at least 4 characters")));
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("schemaEditor_code")), QStringLiteral("abcd"));
    form.field(QStringLiteral("one"))->addItem();
    for (int i = 0; i < 3; ++i)
        form.field(QStringLiteral("two"))->addItem();
    QVERIFY(!form.validate());
    messages.clear();
    for (const SchemaField::Problem &problem : form.problems())
        messages << problem.message;
    QVERIFY2(messages.contains(QStringLiteral("code takes at most 3 characters")), qPrintable(messages.join(QLatin1Char('|'))));
    QCoreApplication::removeTranslator(&english);
}

QTEST_MAIN(TestMcpPanelUsage)
#include "tst_mcppanelusage.moc"
