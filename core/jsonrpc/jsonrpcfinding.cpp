#include "jsonrpcfinding.h"

#include "event/eventsink.h"

namespace Sockscope {

QString JsonRpcFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Paired: return QStringLiteral("paired");
    case Kind::Orphan: return QStringLiteral("orphan-response");
    case Kind::Duplicate: return QStringLiteral("duplicate-id");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Late: return QStringLiteral("late-response");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Untracked: return QStringLiteral("untracked");
    }
    return {};
}

QString JsonRpcFinding::describe() const
{
    const QString shownId = id.toDisplayString();
    const QString shownMethod = method.isEmpty() ? tr("(unknown method)") : method;
    const bool fromHere = requestDirection == Direction::Out;
    switch (kind) {
    case Kind::Paired:
        return tr("response to %1 (id %2) after %3 ms").arg(shownMethod, shownId).arg(double(latencyNs) / 1e6);
    case Kind::Orphan:
        if (id.isNull())
            return tr("an error response with a null id: the peer could not read a request's id");
        return fromHere ? tr("a response with id %1 answers no request sent on this connection").arg(shownId)
                        : tr("a response with id %1 answers no request received on this connection").arg(shownId);
    case Kind::Duplicate:
        return tr("request %1 reuses the id %2 of a request still pending").arg(shownMethod, shownId);
    case Kind::Timeout:
        return tr("request %1 (id %2) got no response within %3 ms").arg(shownMethod, shownId).arg(timeoutMs);
    case Kind::Late:
        return tr("a late response to %1 (id %2) after %3 ms, which had already timed out or been cancelled")
            .arg(shownMethod, shownId).arg(double(latencyNs) / 1e6);
    case Kind::Cancelled:
        return tr("request %1 (id %2) was cancelled").arg(shownMethod, shownId);
    case Kind::Untracked:
        return tr("too many pending requests: request %1 (id %2) is not tracked").arg(shownMethod, shownId);
    }
    return {};
}

Event JsonRpcFinding::toEvent(quint32 connectionId, quint32 peerId) const
{
    // Problems are warnings; the rest (a cancelled request, say) are notices.
    const bool problem = isProblem();
    Event event = makeEvent(problem ? EventKind::Error : EventKind::Notice, Direction::Local, connectionId, peerId);
    event.details.insert(problem ? QStringLiteral("error") : QStringLiteral("notice"),
                         QString(QLatin1String("jsonrpc-") + kindName(kind)));
    event.details.insert(QStringLiteral("message"), describe());
    if (problem)
        event.details.insert(QStringLiteral("level"), QStringLiteral("warning"));
    event.details.insert(QStringLiteral("requestDir"), directionName(requestDirection));
    if (!id.isNone())
        event.details.insert(QStringLiteral("id"), id.toJson());
    if (!method.isEmpty())
        event.details.insert(QStringLiteral("method"), method);
    if (latencyNs >= 0)
        event.details.insert(QStringLiteral("latencyNs"), double(latencyNs));
    if (isError)
        event.details.insert(QStringLiteral("errorCode"), errorCode);
    if (kind == Kind::Timeout)
        event.details.insert(QStringLiteral("timeoutMs"), timeoutMs);
    return event;
}

} // namespace Sockscope
