#pragma once

#include "jsonrpc/jsonkeyorder.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace Sockscope {

// One of the server's lists (tools, resources, resource templates or prompts) as rows: the
// name and the description on one line (without one: the title, or the URI of a resource).
// The tooltip has the whole description with the title and URI; the item is under ItemRole,
// and each item's key order as the server wrote it (tools) beside it.
class McpCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind : quint8 { Tools, Resources, ResourceTemplates, Prompts };
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role { ItemRole = Qt::UserRole + 1, NameRole };

    explicit McpCatalogModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // The member of a list result that holds the items: "tools", "resources", ...
    QString listKey() const;
    // `keyOrders`, when given, is parallel to `items` (McpReply::itemKeyOrders()).
    void setItems(const QJsonArray &items, const QList<JsonKeyOrder> &keyOrders = {});
    QJsonObject item(int row) const;
    JsonKeyOrder keyOrder(int row) const;
    // The row whose name is `name`, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString detail(const QJsonObject &item) const;
    QString toolTip(const QJsonObject &item) const;

    Kind m_kind;
    QList<QJsonObject> m_items;
    QList<JsonKeyOrder> m_keyOrders; // parallel to m_items

};

} // namespace Sockscope
