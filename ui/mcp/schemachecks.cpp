#include "schemachecks.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Sockscope {

int SchemaChecks::countKeyword(const QJsonObject &schema, const char *key)
{
    const QJsonValue value = schema.value(QLatin1String(key));
    constexpr double most = std::numeric_limits<int>::max();
    if (!value.isDouble() || value.toDouble() < 0)
        return -1;
    return int(std::min(value.toDouble(), most));
}

QString SchemaChecks::text(const QJsonObject &schema, const QString &value, const QString &where)
{
    const int minLength = countKeyword(schema, "minLength");
    const int maxLength = countKeyword(schema, "maxLength");
    if (minLength >= 0 && value.size() < minLength)
        return tr("%1 needs at least %n character(s)", nullptr, minLength).arg(where);
    if (maxLength >= 0 && value.size() > maxLength)
        return tr("%1 takes at most %n character(s)", nullptr, maxLength).arg(where);
    if (schema.contains(QLatin1String("pattern"))) {
        const QRegularExpression pattern(schema.value(QLatin1String("pattern")).toString());
        if (pattern.isValid() && !pattern.match(value).hasMatch())
            return tr("%1 does not match the pattern %2").arg(where, pattern.pattern());
    }
    return {};
}

QString SchemaChecks::number(const QJsonObject &schema, double value, const QString &where)
{
    const auto bound = [&schema](const char *key, double *out) {
        const QJsonValue v = schema.value(QLatin1String(key));
        if (!v.isDouble())
            return false;
        *out = v.toDouble();
        return true;
    };
    double limit = 0;
    if (bound("minimum", &limit) && value < limit)
        return tr("%1 must be at least %2").arg(where).arg(limit);
    if (bound("maximum", &limit) && value > limit)
        return tr("%1 must be at most %2").arg(where).arg(limit);
    if (bound("exclusiveMinimum", &limit) && value <= limit)
        return tr("%1 must be more than %2").arg(where).arg(limit);
    if (bound("exclusiveMaximum", &limit) && value >= limit)
        return tr("%1 must be less than %2").arg(where).arg(limit);
    return {};
}

QString SchemaChecks::itemCount(const QJsonObject &schema, qsizetype count, const QString &where)
{
    const int minItems = countKeyword(schema, "minItems");
    const int maxItems = countKeyword(schema, "maxItems");
    if (minItems >= 0 && count < minItems)
        return tr("%1 needs at least %n item(s)", nullptr, minItems).arg(where);
    if (maxItems >= 0 && count > maxItems)
        return tr("%1 takes at most %n item(s)", nullptr, maxItems).arg(where);
    return {};
}

} // namespace Sockscope
