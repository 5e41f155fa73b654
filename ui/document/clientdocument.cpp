#include "clientdocument.h"

#include "event/eventdetails.h"

#include "clientjobsink.h"

#include "common/displayformat.h"
#include "common/monotonicclock.h"
#include "composer/composer.h"
#include "connectionbar/connectionbar.h"
#include "frames/frametext.h"
#include "mcp/mcpclientsession.h"
#include "mcp/mcppanel.h"
#include "settings/clientsettingsdialog.h"
#include "stats/statspanel.h"
#include "transport/clientconnection.h"

#include <QSplitter>
#include <QTabWidget>

#include <algorithm>

namespace Sockscope {

namespace {

QString stateWord(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Idle: return ClientDocument::tr("idle", "connection state");
    case ConnectionState::Connecting: return ClientDocument::tr("connecting", "connection state");
    case ConnectionState::Open: return ClientDocument::tr("open", "connection state");
    case ConnectionState::Closing: return ClientDocument::tr("closing", "connection state");
    case ConnectionState::Closed: return ClientDocument::tr("closed", "connection state");
    case ConnectionState::WaitingToReconnect: return ClientDocument::tr("waiting to reconnect", "connection state");
    }
    return {};
}

} // namespace

ClientDocument::ClientDocument(const QString &url, const DocumentSettings &settings, QWidget *parent)
    : ConnectionDocument(false, settings, parent), m_connection(nullptr)
{
    setObjectName(QStringLiteral("clientDocument"));
    m_clientSettings.url = QUrl(url);
    m_connection = new ClientConnection(m_clientSettings, this);
    connect(m_connection, &ClientConnection::eventOccurred, this, &ClientDocument::onEvent);
    connect(m_connection, &ClientConnection::stateChanged, this, &ClientDocument::onStateChanged);
    buildLayout(nullptr);
    connectionBar()->setUrl(url);
    connect(connectionBar(), &ConnectionBar::urlEdited, this, [this] { Q_EMIT titleChanged(title()); });
    m_mcpPanel = new McpPanel(this);
    m_mcpPanel->hide();
    // The composer stays as it is: the session sends initialize by itself, and a template
    // put there would take the keyboard focus from the URL being typed.
    connect(connectionBar(), &ConnectionBar::modeChanged, this,
            [this](ConnectionBar::Mode mode) { onModeChanged(mode == ConnectionBar::Mode::Mcp); });
    onStateChanged(ConnectionState::Idle);
}

ClientDocument::~ClientDocument()
{
    // The session goes first: it would report the connection's end into this document. The
    // panel is left alone (it holds the session weakly and goes down with the document).
    if (m_mcpSession)
        m_mcpSession->disconnect();
    delete m_mcpSession;
    // No events into a half-destroyed document while the connection goes down.
    m_connection->disconnect(this);
}

QString ClientDocument::title() const
{
    const QUrl url = connectionBar()->url();
    if (!connectionBar()->isUrlValid())
        return tr("New Client");
    QString text = url.host();
    if (url.port() >= 0)
        text += QLatin1Char(':') + QString::number(url.port());
    const QString path = url.path();
    if (!path.isEmpty() && path != QLatin1String("/"))
        text += path;
    return text;
}

bool ClientDocument::isActive() const
{
    const ConnectionState state = m_connection->state();
    return state != ConnectionState::Idle && state != ConnectionState::Closed;
}

bool ClientDocument::isMcpMode() const
{
    return connectionBar()->mode() == ConnectionBar::Mode::Mcp;
}

void ClientDocument::setMcpMode(bool mcp)
{
    connectionBar()->setMode(mcp ? ConnectionBar::Mode::Mcp : ConnectionBar::Mode::WebSocket);
}

void ClientDocument::onModeChanged(bool mcp)
{
    // MCP is JSON-RPC: its rules apply from the first message, whatever the subprotocol.
    rpcAnnotator().setJsonRpcAssumed(mcp);
    QTabWidget *tabs = sideTabs();
    const int index = tabs->indexOf(m_mcpPanel);
    if (mcp && index < 0) {
        tabs->addTab(m_mcpPanel, tr("MCP"));
        tabs->setCurrentWidget(m_mcpPanel);
        // The panel needs room for a form and a result: it shares the width with the frames,
        // and the composer (calls go through the panel now) gives up some height.
        if (auto *splitter = findChild<QSplitter *>(QStringLiteral("topSplitter"))) {
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            if (total > 0)
                splitter->setSizes({total / 2, total - total / 2});
        }
        if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"))) {
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            const int composer = std::min(splitter->sizes().value(1), total / 6);
            if (total > 0)
                splitter->setSizes({total - composer, composer});
        }
    } else if (!mcp && index >= 0) {
        tabs->removeTab(index);
        m_mcpPanel->hide();
    }
    // A session of a closed connection has nothing more to say in WebSocket mode.
    if (!mcp && !isActive())
        replaceMcpSession(false);
}

void ClientDocument::replaceMcpSession(bool mcp)
{
    m_mcpPanel->setSession(nullptr);
    delete m_mcpSession; // its replies go with it; the panel holds them weakly
    m_mcpSession = nullptr;
    // The session tracks the same connection with its own JsonRpcTracker and reports its
    // timeouts, orphans and duplicates as events: the frames show them once, from it.
    rpcAnnotator().setFindingsReportedElsewhere(0, mcp);
    if (!mcp)
        return;
    m_mcpSession = new McpClientSession(m_connection, McpSessionSettings(), this);
    connect(m_mcpSession, &McpClientSession::eventOccurred, this, &ClientDocument::onEvent);
    m_mcpPanel->setSession(m_mcpSession);
}

void ClientDocument::setSettings(const ClientSettings &settings)
{
    m_clientSettings = settings;
    if (!settings.url.isEmpty())
        connectionBar()->setUrl(settings.url.toString());
}

ClientSettings ClientDocument::effectiveSettings() const
{
    ClientSettings s = m_clientSettings;
    s.url = connectionBar()->url();
    if (isMcpMode() && s.subprotocols.isEmpty())
        s.subprotocols = {QStringLiteral("mcp")};
    return s;
}

void ClientDocument::start()
{
    if (isActive() || !connectionBar()->isUrlValid())
        return;
    m_clientSettings.url = connectionBar()->url();
    m_connection->setSettings(effectiveSettings());
    m_failed = false;
    Q_EMIT urlUsed(connectionBar()->urlText().trimmed());
    Q_EMIT titleChanged(title());
    // A fresh MCP session per connect (it then follows reconnects on its own); none in
    // WebSocket mode, so nothing initialises behind the user's back.
    replaceMcpSession(isMcpMode());
    if (m_mcpSession)
        m_mcpSession->start(); // opens the connection
    else
        m_connection->open();
}

void ClientDocument::stop()
{
    m_connection->close(1000);
}

void ClientDocument::openSettings()
{
    ClientSettingsDialog dialog(m_clientSettings, documentSettings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_clientSettings = dialog.settings();
    setDocumentSettings(dialog.documentSettings());
    if (isActive())
        Q_EMIT statusMessage(tr("The new settings apply from the next connect."));
}

qint64 ClientDocument::backpressuredBytes() const
{
    return m_connection && m_connection->isBackpressured() ? m_connection->unwrittenBytes() : 0;
}

double ClientDocument::messageRate(Direction direction) const
{
    return m_connection->stats().messageRate(direction, MonotonicClock::nowNs());
}

void ClientDocument::onEvent(const Event &event)
{
    if (event.kind == EventKind::Open)
        m_failed = false;
    else if (event.kind == EventKind::Error && !FrameText::isWarning(event))
        m_failed = true;
    else if (event.kind == EventKind::Close) {
        const int code = EventDetails::closeCode(event).value_or(-1);
        m_failed = code != 1000 && code != 1001 && code != 1005 && code != -1;
    }
    Q_EMIT connectionEvent(event);
    addEvent(event);
}

void ClientDocument::onStateChanged(ConnectionState state)
{
    DocumentState light = DocumentState::Idle;
    switch (state) {
    case ConnectionState::Open:
        light = DocumentState::Open;
        break;
    case ConnectionState::Connecting:
    case ConnectionState::Closing:
    case ConnectionState::WaitingToReconnect:
        light = DocumentState::Busy;
        break;
    case ConnectionState::Idle:
    case ConnectionState::Closed:
        light = m_failed ? DocumentState::Failed : DocumentState::Idle;
        break;
    }
    connectionBar()->setActive(isActive());
    composer()->setReady(state == ConnectionState::Open);
    setDocumentState(light, stateWord(state));
    if (state != ConnectionState::Open)
        connectionBar()->setUptime(QString());
}

void ClientDocument::refresh(qint64 nowNs)
{
    const ConnectionStats &stats = m_connection->stats();
    const qint64 uptime = stats.uptimeNs(nowNs);
    if (m_connection->state() == ConnectionState::Open)
        connectionBar()->setUptime(DisplayFormat::uptime(uptime));
    if (!statsPanel()->isVisible())
        return;
    StatsPanel::Input input;
    input.stats = &stats;
    input.waitingBytes = backpressuredBytes();
    input.nowNs = nowNs;
    input.uptimeNs = uptime;
    input.rpc = &rpc();
    input.rtt = &rttSeries();
    input.latency = &latencySeries();
    statsPanel()->refresh(input);
}

bool ClientDocument::sendMessage(const QByteArray &data, bool isText, const SendTarget &, QString *outcome)
{
    const bool sent = isText ? m_connection->sendText(data) : m_connection->sendBinary(data);
    *outcome = sent ? tr("Sent %1.").arg(DisplayFormat::bytes(data.size()))
                    : tr("Not sent: the frames say why.");
    return sent;
}

QString ClientDocument::resendProblem(const FrameRecord &record) const
{
    if (record.event.connectionId != m_connection->connectionId())
        return tr("The frame is from another connection.");
    if (m_connection->state() != ConnectionState::Open)
        return tr("The connection is not open.");
    return {};
}

bool ClientDocument::resend(const FrameRecord &record, QString *outcome)
{
    const QString problem = resendProblem(record);
    if (!problem.isEmpty()) {
        *outcome = tr("Not resent: %1").arg(problem);
        return false;
    }
    const Event &event = record.event;
    const bool sent = event.kind == EventKind::Text ? m_connection->sendText(event.payload) : m_connection->sendBinary(event.payload);
    *outcome = sent ? tr("Resent %1.").arg(DisplayFormat::bytes(event.payload.size())) : tr("Not resent: the frames say why.");
    return sent;
}

std::unique_ptr<SendJobSink> ClientDocument::createJobSink(const SendTarget &, QString *problem)
{
    if (m_connection->state() != ConnectionState::Open) {
        *problem = tr("Not sent: the connection is not open.");
        return nullptr;
    }
    return std::make_unique<ClientJobSink>(m_connection);
}

} // namespace Sockscope
