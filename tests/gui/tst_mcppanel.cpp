// The MCP panel of a client document against the mock MCP server in-process (MockServer on
// 127.0.0.1, port 0): the lists fill, a tool with required and nested fields is validated
// by its form and called, results render (text, structured content, an image, isError),
// progress shows as a bar, a call is cancelled, a resource and a template are read, a prompt
// is got, and a list_changed notification reads the list again.
#include "guitestsupport.h"
#include "testtiming.h"

#include "document/clientdocument.h"
#include "editor/codeeditor.h"
#include "connectionbar/connectionbar.h"
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
#include "mcp/mcpserverinfoview.h"
#include "mcp/mcptoolspage.h"
#include "mcp/schemaform.h"
#include "mock/mockconfigloader.h"
#include "mock/mockserver.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLinearGradient>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Sockscope;

namespace {

using SockscopeTest::kWaitMs;

const char kRegisterSchema[] = R"({
        "type": "object",
        "properties": {
            "name": {"type": "string", "minLength": 1, "description": "Who registers"},
            "age": {"type": "integer", "minimum": 0},
            "newsletter": {"type": "boolean"},
            "plan": {"type": "string", "enum": ["free", "pro"]},
            "address": {
                "type": "object",
                "properties": {
                    "city": {"type": "string"},
                    "zip": {"type": "string", "pattern": "^[0-9]{5}$"}
                },
                "required": ["city"]
            },
            "tags": {"type": "array", "items": {"type": "string"}}
        },
        "required": ["name", "address"]
    })";

QJsonObject registerSchema()
{
    return QJsonDocument::fromJson(kRegisterSchema).object();
}

// The order the schema was written in, which the parsed object has lost.
JsonKeyOrder registerOrder()
{
    return JsonKeyOrder::scan(kRegisterSchema);
}

QString chartPngBase64()
{
    QImage image(192, 96, QImage::Format_ARGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 192, 96);
    gradient.setColorAt(0, QColor(0x0b, 0x5c, 0xad));
    gradient.setColorAt(1, QColor(0x2d, 0xa4, 0x4e));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::white);
    for (int x = 12; x < 180; x += 24)
        painter.fillRect(x, 96 - (x * 7 % 70) - 12, 14, (x * 7 % 70) + 4, QColor(255, 255, 255, 190));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(png.toBase64());
}

// The built-in configuration plus a tool with required and nested fields, one answering
// with an image, and two notifications soon after initialize.
MockConfig testConfig()
{
    QFile file(MockConfigLoader::builtinFileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray tools = root.value(QLatin1String("tools")).toArray();
    tools.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("register")},
                             {QStringLiteral("title"), QStringLiteral("Register a user")},
                             {QStringLiteral("description"), QStringLiteral("Echoes a registration: a name, an address and tags.")},
                             {QStringLiteral("inputSchema"), registerSchema()},
                             {QStringLiteral("response"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("echo")}}}});
    tools.append(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("chart")},
        {QStringLiteral("title"), QStringLiteral("A chart")},
        {QStringLiteral("description"), QStringLiteral("Answers an image and a caption.")},
        {QStringLiteral("response"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("static")},
                     {QStringLiteral("content"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                             {QStringLiteral("mimeType"), QStringLiteral("image/png")},
                                             {QStringLiteral("data"), chartPngBase64()}},
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), QStringLiteral("Calls per hour")}}}}}}});
    root.insert(QStringLiteral("tools"), tools);
    root.insert(QStringLiteral("notifications"),
                QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("notifications/message")},
                                       {QStringLiteral("params"), QJsonObject{{QStringLiteral("level"), QStringLiteral("warning")},
                                                                              {QStringLiteral("logger"), QStringLiteral("test")},
                                                                              {QStringLiteral("data"), QStringLiteral("disk almost full")}}},
                                       {QStringLiteral("delayMs"), 100},
                                       {QStringLiteral("count"), 1}},
                           QJsonObject{{QStringLiteral("method"), QStringLiteral("notifications/tools/list_changed")},
                                       {QStringLiteral("delayMs"), 300},
                                       {QStringLiteral("count"), 1}}});
    MockConfig config;
    MockConfigLoader loader;
    if (!loader.loadData(QJsonDocument(root).toJson(), QStringLiteral("tst_mcppanel"), &config))
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

// Rows of the notification list whose kind is `kind`.
int rowsOfKind(const McpNotificationList *list, const QString &kind)
{
    int count = 0;
    for (int row = 0; row < list->rowCount(); ++row)
        count += list->kindAt(row) == kind ? 1 : 0;
    return count;
}

} // namespace

class TestMcpPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldHaveDefaultValues();
    void schemaFormBuildsValidatesAndRoundTrips();
    void rawJsonToggleCarriesTheArguments();
    void connectsInitialisesAndFillsTheLists();
    void formWithRequiredAndNestedFieldsValidatesAndCalls();
    void toolErrorIsHighlighted();
    void imageRendersAsAnImage();
    void progressShowsAsBars();
    void cancelStopsARunningCall();
    void readsAResourceAndATemplate();
    void getsAPromptWithItsArguments();
    void notificationsShowAndListChangedRereads();
    void formFilledWholeIsCalled();

private:
    McpToolsPage *tools() const { return m_document->mcpPanel()->toolsPage(); }
    bool callTool(const QString &name);

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    ClientDocument *m_document = nullptr;
};

void TestMcpPanel::initTestCase()
{
    SockscopeGuiTest::isolateSettings("tst_mcppanel");
    const MockConfig config = testConfig();
    QCOMPARE(config.tools.size(), 10);
    ServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = 0;
    m_server = std::make_unique<MockServer>(config, settings);
    QVERIFY(m_server->listen());
}

void TestMcpPanel::cleanupTestCase()
{
    m_window.reset();
    m_server.reset();
}

void TestMcpPanel::shouldHaveDefaultValues()
{
    McpPanel panel;
    QCOMPARE(panel.objectName(), QStringLiteral("mcpPanel"));
    QVERIFY(!panel.session());
    QCOMPARE(panel.tabs()->count(), 4);
    QCOMPARE(panel.tabs()->currentIndex(), int(McpPanel::ToolsTab));
    QVERIFY(panel.findChild<QTreeView *>(QStringLiteral("toolsList")));
    QVERIFY(panel.findChild<QTreeView *>(QStringLiteral("resourcesList")));
    QVERIFY(panel.findChild<QTreeView *>(QStringLiteral("resourceTemplatesList")));
    QVERIFY(panel.findChild<QTreeView *>(QStringLiteral("promptsList")));
    QVERIFY(panel.findChild<QTreeWidget *>(QStringLiteral("notificationTree")));
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("callButton"))->isEnabled());
    QCOMPARE(panel.toolsPage()->resultView()->status(), McpResultView::Status::Empty);
    QCOMPARE(panel.notifications()->rowCount(), 0);
    QVERIFY(!panel.findChild<QComboBox *>(QStringLiteral("logLevelCombo"))->isEnabled());

    // Every interactive widget has a name (Qt's own parts of composite widgets aside).
    QStringList unnamed;
    const QList<QWidget *> widgets = panel.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                                 || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        const QWidget *parent = widget->parentWidget();
        const bool qtPart = parent && (qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QComboBox *>(parent)
                                       || parent->inherits("QTabBar") || parent->inherits("QAbstractScrollArea")
                                       || parent->inherits("QComboBoxPrivateContainer")
                                       || parent->objectName().startsWith(QLatin1String("qt_")));
        if (interactive && !qtPart && widget->objectName().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('/')
                           + (parent ? parent->objectName() : QString());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    McpCatalogModel model(McpCatalogModel::Kind::Tools);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}, {QStringLiteral("title"), QStringLiteral("A")}},
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("b")}, {QStringLiteral("description"), QStringLiteral("B\nmore")}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, McpCatalogModel::DetailColumn)).toString(), QStringLiteral("A"));
    // The description on one line (the view elides it); without one, the title.
    QCOMPARE(model.data(model.index(1, McpCatalogModel::DetailColumn)).toString(), QStringLiteral("B more"));
    QVERIFY(model.data(model.index(1, McpCatalogModel::NameColumn), Qt::ToolTipRole).toString().contains(QLatin1String("B<br>more")));
    QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMcpPanel::schemaFormBuildsValidatesAndRoundTrips()
{
    SchemaForm form;
    form.setSchema(registerSchema(), registerOrder());
    // In the schema's order, required ones marked; nested object and array in groups; enum as
    // a combo.
    QCOMPARE(form.root()->childNames(), (QStringList{QStringLiteral("name"), QStringLiteral("age"), QStringLiteral("newsletter"),
                                                      QStringLiteral("plan"), QStringLiteral("address"), QStringLiteral("tags")}));
    QVERIFY(child<QLabel>(&form, QStringLiteral("schemaLabel_name"))->text().contains(QLatin1Char('*')));
    QVERIFY(!child<QLabel>(&form, QStringLiteral("schemaLabel_age"))->text().contains(QLatin1Char('*')));
    QVERIFY(child<QGroupBox>(&form, QStringLiteral("schemaGroup_address")));
    QVERIFY(!child<QGroupBox>(&form, QStringLiteral("schemaGroup_address"))->isCheckable()); // required
    QVERIFY(child<QGroupBox>(&form, QStringLiteral("schemaGroup_tags")));
    QVERIFY(child<QComboBox>(&form, QStringLiteral("schemaEditor_plan")));
    QVERIFY(child<QComboBox>(&form, QStringLiteral("schemaEditor_newsletter"))); // optional boolean: three ways
    QCOMPARE(form.field(QStringLiteral("address.city"))->kind(), SchemaField::Kind::String);
    QCOMPARE(form.field(QStringLiteral("age"))->kind(), SchemaField::Kind::Integer);

    // Empty: the required fields are named.
    QVERIFY(!form.validate());
    QStringList paths;
    for (const SchemaField::Problem &problem : form.problems())
        paths << problem.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("name"), QStringLiteral("address.city")}));
    QVERIFY(child<QLabel>(&form, QStringLiteral("schemaProblemLabel"))->isVisibleTo(&form));

    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("schemaEditor_name")), QStringLiteral("Ada"));
    QVERIFY(form.problems().isEmpty()); // an edit clears the marks
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("schemaEditor_address.city")), QStringLiteral("Berlin"));
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("schemaEditor_address.zip")), QStringLiteral("1234"));
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("schemaEditor_age")), QStringLiteral("x1"));
    QVERIFY(!form.validate());
    paths.clear();
    for (const SchemaField::Problem &problem : form.problems())
        paths << problem.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("age"), QStringLiteral("address.zip")}));

    child<QLineEdit>(&form, QStringLiteral("schemaEditor_age"))->clear();
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("schemaEditor_age")), QStringLiteral("36"));
    QTest::keyClick(child<QLineEdit>(&form, QStringLiteral("schemaEditor_address.zip")), Qt::Key_5);
    QTest::mouseClick(child<QPushButton>(&form, QStringLiteral("schemaAdd_tags")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&form, QStringLiteral("schemaAdd_tags")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("schemaEditor_tags[0]")), QStringLiteral("first"));
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("schemaEditor_tags[1]")), QStringLiteral("second"));
    child<QComboBox>(&form, QStringLiteral("schemaEditor_plan"))->setCurrentIndex(2);
    QVERIFY2(form.validate(), qPrintable(form.problemText()));
    const QJsonObject expected = QJsonDocument::fromJson(
        R"({"name":"Ada","age":36,"plan":"pro","address":{"city":"Berlin","zip":"12345"},"tags":["first","second"]})").object();
    QCOMPARE(form.value(), expected);

    // Remove the first tag: the second moves up, and so does its editor's name.
    QTest::mouseClick(child<QToolButton>(&form, QStringLiteral("schemaRemove_tags[0]")), Qt::LeftButton);
    QCOMPARE(form.value().value(QLatin1String("tags")).toArray(), QJsonArray{QStringLiteral("second")});
    QTRY_VERIFY(!form.findChild<QLineEdit *>(QStringLiteral("schemaEditor_tags[1]")));

    // From JSON and back; members the schema does not describe are kept.
    QJsonObject other = expected;
    other.insert(QStringLiteral("newsletter"), true);
    other.insert(QStringLiteral("extra"), 1);
    form.setValue(other);
    QCOMPARE(form.value(), other);
    form.setValue({});
    QCOMPARE(form.value(), (QJsonObject{{QStringLiteral("address"), QJsonObject()}}));

    // An optional nested object is sent only when ticked.
    SchemaForm optional;
    optional.setSchema(QJsonDocument::fromJson(
        R"({"type":"object","properties":{"box":{"type":"object","properties":{"w":{"type":"number"}},"required":["w"]}}})").object());
    QVERIFY(optional.validate());
    QCOMPARE(optional.value(), QJsonObject());
    child<QGroupBox>(&optional, QStringLiteral("schemaGroup_box"))->setChecked(true);
    QVERIFY(!optional.validate());
    QCOMPARE(optional.problems().value(0).path, QStringLiteral("box.w"));
    QTest::keyClicks(child<QLineEdit>(&optional, QStringLiteral("schemaEditor_box.w")), QStringLiteral("2.5"));
    QVERIFY(optional.validate());
    QCOMPARE(optional.value(), (QJsonObject{{QStringLiteral("box"), QJsonObject{{QStringLiteral("w"), 2.5}}}}));
}

void TestMcpPanel::rawJsonToggleCarriesTheArguments()
{
    McpArgumentsEditor editor;
    editor.setSchema(registerSchema());
    QTest::keyClicks(child<QLineEdit>(&editor, QStringLiteral("schemaEditor_name")), QStringLiteral("Ada"));
    QToolButton *toggle = child<QToolButton>(&editor, QStringLiteral("rawJsonToggle"));
    toggle->click();
    QVERIFY(editor.isRaw());
    QVERIFY(editor.rawEditor()->text().contains(QLatin1String("\"Ada\"")));
    // Raw JSON is sent as typed (no schema check): that is what it is for.
    editor.rawEditor()->setText(QStringLiteral(R"({"name": "Bob", "address": {"city": "Oslo"}, "age": "old"})"));
    QJsonObject arguments;
    QVERIFY(editor.arguments(&arguments));
    QCOMPARE(arguments.value(QLatin1String("age")).toString(), QStringLiteral("old"));
    // Not an object: stays raw and says why.
    editor.rawEditor()->setText(QStringLiteral("[1, 2"));
    toggle->click();
    QVERIFY(editor.isRaw());
    QVERIFY(toggle->isChecked());
    QVERIFY(!editor.problem().isEmpty());
    QVERIFY(!editor.arguments(&arguments));
    editor.rawEditor()->setText(QStringLiteral(R"({"name": "Cy", "address": {"city": "Rome"}})"));
    toggle->click();
    QVERIFY(!editor.isRaw());
    QCOMPARE(child<QLineEdit>(&editor, QStringLiteral("schemaEditor_address.city"))->text(), QStringLiteral("Rome"));
}

void TestMcpPanel::connectsInitialisesAndFillsTheLists()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_document = m_window->newClientDocument(m_server->url().toString());
    QVERIFY(!m_document->mcpSession());
    QCOMPARE(m_document->sideTabs()->indexOf(m_document->mcpPanel()), -1);
    // Chosen as the mode: the panel appears as a side tab and "mcp" is offered.
    child<QComboBox>(m_document, QStringLiteral("modeCombo"))->setCurrentIndex(1);
    QVERIFY(m_document->isMcpMode());
    QVERIFY(m_document->sideTabs()->indexOf(m_document->mcpPanel()) >= 0);
    QCOMPARE(m_document->sideTabs()->currentWidget(), m_document->mcpPanel());
    QCOMPARE(m_document->effectiveSettings().subprotocols, QStringList{QStringLiteral("mcp")});

    m_document->connectionBar()->trigger();
    QVERIFY(m_document->mcpSession());
    McpPanel *panel = m_document->mcpPanel();
    QCOMPARE(panel->session(), m_document->mcpSession());
    QTRY_COMPARE_WITH_TIMEOUT(m_document->mcpSession()->state(), McpSessionState::Ready, kWaitMs);
    QCOMPARE(m_document->connection()->subprotocol(), QStringLiteral("mcp"));

    QTRY_COMPARE_WITH_TIMEOUT(tools()->catalog()->model()->rowCount(), 10, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(panel->resourcesPage()->resources()->model()->rowCount(), 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(panel->resourcesPage()->templates()->model()->rowCount(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(panel->promptsPage()->catalog()->model()->rowCount(), 2, kWaitMs);
    QVERIFY(tools()->catalog()->statusText().startsWith(QLatin1String("10 item")));

    McpServerInfoView *info = panel->serverInfo();
    QCOMPARE(info->protocolVersionText(), QStringLiteral("2025-11-25"));
    QVERIFY(info->serverText().contains(QLatin1String("sockscope-mock")));
    QVERIFY(info->instructionsText().startsWith(QLatin1String("A mock MCP server")));
    QVERIFY(!info->capabilitiesTree()->findItems(QStringLiteral("tools"), Qt::MatchExactly).isEmpty());
    QVERIFY(info->stateText().contains(QLatin1String("ready")));
    QVERIFY(panel->summaryText().contains(QLatin1String("sockscope-mock")));
    QVERIFY(child<QComboBox>(panel, QStringLiteral("logLevelCombo"))->isEnabled());
}

bool TestMcpPanel::callTool(const QString &name)
{
    if (!tools()->selectTool(name))
        return false;
    QTest::mouseClick(child<QPushButton>(tools(), QStringLiteral("callButton")), Qt::LeftButton);
    return tools()->isCalling();
}

void TestMcpPanel::formWithRequiredAndNestedFieldsValidatesAndCalls()
{
    QVERIFY(m_document);
    QVERIFY(tools()->selectTool(QStringLiteral("register")));
    QCOMPARE(child<QLabel>(tools(), QStringLiteral("toolTitleLabel"))->text(), QStringLiteral("register — Register a user"));
    QPushButton *call = child<QPushButton>(tools(), QStringLiteral("callButton"));
    QVERIFY(call->isEnabled());

    // Nothing filled in: not sent, and the form says what is missing.
    QTest::mouseClick(call, Qt::LeftButton);
    QVERIFY(!tools()->isCalling());
    QCOMPARE(tools()->resultView()->status(), McpResultView::Status::Empty);
    SchemaForm *form = tools()->arguments()->form();
    QCOMPARE(form->problems().size(), 2);
    QVERIFY(child<QLabel>(form, QStringLiteral("schemaProblemLabel"))->text().contains(QLatin1String("name is required")));

    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("schemaEditor_name")), QStringLiteral("Ada Lovelace"));
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("schemaEditor_address.city")), QStringLiteral("London"));
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("schemaEditor_address.zip")), QStringLiteral("W1"));
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("schemaEditor_age")), QStringLiteral("36"));
    QTest::mouseClick(call, Qt::LeftButton);
    QVERIFY(!tools()->isCalling()); // the zip does not match its pattern
    QCOMPARE(form->problems().value(0).path, QStringLiteral("address.zip"));

    child<QLineEdit>(form, QStringLiteral("schemaEditor_address.zip"))->clear();
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("schemaEditor_address.zip")), QStringLiteral("10115"));
    QTest::mouseClick(child<QPushButton>(form, QStringLiteral("schemaAdd_tags")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("schemaEditor_tags[0]")), QStringLiteral("math"));
    child<QComboBox>(form, QStringLiteral("schemaEditor_plan"))->setCurrentIndex(2);
    // Ctrl+Enter calls from anywhere on the page.
    child<QLineEdit>(form, QStringLiteral("schemaEditor_name"))->setFocus();
    QTest::keyClick(child<QLineEdit>(form, QStringLiteral("schemaEditor_name")), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(tools()->isCalling());
    QCOMPARE(tools()->resultView()->status(), McpResultView::Status::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(tools()->resultView()->status(), McpResultView::Status::Result, kWaitMs);

    // echo answers the arguments as text and as structured content.
    const QJsonObject sent = QJsonDocument::fromJson(
        R"({"name":"Ada Lovelace","age":36,"plan":"pro","address":{"city":"London","zip":"10115"},"tags":["math"]})").object();
    QCOMPARE(tools()->resultView()->rawResult().value(QLatin1String("structuredContent")).toObject(), sent);
    QVERIFY(tools()->resultView()->renderedText().contains(QLatin1String("Structured content")));
    QVERIFY(tools()->resultView()->renderedText().contains(QLatin1String("London")));
    QVERIFY(tools()->resultView()->statusText().contains(QLatin1String("Result in")));
}

void TestMcpPanel::toolErrorIsHighlighted()
{
    QVERIFY(m_document);
    QVERIFY(tools()->selectTool(QStringLiteral("fail")));
    QTest::keyClicks(child<QLineEdit>(tools(), QStringLiteral("schemaEditor_reason")), QStringLiteral("testing"));
    QVERIFY(tools()->call());
    QTRY_COMPARE_WITH_TIMEOUT(tools()->resultView()->status(), McpResultView::Status::ToolError, kWaitMs);
    QVERIFY(tools()->resultView()->renderedText().contains(QLatin1String("Tool error")));
    QVERIFY(tools()->resultView()->renderedText().contains(QLatin1String("the tool failed on purpose: testing")));

    // A JSON-RPC error instead of a result is shown as one too.
    QVERIFY(callTool(QStringLiteral("reject")));
    QTRY_COMPARE_WITH_TIMEOUT(tools()->resultView()->status(), McpResultView::Status::Error, kWaitMs);
    QVERIFY(tools()->resultView()->renderedText().contains(QLatin1String("JSON-RPC error -32603")));
}

void TestMcpPanel::imageRendersAsAnImage()
{
    QVERIFY(m_document);
    QVERIFY(callTool(QStringLiteral("chart")));
    QTRY_COMPARE_WITH_TIMEOUT(tools()->resultView()->status(), McpResultView::Status::Result, kWaitMs);
    QCOMPARE(tools()->resultView()->imageCount(), 1);
    QVERIFY(tools()->resultView()->renderedText().contains(QLatin1String("Calls per hour")));
    const QVariant image = tools()->resultView()->browser()->document()->resource(QTextDocument::ImageResource,
                                                                                   QUrl(QStringLiteral("mcpimage://1")));
    QCOMPARE(image.value<QImage>().size(), QSize(192, 96));
}

void TestMcpPanel::progressShowsAsBars()
{
    QVERIFY(m_document);
    McpNotificationList *list = m_document->mcpPanel()->notifications();
    const int before = list->rowCount();
    QVERIFY(callTool(QStringLiteral("slow")));
    QVERIFY(tools()->progressBar()->isVisible());
    QTRY_COMPARE(list->rowCount(), before + 1);
    QProgressBar *bar = list->progressBarAt(before);
    QVERIFY(bar);
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, kWaitMs);
    QVERIFY(bar->text().contains(QLatin1String("step")));
    QVERIFY(tools()->progressBar()->text().contains(QLatin1String("step")));
    QTRY_COMPARE_WITH_TIMEOUT(tools()->resultView()->status(), McpResultView::Status::Result, kWaitMs);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->text().endsWith(QLatin1String("done")));
    QVERIFY(!tools()->progressBar()->isVisible());
    QVERIFY(tools()->resultView()->renderedText().contains(QLatin1String("slow task done")));
}

void TestMcpPanel::cancelStopsARunningCall()
{
    QVERIFY(m_document);
    QVERIFY(callTool(QStringLiteral("wait")));
    QPushButton *cancel = child<QPushButton>(tools(), QStringLiteral("cancelCallButton"));
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QVERIFY(!child<QPushButton>(tools(), QStringLiteral("callButton"))->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!tools()->isCalling());
    QCOMPARE(tools()->resultView()->status(), McpResultView::Status::Cancelled);
    QCOMPARE(tools()->resultView()->statusText().contains(QLatin1String("Cancelled")), true);
    QVERIFY(!cancel->isVisible());
    // The server drops the answer: nothing arrives for the cancelled call.
    QTest::qWait(1300);
    QCOMPARE(tools()->resultView()->status(), McpResultView::Status::Cancelled);
}

void TestMcpPanel::readsAResourceAndATemplate()
{
    QVERIFY(m_document);
    McpResourcesPage *page = m_document->mcpPanel()->resourcesPage();
    QVERIFY(page->resources()->select(QStringLiteral("readme")));
    QCOMPARE(page->uriEdit()->text(), QStringLiteral("sockscope://readme"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("readResourceButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->resultView()->status(), McpResultView::Status::Result, kWaitMs);
    QVERIFY(page->resultView()->renderedText().contains(QLatin1String("This resource comes from the mock")));

    QVERIFY(page->resources()->select(QStringLiteral("pixel")));
    QVERIFY(page->read());
    QTRY_COMPARE_WITH_TIMEOUT(page->resultView()->status(), McpResultView::Status::Result, kWaitMs);
    QCOMPARE(page->resultView()->imageCount(), 1);

    QVERIFY(page->templates()->select(QStringLiteral("note")));
    QVERIFY(page->variablesForm()->isVisibleTo(page));
    QTest::keyClicks(child<QLineEdit>(page->variablesForm(), QStringLiteral("schemaEditor_id")), QStringLiteral("7 b"));
    QCOMPARE(page->uriEdit()->text(), QStringLiteral("sockscope://notes/7%20b"));
    QVERIFY(page->read());
    QTRY_COMPARE_WITH_TIMEOUT(page->resultView()->status(), McpResultView::Status::Result, kWaitMs);
    QVERIFY2(page->resultView()->renderedText().contains(QLatin1String("Note 7")), qPrintable(page->resultView()->renderedText()));
    QCOMPARE(McpResourcesPage::expandTemplate(QStringLiteral("x://{a}/{b}"),
                                              {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("/")}}),
             QStringLiteral("x://1/%2F"));
}

void TestMcpPanel::getsAPromptWithItsArguments()
{
    QVERIFY(m_document);
    McpPromptsPage *page = m_document->mcpPanel()->promptsPage();
    QVERIFY(page->selectPrompt(QStringLiteral("greeting")));
    QPushButton *get = child<QPushButton>(page, QStringLiteral("getPromptButton"));
    QTest::mouseClick(get, Qt::LeftButton);
    QCOMPARE(page->resultView()->status(), McpResultView::Status::Empty); // name is required
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("schemaEditor_name")), QStringLiteral("Grace"));
    QTest::mouseClick(get, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->resultView()->status(), McpResultView::Status::Result, kWaitMs);
    QVERIFY(page->resultView()->renderedText().contains(QLatin1String("Please greet Grace warmly.")));
    QVERIFY(page->resultView()->renderedText().contains(QLatin1String("user")));
}

void TestMcpPanel::notificationsShowAndListChangedRereads()
{
    QVERIFY(m_document);
    McpNotificationList *list = m_document->mcpPanel()->notifications();
    QTRY_COMPARE_WITH_TIMEOUT(rowsOfKind(list, QStringLiteral("warning")), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOfKind(list, QStringLiteral("tools/list_changed")), 1, kWaitMs);
    bool found = false;
    for (int row = 0; row < list->rowCount(); ++row)
        found = found || list->messageAt(row) == QLatin1String("[test] disk almost full");
    QVERIFY(found);
    // The list was read again; the selection and what was typed survive.
    QTRY_COMPARE_WITH_TIMEOUT(tools()->catalog()->model()->rowCount(), 10, kWaitMs);

    // The level box asks the server.
    QComboBox *level = child<QComboBox>(list, QStringLiteral("logLevelCombo"));
    const int before = list->rowCount();
    level->setCurrentIndex(level->findData(QStringLiteral("error")));
    Q_EMIT level->activated(level->currentIndex());
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), before + 1, kWaitMs);
    QVERIFY(list->messageAt(before).contains(QLatin1String("error")));
}

// A form filled in one go (nested object, enum, array) validates and calls; the result
// shows. (tst_screenshots takes the picture of this.)
void TestMcpPanel::formFilledWholeIsCalled()
{
    QVERIFY(m_document);
    McpPanel *panel = m_document->mcpPanel();
    panel->tabs()->setCurrentIndex(McpPanel::ToolsTab);
    QVERIFY(tools()->selectTool(QStringLiteral("register")));
    SchemaForm *form = tools()->arguments()->form();
    form->setValue(QJsonDocument::fromJson(
        R"({"name":"Ada Lovelace","age":36,"plan":"pro","address":{"city":"London","zip":"10115"},"tags":["math","engines"]})").object());
    QVERIFY(tools()->call());
    // An earlier call of the same tool may still show: this call's echo says Lovelace.
    QTRY_VERIFY_WITH_TIMEOUT(tools()->resultView()->renderedText().contains(QLatin1String("Lovelace")), kWaitMs);
    QCOMPARE(tools()->resultView()->status(), McpResultView::Status::Result);
}

QTEST_MAIN(TestMcpPanel)
#include "tst_mcppanel.moc"
