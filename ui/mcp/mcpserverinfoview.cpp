#include "mcpserverinfoview.h"

#include "common/themecolors.h"
#include "mcp/mcpclientsession.h"
#include "transport/clientconnection.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>

namespace Sockscope {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

void addCapability(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &name, const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, name);
    item->setText(1, valueText(value));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        addCapability(item, tree, it.key(), it.value());
}

} // namespace

McpServerInfoView::McpServerInfoView(QWidget *parent)
    : QWidget(parent),
      m_state(new QLabel(this)),
      m_version(new QLabel(this)),
      m_server(new QLabel(this)),
      m_title(new QLabel(this)),
      m_instructions(new QPlainTextEdit(this)),
      m_capabilities(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("serverInfoView"));
    m_state->setObjectName(QStringLiteral("sessionStateLabel"));
    m_version->setObjectName(QStringLiteral("protocolVersionLabel"));
    m_server->setObjectName(QStringLiteral("serverNameLabel"));
    m_title->setObjectName(QStringLiteral("serverTitleLabel"));
    for (QLabel *label : {m_state, m_version, m_server, m_title}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    m_instructions->setObjectName(QStringLiteral("instructionsView"));
    m_instructions->setReadOnly(true);
    m_instructions->setPlaceholderText(tr("The server gave no instructions."));
    m_instructions->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_capabilities->setObjectName(QStringLiteral("capabilitiesTree"));
    m_capabilities->setHeaderLabels({tr("Capability"), tr("Value")});
    m_capabilities->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_capabilities->setUniformRowHeights(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Protocol version:"), m_version);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Title:", "server title"), m_title);
    form->addRow(tr("Instructions:"), m_instructions);
    form->addRow(tr("Capabilities:"), m_capabilities);
    showSession(nullptr);
}

QString McpServerInfoView::stateName(McpSessionState state)
{
    switch (state) {
    case McpSessionState::Idle: return tr("not started", "MCP session state");
    case McpSessionState::Connecting: return tr("connecting", "MCP session state");
    case McpSessionState::Initializing: return tr("initialising", "MCP session state");
    case McpSessionState::Ready: return tr("ready", "MCP session state");
    case McpSessionState::Failed: return tr("failed", "MCP session state");
    case McpSessionState::Closed: return tr("closed", "MCP session state");
    }
    return {};
}

void McpServerInfoView::showSession(const McpClientSession *session)
{
    m_capabilities->clear();
    if (!session) {
        m_state->setText(stateName(McpSessionState::Idle));
        m_version->setText(QStringLiteral("—"));
        m_server->setText(QStringLiteral("—"));
        m_title->setText(QStringLiteral("—"));
        m_instructions->clear();
        return;
    }
    QString state = stateName(session->state());
    if (session->state() == McpSessionState::Failed && !session->lastError().isEmpty())
        state = tr("failed: %1").arg(session->lastError());
    if (session->initializeCount() > 1)
        state += QLatin1String(" ") + tr("(initialised %n time(s))", nullptr, session->initializeCount());
    const QColor color = session->state() == McpSessionState::Ready    ? ThemeColors::good(palette())
                         : session->state() == McpSessionState::Failed ? ThemeColors::problem(palette())
                                                                       : palette().color(QPalette::WindowText);
    m_state->setText(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), state.toHtmlEscaped()));
    const bool known = session->initializeCount() > 0;
    const QJsonObject info = session->serverInfo();
    m_version->setText(known ? session->protocolVersion() : QStringLiteral("—"));
    const QString name = info.value(QLatin1String("name")).toString();
    const QString version = info.value(QLatin1String("version")).toString();
    m_server->setText(!known ? QStringLiteral("—") : version.isEmpty() ? name : tr("%1, version %2").arg(name, version));
    const QString title = info.value(QLatin1String("title")).toString();
    m_title->setText(title.isEmpty() ? QStringLiteral("—") : title);
    m_instructions->setPlainText(session->instructions());
    const QJsonObject capabilities = session->serverCapabilities();
    for (auto it = capabilities.begin(); it != capabilities.end(); ++it)
        addCapability(nullptr, m_capabilities, it.key(), it.value());
    m_capabilities->expandAll();
}

QString McpServerInfoView::stateText() const
{
    return m_state->text();
}

QString McpServerInfoView::protocolVersionText() const
{
    return m_version->text();
}

QString McpServerInfoView::serverText() const
{
    return m_server->text();
}

QString McpServerInfoView::instructionsText() const
{
    return m_instructions->toPlainText();
}

} // namespace Sockscope
