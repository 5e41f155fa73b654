#include "about/aboutdialog.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Sockscope;

// The first main window: menus, status bar, About, and that it renders.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void shouldHaveDefaultValues()
    {
        MainWindow window;
        QCOMPARE(window.objectName(), QStringLiteral("mainWindow"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Sockscope"));

        auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        auto *helpMenu = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(fileMenu);
        QVERIFY(helpMenu);
        QCOMPARE(window.menuBar()->actions().size(), 2);
        QCOMPARE(window.menuBar()->actions().at(0)->menu(), fileMenu);
        QCOMPARE(window.menuBar()->actions().at(1)->menu(), helpMenu);

        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(fileMenu->actions().contains(quit));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutQtAction")));

        auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Ready"));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage")));
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
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(960, 640) * image.devicePixelRatio());
        // More than one colour: text and chrome were drawn.
        const QRgb first = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7) {
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != first;
        }
        QVERIFY(varied);
        const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("main-window.png"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
