#include "templatejsonsource.h"

#include <QJsonArray>

namespace Sockscope {

TemplateJsonSource::TemplateJsonSource(const QJsonObject &variables)
    : m_variables(variables)
{
}

TemplateLookup TemplateJsonSource::resolve(const QStringList &path)
{
    return TemplateLookup::found(walk(m_variables, path));
}

QJsonValue TemplateJsonSource::walk(const QJsonValue &root, const QStringList &path)
{
    QJsonValue current = root;
    for (const QString &part : path) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto found = object.constFind(part);
            if (found == object.constEnd())
                return QJsonValue(QJsonValue::Undefined);
            current = found.value();
        } else if (current.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

} // namespace Sockscope
