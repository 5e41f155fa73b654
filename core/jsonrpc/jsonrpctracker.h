#pragma once

#include "jsonrpccorrelator.h"
#include "jsonrpcmessage.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace Sockscope {

// JSON-RPC awareness for one connection, either side: classifies every text message that
// crosses it and pairs requests with responses in both directions (requests sent from here,
// requests received from the peer). A notifications/cancelled cancels the request it names.
// With a plain-JSON pairing key (settings.isJsonRpc() false) a message with the key is a
// response when the other side has that key pending, else a request. Sans-I/O.
class JsonRpcTracker final
{
public:
    explicit JsonRpcTracker(const JsonRpcCorrelatorSettings &settings = {});

    const JsonRpcCorrelatorSettings &settings() const { return m_sent.settings(); }

    // A text message that was received (In) or sent (Out). `classified` (JSON-RPC mode)
    // receives the codec's classification when given.
    QList<JsonRpcFinding> observe(Direction direction, const QByteArray &text, qint64 nowNs,
                                  JsonRpcMessage *classified = nullptr);
    // The same for an already classified JSON-RPC message.
    QList<JsonRpcFinding> observeMessage(Direction direction, const JsonRpcMessage &message, qint64 nowNs);
    QList<JsonRpcFinding> expire(qint64 nowNs);
    std::optional<qint64> nextDeadlineNs() const;
    // The connection ended: forgets what was pending on both sides.
    void connectionClosed();

    // Requests sent from here (responses received) and requests the peer sent.
    const JsonRpcCorrelator &sent() const { return m_sent; }
    const JsonRpcCorrelator &received() const { return m_received; }

    quint64 messages(JsonRpcMessage::Kind kind) const;

    // {sent: {...}, received: {...}, messages: {request: n, notification: n, ...}}
    QJsonObject statsJson() const;

private:
    JsonRpcCorrelator &requester(Direction direction) { return direction == Direction::Out ? m_sent : m_received; }
    JsonRpcCorrelator &responder(Direction direction) { return direction == Direction::Out ? m_received : m_sent; }
    void observeKeyed(Direction direction, const QJsonValue &value, qint64 nowNs, QList<JsonRpcFinding> *findings);
    void observeOne(Direction direction, const JsonRpcMessage &message, qint64 nowNs, QList<JsonRpcFinding> *findings);

    JsonRpcCorrelator m_sent;
    JsonRpcCorrelator m_received;
    quint64 m_counts[int(JsonRpcMessage::Kind::Batch) + 1] = {};
};

} // namespace Sockscope
