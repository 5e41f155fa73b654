#include "mcpresourcespage.h"

#include "mcpcatalogview.h"
#include "mcpresultview.h"
#include "schemaform.h"

#include "mcp/mcpclientsession.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z0-9_.%]+)\\}"));
    return pattern;
}

} // namespace

McpResourcesPage::McpResourcesPage(QWidget *parent)
    : QWidget(parent),
      m_resources(new McpCatalogView(McpCatalogModel::Kind::Resources, tr("Resources"), this)),
      m_templates(new McpCatalogView(McpCatalogModel::Kind::ResourceTemplates, tr("Templates"), this)),
      m_variablesLabel(new QLabel(tr("Template variables"), this)),
      m_variables(new SchemaForm(this)),
      m_uri(new QLineEdit(this)),
      m_read(new QPushButton(tr("Read"), this)),
      m_result(new McpResultView(this))
{
    setObjectName(QStringLiteral("resourcesPage"));
    m_variables->setObjectName(QStringLiteral("templateVariablesForm"));
    m_variablesLabel->setObjectName(QStringLiteral("templateVariablesLabel"));
    m_uri->setObjectName(QStringLiteral("resourceUriEdit"));
    m_uri->setPlaceholderText(tr("Resource URI"));
    m_uri->setClearButtonEnabled(true);
    m_read->setObjectName(QStringLiteral("readResourceButton"));
    m_read->setToolTip(tr("Read the resource (Ctrl+Enter)"));
    m_read->setDefault(true);
    layOut();

    connect(m_resources, &McpCatalogView::refreshRequested, this, &McpResourcesPage::refresh);
    connect(m_templates, &McpCatalogView::refreshRequested, this, &McpResourcesPage::refresh);
    connect(m_resources, &McpCatalogView::currentItemChanged, this, &McpResourcesPage::showResource);
    connect(m_templates, &McpCatalogView::currentItemChanged, this, &McpResourcesPage::showTemplate);
    // Enter in a list goes on to what comes next: the URI (Enter there reads) or the variables.
    connect(m_resources, &McpCatalogView::itemActivated, m_uri, [this] { m_uri->setFocus(Qt::OtherFocusReason); });
    connect(m_templates, &McpCatalogView::itemActivated, this, [this] {
        if (!m_variables->focusFirstField())
            m_uri->setFocus(Qt::OtherFocusReason);
    });
    connect(m_variables, &SchemaForm::edited, this,
            [this] { m_uri->setText(expandTemplate(m_template, m_variables->value())); });
    connect(m_uri, &QLineEdit::textChanged, this, &McpResourcesPage::updateButtons);
    connect(m_uri, &QLineEdit::returnPressed, this, &McpResourcesPage::read);
    connect(m_read, &QPushButton::clicked, this, &McpResourcesPage::read);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &McpResourcesPage::read, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &McpResourcesPage::read, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &McpResourcesPage::cancel, Qt::WidgetWithChildrenShortcut);
    showTemplate({});
}

void McpResourcesPage::layOut()
{
    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->setObjectName(QStringLiteral("resourceListsSplitter"));
    lists->setChildrenCollapsible(false);
    lists->addWidget(m_resources);
    lists->addWidget(m_templates);
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 2);

    auto *readArea = new QWidget(this);
    readArea->setObjectName(QStringLiteral("resourceReadArea"));
    auto *uriRow = new QHBoxLayout;
    uriRow->setContentsMargins(0, 0, 0, 0);
    auto *uriLabel = new QLabel(tr("URI:"), readArea);
    uriLabel->setObjectName(QStringLiteral("resourceUriLabel"));
    uriLabel->setBuddy(m_uri);
    uriRow->addWidget(uriLabel);
    uriRow->addWidget(m_uri, 1);
    uriRow->addWidget(m_read);
    auto *readLayout = new QVBoxLayout(readArea);
    readLayout->setContentsMargins(0, 0, 0, 6);
    readLayout->addWidget(m_variablesLabel);
    readLayout->addWidget(m_variables, 1);
    readLayout->addLayout(uriRow);
    readLayout->addStretch(0);

    // As in the MCP Inspector: the lists beside what they select, not above it.
    auto *detail = new QSplitter(Qt::Vertical, this);
    detail->setObjectName(QStringLiteral("resourcesDetailSplitter"));
    detail->setChildrenCollapsible(false);
    detail->addWidget(readArea);
    detail->addWidget(m_result);
    detail->setStretchFactor(0, 0);
    detail->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("resourcesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(lists);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({200, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
}

QStringList McpResourcesPage::templateVariables(const QString &uriTemplate)
{
    QStringList names;
    QRegularExpressionMatchIterator it = variablePattern().globalMatch(uriTemplate);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QString McpResourcesPage::expandTemplate(const QString &uriTemplate, const QJsonObject &values)
{
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = variablePattern().globalMatch(uriTemplate);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += uriTemplate.mid(last, match.capturedStart() - last);
        result += QString::fromLatin1(QUrl::toPercentEncoding(values.value(match.captured(1)).toString()));
        last = match.capturedEnd();
    }
    return result + uriTemplate.mid(last);
}

void McpResourcesPage::setSession(McpClientSession *session)
{
    m_session = session;
    m_resourcesReply = nullptr;
    m_templatesReply = nullptr;
    m_readReply = nullptr;
    m_resources->setItems({});
    m_templates->setItems({});
    m_resources->setStatus(session ? tr("waiting for the server") : QString());
    m_templates->setStatus(QString());
    m_result->clear();
    updateButtons();
}

void McpResourcesPage::setAvailable(bool available)
{
    if (!available) {
        m_resources->setItems({});
        m_templates->setItems({});
        m_resources->setStatus(tr("The server offers no resources."));
    }
    m_resources->setRefreshEnabled(available && m_session);
    m_templates->setRefreshEnabled(available && m_session);
}

void McpResourcesPage::refresh()
{
    if (!m_session)
        return;
    if (!m_resourcesReply) {
        m_resources->setStatus(tr("reading…"));
        m_resourcesReply = m_session->listResources();
        connect(m_resourcesReply, &McpReply::finished, this, &McpResourcesPage::onListFinished);
    }
    if (!m_templatesReply) {
        m_templates->setStatus(tr("reading…"));
        m_templatesReply = m_session->listResourceTemplates();
        connect(m_templatesReply, &McpReply::finished, this, &McpResourcesPage::onListFinished);
    }
}

void McpResourcesPage::onListFinished()
{
    McpReply *reply = qobject_cast<McpReply *>(sender());
    if (!reply)
        return;
    reply->deleteLater();
    McpCatalogView *view = nullptr;
    if (reply == m_resourcesReply) {
        view = m_resources;
        m_resourcesReply = nullptr;
    } else if (reply == m_templatesReply) {
        view = m_templates;
        m_templatesReply = nullptr;
    } else {
        return;
    }
    if (reply->isError()) {
        // Templates are optional for a server: -32601 just means there are none.
        if (view == m_templates && reply->errorCode() == -32601) {
            view->setItems({});
            view->setStatus(tr("not offered"));
            return;
        }
        view->setStatus(tr("could not be read: %1").arg(reply->errorText()), true);
        return;
    }
    view->setItems(reply->result().value(view->model()->listKey()).toArray());
}

void McpResourcesPage::showResource(const QJsonObject &resource)
{
    if (resource.isEmpty())
        return;
    m_templates->view()->selectionModel()->clear();
    m_template.clear();
    m_variables->setSchema({});
    m_variables->hide();
    m_variablesLabel->hide();
    m_uri->setText(resource.value(QLatin1String("uri")).toString());
    m_result->setSubject(m_uri->text());
}

void McpResourcesPage::showTemplate(const QJsonObject &resourceTemplate)
{
    m_template = resourceTemplate.value(QLatin1String("uriTemplate")).toString();
    const QStringList names = templateVariables(m_template);
    QJsonObject properties;
    QJsonArray required;
    for (const QString &name : names) {
        properties.insert(name, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
        required.append(name);
    }
    // In the template's order ({owner}/{repo}), not QJsonObject's.
    JsonKeyOrder order;
    order.setKeys(QStringLiteral("/properties"), names);
    m_variables->setSchema({{QStringLiteral("type"), QStringLiteral("object")},
                            {QStringLiteral("properties"), properties},
                            {QStringLiteral("required"), required}},
                           order);
    const bool shown = !names.isEmpty();
    m_variables->setVisible(shown);
    m_variablesLabel->setVisible(shown);
    if (!resourceTemplate.isEmpty()) {
        m_resources->view()->selectionModel()->clear();
        m_uri->setText(m_template);
        m_result->setSubject(m_template);
    }
}

bool McpResourcesPage::read()
{
    if (!m_session || m_readReply || m_uri->text().trimmed().isEmpty())
        return false;
    if (!m_template.isEmpty() && !m_variables->validate())
        return false;
    const QString uri = m_uri->text().trimmed();
    m_readReply = m_session->readResource(uri);
    connect(m_readReply, &McpReply::finished, this, &McpResourcesPage::onReadFinished);
    m_result->showPending(uri, tr("resources/read %1").arg(uri));
    updateButtons();
    return true;
}

void McpResourcesPage::cancel()
{
    if (m_session && m_readReply && !m_readReply->isFinished())
        m_session->cancel(m_readReply, tr("cancelled by the user"));
}

void McpResourcesPage::onReadFinished()
{
    McpReply *reply = qobject_cast<McpReply *>(sender());
    if (!reply)
        return;
    reply->deleteLater();
    if (reply != m_readReply)
        return;
    m_readReply = nullptr;
    m_result->showReply(reply);
    updateButtons();
}

void McpResourcesPage::updateButtons()
{
    m_read->setEnabled(m_session && !m_readReply && !m_uri->text().trimmed().isEmpty());
}

} // namespace Sockscope
