#include "jsoninteger.h"

#include <cmath>

namespace Sockscope {

JsonIntegerCheck checkJsonInteger(const QJsonValue &value, qint64 min, qint64 max, qint64 *out)
{
    if (!value.isDouble())
        return JsonIntegerCheck::NotANumber;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number)
        return JsonIntegerCheck::NotWhole;
    if (number < double(min) || number > double(max))
        return JsonIntegerCheck::OutOfRange;
    // double(max) rounds INT64_MAX up to 2^63, which passes the test above. toInteger() converts
    // without undefined behaviour and returns its default for a number that does not fit a
    // qint64: two different defaults tell that apart from a number equal to one of them.
    const qint64 exact = value.toInteger(0);
    if (exact != value.toInteger(1) || exact < min || exact > max)
        return JsonIntegerCheck::OutOfRange;
    *out = exact;
    return JsonIntegerCheck::Ok;
}

} // namespace Sockscope
