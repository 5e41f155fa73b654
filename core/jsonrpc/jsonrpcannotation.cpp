#include "jsonrpcannotation.h"

namespace Sockscope {

const JsonRpcFinding *JsonRpcAnnotation::pairing() const
{
    for (const JsonRpcFinding &finding : findings) {
        if (finding.kind == JsonRpcFinding::Kind::Paired || finding.kind == JsonRpcFinding::Kind::Late)
            return &finding;
    }
    return nullptr;
}

QJsonObject JsonRpcAnnotation::toJson() const
{
    QJsonObject object;
    if (!isJudged())
        return object;
    object.insert(QStringLiteral("kind"), JsonRpcMessage::kindName(message.kind));
    const QString method = requestMethod.isEmpty() ? message.method : requestMethod;
    if (!method.isEmpty())
        object.insert(QStringLiteral("method"), method);
    if (!message.id.isNone())
        object.insert(QStringLiteral("id"), message.id.toJson());
    if (latencyNs >= 0)
        object.insert(QStringLiteral("latencyMs"), double(latencyNs) / 1e6);
    if (message.kind == JsonRpcMessage::Kind::Error)
        object.insert(QStringLiteral("errorCode"), message.errorCode);
    if (message.kind == JsonRpcMessage::Kind::Batch)
        object.insert(QStringLiteral("items"), message.items.size());
    if (message.kind == JsonRpcMessage::Kind::Invalid)
        object.insert(QStringLiteral("problem"), JsonRpcMessage::problemName(message.problem));
    // A pairing problem on this very message (orphan, duplicate id, late, untracked); timeouts
    // belong to no message.
    for (const JsonRpcFinding &finding : findings) {
        if (finding.isProblem() && finding.kind != JsonRpcFinding::Kind::Timeout) {
            object.insert(QStringLiteral("problem"), JsonRpcFinding::kindName(finding.kind));
            break;
        }
    }
    return object;
}

} // namespace Sockscope
