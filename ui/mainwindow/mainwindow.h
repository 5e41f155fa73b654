#pragma once

#include "document/documentsettings.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace Sockscope {

class AppPreferences;
class ClientDocument;
class ConnectionDocument;
class MockDocument;
class ServerDocument;
class RecentList;
class ReplayDialog;
class SessionFileDocument;
class WelcomePage;

// The application window: connection documents in tabs (each with a state light), the
// menus, a status bar with the rates of every connection, and the window's state, the
// splitters, column widths and recent URLs kept in QSettings. With no document open it
// shows a welcome page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ClientDocument *newClientDocument(const QString &url = {});
    // A client in MCP mode, the cursor in its URL.
    ClientDocument *newMcpClientDocument(const QString &url = {});
    ServerDocument *newServerDocument();
    MockDocument *newMockDocument();
    ConnectionDocument *currentDocument() const;
    int documentCount() const;
    ConnectionDocument *document(int index) const;
    QTabWidget *tabs() const { return m_tabs; }
    QStringList recentUrls() const;
    // Session files recorded, saved or opened, the newest first.
    QStringList recentSessions() const;
    WelcomePage *welcomePage() const { return m_welcome; }
    // Opens a session file read-only in a new tab (recovering an interrupted recording first,
    // which is told in a message box). On an error shows it and returns nullptr.
    SessionFileDocument *openSession(const QString &path);
    // Opens the Replay dialog on a session file (raised if open already); load errors and a
    // recovery are told as for openSession(). nullptr when the file cannot be replayed.
    ReplayDialog *openReplay(const QString &path);
    // Saves what the document stores (its events and a header describing it) as a session file.
    bool saveSession(ConnectionDocument *document, const QString &path);
    // Refreshes the status bar's rates now (the timer does it four times a second).
    void refreshStatus();

Q_SIGNALS:
    // A session message was shown (recovery: information; errors: warning), for tests and logs.
    void sessionMessageShown(const QString &message, bool warning);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The Preferences (Edit > Preferences…) new documents start from.
    static AppPreferences loadPreferences();
    static DocumentSettings documentSettings(const AppPreferences &preferences);
    // mainwindowmenus.cpp
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createConnectionMenu();
    void createHelpMenu();
    void chooseFileToSaveAs(ConnectionDocument *document);
    void chooseSessionToReplay();
    void stepTab(int step);
    // A slot running `act` on the current document, when there is one.
    template <typename Act>
    auto onCurrentDocument(Act act);
    void createWelcomePage();
    void chooseSessionToOpen();
    void addDocument(ConnectionDocument *document);
    void closeDocument(int index);
    void updateTab(ConnectionDocument *document);
    void updateActions();
    // The menus, the welcome page and the URL boxes follow the lists.
    void onRecentUrlsChanged();
    void onRecentSessionsChanged();
    void rememberUrl(const QString &url);
    void showAbout();
    void restoreWindowState();
    void saveWindowState();
    void showSessionMessage(const QString &title, const QString &message, bool warning);
    void copy();
    void selectAll();

    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    WelcomePage *m_welcome;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_backpressureLabel = nullptr;
    QLabel *m_ratesLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_recentSessionsMenu = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_saveSession = nullptr;
    QAction *m_recordSession = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_find = nullptr;
    QAction *m_export = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_newest = nullptr;
    QAction *m_jump = nullptr;
    QAction *m_showDetail = nullptr;
    QAction *m_showStats = nullptr;
    QAction *m_send = nullptr;
    RecentList *m_recentUrls = nullptr;
    RecentList *m_recentSessions = nullptr;
    QTimer *m_statusTimer;
};

} // namespace Sockscope
