#include "jsonrpctracker.h"

#include "jsonrpccodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sockscope {

namespace {

const QLatin1String kCancelled("notifications/cancelled");
const QLatin1String kRequestId("requestId");

} // namespace

JsonRpcTracker::JsonRpcTracker(const JsonRpcCorrelatorSettings &settings)
    : m_sent(settings, Direction::Out), m_received(settings, Direction::In)
{
}

QList<JsonRpcFinding> JsonRpcTracker::observe(Direction direction, const QByteArray &text, qint64 nowNs,
                                              JsonRpcMessage *classified)
{
    QList<JsonRpcFinding> findings;
    if (settings().isJsonRpc()) {
        const JsonRpcMessage message = JsonRpcCodec::parse(text);
        findings = observeMessage(direction, message, nowNs);
        if (classified)
            *classified = message;
        return findings;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return findings;
    if (document.isArray()) {
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array)
            observeKeyed(direction, value, nowNs, &findings);
    } else {
        observeKeyed(direction, document.object(), nowNs, &findings);
    }
    return findings;
}

QList<JsonRpcFinding> JsonRpcTracker::observeMessage(Direction direction, const JsonRpcMessage &message, qint64 nowNs)
{
    QList<JsonRpcFinding> findings;
    ++m_counts[int(message.kind)];
    if (message.kind == JsonRpcMessage::Kind::Batch) {
        for (const JsonRpcMessage &item : message.items) {
            ++m_counts[int(item.kind)];
            observeOne(direction, item, nowNs, &findings);
        }
    } else {
        observeOne(direction, message, nowNs, &findings);
    }
    return findings;
}

void JsonRpcTracker::observeOne(Direction direction, const JsonRpcMessage &message, qint64 nowNs,
                                QList<JsonRpcFinding> *findings)
{
    switch (message.kind) {
    case JsonRpcMessage::Kind::Request:
        if (const auto finding = requester(direction).request(message.id, message.method, nowNs))
            findings->append(*finding);
        break;
    case JsonRpcMessage::Kind::Result:
    case JsonRpcMessage::Kind::Error:
        findings->append(responder(direction).response(message.id, message.kind == JsonRpcMessage::Kind::Error,
                                                       message.errorCode, nowNs));
        break;
    case JsonRpcMessage::Kind::Notification:
        if (message.method == kCancelled && message.params.isObject()) {
            bool ok = false;
            const JsonRpcId id = JsonRpcId::fromJson(message.params.toObject().value(kRequestId), &ok);
            if (ok && id.isUsable()) {
                if (const auto finding = requester(direction).cancel(id, nowNs))
                    findings->append(*finding);
            }
        }
        break;
    default:
        break;
    }
}

void JsonRpcTracker::observeKeyed(Direction direction, const QJsonValue &value, qint64 nowNs,
                                  QList<JsonRpcFinding> *findings)
{
    if (!value.isObject())
        return;
    const JsonRpcCorrelatorSettings &s = settings();
    const QJsonObject object = value.toObject();
    bool ok = false;
    const JsonRpcId id = JsonRpcId::fromJson(object.value(s.idKey), &ok);
    if (!ok || !id.isUsable())
        return;
    const QString type = object.value(s.methodKey).toString();
    JsonRpcCorrelator &answered = responder(direction);
    if (answered.knows(id)) {
        const bool isError = object.contains(s.errorKey) || s.errorTypes.contains(type);
        ++m_counts[int(isError ? JsonRpcMessage::Kind::Error : JsonRpcMessage::Kind::Result)];
        findings->append(answered.response(id, isError, 0, nowNs));
        return;
    }
    ++m_counts[int(JsonRpcMessage::Kind::Request)];
    if (const auto finding = requester(direction).request(id, type, nowNs))
        findings->append(*finding);
}

QList<JsonRpcFinding> JsonRpcTracker::expire(qint64 nowNs)
{
    QList<JsonRpcFinding> findings = m_sent.expire(nowNs);
    findings += m_received.expire(nowNs);
    return findings;
}

std::optional<qint64> JsonRpcTracker::nextDeadlineNs() const
{
    const std::optional<qint64> a = m_sent.nextDeadlineNs();
    const std::optional<qint64> b = m_received.nextDeadlineNs();
    if (a && b)
        return qMin(*a, *b);
    return a ? a : b;
}

void JsonRpcTracker::connectionClosed()
{
    m_sent.abandonAll();
    m_received.abandonAll();
}

quint64 JsonRpcTracker::messages(JsonRpcMessage::Kind kind) const
{
    return m_counts[int(kind)];
}

QJsonObject JsonRpcTracker::statsJson() const
{
    QJsonObject counts;
    for (int kind = 0; kind <= int(JsonRpcMessage::Kind::Batch); ++kind)
        counts.insert(JsonRpcMessage::kindName(JsonRpcMessage::Kind(kind)), double(m_counts[kind]));
    return {
        {QStringLiteral("sent"), m_sent.statsJson()},
        {QStringLiteral("received"), m_received.statsJson()},
        {QStringLiteral("messages"), counts},
    };
}

} // namespace Sockscope
