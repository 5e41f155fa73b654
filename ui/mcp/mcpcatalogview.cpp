#include "mcpcatalogview.h"

#include "common/themecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QScopedValueRollback>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sockscope {

McpCatalogView::McpCatalogView(McpCatalogModel::Kind kind, const QString &title, QWidget *parent)
    : QWidget(parent),
      m_model(new McpCatalogModel(kind, this)),
      m_view(new QTreeView(this)),
      m_status(new QLabel(this)),
      m_refresh(new QToolButton(this))
{
    const QString key = m_model->listKey();
    setObjectName(key + QStringLiteral("Catalog"));
    m_view->setObjectName(key + QStringLiteral("List"));
    m_status->setObjectName(key + QStringLiteral("StatusLabel"));
    m_refresh->setObjectName(key + QStringLiteral("RefreshButton"));
    // An icon: the column beside the forms is narrow, and the count needs the room.
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_refresh->setAutoRaise(true);
    m_refresh->setToolTip(tr("Read the list again (Ctrl+R)"));

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(key + QStringLiteral("Title"));
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);
    titleLabel->setMinimumWidth(1); // cut in a narrow column rather than widening the panel
    m_status->setForegroundRole(QPalette::PlaceholderText);
    // A long error is cut here (whole in the tooltip) rather than widening the panel.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(McpCatalogModel::NameColumn, QHeaderView::Interactive);
    m_view->header()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 4);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == McpCatalogModel::NameColumn && !m_fitting)
            m_userSized = true;
    });

    connect(m_refresh, &QToolButton::clicked, this, &McpCatalogView::refreshRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentItemChanged(m_model->item(current.row())); });
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT itemActivated(m_model->item(index.row())); });

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

void McpCatalogView::setItems(const QJsonArray &items, const QList<JsonKeyOrder> &keyOrders)
{
    const QString current = currentItem().value(QLatin1String("name")).toString();
    m_model->setItems(items, keyOrders);
    fitColumns();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("%n item(s)", nullptr, int(m_model->rowCount())));
    m_status->setToolTip(m_status->text());
    // Keep the selection across a refresh when the item is still there.
    if (current.isEmpty() || !select(current))
        Q_EMIT currentItemChanged({});
}

void McpCatalogView::setStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: %1").arg(ThemeColors::problem(palette()).name()) : QString());
    m_status->setText(text);
    m_status->setToolTip(text);
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

JsonKeyOrder McpCatalogView::currentKeyOrder() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->keyOrder(index.row()) : JsonKeyOrder();
}

bool McpCatalogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void McpCatalogView::fitColumns()
{
    if (m_userSized)
        return;
    // Names are what people pick by: whole while there is room, the description gets the
    // rest. Only a list narrower than a name cuts it.
    const QAbstractItemView *view = m_view; // public there, protected in QTreeView
    const int content = std::max(view->sizeHintForColumn(McpCatalogModel::NameColumn),
                                 m_view->header()->sectionSizeHint(McpCatalogModel::NameColumn));
    const int width = std::min(content, m_view->viewport()->width());
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    m_view->header()->resizeSection(McpCatalogModel::NameColumn, std::max(width, m_view->header()->minimumSectionSize()));
}

void McpCatalogView::setRefreshEnabled(bool enabled)
{
    m_refresh->setEnabled(enabled);
}

} // namespace Sockscope
