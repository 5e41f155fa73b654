#pragma once

#include <QCoreApplication>
#include <QJsonValue>

class QTreeWidget;
class QTreeWidgetItem;

namespace Sockscope {

// Fills a tree with a JSON value: one item per member or element, the key, a short value
// and its type. Stops after `maxNodes` items (a last item says so) so a huge message
// cannot hold the window.
class JsonTreeBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(JsonTreeBuilder)

public:
    static void fill(QTreeWidget *tree, const QJsonValue &value, int maxNodes);

private:
    static QString shortValue(const QJsonValue &value);
    static void add(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value, int *budget);
};

} // namespace Sockscope
