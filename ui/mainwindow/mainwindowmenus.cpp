// The main window's menus: one function per menu. Every action has an objectName (the GUI
// tests find them by it) and most a shortcut; those acting on a document act on the current one.
#include "mainwindow.h"

#include "help/helpdialog.h"
#include "preferences/preferencesdialog.h"

#include "composer/composer.h"
#include "document/clientdocument.h"
#include "frames/framesfilterbar.h"
#include "frames/framespanel.h"
#include "mcp/mcppanel.h"
#include "session/sessionfiledocument.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolButton>

namespace Sockscope {

namespace {

template <typename Slot>
QAction *addNamedAction(QMenu *menu, const QString &text, const char *objectName, const QKeySequence &shortcut,
                        const QObject *context, Slot slot)
{
    QAction *action = menu->addAction(text, context, std::move(slot));
    action->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

QMenu *addNamedMenu(QMenuBar *bar, const QString &title, const char *objectName)
{
    QMenu *menu = bar->addMenu(title);
    menu->setObjectName(QLatin1String(objectName));
    return menu;
}

} // namespace

template <typename Act>
auto MainWindow::onCurrentDocument(Act act)
{
    return [this, act] {
        if (ConnectionDocument *document = currentDocument())
            act(document);
    };
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createConnectionMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = addNamedMenu(menuBar(), tr("&File"), "fileMenu");
    addNamedAction(file, tr("New &Client"), "newClientAction", QKeySequence::New, this, [this] { newClientDocument(); });
    addNamedAction(file, tr("New &MCP Client"), "newMcpClientAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this,
                   [this] { newMcpClientDocument(); });
    addNamedAction(file, tr("New &Server"), "newServerAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                   [this] { newServerDocument(); });
    addNamedAction(file, tr("New Moc&k Server"), "newMockAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this,
                   [this] { newMockDocument(); })
        ->setToolTip(tr("A mock MCP server answering from a configuration, with faults on purpose"));
    file->addSeparator();
    addNamedAction(file, tr("&Open Session…"), "openSessionAction", QKeySequence::Open, this, [this] { chooseSessionToOpen(); });
    m_saveSession = addNamedAction(file, tr("Save Session &As…"), "saveSessionAction",
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                                   onCurrentDocument([this](ConnectionDocument *document) { chooseFileToSaveAs(document); }));
    m_recordSession = addNamedAction(file, tr("&Record Session…"), "recordSessionAction", {}, this, [this] {
        // The document's button asks for the file, or finishes the recording.
        if (ConnectionDocument *document = currentDocument())
            document->recordButton()->click();
        updateActions();
    });
    addNamedAction(file, tr("Re&play Session…"), "replaySessionAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                   [this] { chooseSessionToReplay(); })
        ->setToolTip(tr("Send a recorded conversation again and compare the answers with the recording"));
    file->addSeparator();
    m_recentMenu = file->addMenu(tr("&Recent URLs"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentSessionsMenu = file->addMenu(tr("Recent Sess&ions"));
    m_recentSessionsMenu->setObjectName(QStringLiteral("recentSessionsMenu"));
    onRecentUrlsChanged();
    onRecentSessionsChanged();
    file->addSeparator();
    m_closeTab = addNamedAction(file, tr("Close &Tab"), "closeTabAction", QKeySequence::Close, this,
                                [this] { closeDocument(m_tabs->currentIndex()); });
    file->addSeparator();
    addNamedAction(file, tr("&Quit"), "quitAction", QKeySequence::Quit, this, [this] { close(); })
        ->setMenuRole(QAction::QuitRole);
}

void MainWindow::chooseFileToSaveAs(ConnectionDocument *document)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Session As"), QString(),
                                                tr("Sockscope sessions (*.sockscope);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sockscope");
    saveSession(document, path);
}

void MainWindow::chooseSessionToReplay()
{
    // The session in the current tab, else one chosen from a file.
    if (auto *session = qobject_cast<SessionFileDocument *>(currentDocument())) {
        openReplay(session->path());
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Replay Session"), QString(),
                                                      tr("Sockscope sessions (*.sockscope);;All files (*)"));
    if (!path.isEmpty())
        openReplay(path);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = addNamedMenu(menuBar(), tr("&Edit"), "editMenu");
    m_copy = addNamedAction(edit, tr("&Copy"), "copyAction", QKeySequence::Copy, this, [this] { copy(); });
    m_selectAll = addNamedAction(edit, tr("Select &All"), "selectAllAction", QKeySequence::SelectAll, this, [this] { selectAll(); });
    edit->addSeparator();
    m_find = addNamedAction(edit, tr("&Filter Frames"), "findAction", QKeySequence::Find, this,
                            onCurrentDocument([](ConnectionDocument *document) { document->framesPanel()->filterBar()->focusText(); }));
    m_export = addNamedAction(edit, tr("&Export Selected Frames…"), "exportAction", QKeySequence(Qt::CTRL | Qt::Key_E), this,
                              onCurrentDocument([](ConnectionDocument *document) { document->framesPanel()->exportSelection(); }));
    m_clear = addNamedAction(edit, tr("C&lear Frames"), "clearAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
                             onCurrentDocument([](ConnectionDocument *document) { document->framesPanel()->clear(); }));
    edit->addSeparator();
    // Ctrl+, is Connection > Settings.
    addNamedAction(edit, tr("&Preferences…"), "preferencesAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma), this,
                   [this] { PreferencesDialog::showPreferences(this); })
        ->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::createViewMenu()
{
    QMenu *view = addNamedMenu(menuBar(), tr("&View"), "viewMenu");
    m_pause = view->addAction(tr("&Pause Frames"));
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_pause, &QAction::triggered, this, [this](bool paused) {
        if (ConnectionDocument *document = currentDocument())
            document->framesPanel()->setPaused(paused);
    });
    m_newest = addNamedAction(view, tr("Follow &Newest Frame"), "followAction", QKeySequence(Qt::CTRL | Qt::Key_End), this,
                              onCurrentDocument([](ConnectionDocument *document) { document->framesPanel()->setFollowTail(true); }));
    view->addSeparator();
    m_showDetail = addNamedAction(view, tr("&Detail"), "showDetailAction", QKeySequence(Qt::CTRL | Qt::Key_1), this,
                                  onCurrentDocument([](ConnectionDocument *document) { document->sideTabs()->setCurrentIndex(0); }));
    m_showStats = addNamedAction(view, tr("&Stats"), "showStatsAction", QKeySequence(Qt::CTRL | Qt::Key_2), this,
                                 onCurrentDocument([](ConnectionDocument *document) { document->sideTabs()->setCurrentIndex(1); }));
    addNamedAction(view, tr("&MCP Panel"), "showMcpPanelAction", QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] {
        // The MCP tab exists in MCP mode only.
        auto *client = qobject_cast<ClientDocument *>(currentDocument());
        if (client && client->isMcpMode())
            client->sideTabs()->setCurrentWidget(client->mcpPanel());
    });
    view->addSeparator();
    addNamedAction(view, tr("Next Tab"), "nextTabAction", QKeySequence::NextChild, this, [this] { stepTab(1); });
    addNamedAction(view, tr("Previous Tab"), "previousTabAction", QKeySequence::PreviousChild, this, [this] { stepTab(-1); });
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
}

void MainWindow::stepTab(int step)
{
    const int count = m_tabs->count();
    if (count > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

void MainWindow::createConnectionMenu()
{
    QMenu *connection = addNamedMenu(menuBar(), tr("&Connection"), "connectionMenu");
    m_connect = addNamedAction(connection, tr("&Connect"), "connectAction", QKeySequence(Qt::Key_F5), this, [this] {
        if (ConnectionDocument *document = currentDocument())
            document->toggleConnection();
        updateActions();
    });
    m_send = addNamedAction(connection, tr("Sen&d Message"), "sendAction", {}, this,
                            onCurrentDocument([](ConnectionDocument *document) { document->composer()->send(); }));
    m_send->setToolTip(tr("Send the composer's message (Ctrl+Enter in the composer)"));
    m_jump = addNamedAction(connection, tr("&Go to Request or Response"), "jumpAction", QKeySequence(Qt::CTRL | Qt::Key_J), this,
                            onCurrentDocument([](ConnectionDocument *document) { document->framesPanel()->jumpToPair(); }));
    connection->addSeparator();
    m_settings = addNamedAction(connection, tr("&Settings…"), "settingsAction", QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                                onCurrentDocument([](ConnectionDocument *document) { document->openSettings(); }));
    m_settings->setMenuRole(QAction::NoRole);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = addNamedMenu(menuBar(), tr("&Help"), "helpMenu");
    addNamedAction(help, tr("Sockscope &Guide"), "guideAction", QKeySequence(Qt::Key_F1), this, [this] { HelpDialog::showHelp(this); });
    help->addSeparator();
    addNamedAction(help, tr("&About Sockscope"), "aboutAction", {}, this, [this] { showAbout(); })
        ->setMenuRole(QAction::AboutRole);
    addNamedAction(help, tr("About &Qt"), "aboutQtAction", {}, qApp, [] { QApplication::aboutQt(); })
        ->setMenuRole(QAction::AboutQtRole);
}

} // namespace Sockscope
