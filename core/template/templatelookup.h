#pragma once

#include <QJsonValue>
#include <QString>

namespace Sockscope {

// What a variable source answers for one placeholder: a value, unknown, or an error that
// fails the rendering (replay: a capture without a value).
class TemplateLookup final
{
public:
    enum class Status {
        Found,
        Unknown,
        Failed,
    };

    // An undefined value counts as unknown.
    static TemplateLookup found(const QJsonValue &value);
    static TemplateLookup unknown();
    static TemplateLookup failed(const QString &error);

    Status status() const { return m_status; }
    const QJsonValue &value() const { return m_value; }
    const QString &error() const { return m_error; }

private:
    Status m_status = Status::Unknown;
    QJsonValue m_value = QJsonValue(QJsonValue::Undefined);
    QString m_error;
};

} // namespace Sockscope
