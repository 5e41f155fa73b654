#include "mcppendingcalls.h"

#include "common/monotonicclock.h"

#include <QTimer>

#include <utility>

namespace Sockscope {

JsonRpcId McpPendingCalls::add(McpReply *reply)
{
    const JsonRpcId id = JsonRpcId::fromNumber(double(m_nextId++));
    m_calls.insert(id.key(), Call{reply, false});
    return id;
}

JsonRpcId McpPendingCalls::addInitialize()
{
    const JsonRpcId id = JsonRpcId::fromNumber(double(m_nextId++));
    m_calls.insert(id.key(), Call{nullptr, true});
    return id;
}

void McpPendingCalls::remove(const JsonRpcId &id)
{
    m_calls.remove(id.key());
}

std::optional<McpPendingCalls::Call> McpPendingCalls::take(const JsonRpcId &id)
{
    const auto it = m_calls.constFind(id.key());
    if (it == m_calls.constEnd())
        return std::nullopt;
    const Call call = *it;
    m_calls.erase(it);
    return call;
}

bool McpPendingCalls::takeReply(const McpReply *reply)
{
    const auto it = m_calls.constFind(reply->id().key());
    if (it == m_calls.constEnd() || it->reply != reply)
        return false;
    m_calls.erase(it);
    return true;
}

QList<McpPendingCalls::Call> McpPendingCalls::takeAll()
{
    return std::exchange(m_calls, {}).values();
}

JsonRpcId McpPendingCalls::progressToken(McpReply *reply)
{
    if (reply->m_progressToken.isNone()) {
        reply->m_progressToken = JsonRpcId::fromNumber(double(m_nextProgressToken++));
        m_progress.insert(reply->m_progressToken.key(), reply);
    }
    return reply->m_progressToken;
}

McpReply *McpPendingCalls::progressReply(const JsonRpcId &token) const
{
    return m_progress.value(token.key());
}

void McpPendingCalls::releaseProgress(McpReply *reply)
{
    if (!reply->m_progressToken.isNone())
        m_progress.remove(reply->m_progressToken.key());
}

void McpPendingCalls::finish(McpReply *reply, const QJsonObject &result, qint64 nowNs)
{
    releaseProgress(reply);
    reply->finishWithResult(result, nowNs);
}

void McpPendingCalls::fail(McpReply *reply, McpReply::Failure failure, int code, const QString &message, qint64 nowNs,
                           const QJsonValue &data)
{
    releaseProgress(reply);
    reply->finishWithError(failure, code, message, data, nowNs);
}

void McpPendingCalls::failLater(McpReply *reply, McpReply::Failure failure, int code, const QString &message)
{
    releaseProgress(reply);
    // The reply, not this table, carries the timer: a caller may keep it after the session.
    QPointer<McpReply> guard(reply);
    QTimer::singleShot(0, reply, [guard, failure, code, message] {
        if (guard)
            guard->finishWithError(failure, code, message, QJsonValue(QJsonValue::Undefined), MonotonicClock::nowNs());
    });
}

QList<QPointer<McpReply>> McpPendingCalls::takeQueued()
{
    return std::exchange(m_queued, {});
}

void McpPendingCalls::failQueued(McpReply::Failure failure, int code, const QString &message, qint64 nowNs)
{
    const QList<QPointer<McpReply>> queued = takeQueued();
    for (const QPointer<McpReply> &reply : queued) {
        if (reply)
            fail(reply, failure, code, message, nowNs);
    }
}

} // namespace Sockscope
