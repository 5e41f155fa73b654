#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace Sockscope {

// One of the server's lists (tools, resources, resource templates or prompts) as rows: the
// name, and what tells the items apart (the title or description; the URI for resources).
// The description is the tooltip; the whole item is under ItemRole.
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
    void setItems(const QJsonArray &items);
    QJsonObject item(int row) const;
    // The row whose name is `name`, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString detail(const QJsonObject &item) const;

    Kind m_kind;
    QList<QJsonObject> m_items;
};

} // namespace Sockscope
