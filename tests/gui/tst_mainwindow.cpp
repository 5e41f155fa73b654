#include "guitestsupport.h"

#include "about/aboutdialog.h"
#include "document/clientdocument.h"
#include "composer/composer.h"
#include "connectionbar/connectionbar.h"
#include "document/serverdocument.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/welcomepage.h"
#include "session/sessionfiledocument.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Sockscope;

// The main window: menus with standard shortcuts, documents in tabs, status bar, About,
// the state kept in QSettings, and that it renders.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SockscopeGuiTest::isolateSettings("tst_mainwindow"); }

    void init()
    {
        QSettings settings;
        settings.clear();
    }

    void shouldHaveDefaultValues()
    {
        MainWindow window;
        QCOMPARE(window.objectName(), QStringLiteral("mainWindow"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Sockscope"));

        const QStringList menuNames{QStringLiteral("fileMenu"), QStringLiteral("editMenu"), QStringLiteral("viewMenu"),
                                    QStringLiteral("connectionMenu"), QStringLiteral("helpMenu")};
        QCOMPARE(window.menuBar()->actions().size(), menuNames.size());
        for (int i = 0; i < menuNames.size(); ++i) {
            auto *menu = window.findChild<QMenu *>(menuNames.at(i));
            QVERIFY2(menu, qPrintable(menuNames.at(i)));
            QCOMPARE(window.menuBar()->actions().at(i)->menu(), menu);
        }
        const QList<QPair<const char *, QKeySequence>> shortcuts{
            {"newClientAction", QKeySequence(QKeySequence::New)},
            {"closeTabAction", QKeySequence(QKeySequence::Close)},
            {"quitAction", QKeySequence(QKeySequence::Quit)},
            {"copyAction", QKeySequence(QKeySequence::Copy)},
            {"selectAllAction", QKeySequence(QKeySequence::SelectAll)},
            {"findAction", QKeySequence(QKeySequence::Find)},
            {"connectAction", QKeySequence(Qt::Key_F5)},
        };
        for (const auto &[name, sequence] : shortcuts) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QCOMPARE(action->shortcut(), sequence);
        }
        auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(fileMenu->actions().contains(window.findChild<QAction *>(QStringLiteral("quitAction"))));
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("recentMenu")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutQtAction")));
        // Nothing to act on yet.
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("connectAction"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("closeTabAction"))->isEnabled());

        auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Ready"));
        auto *rates = window.findChild<QLabel *>(QStringLiteral("ratesLabel"));
        QVERIFY(rates);
        QVERIFY(rates->text().contains(QStringLiteral("0 open")));
        auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
        QVERIFY(welcome);
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentWidget(), welcome);
        QCOMPARE(window.documentCount(), 0);
        QVERIFY(!window.currentDocument());
    }

    void documentsOpenInTabsAndClose()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("newClientAction"))->trigger();
        QCOMPARE(window.documentCount(), 1);
        QVERIFY(qobject_cast<ClientDocument *>(window.currentDocument()));
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("New Client"));
        QVERIFY(!window.tabs()->tabIcon(0).isNull());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("connectAction"))->isEnabled());

        window.findChild<QAction *>(QStringLiteral("newServerAction"))->trigger();
        QCOMPARE(window.documentCount(), 2);
        auto *server = qobject_cast<ServerDocument *>(window.currentDocument());
        QVERIFY(server);
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("connectAction"))->text(), QStringLiteral("S&tart Server"));

        // F5 through the menu: the server listens, the tab is titled by the port, the light is green.
        window.findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
        QTRY_COMPARE(server->state(), DocumentState::Open);
        QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Server :%1").arg(server->url().port()));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("connectAction"))->text(), QStringLiteral("S&top Server"));
        window.refreshStatus();
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("ratesLabel"))->text().contains(QStringLiteral("1 open")));

        // A client typed in gets its URL as title.
        auto *client = qobject_cast<ClientDocument *>(window.document(0));
        client->setSettings([&] {
            ClientSettings s;
            s.url = server->url();
            return s;
        }());
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("127.0.0.1:%1").arg(server->url().port()));

        window.findChild<QAction *>(QStringLiteral("closeTabAction"))->trigger();
        QCOMPARE(window.documentCount(), 1);
        window.findChild<QAction *>(QStringLiteral("closeTabAction"))->trigger();
        QCOMPARE(window.documentCount(), 0);
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentWidget(),
                 window.findChild<QWidget *>(QStringLiteral("welcomePage")));
    }

    void stateIsKeptInSettings()
    {
        {
            MainWindow window;
            ClientDocument *document = window.newClientDocument();
            auto *splitter = document->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            splitter->setSizes({300, 300});
            window.close();
        }
        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("mainWindow/geometry")));
        QVERIFY(settings.contains(QStringLiteral("clientDocument/mainSplitter")));
        QVERIFY(settings.contains(QStringLiteral("clientDocument/framesColumns")));
        settings.setValue(QStringLiteral("recent/urls"), QStringList{QStringLiteral("ws://127.0.0.1:9/a")});
        MainWindow again;
        QCOMPARE(again.recentUrls(), QStringList{QStringLiteral("ws://127.0.0.1:9/a")});
        auto *recent = again.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QCOMPARE(recent->actions().first()->text(), QStringLiteral("ws://127.0.0.1:9/a"));
        recent->actions().first()->trigger();
        QCOMPARE(again.documentCount(), 1);
        QCOMPARE(again.currentDocument()->title(), QStringLiteral("127.0.0.1:9/a"));
    }

    void newClientsPutTheCursorInTheUrl()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (const char *action : {"newClientAction", "newMcpClientAction"}) {
            window.findChild<QAction *>(QLatin1String(action))->trigger();
            auto *client = qobject_cast<ClientDocument *>(window.currentDocument());
            QVERIFY(client);
            QCOMPARE(client->isMcpMode(), QLatin1String(action) == QLatin1String("newMcpClientAction"));
            // The URL box (the combo box is its line edit's focus proxy).
            QCOMPARE(QApplication::focusWidget(), client->connectionBar()->findChild<QWidget *>(QStringLiteral("urlCombo")));
            // What is typed next is the URL; the composer stays empty.
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ws://127.0.0.1:9/mcp"));
            QCOMPARE(client->connectionBar()->urlText(), QStringLiteral("ws://127.0.0.1:9/mcp"));
            QVERIFY2(client->composer()->text().isEmpty(), qPrintable(client->composer()->text()));
        }
    }

    void welcomePageOffersEveryStartAndTheRecentFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("recorded.sockscope"));
        {
            // Saving a session makes it recent; so does connecting to a URL.
            MainWindow window;
            ClientDocument *client = window.newClientDocument();
            QVERIFY(window.saveSession(client, path));
            QCOMPARE(window.recentSessions(), QStringList{QFileInfo(path).absoluteFilePath()});
            window.close();
        }
        QSettings().setValue(QStringLiteral("recent/urls"), QStringList{QStringLiteral("ws://127.0.0.1:9/a")});

        MainWindow window;
        WelcomePage *welcome = window.welcomePage();
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentWidget(), welcome);
        for (const char *name : {"welcomeNewClient", "welcomeNewMcpClient", "welcomeNewServer", "welcomeNewMock", "welcomeOpenSession"})
            QVERIFY2(welcome->findChild<QPushButton *>(QLatin1String(name)), name);
        auto *url = welcome->findChild<QToolButton *>(QStringLiteral("welcomeRecentUrl0"));
        QVERIFY(url);
        QCOMPARE(url->text(), QStringLiteral("ws://127.0.0.1:9/a"));
        auto *session = welcome->findChild<QToolButton *>(QStringLiteral("welcomeRecentSession0"));
        QVERIFY(session);
        QCOMPARE(session->text(), QStringLiteral("recorded.sockscope"));
        QVERIFY(session->toolTip().contains(QDir::toNativeSeparators(path)));
        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("recentSessionsMenu"))->actions().first()->text(),
                 QStringLiteral("recorded.sockscope"));

        // One click opens them.
        url->click();
        QCOMPARE(window.documentCount(), 1);
        QCOMPARE(window.currentDocument()->title(), QStringLiteral("127.0.0.1:9/a"));
        window.findChild<QAction *>(QStringLiteral("closeTabAction"))->trigger();
        session->click();
        QCOMPARE(window.documentCount(), 1);
        auto *opened = qobject_cast<SessionFileDocument *>(window.currentDocument());
        QVERIFY(opened);
        QCOMPARE(QFileInfo(opened->path()), QFileInfo(path));
        window.findChild<QAction *>(QStringLiteral("closeTabAction"))->trigger();
        welcome->findChild<QPushButton *>(QStringLiteral("welcomeNewMcpClient"))->click();
        auto *mcp = qobject_cast<ClientDocument *>(window.currentDocument());
        QVERIFY(mcp && mcp->isMcpMode());
        window.findChild<QAction *>(QStringLiteral("closeTabAction"))->trigger();

        // A file gone since is said so and no longer offered.
        QVERIFY(QFile::remove(path));
        QSignalSpy shown(&window, &MainWindow::sessionMessageShown);
        welcome->findChild<QToolButton *>(QStringLiteral("welcomeRecentSession0"))->click();
        QCOMPARE(shown.count(), 1);
        QVERIFY(window.recentSessions().isEmpty());
        QVERIFY(!welcome->findChild<QToolButton *>(QStringLiteral("welcomeRecentSession0")));
        QVERIFY(welcome->findChild<QLabel *>(QStringLiteral("welcomeRecentSessionNone")));
        if (auto *box = window.findChild<QMessageBox *>(QStringLiteral("sessionWarningBox")))
            box->close();
    }

    void quitClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 2000);
    }

    void aboutNamesTheVersions()
    {
        AboutDialog dialog;
        auto *text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(text);
        QVERIFY(text->text().contains(QStringLiteral(SOCKSCOPE_VERSION)));
        QVERIFY(text->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(!AboutDialog::qscintillaVersion().isEmpty());
        QVERIFY(text->text().contains(AboutDialog::qscintillaVersion()));
    }

    void aboutActionOpensTheDialog()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool seen = false;
        // exec() blocks: close the dialog from the event loop once it is up.
        QTimer::singleShot(0, &window, [&seen] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->objectName() == QLatin1String("aboutDialog") && widget->isVisible()) {
                    seen = true;
                    static_cast<QDialog *>(widget)->reject();
                }
            }
        });
        window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        QVERIFY(seen);
    }

    void rendersSomething()
    {
        MainWindow window;
        window.resize(960, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = SockscopeGuiTest::screenshot(&window, QStringLiteral("main-window.png"));
        QCOMPARE(image.size(), QSize(960, 640) * image.devicePixelRatio());
        // More than one colour: text and chrome were drawn.
        const QRgb first = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7) {
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != first;
        }
        QVERIFY(varied);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
