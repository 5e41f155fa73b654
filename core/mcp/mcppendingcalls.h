#pragma once

#include "mcpreply.h"

#include "jsonrpc/jsonrpcid.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace Sockscope {

// The calls an McpClientSession has in flight: each request sent and not answered yet (by
// its id), the progress tokens the calls carry, and the calls made before the session was
// ready. Finishing a call here also forgets its progress token.
class McpPendingCalls final
{
public:
    struct Call final
    {
        QPointer<McpReply> reply; // null for initialize
        bool initialize = false;
    };

    // Registers a request about to be sent and returns its id: numbers from 0, never reused.
    JsonRpcId add(McpReply *reply);
    JsonRpcId addInitialize();
    // The request could not be sent after all.
    void remove(const JsonRpcId &id);
    // The call a response (or a timeout) is for, no longer pending.
    std::optional<Call> take(const JsonRpcId &id);
    // Removes `reply`'s request when it is in flight; false otherwise.
    bool takeReply(const McpReply *reply);
    // Every call in flight (the connection closed).
    QList<Call> takeAll();

    // `reply`'s progress token, made the first time: one per call, across its pages.
    JsonRpcId progressToken(McpReply *reply);
    McpReply *progressReply(const JsonRpcId &token) const;

    void finish(McpReply *reply, const QJsonObject &result, qint64 nowNs);
    void fail(McpReply *reply, McpReply::Failure failure, int code, const QString &message, qint64 nowNs,
              const QJsonValue &data = QJsonValue(QJsonValue::Undefined));
    // Fails `reply` from the event loop, so a caller that connects to finished() after the
    // call still sees it.
    void failLater(McpReply *reply, McpReply::Failure failure, int code, const QString &message);

    void queue(McpReply *reply) { m_queued.append(reply); }
    bool unqueue(McpReply *reply) { return m_queued.removeAll(reply) > 0; }
    QList<QPointer<McpReply>> takeQueued();
    void failQueued(McpReply::Failure failure, int code, const QString &message, qint64 nowNs);

private:
    void releaseProgress(McpReply *reply);

    QHash<QString, Call> m_calls;                  // by JsonRpcId::key() of the request sent
    QHash<QString, QPointer<McpReply>> m_progress; // by JsonRpcId::key() of the progress token
    QList<QPointer<McpReply>> m_queued;            // made before the session was ready
    qint64 m_nextId = 0;
    qint64 m_nextProgressToken = 0;
};

} // namespace Sockscope
