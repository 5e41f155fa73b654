// The main window on a laptop screen: with every kind of document open, in English, in
// German and in English padded by 40 % (what a language with longer words does to every
// string, the new ones not translated yet included), its minimum size stays within
// 1024 x 640; and nothing shown later (a long validation message in the MCP panel's tool
// form, a long status line) makes the window grow by itself.
#include "guitestsupport.h"
#include "testtiming.h"

#include "composer/composer.h"
#include "connectionbar/connectionbar.h"
#include "document/clientdocument.h"
#include "frames/framesmodel.h"
#include "document/serverdocument.h"
#include "mainwindow/mainwindow.h"
#include "mcp/mcpargumentseditor.h"
#include "mcp/mcpcatalogmodel.h"
#include "mcp/mcpcatalogview.h"
#include "mcp/mcpclientsession.h"
#include "mcp/mcppanel.h"
#include "mcp/mcpsessionstate.h"
#include "mcp/mcptoolspage.h"
#include "mcp/schemaform.h"
#include "mock/mockconfigloader.h"
#include "mock/mockdocument.h"
#include "mock/mockserver.h"
#include "session/sessionfiledocument.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace Sockscope;

namespace {

using SockscopeTest::kWaitMs;
// The smallest screen the app is made for, less the desktop's panels and the title bar.
const QSize kLaptop(1024, 640);

// Every string 40 % longer: each word grows by that much (so a wrapped label's longest word
// does too), keeping rich-text tags, entities, %1 and %n placeholders and & mnemonics intact.
class LongerWordsTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        QString result;
        result.reserve(source.size() * 2);
        bool inTag = false;
        for (qsizetype i = 0; i < source.size();) {
            const QChar c = source.at(i);
            if (c == QLatin1Char('<'))
                inTag = true;
            if (inTag || !c.isLetter()) {
                if (c == QLatin1Char('>'))
                    inTag = false;
                result += c;
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < source.size() && source.at(end).isLetter())
                ++end;
            const QString word = source.mid(i, end - i);
            const QChar before = i > 0 ? source.at(i - 1) : QChar();
            const bool entity = before == QLatin1Char('&') && end < source.size() && source.at(end) == QLatin1Char(';');
            const bool placeholder = before == QLatin1Char('%');
            result += word;
            if (!entity && !placeholder)
                result += QString(int((word.size() * 4 + 9) / 10), QLatin1Char('x'));
            i = end;
        }
        return result;
    }
};

// The widgets whose minimum size is beyond `limit`, innermost first: what to fix.
QStringList tooLarge(QWidget *root, const QSize &limit)
{
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        const QSize hint = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        if (hint.width() > limit.width() || hint.height() > limit.height()) {
            found << QStringLiteral("%1 \"%2\" %3x%4")
                         .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                         .arg(hint.width())
                         .arg(hint.height());
        }
    }
    std::reverse(found.begin(), found.end());
    return found.mid(0, 12);
}

// The built-in mock configuration plus a tool whose argument must match a long pattern
// without a space in it: the message that says so cannot wrap.
MockConfig configWithLongPattern()
{
    QFile file(MockConfigLoader::builtinFileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray tools = root.value(QLatin1String("tools")).toArray();
    const QString pattern = QStringLiteral("^sockscope_deployment_identifier_of_the_regional_cluster_in_the_secondary_"
                                           "data_centre_that_serves_the_northern_hemisphere_[0-9]+$");
    const QJsonObject schema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("deploymentIdentifierOfTheRegionalCluster"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("pattern"), pattern}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("deploymentIdentifierOfTheRegionalCluster")}}};
    tools.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("deploy")},
                             {QStringLiteral("inputSchema"), schema},
                             {QStringLiteral("response"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("echo")}}}});
    root.insert(QStringLiteral("tools"), tools);
    MockConfig config;
    MockConfigLoader loader;
    if (!loader.loadData(QJsonDocument(root).toJson(), QStringLiteral("tst_windowsize"), &config))
        qWarning() << loader.error().toString();
    return config;
}

QString describe(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

} // namespace

class TestWindowSize final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SockscopeGuiTest::isolateSettings("tst_windowsize");
        QVERIFY(m_dir.isValid());
    }

    void everyDocumentFitsALaptop_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral(":/i18n/sockscope_de.qm");
        QTest::newRow("40 % longer") << QStringLiteral("longer");
    }

    void everyDocumentFitsALaptop()
    {
        QFETCH(QString, language);
        std::unique_ptr<QTranslator> translator;
        if (language == QLatin1String("longer")) {
            translator = std::make_unique<LongerWordsTranslator>();
        } else if (!language.isEmpty()) {
            translator = std::make_unique<QTranslator>();
            QVERIFY2(translator->load(language), qPrintable(language));
        }
        if (translator)
            QVERIFY(QCoreApplication::installTranslator(translator.get()));
        const auto uninstall = qScopeGuard([&translator] {
            if (translator)
                QCoreApplication::removeTranslator(translator.get());
        });

        MainWindow window;
        window.resize(kLaptop);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto check = [&window](const char *what) {
            QCoreApplication::processEvents();
            const QSize minimum = window.minimumSizeHint();
            qInfo("%s: minimum %s", what, qPrintable(describe(minimum)));
            if (minimum.width() > kLaptop.width() || minimum.height() > kLaptop.height()) {
                qWarning("%s", qPrintable(tooLarge(&window, kLaptop).join(QLatin1Char('\n'))));
                return false;
            }
            return window.size() == kLaptop;
        };
        QVERIFY(check("welcome page"));
        window.findChild<QAction *>(QStringLiteral("newClientAction"))->trigger();
        QVERIFY(check("client"));
        window.findChild<QAction *>(QStringLiteral("newMcpClientAction"))->trigger();
        QVERIFY(check("MCP client"));
        // For the record: what the MCP panel alone asks for (it scrolls in the side tabs).
        if (auto *client = qobject_cast<ClientDocument *>(window.currentDocument()))
            qInfo("MCP panel alone: minimum %s", qPrintable(describe(client->mcpPanel()->minimumSizeHint())));
        window.findChild<QAction *>(QStringLiteral("newServerAction"))->trigger();
        QVERIFY(check("server"));
        auto *server = qobject_cast<ServerDocument *>(window.currentDocument());
        QVERIFY(server);
        server->start();
        QVERIFY(server->isActive());
        QVERIFY(check("listening server"));
        window.findChild<QAction *>(QStringLiteral("newMockAction"))->trigger();
        QVERIFY(check("mock server"));
        auto *mock = qobject_cast<MockDocument *>(window.currentDocument());
        QVERIFY(mock);
        mock->start();
        QVERIFY(mock->isActive());
        QVERIFY(check("listening mock server"));
        const QString path = m_dir.filePath(QStringLiteral("server.sockscope"));
        QVERIFY(window.saveSession(server, path));
        QVERIFY(window.openSession(path));
        QVERIFY(check("session"));
        server->stop();
        mock->stop();
        QTRY_VERIFY(!server->isActive() && !mock->isActive());
    }

    void longMessagesDoNotGrowTheWindow()
    {
        MockServer mock(configWithLongPattern(), ServerSettings());
        QVERIFY(mock.listen());
        MainWindow window;
        window.resize(kLaptop);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("newMcpClientAction"))->trigger();
        auto *client = qobject_cast<ClientDocument *>(window.currentDocument());
        QVERIFY(client && client->isMcpMode());
        client->connectionBar()->setUrl(mock.url().toString());
        client->start();
        QTRY_VERIFY_WITH_TIMEOUT(client->mcpSession() && client->mcpSession()->state() == McpSessionState::Ready, kWaitMs);
        McpToolsPage *tools = client->mcpPanel()->toolsPage();
        QTRY_VERIFY_WITH_TIMEOUT(tools->selectTool(QStringLiteral("deploy")), kWaitMs);

        // A value that does not match: the form says so, with the whole pattern, and the
        // window keeps its size.
        auto *field = tools->findChild<QLineEdit *>(QStringLiteral("schemaEditor_deploymentIdentifierOfTheRegionalCluster"));
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("not-an-identifier"));
        QTest::mouseClick(tools->findChild<QPushButton *>(QStringLiteral("callButton")), Qt::LeftButton);
        auto *problem = tools->findChild<QLabel *>(QStringLiteral("schemaProblemLabel"));
        QVERIFY(problem);
        QTRY_VERIFY(problem->isVisible() && problem->text().contains(QLatin1String("northern_hemisphere")));
        QVERIFY2(problem->minimumSizeHint().width() > kLaptop.width() / 2, "the message is as wide as intended");
        QCoreApplication::processEvents();
        QVERIFY2(window.minimumSizeHint().width() <= kLaptop.width(), qPrintable(describe(window.minimumSizeHint())));
        QCOMPARE(window.size(), kLaptop);

        // A long status line and a long method name in the frames' method list neither.
        Q_EMIT client->statusMessage(QStringLiteral("A status line that goes on and on ").repeated(12));
        client->composer()->setText(QStringLiteral(R"({"jsonrpc":"2.0","id":99,"method":"%1"})")
                                        .arg(QStringLiteral("vendor/extension/").repeated(12) + QStringLiteral("call")));
        QVERIFY(client->composer()->send());
        QTRY_VERIFY(client->framesModel()->rowCount() > 0 && client->methods().names().size() > 0);
        client->refreshNow();
        QCoreApplication::processEvents();
        QVERIFY2(window.minimumSizeHint().width() <= kLaptop.width(), qPrintable(describe(window.minimumSizeHint())));
        QCOMPARE(window.size(), kLaptop);
        client->stop();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
