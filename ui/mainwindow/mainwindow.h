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
class ReplayDialog;
class SessionDocument;

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
    ServerDocument *newServerDocument();
    MockDocument *newMockDocument();
    ConnectionDocument *currentDocument() const;
    int documentCount() const;
    ConnectionDocument *document(int index) const;
    QTabWidget *tabs() const { return m_tabs; }
    QStringList recentUrls() const { return m_recentUrls; }
    // Opens a session file read-only in a new tab (recovering an interrupted recording first,
    // which is told in a message box). On an error shows it and returns nullptr.
    SessionDocument *openSession(const QString &path);
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
    void createMenus();
    QWidget *createWelcomePage();
    void addDocument(ConnectionDocument *document);
    void closeDocument(int index);
    void updateTab(ConnectionDocument *document);
    void updateActions();
    void rebuildRecentMenu();
    void rememberUrl(const QString &url);
    void showAbout();
    void restoreWindowState();
    void saveWindowState();
    void showSessionMessage(const QString &title, const QString &message, bool warning);
    void copy();
    void selectAll();

    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QWidget *m_welcome;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_ratesLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
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
    QStringList m_recentUrls;
    QTimer *m_statusTimer;
};

} // namespace Sockscope
