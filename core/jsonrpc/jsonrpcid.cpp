#include "jsonrpcid.h"

#include <cmath>

namespace Sockscope {

namespace {

// Up to 2^53 doubles hold whole numbers exactly; checked before converting, since
// converting a larger double to an integer is undefined behaviour.
bool isExactInteger(double number)
{
    constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
    return std::isfinite(number) && std::fabs(number) < kExactIntegerLimit && std::floor(number) == number;
}

// Whole numbers print without exponent or fraction, so 1 and 1.0 give one key.
QString numberText(double number)
{
    if (isExactInteger(number))
        return QString::number(qint64(number));
    return QString::number(number, 'g', 17);
}

} // namespace

JsonRpcId JsonRpcId::fromString(const QString &text)
{
    JsonRpcId id;
    id.m_type = Type::String;
    id.m_string = text;
    return id;
}

JsonRpcId JsonRpcId::fromNumber(double number)
{
    JsonRpcId id;
    id.m_type = Type::Number;
    id.m_number = number;
    return id;
}

JsonRpcId JsonRpcId::null()
{
    JsonRpcId id;
    id.m_type = Type::Null;
    return id;
}

JsonRpcId JsonRpcId::fromJson(const QJsonValue &value, bool *ok)
{
    if (ok)
        *ok = true;
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return null();
    case QJsonValue::String:
        return fromString(value.toString());
    case QJsonValue::Double:
        return fromNumber(value.toDouble());
    default:
        if (ok)
            *ok = false;
        return {};
    }
}

QString JsonRpcId::key() const
{
    switch (m_type) {
    case Type::None: return {};
    case Type::Null: return QStringLiteral("null");
    case Type::String: return QLatin1String("s:") + m_string;
    case Type::Number: return QLatin1String("n:") + numberText(m_number);
    }
    return {};
}

QJsonValue JsonRpcId::toJson() const
{
    switch (m_type) {
    case Type::None: return QJsonValue(QJsonValue::Undefined);
    case Type::Null: return QJsonValue(QJsonValue::Null);
    case Type::String: return m_string;
    case Type::Number:
        if (isExactInteger(m_number))
            return qint64(m_number);
        return m_number;
    }
    return {};
}

QString JsonRpcId::toDisplayString() const
{
    switch (m_type) {
    case Type::None: return {};
    case Type::Null: return QStringLiteral("null");
    case Type::String: return QLatin1Char('"') + m_string + QLatin1Char('"');
    case Type::Number: return numberText(m_number);
    }
    return {};
}

bool JsonRpcId::operator==(const JsonRpcId &other) const
{
    return m_type == other.m_type && key() == other.key();
}

} // namespace Sockscope
