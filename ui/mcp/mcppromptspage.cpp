#include "mcppromptspage.h"

#include "mcpargumentseditor.h"
#include "mcpcatalogview.h"
#include "mcpresultview.h"
#include "schemaform.h"

#include "mcp/mcpclientsession.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace Sockscope {

McpPromptsPage::McpPromptsPage(QWidget *parent)
    : QWidget(parent),
      m_catalog(new McpCatalogView(McpCatalogModel::Kind::Prompts, tr("Prompts"), this)),
      m_description(new QLabel(this)),
      m_arguments(new McpArgumentsEditor(this)),
      m_get(new QPushButton(tr("Get Prompt"), this)),
      m_result(new McpResultView(this))
{
    setObjectName(QStringLiteral("promptsPage"));
    m_arguments->setObjectName(QStringLiteral("promptArgumentsEditor"));
    m_description->setObjectName(QStringLiteral("promptDescriptionLabel"));
    m_description->setWordWrap(true);
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
    getLayout->setContentsMargins(0, 6, 0, 6);
    getLayout->addWidget(m_description);
    getLayout->addWidget(m_arguments, 1);
    getLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("promptsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_catalog);
    splitter->addWidget(getArea);
    splitter->addWidget(m_result);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({150, 250, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_catalog, &McpCatalogView::refreshRequested, this, &McpPromptsPage::refresh);
    connect(m_catalog, &McpCatalogView::currentItemChanged, this, &McpPromptsPage::showPrompt);
    connect(m_get, &QPushButton::clicked, this, &McpPromptsPage::getPrompt);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &McpPromptsPage::getPrompt, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &McpPromptsPage::getPrompt, Qt::WidgetWithChildrenShortcut);
    showPrompt({});
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
    m_description->setText(prompt.isEmpty() ? tr("Pick a prompt in the list to get it.")
                                            : prompt.value(QLatin1String("description")).toString());
    m_description->setVisible(!m_description->text().isEmpty());
    m_arguments->setEnabled(!prompt.isEmpty());
    m_arguments->setSchema(SchemaForm::promptArgumentsSchema(prompt.value(QLatin1String("arguments")).toArray()));
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
    m_result->showPending(tr("prompts/get %1").arg(name));
    updateButtons();
    return true;
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
