#pragma once

#include "mcpcatalogmodel.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeView;

namespace Sockscope {

// One of the server's lists with its title, a count (or why it is empty) and Refresh. The
// name column is as wide as the longest name while the list has room (the description gets
// the rest, elided), until the user drags it. Enter (or a double click) activates an item.
class McpCatalogView final : public QWidget
{
    Q_OBJECT

public:
    McpCatalogView(McpCatalogModel::Kind kind, const QString &title, QWidget *parent = nullptr);

    McpCatalogModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QToolButton *refreshButton() const { return m_refresh; }
    QString statusText() const;

    void setItems(const QJsonArray &items, const QList<JsonKeyOrder> &keyOrders = {});
    // Loading, an error, or "not offered": shown instead of the count.
    void setStatus(const QString &text, bool problem = false);
    // Selects the item named `name`; false when there is none.
    bool select(const QString &name);
    QJsonObject currentItem() const;
    // The current item's key order as the server wrote it (empty when unknown).
    JsonKeyOrder currentKeyOrder() const;
    void setRefreshEnabled(bool enabled);

Q_SIGNALS:
    void refreshRequested();
    void currentItemChanged(const QJsonObject &item);
    // Enter or a double click on an item: the page moves on to its form.
    void itemActivated(const QJsonObject &item);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();

    McpCatalogModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
    QToolButton *m_refresh;
    bool m_fitting = false;
    bool m_userSized = false; // the user dragged the name column: leave it
};

} // namespace Sockscope
