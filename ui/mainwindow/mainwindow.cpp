#include "mainwindow.h"

#include "preferences/apppreferences.h"

#include "recentlist.h"
#include "welcomepage.h"

#include "about/aboutdialog.h"
#include "common/displayformat.h"
#include "common/themecolors.h"
#include "common/elidedlabel.h"
#include "common/statelight.h"
#include "common/urlsecrets.h"
#include "composer/composer.h"
#include "connectionbar/connectionbar.h"
#include "document/clientdocument.h"
#include "document/serverdocument.h"
#include "frames/framesmodel.h"
#include "frames/framespanel.h"
#include "frames/framesview.h"
#include "mcp/mcppanel.h"
#include "mock/mockdocument.h"
#include "replay/replaydialog.h"
#include "replay/replaysetup.h"
#include "session/sessioncontent.h"
#include "session/sessionfiledocument.h"
#include "session/documentrecording.h"
#include "session/sessionloader.h"
#include "session/sessionwriter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace Sockscope {

namespace {

constexpr int kRecentUrls = 10;
constexpr int kRecentSessions = 10;
constexpr int kStatusIntervalMs = 250;
constexpr int kFirstWidth = 1280; // the window's size the first time, screen permitting
constexpr int kFirstHeight = 800;
const QString kRecentKey = QStringLiteral("recent/urls");
const QString kRecentSessionsKey = QStringLiteral("recent/sessions");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_stack(new QStackedWidget(this)),
      m_tabs(new QTabWidget(this)),
      m_welcome(nullptr),
      m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sockscope"));
    m_recentUrls = new RecentList(kRecentKey, kRecentUrls, this);
    m_recentSessions = new RecentList(kRecentSessionsKey, kRecentSessions, this);
    connect(m_recentUrls, &RecentList::changed, this, &MainWindow::onRecentUrlsChanged);
    connect(m_recentSessions, &RecentList::changed, this, &MainWindow::onRecentSessionsChanged);

    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->tabBar()->setObjectName(QStringLiteral("documentTabBar"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeDocument);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    createWelcomePage();
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    createMenus();

    m_statusLabel = new ElidedLabel(this);
    m_statusLabel->setText(tr("Ready"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_ratesLabel = new QLabel(this);
    m_ratesLabel->setObjectName(QStringLiteral("ratesLabel"));
    m_ratesLabel->setToolTip(tr("Messages per second received and sent, over every connection"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_backpressureLabel = new QLabel(this);
    m_backpressureLabel->setObjectName(QStringLiteral("backpressureLabel"));
    m_backpressureLabel->setToolTip(tr("More is waiting to be sent than the send queue's mark: what Sockscope sends "
                                       "from is paused, and it goes on once the peer has read enough (Settings > Limits)"));
    m_backpressureLabel->hide();
    statusBar()->addPermanentWidget(m_backpressureLabel);
    statusBar()->addPermanentWidget(m_ratesLabel);
    m_statusTimer->setInterval(kStatusIntervalMs);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start();

    // The first time: the size the panels were laid out for, or the screen when it is smaller.
    const QSize screen = this->screen() ? this->screen()->availableSize() * 0.95 : QSize(kFirstWidth, kFirstHeight);
    resize(QSize(kFirstWidth, kFirstHeight).boundedTo(screen));
    restoreWindowState();
    updateActions();
    refreshStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWelcomePage()
{
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::newClientRequested, this, [this] { newClientDocument(); });
    connect(m_welcome, &WelcomePage::newMcpClientRequested, this, [this] { newMcpClientDocument(); });
    connect(m_welcome, &WelcomePage::newServerRequested, this, [this] { newServerDocument(); });
    connect(m_welcome, &WelcomePage::newMockRequested, this, [this] { newMockDocument(); });
    connect(m_welcome, &WelcomePage::openSessionRequested, this, &MainWindow::chooseSessionToOpen);
    connect(m_welcome, &WelcomePage::urlChosen, this, [this](const QString &url) { newClientDocument(url); });
    connect(m_welcome, &WelcomePage::sessionChosen, this, [this](const QString &path) { openSession(path); });
}

void MainWindow::chooseSessionToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Session"), QString(),
                                                      tr("Sockscope sessions (*.sockscope);;All files (*)"));
    if (!path.isEmpty())
        openSession(path);
}

AppPreferences MainWindow::loadPreferences()
{
    QSettings settings;
    AppPreferences preferences;
    preferences.load(settings);
    return preferences;
}

DocumentSettings MainWindow::documentSettings(const AppPreferences &preferences)
{
    DocumentSettings settings;
    settings.eventCapacity = preferences.eventCapacity;
    return settings;
}

ClientDocument *MainWindow::newClientDocument(const QString &url)
{
    const AppPreferences preferences = loadPreferences();
    auto *document = new ClientDocument(url, documentSettings(preferences), m_tabs);
    ClientSettings settings = document->settings();
    settings.heartbeat = preferences.heartbeat;
    settings.limits = preferences.limits;
    document->setSettings(settings);
    document->connectionBar()->setUrlHistory(m_recentUrls->items());
    if (!url.isEmpty())
        document->connectionBar()->setUrl(url);
    connect(document, &ClientDocument::urlUsed, this, &MainWindow::rememberUrl);
    addDocument(document);
    document->connectionBar()->findChild<QWidget *>(QStringLiteral("urlEdit"))->setFocus();
    return document;
}

ClientDocument *MainWindow::newMcpClientDocument(const QString &url)
{
    ClientDocument *document = newClientDocument(url);
    document->setMcpMode(true);
    // Whatever the mode switch showed, the URL is what comes next.
    document->connectionBar()->findChild<QWidget *>(QStringLiteral("urlEdit"))->setFocus();
    return document;
}

ServerDocument *MainWindow::newServerDocument()
{
    const AppPreferences preferences = loadPreferences();
    auto *document = new ServerDocument(documentSettings(preferences), m_tabs);
    ServerSettings settings = document->settings();
    settings.heartbeat = preferences.heartbeat;
    settings.limits = preferences.limits;
    document->setSettings(settings);
    addDocument(document);
    return document;
}

MockDocument *MainWindow::newMockDocument()
{
    const AppPreferences preferences = loadPreferences();
    auto *document = new MockDocument(documentSettings(preferences), m_tabs);
    ServerSettings settings = document->settings();
    settings.heartbeat = preferences.heartbeat;
    settings.limits = preferences.limits;
    document->setSettings(settings);
    addDocument(document);
    return document;
}

void MainWindow::addDocument(ConnectionDocument *document)
{
    QSettings settings;
    document->restoreLayout(settings);
    const int index = m_tabs->addTab(document, StateLight::icon(document->state(), palette()), document->title());
    connect(document, &ConnectionDocument::titleChanged, this, [this, document] { updateTab(document); });
    connect(document, &ConnectionDocument::stateChanged, this, [this, document] {
        updateTab(document);
        updateActions();
    });
    connect(document, &ConnectionDocument::statusMessage, this, [this](const QString &message) {
        m_statusLabel->setText(message);
    });
    connect(document, &ConnectionDocument::recordingChanged, this, [this, document](bool recording) {
        // A finished recording is a session file to come back to.
        if (!recording && document->recording() && QFileInfo::exists(document->recording()->path()))
            m_recentSessions->add(QFileInfo(document->recording()->path()).absoluteFilePath());
        updateActions();
    });
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
    updateTab(document);
    updateActions();
}

void MainWindow::closeDocument(int index)
{
    auto *document = qobject_cast<ConnectionDocument *>(m_tabs->widget(index));
    if (!document || !document->confirmClose())
        return;
    QSettings settings;
    document->saveLayout(settings);
    m_tabs->removeTab(index);
    document->stop();
    document->deleteLater();
    if (m_tabs->count() == 0)
        m_stack->setCurrentWidget(m_welcome);
    updateActions();
}

ConnectionDocument *MainWindow::currentDocument() const
{
    return m_stack->currentWidget() == m_tabs ? qobject_cast<ConnectionDocument *>(m_tabs->currentWidget()) : nullptr;
}

int MainWindow::documentCount() const
{
    return m_tabs->count();
}

ConnectionDocument *MainWindow::document(int index) const
{
    return qobject_cast<ConnectionDocument *>(m_tabs->widget(index));
}

void MainWindow::updateTab(ConnectionDocument *document)
{
    const int index = m_tabs->indexOf(document);
    if (index < 0)
        return;
    m_tabs->setTabText(index, document->title());
    m_tabs->setTabIcon(index, StateLight::icon(document->state(), palette()));
    m_tabs->setTabToolTip(index, tr("%1: %2").arg(document->title(), document->stateText()));
}

void MainWindow::updateActions()
{
    ConnectionDocument *document = currentDocument();
    const bool any = document != nullptr;
    for (QAction *action : {m_closeTab, m_connect, m_settings, m_find, m_export, m_clear, m_pause, m_newest, m_jump,
                            m_showDetail, m_showStats, m_send}) {
        action->setEnabled(any);
    }
    const bool readOnly = qobject_cast<SessionFileDocument *>(document) != nullptr;
    m_saveSession->setEnabled(any);
    m_recordSession->setEnabled(any && !readOnly);
    m_recordSession->setText(document && document->isRecording() ? tr("Stop &Recording") : tr("&Record Session…"));
    if (readOnly) {
        for (QAction *action : {m_connect, m_settings, m_send})
            action->setEnabled(false);
    }
    if (!document) {
        m_connect->setText(tr("&Connect"));
        m_pause->setChecked(false);
        return;
    }
    if (document->isServer())
        m_connect->setText(document->isActive() ? tr("S&top Server") : tr("S&tart Server"));
    else
        m_connect->setText(document->isActive() ? tr("Dis&connect") : tr("&Connect"));
    m_pause->setChecked(document->framesPanel()->isPaused());
}

QStringList MainWindow::recentUrls() const
{
    return m_recentUrls->items();
}

QStringList MainWindow::recentSessions() const
{
    return m_recentSessions->items();
}

void MainWindow::onRecentUrlsChanged()
{
    m_recentUrls->fillMenu(
        m_recentMenu, [](const QString &url) { return url; }, [this](const QString &url) { newClientDocument(url); },
        tr("Clear Recent URLs"), QStringLiteral("clearRecentAction"));
    if (m_welcome)
        m_welcome->setRecentUrls(m_recentUrls->items());
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *client = qobject_cast<ClientDocument *>(m_tabs->widget(i)))
            client->connectionBar()->setUrlHistory(m_recentUrls->items());
    }
}

void MainWindow::onRecentSessionsChanged()
{
    m_recentSessions->fillMenu(
        m_recentSessionsMenu, [](const QString &path) { return QFileInfo(path).fileName(); },
        [this](const QString &path) { openSession(path); }, tr("Clear Recent Sessions"),
        QStringLiteral("clearRecentSessionsAction"));
    if (m_welcome)
        m_welcome->setRecentSessions(m_recentSessions->items());
}

void MainWindow::rememberUrl(const QString &typed)
{
    // The list is kept in QSettings: never with a password or a token in it.
    const QString url = redactUrlSecrets(QUrl(typed)).toString();
    if (url.isEmpty())
        return;
    m_recentUrls->add(url);
}

void MainWindow::refreshStatus()
{
    double in = 0;
    double out = 0;
    int open = 0;
    qint64 waiting = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *document = qobject_cast<ConnectionDocument *>(m_tabs->widget(i))) {
            in += document->messageRate(Direction::In);
            out += document->messageRate(Direction::Out);
            open += document->state() == DocumentState::Open ? 1 : 0;
            waiting += document->backpressuredBytes();
        }
    }
    // Said while it lasts, not per message: the status timer reads it a few times a second.
    m_backpressureLabel->setVisible(waiting > 0);
    if (waiting > 0) {
        m_backpressureLabel->setText(tr("waiting for the socket: %1 unsent").arg(DisplayFormat::bytes(waiting)));
        QPalette palette = m_backpressureLabel->palette();
        palette.setColor(QPalette::WindowText, ThemeColors::attentionText(this->palette()));
        m_backpressureLabel->setPalette(palette);
    }
    m_ratesLabel->setText(tr("↓ %1  ↑ %2  ·  %n open", nullptr, open).arg(DisplayFormat::rate(in), DisplayFormat::rate(out)));
    if (ConnectionDocument *document = currentDocument())
        m_pause->setChecked(document->framesPanel()->isPaused());
}

SessionFileDocument *MainWindow::openSession(const QString &path)
{
    LoadedSession session;
    QString error;
    if (!loadSession(path, &session, &error)) {
        if (!QFileInfo::exists(path))
            m_recentSessions->remove(QFileInfo(path).absoluteFilePath()); // gone since: no use offering it
        showSessionMessage(tr("Open Session"), error, true);
        return nullptr;
    }
    m_recentSessions->add(QFileInfo(path).absoluteFilePath());
    auto *document = new SessionFileDocument(path, session, DocumentSettings(), m_tabs);
    connect(document, &SessionFileDocument::replayRequested, this, [this, document] { openReplay(document->path()); });
    addDocument(document);
    if (session.recoveredEvents >= 0)
        showSessionMessage(tr("Recovered Session"), session.recoveryMessage, false);
    if (!session.warning.isEmpty())
        m_statusLabel->setText(tr("%1: %2").arg(QFileInfo(path).fileName(), session.warning));
    else if (session.recoveredEvents < 0)
        m_statusLabel->setText(tr("Opened %1: %n event(s).", nullptr, int(session.events.size())).arg(QFileInfo(path).fileName()));
    return document;
}

ReplayDialog *MainWindow::openReplay(const QString &path)
{
    // One dialog per file: a second request brings it to the front.
    for (ReplayDialog *open : findChildren<ReplayDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (open->isVisible() && QFileInfo(open->path()) == QFileInfo(path)) { // a closed one is being deleted
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    LoadedSession session;
    QString error;
    if (!loadSession(path, &session, &error, ReplaySetup::keepEvent)) {
        showSessionMessage(tr("Replay Session"), error, true);
        return nullptr;
    }
    if (ReplaySetup::conversations(session).isEmpty()) {
        showSessionMessage(tr("Replay Session"),
                           tr("%1: nothing to replay: the session holds no messages.").arg(QFileInfo(path).fileName()), true);
        return nullptr;
    }
    auto *dialog = new ReplayDialog(path, session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUrlHistory(m_recentUrls->items());
    dialog->show();
    if (session.recoveredEvents >= 0)
        showSessionMessage(tr("Recovered Session"), session.recoveryMessage, false);
    else if (!session.warning.isEmpty())
        m_statusLabel->setText(tr("%1: %2").arg(QFileInfo(path).fileName(), session.warning));
    return dialog;
}

bool MainWindow::saveSession(ConnectionDocument *document, const QString &path)
{
    document->refreshNow();
    const QVector<Event> events = documentEvents(document);
    QString error;
    if (!writeSession(path, documentSessionHeader(document), events, &error)) {
        showSessionMessage(tr("Save Session"), error, true);
        return false;
    }
    m_recentSessions->add(QFileInfo(path).absoluteFilePath());
    const quint64 evicted = document->framesModel()->evictedCount();
    QString message = tr("Saved %n event(s) to %1.", nullptr, int(events.size())).arg(QDir::toNativeSeparators(path));
    if (evicted > 0)
        message += QLatin1Char(' ') + tr("%n older event(s) had been dropped from the frames and are not in the file.", nullptr, int(evicted));
    m_statusLabel->setText(message);
    return true;
}

void MainWindow::showSessionMessage(const QString &title, const QString &message, bool warning)
{
    m_statusLabel->setText(message);
    // Not exec(): the window stays live (and tests can read and close the box).
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title, message,
                                QMessageBox::Ok, this);
    box->setObjectName(warning ? QStringLiteral("sessionWarningBox") : QStringLiteral("sessionInfoBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT sessionMessageShown(message, warning);
}

void MainWindow::copy()
{
    QWidget *focus = QApplication::focusWidget();
    ConnectionDocument *document = currentDocument();
    if (document && focus == document->framesPanel()->view()) {
        document->framesPanel()->copySelection();
        return;
    }
    // Line edits, the editors and text views copy their own selection.
    if (focus)
        QMetaObject::invokeMethod(focus, "copy");
}

void MainWindow::selectAll()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus)
        QMetaObject::invokeMethod(focus, "selectAll");
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
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (ConnectionDocument *document = currentDocument())
        document->saveLayout(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved work (a mock configuration) is asked about; Cancel keeps the window open.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *document = qobject_cast<ConnectionDocument *>(m_tabs->widget(i));
        if (document && !document->confirmClose()) {
            m_tabs->setCurrentIndex(i);
            event->ignore();
            return;
        }
    }
    saveWindowState();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto *document = qobject_cast<ConnectionDocument *>(m_tabs->widget(i)))
                updateTab(document);
        }
    }
}

} // namespace Sockscope
