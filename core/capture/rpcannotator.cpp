#include "rpcannotator.h"

#include "methodtable.h"

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

} // namespace

RpcAnnotator::RpcAnnotator(MethodTable *methods, const JsonRpcCorrelatorSettings &settings)
    : m_methods(methods), m_pairing(settings)
{
}

void RpcAnnotator::setSettings(const JsonRpcCorrelatorSettings &settings)
{
    const bool assumed = m_pairing.isJsonRpcAssumed();
    m_pairing.setSettings(settings);
    m_pairing.setJsonRpcAssumed(assumed);
    m_rows.clear();
}

void RpcAnnotator::setFindingsReportedElsewhere(quint32 peerId, bool elsewhere)
{
    if (elsewhere)
        m_reportedElsewhere.insert(peerId);
    else
        m_reportedElsewhere.remove(peerId);
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
        it = map.insert(method, JsonRpcMethodStats(settings().latencySamples));
    return it.value();
}

RpcAnnotator::Outcome RpcAnnotator::annotate(FrameRecord &record, quint64 index)
{
    Outcome outcome;
    const Event &event = record.event;
    const JsonRpcAnnotation annotation = m_pairing.observe(event);
    if (event.kind == EventKind::Close && event.direction != Direction::Out) {
        connectionClosed(event.peerId);
        return outcome;
    }
    if (annotation.scope == JsonRpcAnnotation::Scope::Ignored)
        return outcome;
    RequestRows &rows = m_rows[event.peerId];
    if (annotation.isJudged()) {
        const JsonRpcMessage &message = annotation.message;
        record.rpcKind = rpcKindOf(message.kind);
        record.isProblem = annotation.isProblem;
        if (message.kind == JsonRpcMessage::Kind::Request || message.kind == JsonRpcMessage::Kind::Notification)
            record.methodId = m_methods->intern(message.method);
        if (message.kind == JsonRpcMessage::Kind::Request)
            noteRequest(rows, event.direction, message, index);
        for (const JsonRpcMessage &item : message.items) {
            if (item.kind == JsonRpcMessage::Kind::Request)
                noteRequest(rows, event.direction, item, FrameRecord::NoIndex);
        }
        applyFindings(record, rows, annotation, &outcome);
    }
    ++m_counts[int(record.rpcKind)];
    return outcome;
}

void RpcAnnotator::noteRequest(RequestRows &rows, Direction direction, const JsonRpcMessage &message, quint64 index)
{
    methodStats(direction, message.method).requestSeen();
    if (message.id.isUsable()) {
        QHash<QString, quint64> &requests = rows.of(direction);
        // A duplicate id keeps the first request's pairing, as the correlator does.
        if (!requests.contains(message.id.key()))
            requests.insert(message.id.key(), index);
    }
}

void RpcAnnotator::applyFindings(FrameRecord &record, RequestRows &rows, const JsonRpcAnnotation &annotation,
                                 Outcome *outcome)
{
    const bool single = annotation.message.kind != JsonRpcMessage::Kind::Batch;
    for (const JsonRpcFinding &finding : annotation.findings) {
        QHash<QString, quint64> &requests = rows.of(finding.requestDirection);
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
                outcome->events.append(finding.toEvent(annotation.connectionId, record.event.peerId));
        }
    }
}

QList<Event> RpcAnnotator::expire(qint64 nowNs)
{
    QList<Event> events;
    for (const JsonRpcPairing::Expired &expired : m_pairing.expire(nowNs)) {
        const JsonRpcFinding &finding = expired.finding;
        m_rows[expired.peerId].of(finding.requestDirection).remove(finding.id.key());
        if (finding.kind == JsonRpcFinding::Kind::Timeout)
            methodStats(finding.requestDirection, finding.method).timedOut();
        if (finding.isProblem()) {
            ++m_problems;
            if (!m_reportedElsewhere.contains(expired.peerId))
                events.append(finding.toEvent(expired.connectionId, expired.peerId));
        }
    }
    return events;
}

void RpcAnnotator::connectionClosed(quint32 peerId)
{
    m_pairing.connectionClosed(peerId);
    // Server peers do not come back; a client keeps its place (it reconnects).
    if (peerId != 0)
        m_rows.erase(peerId);
    else
        m_rows[0] = RequestRows();
}

} // namespace Sockscope
