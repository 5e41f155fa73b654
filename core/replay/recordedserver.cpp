#include "recordedserver.h"

#include "common/monotonicclock.h"
#include "event/eventdetails.h"
#include "event/eventsink.h"
#include "jsonrpc/jsonrpccodec.h"
#include "jsonrpc/jsonrpcerrorcode.h"
#include "server/serverconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace Sockscope {

namespace {

const QLatin1String kMeta("_meta");
const QLatin1String kProgressToken("progressToken");
const QLatin1String kArguments("arguments");
const QLatin1String kProgressMethod("notifications/progress");

bool isProgressFor(const QJsonObject &message, const QJsonValue &token)
{
    return message.value(QLatin1String("method")).toString() == kProgressMethod
           && message.value(QLatin1String("params")).toObject().value(kProgressToken) == token;
}

// Params as matched: `_meta` (progress tokens, per-call metadata) left out; for `initialize`
// also who the client is and what it can do, so any client can start a session.
QJsonValue matchedParams(const QString &method, const QJsonValue &params)
{
    // No params and empty params are the same request (clients differ in which they send).
    if (params.isUndefined() || params.isNull())
        return QJsonObject();
    if (!params.isObject())
        return params;
    QJsonObject object = params.toObject();
    object.remove(kMeta);
    // tools/call and prompts/get without arguments mean the same as with {}.
    if (object.value(kArguments) == QJsonValue(QJsonObject()))
        object.remove(kArguments);
    if (method == QLatin1String("initialize")) {
        object.remove(QStringLiteral("clientInfo"));
        object.remove(QStringLiteral("capabilities"));
    }
    return object;
}

QJsonValue progressTokenOf(const QJsonValue &params)
{
    return params.toObject().value(kMeta).toObject().value(kProgressToken);
}

} // namespace

RecordedServer::RecordedServer(const ReplayPlan &plan, const ServerSettings &settings, QObject *parent)
    : QObject(parent),
      m_plan(plan),
      m_server(new ServerConnection(settings, this)),
      m_pacer(new QTimer(this))
{
    // Answers are produced by what a client sends: a client that does not read them is not read.
    m_server->setPauseReadingWhileBackpressured(true);
    m_pacer->setSingleShot(true);
    m_pacer->setTimerType(Qt::PreciseTimer);
    connect(m_pacer, &QTimer::timeout, this, &RecordedServer::sendDue);
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        const ReplayStep &step = m_plan.steps.at(i);
        Entry entry;
        entry.step = i;
        entry.text = step.text;
        entry.payload = step.payload;
        if (step.text) {
            const JsonRpcMessage message = JsonRpcCodec::parse(step.payload);
            if (message.kind == JsonRpcMessage::Kind::Request || message.kind == JsonRpcMessage::Kind::Notification) {
                entry.jsonRpc = true;
                entry.request = message.kind == JsonRpcMessage::Kind::Request;
                entry.method = message.method;
                entry.params = matchedParams(message.method, message.params);
                entry.progressToken = progressTokenOf(message.params);
            }
        }
        m_entries.append(entry);
    }
    connect(m_server, &ServerConnection::eventOccurred, this, &RecordedServer::onEvent);
    connect(m_server, &ServerConnection::messageReceived, this, &RecordedServer::onMessage);
    connect(m_server, &ServerConnection::peerClosed, this, &RecordedServer::onPeerClosed);
}

RecordedServer::~RecordedServer() = default;

bool RecordedServer::start()
{
    m_error.clear();
    if (m_server->listen())
        return true;
    if (m_error.isEmpty())
        m_error = tr("cannot listen on %1:%2").arg(m_server->settings().host).arg(m_server->settings().port);
    return false;
}

void RecordedServer::stop()
{
    m_server->stop();
}

QUrl RecordedServer::url() const
{
    return m_server->url();
}

void RecordedServer::onEvent(const Event &event)
{
    // The server's own failure to listen is the error start() reports.
    if (event.kind == EventKind::Error && event.peerId == 0
        && !EventDetails::isWarning(event))
        m_error = EventDetails::message(event);
    Q_EMIT eventOccurred(event);
}

void RecordedServer::onPeerClosed(quint32 peerId)
{
    m_uses.remove(peerId);
    m_outgoing.remove(peerId);
}

QVector<int> RecordedServer::candidates(bool request, const QString &method, const QJsonValue &params) const
{
    QVector<int> matches;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (entry.jsonRpc && entry.request == request && entry.method == method && entry.params == params)
            matches.append(i);
    }
    return matches;
}

int RecordedServer::pick(quint32 peerId, const QVector<int> &matches)
{
    int &used = m_uses[peerId][matches.first()];
    const int chosen = matches.at(std::min<int>(used, int(matches.size()) - 1));
    ++used;
    return chosen;
}

void RecordedServer::onMessage(quint32 peerId, const QByteArray &data, bool isText)
{
    const JsonRpcMessage message = isText ? JsonRpcCodec::parse(data) : JsonRpcMessage();
    const bool request = message.kind == JsonRpcMessage::Kind::Request;
    if (request || message.kind == JsonRpcMessage::Kind::Notification) {
        const QVector<int> matches = candidates(request, message.method, matchedParams(message.method, message.params));
        if (!matches.isEmpty()) {
            answer(peerId, m_entries.at(pick(peerId, matches)), request ? &message.id : nullptr, progressTokenOf(message.params));
            return;
        }
        if (!request)
            return; // notifications get no answer, and nothing was recorded after this one
        bool methodKnown = false;
        for (const Entry &entry : std::as_const(m_entries))
            methodKnown = methodKnown || (entry.request && entry.method == message.method);
        const QString text = methodKnown
            ? tr("no recorded response matched: %1 was recorded, but not with these params").arg(message.method)
            : tr("no recorded response matched: the recording has no %1 request").arg(message.method);
        QJsonObject data{{QStringLiteral("method"), message.method}};
        if (!message.params.isUndefined())
            data.insert(QStringLiteral("params"), message.params);
        // Queued like every answer, so it never overtakes one still going out.
        enqueue(peerId,
                JsonRpcCodec::error(message.id, methodKnown ? JsonRpcErrorCode::InvalidParams : JsonRpcErrorCode::MethodNotFound,
                                    text, data),
                true, 0);
        warn(peerId, text, {{QStringLiteral("method"), message.method}, {QStringLiteral("id"), message.id.toJson()}});
        return;
    }
    if (message.isResponse())
        return; // the client answering a recorded server request: nothing to send back
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.jsonRpc && entry.text == isText && entry.payload == data) {
            QVector<int> same;
            for (int i = 0; i < m_entries.size(); ++i) {
                if (!m_entries.at(i).jsonRpc && m_entries.at(i).text == isText && m_entries.at(i).payload == data)
                    same.append(i);
            }
            answer(peerId, m_entries.at(pick(peerId, same)), nullptr, QJsonValue());
            return;
        }
    }
    warn(peerId, isText ? tr("no recorded message matched a text message of %1 bytes").arg(data.size())
                        : tr("no recorded message matched a binary message of %1 bytes").arg(data.size()),
         {{QStringLiteral("size"), qint64(data.size())}});
}

void RecordedServer::answer(quint32 peerId, const Entry &entry, const JsonRpcId *clientId, const QJsonValue &clientToken)
{
    const ReplayStep &step = m_plan.steps.at(entry.step);
    const JsonRpcId recordedId = JsonRpcId::fromJson(step.recordedId);
    // The response is the one with the recorded id, else the first response.
    int responseIndex = -1;
    for (int i = 0; i < step.expected.size() && clientId; ++i) {
        const Event &event = step.expected.at(i);
        if (event.kind != EventKind::Text)
            continue;
        const JsonRpcMessage message = JsonRpcCodec::parse(event.payload);
        if (!message.isResponse())
            continue;
        if (message.id == recordedId) {
            responseIndex = i;
            break;
        }
        if (responseIndex < 0)
            responseIndex = i;
    }
    const bool recordedProgress = !entry.progressToken.isUndefined();
    const bool liveProgress = !clientToken.isUndefined();
    qint64 previousNs = -1;
    for (int i = 0; i < step.expected.size(); ++i) {
        const Event &event = step.expected.at(i);
        const qint64 gapNs = previousNs < 0 ? 0 : event.monotonicNs - previousNs;
        if (event.kind == EventKind::Binary) {
            enqueue(peerId, event.payload, false, gapNs);
            previousNs = event.monotonicNs;
            continue;
        }
        QByteArray payload = event.payload;
        if (i == responseIndex) {
            QJsonObject object = QJsonDocument::fromJson(payload).object();
            object.insert(QStringLiteral("id"), clientId->toJson());
            payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
        } else if (recordedProgress) {
            QJsonObject object = QJsonDocument::fromJson(payload).object();
            if (isProgressFor(object, entry.progressToken)) {
                // Progress belongs to the token the client chose, and only a client that
                // asked for progress gets any.
                if (!liveProgress)
                    continue;
                if (clientToken != entry.progressToken) {
                    QJsonObject params = object.value(QStringLiteral("params")).toObject();
                    params.insert(kProgressToken, clientToken);
                    object.insert(QStringLiteral("params"), params);
                    payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
                }
            }
        }
        enqueue(peerId, payload, true, gapNs);
        previousNs = event.monotonicNs;
    }
}

void RecordedServer::enqueue(quint32 peerId, const QByteArray &payload, bool text, qint64 gapNs)
{
    constexpr qint64 kNsPerMs = 1000000;
    const qint64 gap = std::clamp(gapNs, qint64(m_pacing.minGapMs) * kNsPerMs, qint64(m_pacing.maxGapMs) * kNsPerMs);
    std::deque<Outgoing> &queue = m_outgoing[peerId];
    const qint64 now = MonotonicClock::nowNs();
    // The first message of an answer goes out now, unless earlier answers still wait.
    const qint64 due = queue.empty() ? (gapNs == 0 ? now : now + gap)
                                     : std::max(now, queue.back().dueNs + (gapNs == 0 ? qint64(m_pacing.minGapMs) * kNsPerMs : gap));
    queue.push_back(Outgoing{payload, text, due});
    m_pacer->start(0);
}

void RecordedServer::sendDue()
{
    constexpr qint64 kNsPerMs = 1000000;
    const qint64 now = MonotonicClock::nowNs();
    qint64 next = -1;
    // At most one message per peer per pass: the event loop writes it before the next one.
    for (auto it = m_outgoing.begin(); it != m_outgoing.end();) {
        std::deque<Outgoing> &queue = it.value();
        if (!queue.empty() && queue.front().dueNs <= now) {
            const Outgoing out = std::move(queue.front());
            queue.pop_front();
            if (out.text)
                m_server->sendText(it.key(), out.payload);
            else
                m_server->sendBinary(it.key(), out.payload);
        }
        if (queue.empty()) {
            it = m_outgoing.erase(it);
            continue;
        }
        next = next < 0 ? queue.front().dueNs : std::min(next, queue.front().dueNs);
        ++it;
    }
    if (next >= 0)
        m_pacer->start(int(std::max<qint64>(0, (next - now + kNsPerMs - 1) / kNsPerMs)));
}

void RecordedServer::warn(quint32 peerId, const QString &message, const QJsonObject &details)
{
    Event event = makeEvent(EventKind::Error, Direction::Local, m_server->connectionId(), peerId);
    event.details = details;
    event.details.insert(QStringLiteral("error"), QStringLiteral("replay-unmatched"));
    event.details.insert(QStringLiteral("message"), message);
    event.details.insert(QStringLiteral("level"), QStringLiteral("warning"));
    Q_EMIT eventOccurred(event);
}

} // namespace Sockscope
