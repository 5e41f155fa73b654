#include "mocktemplate.h"

#include "mockconfigerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sockscope {

namespace {

const QLatin1String kOpen("{{");
const QLatin1String kClose("}}");

QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Compact JSON of a number: whole numbers without a decimal point.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    }
    return {};
}

// The placeholder name when `text` is exactly one placeholder, else empty.
QString wholePlaceholder(const QString &text)
{
    if (!text.startsWith(kOpen) || !text.endsWith(kClose) || text.size() < 5)
        return {};
    const QString inner = text.mid(2, text.size() - 4);
    if (inner.contains(kOpen) || inner.contains(kClose))
        return {};
    return inner.trimmed();
}

} // namespace

QJsonValue MockTemplate::lookup(const QJsonObject &variables, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    QJsonValue current = variables;
    for (const QString &part : parts) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(part))
                return QJsonValue(QJsonValue::Undefined);
            current = object.value(part);
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

QString MockTemplate::fillText(const QString &text, const QJsonObject &variables)
{
    QString out;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(kOpen, at);
        const qsizetype close = open < 0 ? -1 : text.indexOf(kClose, open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(text).mid(at);
            break;
        }
        out += QStringView(text).mid(at, open - at);
        out += textOf(lookup(variables, text.mid(open + 2, close - open - 2).trimmed()));
        at = close + 2;
    }
    return out;
}

QJsonValue MockTemplate::fill(const QJsonValue &value, const QJsonObject &variables)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        const QString whole = wholePlaceholder(text);
        if (!whole.isEmpty()) {
            const QJsonValue found = lookup(variables, whole);
            return found.isUndefined() ? QJsonValue(QJsonValue::Null) : found;
        }
        return text.contains(kOpen) ? QJsonValue(fillText(text, variables)) : value;
    }
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(fill(item, variables));
        return array;
    }
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = fill(it.value(), variables);
        return object;
    }
    default:
        return value;
    }
}

QStringList MockTemplate::placeholderNames(const QString &text)
{
    QStringList names;
    qsizetype at = 0;
    for (;;) {
        const qsizetype open = text.indexOf(kOpen, at);
        const qsizetype close = open < 0 ? -1 : text.indexOf(kClose, open + 2);
        if (open < 0 || close < 0)
            break;
        names.append(text.mid(open + 2, close - open - 2).trimmed());
        at = close + 2;
    }
    return names;
}

QList<QPair<QString, QString>> MockTemplate::placeholders(const QJsonValue &value, const QString &path)
{
    QList<QPair<QString, QString>> found;
    switch (value.type()) {
    case QJsonValue::String:
        for (const QString &name : placeholderNames(value.toString()))
            found.append({path, name});
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            found += placeholders(array.at(i), MockConfigError::indexPath(path, i));
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            found += placeholders(it.value(), MockConfigError::memberPath(path, it.key()));
        break;
    }
    default:
        break;
    }
    return found;
}

} // namespace Sockscope
