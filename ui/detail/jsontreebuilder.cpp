#include "jsontreebuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTreeWidget>

namespace Sockscope {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return {};
}

} // namespace

QString JsonTreeBuilder::shortValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array:
        return tr("[%n item(s)]", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return tr("{%n member(s)}", nullptr, int(value.toObject().size()));
    case QJsonValue::Undefined: break;
    }
    return {};
}

void JsonTreeBuilder::fill(QTreeWidget *tree, const QJsonValue &value, int maxNodes)
{
    tree->clear();
    int budget = maxNodes;
    auto *root = new QTreeWidgetItem(tree, {QStringLiteral("$"), shortValue(value), typeName(value)});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(root, it.key(), it.value(), &budget);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(root, QString::number(i), array.at(i), &budget);
    }
    root->setExpanded(true);
    if (budget < 0) {
        new QTreeWidgetItem(tree, {tr("… more items not shown")});
    }
    // Open the first levels; deeper ones on demand.
    tree->expandToDepth(1);
}

void JsonTreeBuilder::add(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value, int *budget)
{
    if (--*budget < 0)
        return;
    auto *item = new QTreeWidgetItem(parent, {key, shortValue(value), typeName(value)});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && *budget >= 0; ++it)
            add(item, it.key(), it.value(), budget);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && *budget >= 0; ++i)
            add(item, QString::number(i), array.at(i), budget);
    }
}

} // namespace Sockscope
