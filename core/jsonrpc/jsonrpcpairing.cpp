#include "jsonrpcpairing.h"

#include "event/eventdetails.h"

#include "jsonrpccodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Sockscope {

namespace {

// JSON texts start with an object or an array here: anything else is plain text, not
// worth a parse (and not a broken JSON-RPC message).
bool looksLikeJson(const QByteArray &text)
{
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

// A message that is valid JSON-RPC (a batch: with at least one valid member) shows that the
// connection speaks it.
bool isValidJsonRpc(const JsonRpcMessage &message)
{
    if (message.kind != JsonRpcMessage::Kind::Batch)
        return message.isValid();
    return std::any_of(message.items.cbegin(), message.items.cend(),
                       [](const JsonRpcMessage &item) { return item.isValid(); });
}

// A message that means to be JSON-RPC ("jsonrpc" member, perhaps the wrong version or a
// broken request) even where nothing else is: it is judged by JSON-RPC rules.
bool claimsJsonRpc(const JsonRpcMessage &message)
{
    if (message.kind == JsonRpcMessage::Kind::Batch) {
        return std::any_of(message.items.cbegin(), message.items.cend(),
                           [](const JsonRpcMessage &item) { return item.isValid() || claimsJsonRpc(item); });
    }
    if (message.kind != JsonRpcMessage::Kind::Invalid)
        return true;
    switch (message.problem) {
    case JsonRpcMessage::Problem::NotJson:
    case JsonRpcMessage::Problem::InvalidUtf8:
    case JsonRpcMessage::Problem::TooDeep:
    case JsonRpcMessage::Problem::NotAnObject:
    case JsonRpcMessage::Problem::EmptyBatch:
    case JsonRpcMessage::Problem::MissingVersion:
        return false;
    default:
        return true;
    }
}

} // namespace

JsonRpcPairing::JsonRpcPairing(const JsonRpcCorrelatorSettings &settings)
    : m_settings(settings)
{
}

void JsonRpcPairing::setSettings(const JsonRpcCorrelatorSettings &settings)
{
    m_settings = settings;
    m_tracks.clear();
}

bool JsonRpcPairing::isJsonRpcSubprotocol(const QString &subprotocol)
{
    return subprotocol.startsWith(QLatin1String("mcp"), Qt::CaseInsensitive)
           || subprotocol.contains(QLatin1String("jsonrpc"), Qt::CaseInsensitive)
           || subprotocol.contains(QLatin1String("json-rpc"), Qt::CaseInsensitive);
}

bool JsonRpcPairing::appliesTo(const Track &t) const
{
    return m_jsonRpcAssumed || t.jsonRpcSubprotocol || t.jsonRpcSeen;
}

bool JsonRpcPairing::speaksJsonRpc(quint32 peerId) const
{
    if (m_jsonRpcAssumed)
        return true;
    const auto it = m_tracks.find(peerId);
    return it != m_tracks.end() && appliesTo(*it->second);
}

int JsonRpcPairing::pendingCount() const
{
    int pending = 0;
    for (const auto &entry : m_tracks)
        pending += entry.second->tracker.sent().pendingCount() + entry.second->tracker.received().pendingCount();
    return pending;
}

JsonRpcPairing::Track &JsonRpcPairing::track(quint32 peerId, quint32 connectionId)
{
    auto it = m_tracks.find(peerId);
    if (it == m_tracks.end())
        it = m_tracks.emplace(peerId, std::make_unique<Track>(m_settings)).first;
    it->second->connectionId = connectionId;
    return *it->second;
}

JsonRpcAnnotation JsonRpcPairing::observe(const Event &event)
{
    JsonRpcAnnotation annotation;
    annotation.connectionId = event.connectionId;
    if (event.kind == EventKind::Close && event.direction != Direction::Out) {
        connectionClosed(event.peerId);
        return annotation;
    }
    if (event.kind == EventKind::Open && event.direction != Direction::Local) {
        // Each open says again what the connection agreed on; what was seen on it stays (a
        // client reconnects to the same server).
        Track &t = track(event.peerId, event.connectionId);
        t.jsonRpcSubprotocol = isJsonRpcSubprotocol(EventDetails::subprotocol(event));
        return annotation;
    }
    if (event.kind != EventKind::Text || event.direction == Direction::Local || !looksLikeJson(event.payload))
        return annotation;
    annotation.scope = JsonRpcAnnotation::Scope::PlainJson;
    Track &t = track(event.peerId, event.connectionId);
    if (m_settings.isJsonRpc())
        classify(event, t, &annotation);
    else
        classifyKeyed(event, t, &annotation);
    notePairing(&annotation);
    return annotation;
}

void JsonRpcPairing::classify(const Event &event, Track &t, JsonRpcAnnotation *annotation)
{
    // The hot path parses once with QJsonDocument and lets the codec classify the value;
    // the codec's full parse (byte offsets, duplicate-key scan, five times slower on small
    // messages) runs only for text that is not JSON, and for the one message the detail
    // pane shows.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(event.payload, &error);
    JsonRpcMessage message = error.error == QJsonParseError::NoError
                                 ? JsonRpcCodec::classify(document.isArray() ? QJsonValue(document.array())
                                                                             : QJsonValue(document.object()))
                                 : JsonRpcCodec::parse(event.payload);
    if (isValidJsonRpc(message))
        t.jsonRpcSeen = true;
    else if (!appliesTo(t) && !claimsJsonRpc(message))
        return; // plain JSON on a connection that does not speak JSON-RPC (yet)
    annotation->scope = JsonRpcAnnotation::Scope::JsonRpc;
    annotation->findings = t.tracker.observeMessage(event.direction, message, event.monotonicNs);
    annotation->isProblem = message.kind == JsonRpcMessage::Kind::Error || message.kind == JsonRpcMessage::Kind::Invalid;
    for (const JsonRpcMessage &item : message.items) {
        if (item.kind == JsonRpcMessage::Kind::Error || item.kind == JsonRpcMessage::Kind::Invalid)
            annotation->isProblem = true;
    }
    annotation->message = std::move(message);
}

void JsonRpcPairing::classifyKeyed(const Event &event, Track &t, JsonRpcAnnotation *annotation)
{
    const QJsonDocument document = QJsonDocument::fromJson(event.payload);
    if (!document.isObject()) {
        t.tracker.observe(event.direction, event.payload, event.monotonicNs);
        return;
    }
    const QJsonObject object = document.object();
    bool idOk = false;
    const JsonRpcId id = JsonRpcId::fromJson(object.value(m_settings.idKey), &idOk);
    annotation->scope = JsonRpcAnnotation::Scope::JsonRpc;
    annotation->findings = t.tracker.observe(event.direction, event.payload, event.monotonicNs);
    JsonRpcMessage &message = annotation->message;
    message.json = object;
    if (idOk)
        message.id = id;
    for (const JsonRpcFinding &finding : annotation->findings) {
        if (finding.kind == JsonRpcFinding::Kind::Paired || finding.kind == JsonRpcFinding::Kind::Late
            || finding.kind == JsonRpcFinding::Kind::Orphan) {
            message.kind = finding.isError ? JsonRpcMessage::Kind::Error : JsonRpcMessage::Kind::Result;
            message.errorCode = finding.errorCode;
            annotation->isProblem = finding.isError;
            return;
        }
    }
    message.method = object.value(m_settings.methodKey).toString();
    if (idOk && id.isUsable())
        message.kind = JsonRpcMessage::Kind::Request;
    else if (!message.method.isEmpty())
        message.kind = JsonRpcMessage::Kind::Notification;
    else
        annotation->scope = JsonRpcAnnotation::Scope::PlainJson; // neither request, response nor notification
}

void JsonRpcPairing::notePairing(JsonRpcAnnotation *annotation)
{
    // A batch answers several requests: the pairings are in the findings, none is the message's.
    if (annotation->message.kind == JsonRpcMessage::Kind::Batch)
        return;
    if (const JsonRpcFinding *pairing = annotation->pairing()) {
        annotation->requestMethod = pairing->method;
        annotation->latencyNs = pairing->latencyNs;
    }
}

QList<JsonRpcPairing::Expired> JsonRpcPairing::expire(qint64 nowNs)
{
    QList<Expired> expired;
    for (auto &entry : m_tracks) {
        Track &t = *entry.second;
        const std::optional<qint64> deadline = t.tracker.nextDeadlineNs();
        if (!deadline || *deadline > nowNs)
            continue;
        for (const JsonRpcFinding &finding : t.tracker.expire(nowNs))
            expired.append({entry.first, t.connectionId, finding});
    }
    return expired;
}

std::optional<qint64> JsonRpcPairing::nextDeadlineNs() const
{
    std::optional<qint64> next;
    for (const auto &entry : m_tracks) {
        const std::optional<qint64> deadline = entry.second->tracker.nextDeadlineNs();
        if (deadline && (!next || *deadline < *next))
            next = deadline;
    }
    return next;
}

void JsonRpcPairing::connectionClosed(quint32 peerId)
{
    const auto it = m_tracks.find(peerId);
    if (it == m_tracks.end())
        return;
    it->second->tracker.connectionClosed();
    if (peerId != 0)
        m_tracks.erase(it);
}

} // namespace Sockscope
