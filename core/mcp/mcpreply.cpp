#include "mcpreply.h"

#include "jsonrpc/jsonrpcerrorcode.h"

#include <QJsonArray>

namespace Sockscope {

McpReply::McpReply(const QString &method, const QJsonObject &params, QObject *parent)
    : QObject(parent), m_method(method), m_params(params)
{
}

QJsonObject McpReply::errorJson() const
{
    if (m_failure == Failure::None)
        return {};
    QJsonObject error{{QStringLiteral("code"), m_errorCode}, {QStringLiteral("message"), m_errorMessage}};
    if (!m_errorData.isUndefined())
        error.insert(QStringLiteral("data"), m_errorData);
    return error;
}

QString McpReply::errorText() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::JsonRpcError:
        return tr("JSON-RPC error %1 (%2): %3%4")
            .arg(m_errorCode)
            .arg(JsonRpcErrorCode::description(m_errorCode), m_errorMessage, JsonRpcErrorCode::dataNote(m_errorCode, m_errorData));
    default:
        return m_errorMessage;
    }
}

bool McpReply::isToolError() const
{
    return m_failure == Failure::None && m_result.value(QStringLiteral("isError")).toBool();
}

QString McpReply::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None: return QStringLiteral("none");
    case Failure::JsonRpcError: return QStringLiteral("jsonrpc-error");
    case Failure::Timeout: return QStringLiteral("timeout");
    case Failure::ConnectionClosed: return QStringLiteral("connection-closed");
    case Failure::Cancelled: return QStringLiteral("cancelled");
    case Failure::NotInitialized: return QStringLiteral("not-initialized");
    case Failure::SendFailed: return QStringLiteral("send-failed");
    case Failure::InvalidResponse: return QStringLiteral("invalid-response");
    }
    return {};
}

void McpReply::finishWithResult(const QJsonObject &result, qint64 nowNs)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    if (m_startNs >= 0)
        m_latencyNs = nowNs - m_startNs;
    Q_EMIT finished();
}

void McpReply::finishWithError(Failure failure, int code, const QString &message, const QJsonValue &data, qint64 nowNs)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = failure;
    m_errorCode = code;
    m_errorMessage = message;
    m_errorData = data;
    if (m_startNs >= 0)
        m_latencyNs = nowNs - m_startNs;
    Q_EMIT finished();
}

} // namespace Sockscope
