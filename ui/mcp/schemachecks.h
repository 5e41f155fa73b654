#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Sockscope {

// The JSON Schema keywords the arguments form checks before a call, one value at a time.
// Each says what is wrong, for people ("tags needs at least 1 item", counts in plural forms),
// or returns an empty string; `where` names the value (its path in the form).
class SchemaChecks final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaChecks)

public:
    // minLength, maxLength, pattern.
    static QString text(const QJsonObject &schema, const QString &value, const QString &where);
    // minimum, maximum, exclusiveMinimum, exclusiveMaximum.
    static QString number(const QJsonObject &schema, double value, const QString &where);
    // minItems, maxItems.
    static QString itemCount(const QJsonObject &schema, qsizetype count, const QString &where);

private:
    // A count keyword (minLength, maxItems, ...): -1 when absent or not a count.
    static int countKeyword(const QJsonObject &schema, const char *key);
};

} // namespace Sockscope
