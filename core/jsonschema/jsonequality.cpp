#include "jsonequality.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Sockscope {

bool JsonEquality::equal(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray left = a.toArray();
        const QJsonArray right = b.toArray();
        if (left.size() != right.size())
            return false;
        for (qsizetype i = 0; i < left.size(); ++i) {
            if (!equal(left.at(i), right.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        if (left.size() != right.size())
            return false;
        for (auto it = left.begin(); it != left.end(); ++it) {
            const auto other = right.constFind(it.key());
            if (other == right.constEnd() || !equal(it.value(), other.value()))
                return false;
        }
        return true;
    }
    return a == b;
}

QByteArray JsonEquality::canonicalKey(const QJsonValue &value)
{
    QByteArray key;
    appendKey(&key, value);
    return key;
}

void JsonEquality::appendKey(QByteArray *out, const QJsonValue &value)
{
    // Strings carry their length, so no text can end one early; numbers are doubles written
    // with every digit a double has (what equal() compares), -0 as 0.
    const auto appendString = [out](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        *out += QByteArray::number(utf8.size()) + ':' + utf8;
    };
    switch (value.type()) {
    case QJsonValue::Null: *out += 'n'; return;
    case QJsonValue::Bool: *out += value.toBool() ? 't' : 'f'; return;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        constexpr int digits = 17;
        *out += 'd' + QByteArray::number(number == 0 ? 0.0 : number, 'g', digits) + ';';
        return;
    }
    case QJsonValue::String:
        *out += 's';
        appendString(value.toString());
        return;
    case QJsonValue::Array:
        *out += '[';
        for (const QJsonValue &item : value.toArray())
            appendKey(out, item);
        *out += ']';
        return;
    case QJsonValue::Object: {
        // QJsonObject keeps its members sorted by name.
        const QJsonObject object = value.toObject();
        *out += '{';
        for (auto it = object.begin(); it != object.end(); ++it) {
            appendString(it.key());
            appendKey(out, it.value());
        }
        *out += '}';
        return;
    }
    case QJsonValue::Undefined: *out += 'u'; return;
    }
}

} // namespace Sockscope
