#pragma once

#include "jsonrpc/jsonkeyorder.h"
#include "jsonrpc/jsonrpcid.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QSet>

namespace Sockscope {

// The answer to one MCP call made through McpClientSession, in the manner of QNetworkReply:
// finished() fires once, after which result() or the error is set. A list call that pages
// stays one reply: result() holds the items of every page. The session owns replies until
// the caller takes them; delete them with deleteLater() in a slot.
class McpReply final : public QObject
{
    Q_OBJECT

public:
    enum class Failure : quint8 {
        None,
        JsonRpcError,     // the server answered with a JSON-RPC error
        Timeout,          // no answer within the request timeout (code -32001)
        ConnectionClosed, // the connection ended first (code -32000)
        Cancelled,        // cancelled from here (notifications/cancelled was sent)
        NotInitialized,   // the session never became ready (initialize failed)
        SendFailed,       // the message could not be queued for sending
        InvalidResponse,  // the answer was not a valid JSON-RPC response with an object result
    };
    Q_ENUM(Failure)

    McpReply(const QString &method, const QJsonObject &params, QObject *parent = nullptr);

    QString method() const { return m_method; }
    QJsonObject params() const { return m_params; }
    // The id of the last request sent for this call (one per page).
    JsonRpcId id() const { return m_id; }

    bool isFinished() const { return m_finished; }
    Failure failure() const { return m_failure; }
    bool isError() const { return m_failure != Failure::None; }
    int errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }
    QJsonValue errorData() const { return m_errorData; }
    // {code, message, data?}
    QJsonObject errorJson() const;
    // For people: what went wrong, with the code's name.
    QString errorText() const;

    QJsonObject result() const { return m_result; }
    // A tools/call result with isError: true (the tool failed, the protocol did not).
    bool isToolError() const;
    // tools/list: each tool's key order as the server wrote it, parallel to result()'s
    // "tools" (pointers relative to the tool: "/inputSchema/properties"). QJsonObject sorts
    // keys; a form built from an input schema follows the schema's own order with these.
    QList<JsonKeyOrder> itemKeyOrders() const { return m_itemKeyOrders; }
    int pageCount() const { return m_pages; }
    // The page limit stopped a list call: result() has the pages so far and the nextCursor.
    bool isTruncated() const { return m_truncated; }
    // From the first request sent to the last response.
    qint64 latencyNs() const { return m_latencyNs; }

    // "none", "jsonrpc-error", "timeout", "connection-closed", "cancelled", "not-initialized",
    // "send-failed", "invalid-response"
    static QString failureName(Failure failure);

Q_SIGNALS:
    void finished();
    // notifications/progress for this call; total is 0 when the server gave none.
    void progressed(double progress, double total, const QString &message);

private:
    friend class McpClientSession;
    friend class McpListPaging;
    friend class McpPendingCalls;

    void finishWithResult(const QJsonObject &result, qint64 nowNs);
    void finishWithError(Failure failure, int code, const QString &message, const QJsonValue &data, qint64 nowNs);

    QString m_method;
    QJsonObject m_params;
    JsonRpcId m_id;
    JsonRpcId m_progressToken;
    bool m_wantsProgress = false;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    int m_errorCode = 0;
    QString m_errorMessage;
    QJsonValue m_errorData = QJsonValue(QJsonValue::Undefined);
    QJsonObject m_result;
    QString m_listKey;          // "tools", "resources", ... for list calls that page
    QSet<QString> m_cursors;    // seen, to stop a server that loops
    QList<JsonKeyOrder> m_itemKeyOrders;
    int m_pages = 0;
    bool m_truncated = false;
    qint64 m_startNs = -1;
    qint64 m_latencyNs = -1;
};

} // namespace Sockscope
