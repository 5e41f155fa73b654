#include "mcppanel.h"

#include "mcpnotificationlist.h"
#include "mcppromptspage.h"
#include "mcpresourcespage.h"
#include "mcpserverinfoview.h"
#include "mcptoolspage.h"

#include "common/themecolors.h"
#include "mcp/mcpclientsession.h"

#include <QLabel>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sockscope {

McpPanel::McpPanel(QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_serverInfo(new McpServerInfoView(this)),
      m_tools(new McpToolsPage(this)),
      m_resources(new McpResourcesPage(this)),
      m_prompts(new McpPromptsPage(this)),
      m_notifications(new McpNotificationList(this))
{
    setObjectName(QStringLiteral("mcpPanel"));
    m_summary->setObjectName(QStringLiteral("mcpSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long server name wraps instead of widening the window.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_tabs->setObjectName(QStringLiteral("mcpTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(ServerTab, m_serverInfo, tr("Server"));
    m_tabs->insertTab(ToolsTab, m_tools, tr("Tools"));
    m_tabs->insertTab(ResourcesTab, m_resources, tr("Resources"));
    m_tabs->insertTab(PromptsTab, m_prompts, tr("Prompts"));
    m_tabs->setCurrentIndex(ToolsTab);
    m_splitter->setObjectName(QStringLiteral("mcpSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_notifications);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({640, 170});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_tools, &McpToolsPage::callStarted, m_notifications, &McpNotificationList::trackProgress);
    connect(m_notifications, &McpNotificationList::loggingLevelRequested, this, [this](const QString &level) {
        if (!m_session)
            return;
        McpReply *reply = m_session->setLoggingLevel(level);
        connect(reply, &McpReply::finished, this, [this, reply, level] {
            reply->deleteLater();
            if (reply->isError())
                m_notifications->addNote(tr("logging"), tr("logging/setLevel %1 failed: %2").arg(level, reply->errorText()), true);
            else
                m_notifications->addNote(tr("logging"), tr("The server logs at level %1 and above.").arg(level));
        });
    });
    auto *refresh = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, this, &McpPanel::refreshCurrent,
                                  Qt::WidgetWithChildrenShortcut);
    refresh->setObjectName(QStringLiteral("mcpRefreshShortcut"));
    restoreSplitters();
    setSession(nullptr);
}

QString McpPanel::splitterKey(const QSplitter *splitter)
{
    return QStringLiteral("mcpPanel/") + splitter->objectName();
}

void McpPanel::restoreSplitters()
{
    // Where the user put the dividers holds for every MCP document: taken when the panel is
    // made (a new document), written as soon as a divider moves.
    const QSettings settings;
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (splitter->objectName().isEmpty())
            continue;
        const QByteArray state = settings.value(splitterKey(splitter)).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
        connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
            QSettings().setValue(splitterKey(splitter), splitter->saveState());
        });
    }
}

void McpPanel::setSession(McpClientSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_tools->setSession(session);
    m_resources->setSession(session);
    m_prompts->setSession(session);
    if (session) {
        connect(session, &McpClientSession::stateChanged, this, &McpPanel::onStateChanged);
        connect(session, &McpClientSession::initialized, this, &McpPanel::onInitialized);
        connect(session, &McpClientSession::notificationReceived, this, &McpPanel::onNotification);
        connect(session, &McpClientSession::initializeFailed, this, [this](const QString &message) {
            m_notifications->addNote(tr("session"), tr("initialize failed: %1").arg(message), true);
        });
        connect(session, &McpClientSession::reinitialized, this, [this](int count) {
            m_notifications->addNote(tr("session"), tr("Initialised again after a reconnect (%1 times).").arg(count));
        });
    }
    m_notifications->setLoggingAvailable(false);
    onStateChanged();
}

bool McpPanel::offers(const QString &capability) const
{
    return m_session && m_session->serverCapabilities().contains(capability);
}

void McpPanel::onStateChanged()
{
    m_serverInfo->showSession(m_session);
    updateSummary();
}

void McpPanel::onInitialized()
{
    m_serverInfo->showSession(m_session);
    updateSummary();
    m_tools->setAvailable(offers(QStringLiteral("tools")));
    m_resources->setAvailable(offers(QStringLiteral("resources")));
    m_prompts->setAvailable(offers(QStringLiteral("prompts")));
    m_notifications->setLoggingAvailable(offers(QStringLiteral("logging")));
    refreshAll();
}

void McpPanel::refreshAll()
{
    if (!m_session || !m_session->isReady())
        return;
    if (offers(QStringLiteral("tools")))
        m_tools->refresh();
    if (offers(QStringLiteral("resources")))
        m_resources->refresh();
    if (offers(QStringLiteral("prompts")))
        m_prompts->refresh();
}

void McpPanel::refreshCurrent()
{
    switch (m_tabs->currentIndex()) {
    case ToolsTab: m_tools->refresh(); break;
    case ResourcesTab: m_resources->refresh(); break;
    case PromptsTab: m_prompts->refresh(); break;
    default: refreshAll(); break;
    }
}

void McpPanel::onNotification(const QString &method, const QJsonObject &params)
{
    m_notifications->addNotification(method, params);
    if (method == QLatin1String("notifications/tools/list_changed"))
        m_tools->refresh();
    else if (method == QLatin1String("notifications/resources/list_changed"))
        m_resources->refresh();
    else if (method == QLatin1String("notifications/prompts/list_changed"))
        m_prompts->refresh();
}

QString McpPanel::summaryText() const
{
    return m_summary->text();
}

void McpPanel::updateSummary()
{
    if (!m_session) {
        m_summary->setText(tr("Connect to start an MCP session."));
        return;
    }
    const McpSessionState state = m_session->state();
    const QColor color = state == McpSessionState::Ready    ? ThemeColors::good(palette())
                         : state == McpSessionState::Failed ? ThemeColors::problem(palette())
                                                            : ThemeColors::busy(palette());
    QString text = QStringLiteral("<span style=\"color:%1\">\u25cf</span>&nbsp;<b>%2</b>")
                       .arg(color.name(), McpServerInfoView::stateName(state).toHtmlEscaped());
    if (m_session->initializeCount() > 0) {
        const QJsonObject info = m_session->serverInfo();
        text += QStringLiteral(" &nbsp;·&nbsp; %1 %2 &nbsp;·&nbsp; %3")
                    .arg(info.value(QLatin1String("name")).toString().toHtmlEscaped(),
                         info.value(QLatin1String("version")).toString().toHtmlEscaped(),
                         tr("protocol %1").arg(m_session->protocolVersion()).toHtmlEscaped());
    }
    m_summary->setText(text);
}

} // namespace Sockscope
