#include "templatevaluetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sockscope {

QString TemplateValueText::text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    return json(value);
}

QString TemplateValueText::json(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A bare value: encoded inside an array, the brackets taken off.
    const QJsonValue bare = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    const QByteArray wrapped = QJsonDocument(QJsonArray{bare}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString TemplateValueText::escapedText(const QJsonValue &value)
{
    const QString quoted = json(QJsonValue(text(value)));
    return quoted.mid(1, quoted.size() - 2);
}

} // namespace Sockscope
