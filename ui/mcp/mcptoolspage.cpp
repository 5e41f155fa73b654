#include "mcptoolspage.h"

#include "mcpargumentseditor.h"
#include "mcpcatalogview.h"
#include "mcpresultview.h"
#include "schemaform.h"

#include "editor/codeeditor.h"
#include "mcp/mcpclientsession.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace Sockscope {

McpToolsPage::McpToolsPage(QWidget *parent)
    : QWidget(parent),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_detailSplitter(new QSplitter(Qt::Vertical, this)),
      m_catalog(new McpCatalogView(McpCatalogModel::Kind::Tools, tr("Tools"), this)),
      m_toolTitle(new QLabel(this)),
      m_toolDescription(new QLabel(this)),
      m_arguments(new McpArgumentsEditor(this)),
      m_call(new QPushButton(tr("Call"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_result(new McpResultView(this))
{
    setObjectName(QStringLiteral("toolsPage"));
    m_splitter->setObjectName(QStringLiteral("toolsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_detailSplitter->setObjectName(QStringLiteral("toolsDetailSplitter"));
    m_detailSplitter->setChildrenCollapsible(false);
    m_toolTitle->setObjectName(QStringLiteral("toolTitleLabel"));
    QFont bigger = m_toolTitle->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    m_toolTitle->setFont(bigger);
    m_toolTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names and descriptions wrap (or are cut) instead of widening the panel.
    m_toolTitle->setWordWrap(true);
    m_toolTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_toolDescription->setObjectName(QStringLiteral("toolDescriptionLabel"));
    m_toolDescription->setWordWrap(true);
    m_toolDescription->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_toolDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_call->setObjectName(QStringLiteral("callButton"));
    m_call->setToolTip(tr("Call the tool with these arguments (Ctrl+Enter)"));
    m_call->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelCallButton"));
    m_cancel->setToolTip(tr("Cancel the running call: sends notifications/cancelled (Esc)"));
    m_progress->setObjectName(QStringLiteral("callProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(0);
    m_progress->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_progress->hide();
    layOut();

    connect(m_catalog, &McpCatalogView::refreshRequested, this, &McpToolsPage::refresh);
    connect(m_catalog, &McpCatalogView::currentItemChanged, this, &McpToolsPage::showTool);
    connect(m_catalog, &McpCatalogView::itemActivated, this, &McpToolsPage::focusForm);
    connect(m_call, &QPushButton::clicked, this, &McpToolsPage::call);
    connect(m_cancel, &QPushButton::clicked, this, &McpToolsPage::cancel);
    setUpKeys();
    showTool({});
}

void McpToolsPage::layOut()
{
    auto *callArea = new QWidget(this);
    callArea->setObjectName(QStringLiteral("toolCallArea"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_call);
    auto *callLayout = new QVBoxLayout(callArea);
    callLayout->setContentsMargins(0, 0, 0, 6);
    callLayout->setSpacing(4);
    callLayout->addWidget(m_toolTitle);
    callLayout->addWidget(m_toolDescription);
    callLayout->addSpacing(4);
    callLayout->addWidget(m_arguments, 1);
    callLayout->addLayout(buttons);

    // As in the MCP Inspector: the list beside what it selects, not above it.
    m_detailSplitter->addWidget(callArea);
    m_detailSplitter->addWidget(m_result);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    m_detailSplitter->setSizes({300, 200});
    m_splitter->addWidget(m_catalog);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({200, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);
}

void McpToolsPage::setUpKeys()
{
    auto *callShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &McpToolsPage::call,
                                       Qt::WidgetWithChildrenShortcut);
    callShortcut->setObjectName(QStringLiteral("callShortcut"));
    auto *enterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &McpToolsPage::call,
                                        Qt::WidgetWithChildrenShortcut);
    enterShortcut->setObjectName(QStringLiteral("callEnterShortcut"));
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &McpToolsPage::cancel,
                                         Qt::WidgetWithChildrenShortcut);
    cancelShortcut->setObjectName(QStringLiteral("cancelShortcut"));
    // The JSON editor binds Esc itself (it never reaches the shortcut): while a call runs,
    // Esc there cancels it too.
    m_arguments->rawEditor()->installEventFilter(this);
}

bool McpToolsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_arguments->rawEditor() && event->type() == QEvent::KeyPress && isCalling()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            cancel();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void McpToolsPage::focusForm()
{
    if (m_tool.isEmpty())
        return;
    if (!m_arguments->focusFirstField())
        m_call->setFocus(Qt::OtherFocusReason);
}

void McpToolsPage::setSession(McpClientSession *session)
{
    m_session = session;
    m_listReply = nullptr;
    m_callReply = nullptr;
    m_catalog->setItems({});
    m_catalog->setStatus(session ? tr("waiting for the server") : QString());
    m_result->clear();
    m_progress->hide();
    updateButtons();
}

void McpToolsPage::setAvailable(bool available)
{
    if (!available) {
        m_catalog->setItems({});
        m_catalog->setStatus(tr("The server offers no tools."));
    }
    m_catalog->setRefreshEnabled(available && m_session);
}

void McpToolsPage::refresh()
{
    if (!m_session || m_listReply)
        return;
    m_catalog->setStatus(tr("reading…"));
    m_listReply = m_session->listTools();
    connect(m_listReply, &McpReply::finished, this, &McpToolsPage::onListFinished);
}

void McpToolsPage::onListFinished()
{
    McpReply *reply = qobject_cast<McpReply *>(sender());
    if (!reply)
        return;
    reply->deleteLater();
    if (reply != m_listReply)
        return;
    m_listReply = nullptr;
    if (reply->isError()) {
        m_catalog->setStatus(tr("could not be read: %1").arg(reply->errorText()), true);
        return;
    }
    m_catalog->setItems(reply->result().value(QLatin1String("tools")).toArray(), reply->itemKeyOrders());
    if (reply->isTruncated())
        m_catalog->setStatus(tr("%n tool(s) (more pages than allowed)", nullptr, m_catalog->model()->rowCount()), true);
}

bool McpToolsPage::selectTool(const QString &name)
{
    return m_catalog->select(name);
}

void McpToolsPage::showTool(const QJsonObject &tool)
{
    // A refresh that finds the same tool keeps what was typed.
    if (!tool.isEmpty() && tool == m_tool)
        return;
    m_tool = tool;
    // The result shown is the selected tool's (kept while another one is looked at).
    m_result->setSubject(tool.value(QLatin1String("name")).toString());
    if (tool.isEmpty()) {
        m_toolTitle->setText(tr("No tool selected"));
        m_toolDescription->setText(tr("Pick a tool in the list to call it."));
        m_arguments->setSchema({});
        m_arguments->setEnabled(false);
    } else {
        const QString name = tool.value(QLatin1String("name")).toString();
        const QString title = tool.value(QLatin1String("title")).toString();
        m_toolTitle->setText(title.isEmpty() || title == name ? name : tr("%1 — %2").arg(name, title));
        m_toolDescription->setText(tool.value(QLatin1String("description")).toString());
        m_arguments->setEnabled(true);
        m_arguments->setSchema(tool.value(QLatin1String("inputSchema")).toObject(),
                               m_catalog->currentKeyOrder().at(QStringLiteral("/inputSchema")));
    }
    m_toolDescription->setVisible(!m_toolDescription->text().isEmpty());
    updateButtons();
}

bool McpToolsPage::call()
{
    if (!m_session || m_tool.isEmpty() || isCalling())
        return false;
    QJsonObject arguments;
    if (!m_arguments->arguments(&arguments))
        return false;
    const QString name = m_tool.value(QLatin1String("name")).toString();
    m_callReply = m_session->callTool(name, arguments);
    connect(m_callReply, &McpReply::finished, this, &McpToolsPage::onCallFinished);
    connect(m_callReply, &McpReply::progressed, m_progress, [this](double progress, double total, const QString &message) {
        constexpr int scale = 1000; // thousandths, so fractional progress moves the bar
        if (total > 0) {
            m_progress->setRange(0, scale);
            m_progress->setValue(int(std::min(1.0, progress / total) * scale));
        }
        const QString amount = message.isEmpty() ? tr("%1 of %2").arg(progress).arg(total) : message;
        m_progress->setFormat(QStringLiteral("%1: %2").arg(m_callTool, amount));
    });
    m_callTool = name;
    m_result->showPending(name, tr("tools/call %1").arg(name));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("%1: running…").arg(name));
    m_progress->show();
    updateButtons();
    Q_EMIT callStarted(m_callReply, name);
    return true;
}

void McpToolsPage::cancel()
{
    if (m_session && isCalling())
        m_session->cancel(m_callReply, tr("cancelled by the user"));
}

bool McpToolsPage::isCalling() const
{
    return m_callReply && !m_callReply->isFinished();
}

void McpToolsPage::onCallFinished()
{
    McpReply *reply = qobject_cast<McpReply *>(sender());
    if (!reply)
        return;
    reply->deleteLater();
    if (reply != m_callReply)
        return;
    m_callReply = nullptr;
    m_progress->hide();
    m_result->showReply(reply);
    updateButtons();
}

void McpToolsPage::updateButtons()
{
    const bool calling = isCalling();
    m_call->setEnabled(m_session && !m_tool.isEmpty() && !calling);
    m_cancel->setEnabled(calling);
    m_cancel->setVisible(calling);
}

} // namespace Sockscope
