#include "jsonreader.h"

#include "jsoninteger.h"

#include "jsonrpc/jsonrpccodec.h"

namespace Sockscope {

namespace {

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(JsonRpcCodec::encodeValue(value));
}

QString decimal(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

JsonReader::JsonReader(const QJsonValue &value, const QString &path)
    : m_value(value), m_path(path), m_error(std::make_shared<JsonReadError>())
{
}

JsonReader JsonReader::inner(const QJsonValue &value, const QString &path) const
{
    JsonReader reader = *this;
    reader.m_value = value;
    reader.m_path = path;
    reader.m_phrase.clear();
    return reader;
}

bool JsonReader::has(const QString &key) const
{
    return m_value.isObject() && m_value.toObject().contains(key);
}

JsonReader JsonReader::member(const QString &key) const
{
    return inner(m_value.toObject().value(key), JsonLocation::member(m_path, key));
}

JsonReader JsonReader::item(qsizetype index) const
{
    const QJsonArray items = m_value.toArray();
    return inner(index >= 0 && index < items.size() ? items.at(index) : QJsonValue(QJsonValue::Undefined),
                 JsonLocation::index(m_path, index));
}

JsonReader JsonReader::expecting(const QString &phrase) const
{
    JsonReader same = *this;
    same.m_phrase = phrase;
    return same;
}

bool JsonReader::fail(const QString &message) const
{
    return failAt(path(), message);
}

bool JsonReader::failAt(const QString &path, const QString &message) const
{
    if (m_error->isEmpty())
        *m_error = JsonReadError{path, message};
    return false;
}

QString JsonReader::typeName(QJsonValue::Type type)
{
    return JsonRpcCodec::typeDescription(QJsonValue(type));
}

QString JsonReader::oneOf(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(compact(name));
    return tr("one of %1").arg(quoted.join(QLatin1String(", ")));
}

bool JsonReader::isType(QJsonValue::Type type, const QString &expected, Need need) const
{
    if (m_value.type() == type || (isMissing() && need == Need::Optional))
        return true;
    if (!m_phrase.isEmpty())
        return fail(tr("must be %1, not %2").arg(m_phrase, typeName(m_value.type())));
    if (isMissing())
        return fail(tr("missing: expected %1").arg(expected));
    return fail(tr("must be %1, not %2").arg(expected, typeName(m_value.type())));
}

bool JsonReader::refuse(const QString &expected) const
{
    return fail(tr("must be %1, not %2").arg(m_phrase.isEmpty() ? expected : m_phrase, compact(m_value)));
}

bool JsonReader::string(QString *out, Need need, Empty empty) const
{
    if (!isType(QJsonValue::String, typeName(QJsonValue::String), need))
        return false;
    if (isMissing())
        return true;
    if (empty == Empty::Refused && m_value.toString().isEmpty())
        return m_phrase.isEmpty() ? fail(tr("must not be empty")) : refuse(QString());
    *out = m_value.toString();
    return true;
}

bool JsonReader::boolean(bool *out, Need need) const
{
    if (!isType(QJsonValue::Bool, typeName(QJsonValue::Bool), need))
        return false;
    if (!isMissing())
        *out = m_value.toBool();
    return true;
}

bool JsonReader::integer(qint64 *out, qint64 min, qint64 max, Need need) const
{
    if (!isType(QJsonValue::Double, typeName(QJsonValue::Double), need))
        return false;
    if (isMissing())
        return true;
    switch (checkJsonInteger(m_value, min, max, out)) {
    case JsonIntegerCheck::Ok:
        return true;
    case JsonIntegerCheck::NotANumber:
        break; // isType() saw a number
    case JsonIntegerCheck::NotWhole:
        return refuse(tr("a whole number"));
    case JsonIntegerCheck::OutOfRange:
        return refuse(tr("between %1 and %2").arg(min).arg(max));
    }
    return false;
}

bool JsonReader::integer(int *out, const IntSetting &setting, Need need) const
{
    return integer(out, setting.min, setting.max, need);
}

bool JsonReader::number(double *out, double min, double max, Need need, Bound lower) const
{
    if (!isType(QJsonValue::Double, typeName(QJsonValue::Double), need))
        return false;
    if (isMissing())
        return true;
    const double value = m_value.toDouble();
    const bool above = lower == Bound::Exclusive ? value > min : value >= min;
    if (above && value <= max) {
        *out = value;
        return true;
    }
    const bool unbounded = max >= std::numeric_limits<double>::max();
    if (lower == Bound::Exclusive)
        return refuse(unbounded ? tr("greater than %1").arg(decimal(min))
                                  : tr("greater than %1 and at most %2").arg(decimal(min), decimal(max)));
    return refuse(unbounded ? tr("at least %1").arg(decimal(min))
                              : tr("between %1 and %2").arg(decimal(min), decimal(max)));
}

bool JsonReader::choice(QString *out, const QStringList &names, Need need) const
{
    const QString expected = oneOf(names);
    if (!isType(QJsonValue::String, expected, need))
        return false;
    if (isMissing())
        return true;
    if (!names.contains(m_value.toString()))
        return refuse(expected);
    *out = m_value.toString();
    return true;
}

bool JsonReader::object(QJsonObject *out, Need need) const
{
    if (!isType(QJsonValue::Object, typeName(QJsonValue::Object), need))
        return false;
    if (!isMissing() && out)
        *out = m_value.toObject();
    return true;
}

bool JsonReader::array(QJsonArray *out, Need need, Empty empty) const
{
    if (!isType(QJsonValue::Array, typeName(QJsonValue::Array), need))
        return false;
    if (empty == Empty::Refused && !isMissing() && m_value.toArray().isEmpty())
        return m_phrase.isEmpty() ? fail(tr("must not be empty")) : refuse(QString());
    if (!isMissing() && out)
        *out = m_value.toArray();
    return true;
}

bool JsonReader::stringList(QStringList *out, Need need, Empty empty) const
{
    QStringList list;
    const bool read = forEach(
        [&](const JsonReader &item) {
            QString text;
            if (!item.string(&text, Need::Required, empty))
                return false;
            list.append(text);
            return true;
        },
        need);
    if (read && !isMissing())
        *out = list;
    return read;
}

bool JsonReader::members(const QStringList &allowed, const QString &message) const
{
    const QJsonObject object = m_value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return member(it.key()).fail(message.isEmpty() ? tr("unknown member; expected one of: %1")
                                                                 .arg(allowed.join(QLatin1String(", ")))
                                                           : message);
    }
    return true;
}

QJsonObject JsonReader::unknownMembers(const QStringList &known) const
{
    QJsonObject unknown;
    const QJsonObject object = m_value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            unknown.insert(it.key(), it.value());
    }
    return unknown;
}

} // namespace Sockscope
