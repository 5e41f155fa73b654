#pragma once

#include <QJsonValue>
#include <QString>

namespace Sockscope {

// A JSON-RPC request id: a string, a number or null (or absent, for notifications).
// The string "1" and the number 1 are different ids: key() keeps them apart, so they can
// be used as hash keys by the correlator.
class JsonRpcId final
{
public:
    enum class Type : quint8 { None, Null, String, Number };

    JsonRpcId() = default;
    static JsonRpcId fromString(const QString &text);
    static JsonRpcId fromNumber(double number);
    static JsonRpcId null();
    // None for an undefined value; false with *ok for a bool, object or array.
    static JsonRpcId fromJson(const QJsonValue &value, bool *ok = nullptr);

    Type type() const { return m_type; }
    bool isNone() const { return m_type == Type::None; }
    bool isNull() const { return m_type == Type::Null; }
    // A string or a number: an id a response can be paired by.
    bool isUsable() const { return m_type == Type::String || m_type == Type::Number; }
    QString string() const { return m_string; }
    double number() const { return m_number; }

    // "s:" + text for strings, "n:" + the number for numbers, "null", or empty for none.
    QString key() const;
    QJsonValue toJson() const;
    // For people: strings quoted, numbers as they are.
    QString toDisplayString() const;

    bool operator==(const JsonRpcId &other) const;
    bool operator!=(const JsonRpcId &other) const { return !(*this == other); }

private:
    Type m_type = Type::None;
    QString m_string;
    double m_number = 0;
};

} // namespace Sockscope
