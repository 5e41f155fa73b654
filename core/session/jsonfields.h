#pragma once

#include <QJsonValue>

namespace Sockscope {

// Reads an exact 64-bit integer from a JSON number. Qt keeps integers written without a
// fraction or exponent as qint64, so large values (nanoseconds, sequence numbers) survive;
// a fractional or out-of-range number is refused instead of being rounded.
inline bool jsonInteger(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    // toInteger() returns its default for a non-integral number: two different defaults
    // tell that case apart from a stored value that happens to equal one of them.
    const qint64 a = value.toInteger(0);
    const qint64 b = value.toInteger(1);
    if (a != b)
        return false;
    *out = a;
    return true;
}

inline bool jsonIntegerInRange(const QJsonValue &value, qint64 min, qint64 max, qint64 *out)
{
    qint64 v = 0;
    if (!jsonInteger(value, &v) || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace Sockscope
