#include "mcppromptspage.h"

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
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace Sockscope {

McpPromptsPage::McpPromptsPage(QWidget *parent)
    : QWidget(parent),
      m_catalog(new McpCatalogView(McpCatalogModel::Kind::Prompts, tr("Prompts"), this)),
      m_title(new QLabel(this)),
      m_description(new QLabel(this)),
      m_arguments(new McpArgumentsEditor(this)),
      m_get(new QPushButton(tr("Get Prompt"), this)),
      m_result(new McpResultView(this))
{
    setObjectName(QStringLiteral("promptsPage"));
    m_arguments->setObjectName(QStringLiteral("promptArgumentsEditor"));
    m_title->setObjectName(QStringLiteral("promptTitleLabel"));
    QFont bigger = m_title->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    m_title->setFont(bigger);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names and descriptions wrap (or are cut) instead of widening the panel.
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_description->setObjectName(QStringLiteral("promptDescriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_get->setObjectName(QStringLiteral("getPromptButton"));
    m_get->setToolTip(tr("Send prompts/get with these arguments (Ctrl+Enter)"));
    m_get->setDefault(true);

    auto *getArea = new QWidget(this);
    getArea->setObjectName(QStringLiteral("promptGetArea"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_get);
    auto *getLayout = new QVBoxLayout(getArea);
    getLayout->setContentsMargins(0, 0, 0, 6);
    getLayout->setSpacing(4);
    getLayout->addWidget(m_title);
    getLayout->addWidget(m_description);
    getLayout->addSpacing(4);
    getLayout->addWidget(m_arguments, 1);
    getLayout->addLayout(buttons);

    // As in the MCP Inspector: the list beside what it selects, not above it.
    auto *detail = new QSplitter(Qt::Vertical, this);
    detail->setObjectName(QStringLiteral("promptsDetailSplitter"));
    detail->setChildrenCollapsible(false);
    detail->addWidget(getArea);
    detail->addWidget(m_result);
    detail->setStretchFactor(0, 2);
    detail->setStretchFactor(1, 3);
    detail->setSizes({200, 300});
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("promptsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_catalog);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({200, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_catalog, &McpCatalogView::refreshRequested, this, &McpPromptsPage::refresh);
    connect(m_catalog, &McpCatalogView::currentItemChanged, this, &McpPromptsPage::showPrompt);
    connect(m_catalog, &McpCatalogView::itemActivated, this, [this] {
        if (!m_prompt.isEmpty() && !m_arguments->focusFirstField())
            m_get->setFocus(Qt::OtherFocusReason);
    });
    connect(m_get, &QPushButton::clicked, this, &McpPromptsPage::getPrompt);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &McpPromptsPage::getPrompt, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &McpPromptsPage::getPrompt, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &McpPromptsPage::cancel, Qt::WidgetWithChildrenShortcut);
    // The JSON editor binds Esc itself: while prompts/get runs, Esc there cancels it too.
    m_arguments->rawEditor()->installEventFilter(this);
    showPrompt({});
}

bool McpPromptsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_arguments->rawEditor() && event->type() == QEvent::KeyPress && m_getReply
        && !m_getReply->isFinished()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            cancel();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void McpPromptsPage::setSession(McpClientSession *session)
{
    m_session = session;
    m_listReply = nullptr;
    m_getReply = nullptr;
    m_catalog->setItems({});
    m_catalog->setStatus(session ? tr("waiting for the server") : QString());
    m_result->clear();
    updateButtons();
}

void McpPromptsPage::setAvailable(bool available)
{
    if (!available) {
        m_catalog->setItems({});
        m_catalog->setStatus(tr("The server offers no prompts."));
    }
    m_catalog->setRefreshEnabled(available && m_session);
}

void McpPromptsPage::refresh()
{
    if (!m_session || m_listReply)
        return;
    m_catalog->setStatus(tr("reading…"));
    m_listReply = m_session->listPrompts();
    connect(m_listReply, &McpReply::finished, this, &McpPromptsPage::onListFinished);
}

void McpPromptsPage::onListFinished()
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
    m_catalog->setItems(reply->result().value(QLatin1String("prompts")).toArray());
}

bool McpPromptsPage::selectPrompt(const QString &name)
{
    return m_catalog->select(name);
}

void McpPromptsPage::showPrompt(const QJsonObject &prompt)
{
    if (!prompt.isEmpty() && prompt == m_prompt)
        return;
    m_prompt = prompt;
    const QString name = prompt.value(QLatin1String("name")).toString();
    const QString title = prompt.value(QLatin1String("title")).toString();
    m_title->setText(prompt.isEmpty()                      ? tr("No prompt selected")
                     : title.isEmpty() || title == name ? name
                                                         : tr("%1 — %2").arg(name, title));
    m_description->setText(prompt.isEmpty() ? tr("Pick a prompt in the list to get it.")
                                            : prompt.value(QLatin1String("description")).toString());
    m_description->setVisible(!m_description->text().isEmpty());
    // The result shown is the selected prompt's (kept while another one is looked at).
    m_result->setSubject(name);
    m_arguments->setEnabled(!prompt.isEmpty());
    JsonKeyOrder order; // the arguments come as a list: keep its order
    const QJsonObject schema = SchemaForm::promptArgumentsSchema(prompt.value(QLatin1String("arguments")).toArray(), &order);
    m_arguments->setSchema(schema, order);
    updateButtons();
}

bool McpPromptsPage::getPrompt()
{
    if (!m_session || m_prompt.isEmpty() || m_getReply)
        return false;
    QJsonObject arguments;
    if (!m_arguments->arguments(&arguments))
        return false;
    const QString name = m_prompt.value(QLatin1String("name")).toString();
    m_getReply = m_session->getPrompt(name, arguments);
    connect(m_getReply, &McpReply::finished, this, &McpPromptsPage::onGetFinished);
    m_result->showPending(name, tr("prompts/get %1").arg(name));
    updateButtons();
    return true;
}

void McpPromptsPage::cancel()
{
    if (m_session && m_getReply && !m_getReply->isFinished())
        m_session->cancel(m_getReply, tr("cancelled by the user"));
}

void McpPromptsPage::onGetFinished()
{
    McpReply *reply = qobject_cast<McpReply *>(sender());
    if (!reply)
        return;
    reply->deleteLater();
    if (reply != m_getReply)
        return;
    m_getReply = nullptr;
    m_result->showReply(reply);
    updateButtons();
}

void McpPromptsPage::updateButtons()
{
    m_get->setEnabled(m_session && !m_prompt.isEmpty() && !m_getReply);
}

} // namespace Sockscope
