#include "limitsettings.h"

#include <QString>

namespace Sockscope {

QString overflowPolicyName(OverflowPolicy policy)
{
    switch (policy) {
    case OverflowPolicy::Reject: return QStringLiteral("reject");
    case OverflowPolicy::DropOldest: return QStringLiteral("drop-oldest");
    case OverflowPolicy::Close: return QStringLiteral("close");
    }
    return {};
}

bool overflowPolicyFromName(const QString &name, OverflowPolicy *policy)
{
    for (OverflowPolicy candidate : {OverflowPolicy::Reject, OverflowPolicy::DropOldest, OverflowPolicy::Close}) {
        if (overflowPolicyName(candidate) == name) {
            *policy = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Sockscope
