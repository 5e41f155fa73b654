#include "mockdocument.h"

#include "mockconfigpanel.h"
#include "mockfaultspanel.h"

#include "common/themecolors.h"
#include "connectionbar/connectionbar.h"
#include "editor/codeeditor.h"
#include "mock/mockserver.h"
#include "peers/peersmodel.h"
#include "peers/peerspanel.h"
#include "protocol/closecode.h"

#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>

namespace Sockscope {

MockDocument::MockDocument(const DocumentSettings &settings, QWidget *parent)
    : ServerDocumentBase(settings, parent),
      m_configPanel(new MockConfigPanel(settings, this)),
      m_faultsPanel(new MockFaultsPanel(settings.faultEditSettleMs, this)),
      m_faultsIndicator(new QToolButton(this))
{
    setObjectName(QStringLiteral("mockDocument"));
    // The mock is an MCP server: every peer is judged by JSON-RPC rules from its first message.
    rpcAnnotator().setJsonRpcAssumed(true);
    m_faultsIndicator->setObjectName(QStringLiteral("faultsIndicator"));
    m_faultsIndicator->setAutoRaise(true);
    connect(m_faultsIndicator, &QToolButton::clicked, this, [this] { sideTabs()->setCurrentWidget(m_faultsPanel); });
    buildLayout(peersPanel(), m_faultsIndicator);
    sideTabs()->addTab(m_configPanel, tr("Config"));
    sideTabs()->addTab(m_faultsPanel, tr("Faults"));
    peersPanel()->setSessionColumnVisible(true);
    setSettings(ServerSettings());
    // The configuration needs room beside the frames; the composer (the mock answers by
    // itself) gives up some height.
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("topSplitter")))
        splitter->setSizes({700, 580});
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->setSizes({600, 140});

    connect(m_configPanel, &MockConfigPanel::applyRequested, this, &MockDocument::applyConfig);
    connect(m_configPanel, &MockConfigPanel::message, this, &MockDocument::statusMessage);
    connect(m_configPanel, &MockConfigPanel::modifiedChanged, this, &MockDocument::updateConfigTab);
    connect(m_configPanel, &MockConfigPanel::validated, this, &MockDocument::updateConfigTab);
    connect(m_faultsPanel, &MockFaultsPanel::faultsChanged, this, &MockDocument::onFaultsChanged);
    updateState();
    updateTargets();
    updateConfigTab();
    updateFaultsIndicator();
}

MockDocument::~MockDocument()
{
    // Nothing reaches this half-destroyed document while its children go down.
    if (m_mock)
        m_mock->disconnect(this);
    m_configPanel->disconnect(this);
    m_faultsPanel->disconnect(this);
}

QString MockDocument::title() const
{
    if (m_mock && m_mock->isListening())
        return tr("Mock :%1").arg(m_mock->url().port());
    return tr("New Mock Server");
}

QString MockDocument::layoutKey() const
{
    return QStringLiteral("mockDocument/");
}

void MockDocument::restoreLayout(QSettings &settings)
{
    ServerDocumentBase::restoreLayout(settings);
    // The first time, the configuration is what there is to see.
    if (!settings.contains(layoutKey() + QStringLiteral("sideTab")))
        sideTabs()->setCurrentWidget(m_configPanel);
}

bool MockDocument::confirmClose()
{
    return m_configPanel->maybeSave();
}

bool MockDocument::checkConfig(MockConfig *config, const QString &refusal)
{
    if (!m_configPanel->validateNow()) {
        sideTabs()->setCurrentWidget(m_configPanel);
        m_configPanel->revealError();
        const MockConfigError &error = m_configPanel->error();
        const QString problem = error.path.isEmpty() ? error.message : error.path + QStringLiteral(": ") + error.message;
        Q_EMIT statusMessage(m_configPanel->errorLine() > 0
                                 ? tr("%1: line %2: %3").arg(refusal).arg(m_configPanel->errorLine()).arg(problem)
                                 : tr("%1: %2").arg(refusal, problem));
        return false;
    }
    *config = m_configPanel->config();
    m_faultsPanel->applyPendingEdit(); // a fault still being stepped is told before the start
    adoptFaults(*config);
    config->faults = m_faultsPanel->faults();
    return true;
}

void MockDocument::adoptFaults(const MockConfig &config)
{
    m_faultsPanel->setConfigFaults(config.faults);
    const QJsonObject faults = config.faults.toJson();
    if (faults == m_configFaults)
        return; // what was changed in the panel since stays
    m_configFaults = faults;
    m_faultsPanel->setFaults(config.faults);
    updateFaultsIndicator();
}

void MockDocument::start()
{
    if (isActive())
        return;
    MockConfig config;
    if (!checkConfig(&config, tr("The mock server was not started"))) {
        setDocumentState(DocumentState::Failed, tr("configuration error", "mock server state"));
        return;
    }
    startWith(config, 0);
}

void MockDocument::startWith(const MockConfig &config, quint16 port)
{
    ServerSettings settings = takeSettings();
    if (port != 0)
        settings.port = port;
    MockServer *previous = m_mock;
    if (previous)
        previous->disconnect(this);
    m_mock = new MockServer(config, settings, this);
    connect(m_mock, &MockServer::eventOccurred, this, &MockDocument::onConnectionEvent);
    connect(m_mock, &MockServer::sessionStateChanged, this, &MockDocument::onSessionStateChanged);
    attach(m_mock->server());
    if (previous)
        previous->deleteLater();
    const bool listening = m_mock->listen();
    m_runningText = listening ? m_configPanel->text() : QByteArray();
    m_configPanel->setRunningText(m_runningText);
    listenFinished(listening);
}

void MockDocument::stop()
{
    m_restartPending = false;
    beginStop(CloseCode::GoingAway, QStringLiteral("mock server shutting down"));
}

void MockDocument::stopConnection(quint16 code, const QString &reason)
{
    // The mock's own stop: delayed answers and progress steps still queued are dropped.
    m_mock->stop(code, reason);
}

void MockDocument::onServerStopped()
{
    m_runningText.clear();
    m_configPanel->setRunningText(m_runningText);
    if (!m_restartPending)
        return;
    m_restartPending = false;
    startWith(m_restartConfig, m_restartPort);
    if (m_mock->isListening()) {
        // The text checked when Apply was pressed, whatever was typed while the peers closed.
        m_runningText = m_restartText;
        m_configPanel->setRunningText(m_runningText);
        Q_EMIT statusMessage(tr("The mock server restarted on port %1 with the new configuration.").arg(m_restartPort));
    } else {
        Q_EMIT statusMessage(tr("The mock server could not listen on port %1 again: the frames say why.").arg(m_restartPort));
    }
}

bool MockDocument::applyConfig()
{
    MockConfig config;
    if (!checkConfig(&config, tr("The configuration was not applied")))
        return false;
    if (!isActive()) {
        Q_EMIT statusMessage(tr("The configuration is valid; the mock server uses it when it starts."));
        return true;
    }
    if (!isStopping() && m_configPanel->text() == m_runningText) {
        // Nothing to restart for: the peers stay connected.
        Q_EMIT statusMessage(tr("The mock server already runs this configuration."));
        return true;
    }
    m_restartConfig = config;
    m_restartText = m_configPanel->text();
    m_restartPort = quint16(m_mock->url().port());
    const bool alreadyStopping = isStopping();
    m_restartPending = true;
    Q_EMIT statusMessage(tr("Restarting the mock server on port %1 with the new configuration…").arg(m_restartPort));
    // 1001, not 1012 (service restart): older clients, Qt 6.4's QWebSocket among them, take
    // 1012 for a protocol error.
    if (!alreadyStopping)
        beginStop(CloseCode::GoingAway, QStringLiteral("mock server restarting with a new configuration"));
    return true;
}

void MockDocument::onFaultsChanged(const MockFaults &faults)
{
    const QString description = MockFaultsPanel::describe(faults);
    updateFaultsIndicator();
    if (m_mock && m_mock->isListening()) {
        m_mock->setFaults(faults);
        Q_EMIT statusMessage(tr("Faults now: %1.").arg(description));
    } else {
        Q_EMIT statusMessage(tr("Faults set: %1. They apply when the mock server starts.").arg(description));
    }
}

void MockDocument::onPeerOpened(quint32 id)
{
    // The mock reported the new session before the peer reached the list.
    if (m_mock)
        peersModel()->setSession(id, sessionText(id, m_mock->sessionState(id)));
}

void MockDocument::onSessionStateChanged(quint32 peerId, MockSessionState state)
{
    if (state == MockSessionState::Closed)
        return; // the State column says so; the session's last state stays readable
    peersModel()->setSession(peerId, sessionText(peerId, state));
}

QString MockDocument::sessionText(quint32 peerId, MockSessionState state) const
{
    switch (state) {
    case MockSessionState::NotInitialized: return tr("not initialized", "MCP session");
    case MockSessionState::Initializing: return tr("initializing", "MCP session");
    case MockSessionState::Initialized: {
        const QString version = m_mock ? m_mock->sessionProtocolVersion(peerId) : QString();
        return version.isEmpty() ? tr("initialized", "MCP session") : tr("initialized (%1)", "MCP session").arg(version);
    }
    case MockSessionState::Closed: return tr("closed", "MCP session");
    }
    return {};
}

void MockDocument::updateConfigTab()
{
    const int index = sideTabs()->indexOf(m_configPanel);
    if (index < 0)
        return;
    sideTabs()->setTabText(index, m_configPanel->isModified() ? tr("Config*") : tr("Config"));
    sideTabs()->setTabIcon(index, m_configPanel->isValid() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    sideTabs()->setTabToolTip(index, m_configPanel->isValid() ? tr("The mock configuration: %1").arg(m_configPanel->displayName())
                                                              : tr("The mock configuration has an error"));
}

void MockDocument::updateFaultsIndicator()
{
    const MockFaults faults = m_faultsPanel->faults();
    const QString text = tr("Faults: %1").arg(MockFaultsPanel::describe(faults));
    m_faultsIndicator->setText(fontMetrics().elidedText(text, Qt::ElideRight, fontMetrics().averageCharWidth() * 48));
    m_faultsIndicator->setToolTip(tr("%1. Click to change them.").arg(text));
    QPalette pal = palette();
    if (faults.isActive())
        pal.setColor(QPalette::ButtonText, ThemeColors::busy(palette()));
    m_faultsIndicator->setPalette(pal);
    QFont font = this->font();
    font.setBold(faults.isActive());
    m_faultsIndicator->setFont(font);
}

} // namespace Sockscope
