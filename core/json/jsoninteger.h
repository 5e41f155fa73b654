#pragma once

#include <QJsonValue>

namespace Sockscope {

// What a JSON value is, read as a whole number in [min, max].
enum class JsonIntegerCheck : quint8 { Ok, NotANumber, NotWhole, OutOfRange };

// Reads an exact 64-bit integer. The number is compared as a double against the bounds before
// anything converts it, so 1e300, -1e300 and 2^63 are refused without the undefined behaviour
// of casting them to an integer; then the integer Qt kept (it keeps numbers written without a
// fraction or exponent as qint64) is compared exactly, so 2^53 + 1 is not rounded into range.
// `out` is set only for Ok.
JsonIntegerCheck checkJsonInteger(const QJsonValue &value, qint64 min, qint64 max, qint64 *out);

} // namespace Sockscope
