#include "rpcannotator.h"

#include "methodtable.h"

#include "jsonrpc/jsonrpccodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Sockscope {

namespace {

RpcKind rpcKindOf(JsonRpcMessage::Kind kind)
{
    switch (kind) {
    case JsonRpcMessage::Kind::Invalid: return RpcKind::Invalid;
    case JsonRpcMessage::Kind::Request: return RpcKind::Request;
    case JsonRpcMessage::Kind::Notification: return RpcKind::Notification;
    case JsonRpcMessage::Kind::Result: return RpcKind::Result;
    case JsonRpcMessage::Kind::Error: return RpcKind::Error;
    case JsonRpcMessage::Kind::Batch: return RpcKind::Batch;
    }
    return RpcKind::None;
}

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

RpcAnnotator::RpcAnnotator(MethodTable *methods, const JsonRpcCorrelatorSettings &settings)
    : m_methods(methods), m_settings(settings)
{
}

void RpcAnnotator::setSettings(const JsonRpcCorrelatorSettings &settings)
{
    m_settings = settings;
    m_tracks.clear();
}

bool RpcAnnotator::isJsonRpcSubprotocol(const QString &subprotocol)
{
    return subprotocol.startsWith(QLatin1String("mcp"), Qt::CaseInsensitive)
           || subprotocol.contains(QLatin1String("jsonrpc"), Qt::CaseInsensitive)
           || subprotocol.contains(QLatin1String("json-rpc"), Qt::CaseInsensitive);
}

void RpcAnnotator::setFindingsReportedElsewhere(quint32 peerId, bool elsewhere)
{
    if (elsewhere)
        m_reportedElsewhere.insert(peerId);
    else
        m_reportedElsewhere.remove(peerId);
}

bool RpcAnnotator::appliesTo(const Track &t) const
{
    return m_jsonRpcAssumed || t.jsonRpcSubprotocol || t.jsonRpcSeen;
}

bool RpcAnnotator::speaksJsonRpc(quint32 peerId) const
{
    if (m_jsonRpcAssumed)
        return true;
    const auto it = m_tracks.find(peerId);
    return it != m_tracks.end() && appliesTo(*it->second);
}

void RpcAnnotator::noteOpen(const Event &event)
{
    // Each open says again what the connection agreed on; what was seen on it stays (a client
    // reconnects to the same server).
    Track &t = track(event.peerId, event.connectionId);
    t.jsonRpcSubprotocol = isJsonRpcSubprotocol(event.details.value(QLatin1String("subprotocol")).toString());
}

int RpcAnnotator::pendingCount() const
{
    int pending = 0;
    for (const auto &entry : m_tracks)
        pending += entry.second->tracker.sent().pendingCount() + entry.second->tracker.received().pendingCount();
    return pending;
}

RpcAnnotator::Track &RpcAnnotator::track(quint32 peerId, quint32 connectionId)
{
    auto it = m_tracks.find(peerId);
    if (it == m_tracks.end())
        it = m_tracks.emplace(peerId, std::make_unique<Track>(m_settings)).first;
    it->second->connectionId = connectionId;
    return *it->second;
}

QMap<QString, JsonRpcMethodStats> &RpcAnnotator::methods(Direction requestDirection)
{
    return requestDirection == Direction::Out ? m_sentMethods : m_receivedMethods;
}

JsonRpcMethodStats &RpcAnnotator::methodStats(Direction requestDirection, const QString &method)
{
    QMap<QString, JsonRpcMethodStats> &map = methods(requestDirection);
    auto it = map.find(method);
    if (it == map.end())
        it = map.insert(method, JsonRpcMethodStats(m_settings.latencySamples));
    return it.value();
}

RpcAnnotator::Outcome RpcAnnotator::annotate(FrameRecord &record, quint64 index)
{
    Outcome outcome;
    const Event &event = record.event;
    if (event.kind == EventKind::Close && event.direction != Direction::Out) {
        connectionClosed(event.peerId);
        return outcome;
    }
    if (event.kind == EventKind::Open && event.direction != Direction::Local) {
        noteOpen(event);
        return outcome;
    }
    if (event.kind != EventKind::Text || event.direction == Direction::Local || !looksLikeJson(event.payload))
        return outcome;
    Track &t = track(event.peerId, event.connectionId);
    if (m_settings.isJsonRpc())
        classify(record, t, index, &outcome);
    else
        classifyKeyed(record, t, index, &outcome);
    ++m_counts[int(record.rpcKind)];
    return outcome;
}

void RpcAnnotator::noteRequest(Track &t, Direction direction, const JsonRpcMessage &message, quint64 index)
{
    methodStats(direction, message.method).requestSeen();
    if (message.id.isUsable()) {
        QHash<QString, quint64> &requests = direction == Direction::Out ? t.sentRequests : t.receivedRequests;
        // A duplicate id keeps the first request's pairing, as the correlator does.
        if (!requests.contains(message.id.key()))
            requests.insert(message.id.key(), index);
    }
}

void RpcAnnotator::classify(FrameRecord &record, Track &t, quint64 index, Outcome *outcome)
{
    const Event &event = record.event;
    // The hot path parses once with QJsonDocument and lets the codec classify the value;
    // the codec's full parse (byte offsets, duplicate-key scan, five times slower on small
    // messages) runs only for text that is not JSON, and for the one message the detail
    // pane shows.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(event.payload, &error);
    const JsonRpcMessage message = error.error == QJsonParseError::NoError
                                       ? JsonRpcCodec::classify(document.isArray() ? QJsonValue(document.array())
                                                                                   : QJsonValue(document.object()))
                                       : JsonRpcCodec::parse(event.payload);
    if (isValidJsonRpc(message))
        t.jsonRpcSeen = true;
    else if (!appliesTo(t) && !claimsJsonRpc(message))
        return; // plain JSON on a connection that does not speak JSON-RPC (yet)
    const QList<JsonRpcFinding> findings = t.tracker.observeMessage(event.direction, message, event.monotonicNs);
    record.rpcKind = rpcKindOf(message.kind);
    record.isProblem = message.kind == JsonRpcMessage::Kind::Error || message.kind == JsonRpcMessage::Kind::Invalid;
    if (message.kind == JsonRpcMessage::Kind::Request || message.kind == JsonRpcMessage::Kind::Notification)
        record.methodId = m_methods->intern(message.method);
    if (message.kind == JsonRpcMessage::Kind::Request)
        noteRequest(t, event.direction, message, index);
    if (message.kind == JsonRpcMessage::Kind::Batch) {
        for (const JsonRpcMessage &item : message.items) {
            if (item.kind == JsonRpcMessage::Kind::Request)
                noteRequest(t, event.direction, item, FrameRecord::NoIndex);
            if (item.kind == JsonRpcMessage::Kind::Error || item.kind == JsonRpcMessage::Kind::Invalid)
                record.isProblem = true;
        }
    }
    applyFindings(record, t, findings, message.kind != JsonRpcMessage::Kind::Batch, outcome);
}

void RpcAnnotator::classifyKeyed(FrameRecord &record, Track &t, quint64 index, Outcome *outcome)
{
    const Event &event = record.event;
    const QJsonDocument document = QJsonDocument::fromJson(event.payload);
    if (!document.isObject()) {
        t.tracker.observe(event.direction, event.payload, event.monotonicNs);
        return;
    }
    const QJsonObject object = document.object();
    const QString method = object.value(m_settings.methodKey).toString();
    bool idOk = false;
    const JsonRpcId id = JsonRpcId::fromJson(object.value(m_settings.idKey), &idOk);
    const QList<JsonRpcFinding> findings = t.tracker.observe(event.direction, event.payload, event.monotonicNs);
    bool isResponse = false;
    for (const JsonRpcFinding &finding : findings) {
        if (finding.kind == JsonRpcFinding::Kind::Paired || finding.kind == JsonRpcFinding::Kind::Late
            || finding.kind == JsonRpcFinding::Kind::Orphan) {
            isResponse = true;
            record.rpcKind = finding.isError ? RpcKind::Error : RpcKind::Result;
            record.isProblem = finding.isError;
        }
    }
    if (!isResponse) {
        if (idOk && id.isUsable()) {
            record.rpcKind = RpcKind::Request;
            JsonRpcMessage request;
            request.id = id;
            request.method = method;
            noteRequest(t, event.direction, request, index);
        } else if (!method.isEmpty()) {
            record.rpcKind = RpcKind::Notification;
        }
        record.methodId = m_methods->intern(method);
    }
    applyFindings(record, t, findings, true, outcome);
}

void RpcAnnotator::applyFindings(FrameRecord &record, Track &t, const QList<JsonRpcFinding> &findings, bool single,
                                 Outcome *outcome)
{
    for (const JsonRpcFinding &finding : findings) {
        QHash<QString, quint64> &requests = finding.requestDirection == Direction::Out ? t.sentRequests : t.receivedRequests;
        const QString key = finding.id.key();
        switch (finding.kind) {
        case JsonRpcFinding::Kind::Paired:
        case JsonRpcFinding::Kind::Late: {
            methodStats(finding.requestDirection, finding.method).responseSeen(finding.latencyNs, finding.isError);
            const quint64 requestIndex = requests.value(key, FrameRecord::NoIndex);
            requests.remove(key);
            if (single) {
                record.latencyNs = finding.latencyNs;
                record.methodId = m_methods->intern(finding.method);
                if (finding.kind == JsonRpcFinding::Kind::Paired && requestIndex != FrameRecord::NoIndex) {
                    record.pairIndex = requestIndex;
                    outcome->requestIndex = requestIndex;
                }
            }
            break;
        }
        case JsonRpcFinding::Kind::Timeout:
            methodStats(finding.requestDirection, finding.method).timedOut();
            requests.remove(key);
            break;
        case JsonRpcFinding::Kind::Cancelled:
        case JsonRpcFinding::Kind::Untracked:
            requests.remove(key);
            break;
        case JsonRpcFinding::Kind::Orphan:
        case JsonRpcFinding::Kind::Duplicate:
            break;
        }
        if (finding.isProblem()) {
            ++m_problems;
            if (finding.kind != JsonRpcFinding::Kind::Timeout)
                record.isProblem = true;
            if (!m_reportedElsewhere.contains(record.event.peerId))
                outcome->events.append(finding.toEvent(t.connectionId, record.event.peerId));
        }
    }
}

QList<Event> RpcAnnotator::expire(qint64 nowNs)
{
    QList<Event> events;
    for (auto &entry : m_tracks) {
        Track &t = *entry.second;
        const std::optional<qint64> deadline = t.tracker.nextDeadlineNs();
        if (!deadline || *deadline > nowNs)
            continue;
        for (const JsonRpcFinding &finding : t.tracker.expire(nowNs)) {
            QHash<QString, quint64> &requests = finding.requestDirection == Direction::Out ? t.sentRequests : t.receivedRequests;
            requests.remove(finding.id.key());
            if (finding.kind == JsonRpcFinding::Kind::Timeout)
                methodStats(finding.requestDirection, finding.method).timedOut();
            if (finding.isProblem()) {
                ++m_problems;
                if (!m_reportedElsewhere.contains(entry.first))
                    events.append(finding.toEvent(t.connectionId, entry.first));
            }
        }
    }
    return events;
}

void RpcAnnotator::connectionClosed(quint32 peerId)
{
    const auto it = m_tracks.find(peerId);
    if (it == m_tracks.end())
        return;
    it->second->tracker.connectionClosed();
    it->second->sentRequests.clear();
    it->second->receivedRequests.clear();
    // Server peers do not come back: drop their tracker. A client keeps its own (the
    // tracker's counts are per connection and continue after a reconnect).
    if (peerId != 0)
        m_tracks.erase(it);
}

} // namespace Sockscope
