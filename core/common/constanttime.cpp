#include "constanttime.h"

namespace Sockscope {

bool constantTimeEquals(const QByteArray &expected, const QByteArray &given)
{
    unsigned difference = unsigned(expected.size() ^ given.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const char other = i < given.size() ? given.at(i) : char(0);
        difference |= unsigned(uchar(expected.at(i)) ^ uchar(other));
    }
    return difference == 0;
}

} // namespace Sockscope
