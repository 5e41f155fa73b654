#include "mcpcatalogview.h"

#include "common/themecolors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sockscope {

McpCatalogView::McpCatalogView(McpCatalogModel::Kind kind, const QString &title, QWidget *parent)
    : QWidget(parent),
      m_model(new McpCatalogModel(kind, this)),
      m_view(new QTreeView(this)),
      m_status(new QLabel(this)),
      m_refresh(new QPushButton(tr("Refresh"), this))
{
    const QString key = m_model->listKey();
    setObjectName(key + QStringLiteral("Catalog"));
    m_view->setObjectName(key + QStringLiteral("List"));
    m_status->setObjectName(key + QStringLiteral("StatusLabel"));
    m_refresh->setObjectName(key + QStringLiteral("RefreshButton"));
    m_refresh->setToolTip(tr("Read the list again (Ctrl+R)"));

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(key + QStringLiteral("Title"));
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(McpCatalogModel::NameColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(McpCatalogModel::NameColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);

    connect(m_refresh, &QPushButton::clicked, this, &McpCatalogView::refreshRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentItemChanged(m_model->item(current.row())); });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(titleLabel);
    header->addWidget(m_status, 1);
    header->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
}

QString McpCatalogView::statusText() const
{
    return m_status->text();
}

void McpCatalogView::setItems(const QJsonArray &items)
{
    const QString current = currentItem().value(QLatin1String("name")).toString();
    m_model->setItems(items);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("%n item(s)", nullptr, int(m_model->rowCount())));
    // Keep the selection across a refresh when the item is still there.
    if (current.isEmpty() || !select(current))
        Q_EMIT currentItemChanged({});
}

void McpCatalogView::setStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: %1").arg(ThemeColors::problem(palette()).name()) : QString());
    m_status->setText(text);
}

bool McpCatalogView::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, McpCatalogModel::NameColumn));
    return true;
}

QJsonObject McpCatalogView::currentItem() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->item(index.row()) : QJsonObject();
}

void McpCatalogView::setRefreshEnabled(bool enabled)
{
    m_refresh->setEnabled(enabled);
}

} // namespace Sockscope
