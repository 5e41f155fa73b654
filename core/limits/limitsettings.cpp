#include "limitsettings.h"

#include "event/eventdetails.h"

#include <QString>

namespace Sockscope {

QString backpressureNoticeId()
{
    return QStringLiteral("backpressure");
}

bool isBackpressureNotice(const Event &event)
{
    return event.kind == EventKind::Notice && EventDetails::noticeId(event) == backpressureNoticeId();
}

QString overflowPolicyName(OverflowPolicy policy)
{
    switch (policy) {
    case OverflowPolicy::Reject: return QStringLiteral("reject");
    case OverflowPolicy::DropOldest: return QStringLiteral("drop-oldest");
    case OverflowPolicy::Close: return QStringLiteral("close");
    case OverflowPolicy::Wait: return QStringLiteral("wait");
    }
    return {};
}

bool overflowPolicyFromName(const QString &name, OverflowPolicy *policy)
{
    for (OverflowPolicy candidate :
         {OverflowPolicy::Reject, OverflowPolicy::DropOldest, OverflowPolicy::Close, OverflowPolicy::Wait}) {
        if (overflowPolicyName(candidate) == name) {
            *policy = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Sockscope
