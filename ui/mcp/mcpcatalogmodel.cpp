#include "mcpcatalogmodel.h"

namespace Sockscope {

McpCatalogModel::McpCatalogModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

QString McpCatalogModel::listKey() const
{
    switch (m_kind) {
    case Kind::Tools: return QStringLiteral("tools");
    case Kind::Resources: return QStringLiteral("resources");
    case Kind::ResourceTemplates: return QStringLiteral("resourceTemplates");
    case Kind::Prompts: return QStringLiteral("prompts");
    }
    return {};
}

void McpCatalogModel::setItems(const QJsonArray &items, const QList<JsonKeyOrder> &keyOrders)
{
    beginResetModel();
    m_items.clear();
    m_keyOrders.clear();
    m_items.reserve(items.size());
    m_keyOrders.reserve(items.size());
    for (qsizetype index = 0; index < items.size(); ++index) {
        if (!items.at(index).isObject())
            continue;
        m_items.append(items.at(index).toObject());
        m_keyOrders.append(keyOrders.value(index));
    }
    endResetModel();
}

QJsonObject McpCatalogModel::item(int row) const
{
    return m_items.value(row);
}

JsonKeyOrder McpCatalogModel::keyOrder(int row) const
{
    return m_keyOrders.value(row);
}

int McpCatalogModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).value(QLatin1String("name")).toString() == name)
            return row;
    }
    return -1;
}

int McpCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int McpCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString McpCatalogModel::detail(const QJsonObject &item) const
{
    // One line: the view elides it, the tooltip has it whole.
    const QString description = item.value(QLatin1String("description")).toString().simplified();
    if (!description.isEmpty())
        return description;
    switch (m_kind) {
    case Kind::Resources: return item.value(QLatin1String("uri")).toString();
    case Kind::ResourceTemplates: return item.value(QLatin1String("uriTemplate")).toString();
    case Kind::Tools:
    case Kind::Prompts: return item.value(QLatin1String("title")).toString().simplified();
    }
    return {};
}

QString McpCatalogModel::toolTip(const QJsonObject &item) const
{
    // Rich text, so a long description wraps instead of running off the screen.
    QStringList lines;
    const QString title = item.value(QLatin1String("title")).toString();
    lines << QStringLiteral("<b>%1</b>").arg(item.value(QLatin1String("name")).toString().toHtmlEscaped())
                 + (title.isEmpty() ? QString() : QStringLiteral(" — %1").arg(title.toHtmlEscaped()));
    const QString uri = item.value(QLatin1String(m_kind == Kind::ResourceTemplates ? "uriTemplate" : "uri")).toString();
    if (!uri.isEmpty())
        lines << QStringLiteral("<code>%1</code>").arg(uri.toHtmlEscaped());
    const QString description = item.value(QLatin1String("description")).toString();
    if (!description.isEmpty())
        lines << description.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<p>%1</p>").arg(lines.join(QLatin1String("<br>")));
}

QVariant McpCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? item.value(QLatin1String("name")).toString() : detail(item);
    case Qt::ToolTipRole:
        return toolTip(item);
    case ItemRole:
        return item;
    case NameRole:
        return item.value(QLatin1String("name")).toString();
    default:
        return {};
    }
}

QVariant McpCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Name");
    return tr("Description");
}

} // namespace Sockscope
