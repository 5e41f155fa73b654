#pragma once

#include <QByteArray>

namespace Sockscope {

// Compares secrets in time that depends only on the length of `expected`, so a token
// check leaks nothing about how much of a guess was right.
bool constantTimeEquals(const QByteArray &expected, const QByteArray &given);

} // namespace Sockscope
