#pragma once

#include "mcpcatalogmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Sockscope {

// One of the server's lists with its title, a count (or why it is empty) and Refresh.
class McpCatalogView final : public QWidget
{
    Q_OBJECT

public:
    McpCatalogView(McpCatalogModel::Kind kind, const QString &title, QWidget *parent = nullptr);

    McpCatalogModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *refreshButton() const { return m_refresh; }
    QString statusText() const;

    void setItems(const QJsonArray &items);
    // Loading, an error, or "not offered": shown instead of the count.
    void setStatus(const QString &text, bool problem = false);
    // Selects the item named `name`; false when there is none.
    bool select(const QString &name);
    QJsonObject currentItem() const;
    void setRefreshEnabled(bool enabled);

Q_SIGNALS:
    void refreshRequested();
    void currentItemChanged(const QJsonObject &item);

private:
    McpCatalogModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_refresh;
};

} // namespace Sockscope
