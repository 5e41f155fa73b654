#include "mainwindow.h"

#include "about/aboutdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Sockscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sockscope"));
    setCentralWidget(createWelcomePage());
    createMenus();
    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_statusLabel, 1);
    resize(960, 640);
    restoreWindowState();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Sockscope"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 48, 48, 48);

    auto *title = new QLabel(tr("Sockscope"), page);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *subtitle = new QLabel(tr("Inspector and test harness for WebSocket and for MCP over WebSocket."), page);
    subtitle->setObjectName(QStringLiteral("welcomeSubtitle"));
    subtitle->setWordWrap(true);

    auto *body = new QLabel(page);
    body->setObjectName(QStringLiteral("welcomeBody"));
    body->setTextFormat(Qt::RichText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->setText(tr("<p>The command line is ready. Every event of a connection is printed as one JSON line.</p>"
                     "<p><b>Client</b>: handshake headers, subprotocols, Origin, Bearer, Basic and API key "
                     "authentication, TLS options, RFC 6455, MCP and application-level heartbeats, "
                     "reconnection with backoff, and size limits.</p>"
                     "<pre>sockscope connect ws://127.0.0.1:8080 --send '{\"a\":1}' --count 1</pre>"
                     "<p><b>Server</b>: echo, broadcast or log; many peers, wss, Origin and token checks, "
                     "connection limits, subprotocol selection.</p>"
                     "<pre>sockscope serve --port 0 --echo</pre>"
                     "<p>Run <tt>sockscope connect --help</tt> or <tt>sockscope serve --help</tt> for every "
                     "option and the exit codes.</p>"));

    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(24);
    layout->addWidget(body);
    layout->addStretch(1);
    return page;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace Sockscope
