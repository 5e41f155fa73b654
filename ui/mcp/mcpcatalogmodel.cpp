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

void McpCatalogModel::setItems(const QJsonArray &items)
{
    beginResetModel();
    m_items.clear();
    m_items.reserve(items.size());
    for (const QJsonValue &value : items) {
        if (value.isObject())
            m_items.append(value.toObject());
    }
    endResetModel();
}

QJsonObject McpCatalogModel::item(int row) const
{
    return m_items.value(row);
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
    switch (m_kind) {
    case Kind::Resources: return item.value(QLatin1String("uri")).toString();
    case Kind::ResourceTemplates: return item.value(QLatin1String("uriTemplate")).toString();
    case Kind::Tools:
    case Kind::Prompts: {
        const QString title = item.value(QLatin1String("title")).toString();
        return title.isEmpty() ? item.value(QLatin1String("description")).toString().section(QLatin1Char('\n'), 0, 0) : title;
    }
    }
    return {};
}

QVariant McpCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? item.value(QLatin1String("name")).toString() : detail(item);
    case Qt::ToolTipRole: {
        const QString description = item.value(QLatin1String("description")).toString();
        return description.isEmpty() ? QVariant() : QVariant(description);
    }
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
    switch (m_kind) {
    case Kind::Resources: return tr("URI");
    case Kind::ResourceTemplates: return tr("URI template");
    case Kind::Tools:
    case Kind::Prompts: return tr("Title", "tool or prompt title");
    }
    return {};
}

} // namespace Sockscope
