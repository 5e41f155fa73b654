#include "replayplan.h"

#include "jsonrpc/jsonrpccodec.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace Sockscope {

namespace {

bool isMessage(const Event &event)
{
    return (event.kind == EventKind::Text || event.kind == EventKind::Binary)
           && (event.direction == Direction::In || event.direction == Direction::Out);
}

} // namespace

QString replayStepLabel(const QByteArray &payload, bool text)
{
    if (!text)
        return QCoreApplication::translate("ReplayPlan", "binary message (%1 bytes)").arg(payload.size());
    const JsonRpcMessage message = JsonRpcCodec::parse(payload);
    if (message.kind == JsonRpcMessage::Kind::Request || message.kind == JsonRpcMessage::Kind::Notification) {
        const QJsonObject params = message.params.toObject();
        for (const QLatin1String key : {QLatin1String("name"), QLatin1String("uri")}) {
            if (params.value(key).isString())
                return message.method + QLatin1Char(' ') + params.value(key).toString();
        }
        return message.method;
    }
    if (message.isResponse())
        return QCoreApplication::translate("ReplayPlan", "response (id %1)").arg(message.id.toDisplayString());
    if (message.kind == JsonRpcMessage::Kind::Batch)
        return QCoreApplication::translate("ReplayPlan", "batch of %1 messages").arg(message.items.size());
    return QCoreApplication::translate("ReplayPlan", "text message (%1 bytes)").arg(payload.size());
}

bool buildReplayPlan(const QVector<Event> &events, const ReplaySettings &settings, ReplayPlan *plan, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Only messages matter; keep them in recorded order.
    QVector<const Event *> messages;
    for (const Event &event : events) {
        if (isMessage(event))
            messages.append(&event);
    }
    std::stable_sort(messages.begin(), messages.end(),
                     [](const Event *a, const Event *b) { return a->sequence < b->sequence; });

    quint32 connection = settings.connection;
    if (connection == 0) {
        if (messages.isEmpty())
            return fail(QCoreApplication::translate("ReplayPlan", "the session holds no messages to replay"));
        connection = messages.first()->connectionId;
    }
    bool serverSide = false;
    bool any = false;
    for (const Event *event : std::as_const(messages)) {
        if (event->connectionId != connection)
            continue;
        any = true;
        serverSide = serverSide || event->peerId != 0;
    }
    if (!any)
        return fail(QCoreApplication::translate("ReplayPlan", "connection %1 has no messages in this session").arg(connection));

    quint32 peer = 0;
    if (serverSide) {
        peer = settings.peer;
        bool found = false;
        for (const Event *event : std::as_const(messages)) {
            if (event->connectionId != connection || event->peerId == 0)
                continue;
            if (peer == 0)
                peer = event->peerId;
            if (event->peerId == peer) {
                found = true;
                break;
            }
        }
        if (!found)
            return fail(QCoreApplication::translate("ReplayPlan", "peer %1 of connection %2 has no messages in this session")
                            .arg(settings.peer).arg(connection));
    } else if (settings.peer != 0) {
        return fail(QCoreApplication::translate("ReplayPlan", "connection %1 is a client connection: it has no peer %2")
                        .arg(connection).arg(settings.peer));
    }

    const Direction sent = serverSide ? Direction::In : Direction::Out;
    ReplayPlan result;
    result.connection = connection;
    result.peer = peer;
    result.serverSide = serverSide;
    QVector<Event> beforeFirst;
    QHash<QString, int> openRequests; // id key -> step index
    qint64 firstNs = 0;
    for (const Event *event : std::as_const(messages)) {
        if (event->connectionId != connection || event->peerId != peer)
            continue;
        const bool text = event->kind == EventKind::Text;
        if (event->direction == sent) {
            ReplayStep step;
            step.number = int(result.steps.size()) + 1;
            if (result.steps.isEmpty())
                firstNs = event->monotonicNs;
            step.offsetNs = std::max<qint64>(0, event->monotonicNs - firstNs);
            step.text = text;
            step.payload = event->payload;
            step.label = replayStepLabel(event->payload, text);
            if (text) {
                const JsonRpcMessage message = JsonRpcCodec::parse(event->payload);
                if (message.kind == JsonRpcMessage::Kind::Request && message.id.isUsable()) {
                    step.recordedId = message.id.toJson();
                    openRequests.insert(message.id.key(), int(result.steps.size()));
                }
            }
            result.steps.append(step);
            continue;
        }
        if (result.steps.isEmpty()) {
            beforeFirst.append(*event);
            continue;
        }
        // A response goes to its request; anything else to the latest step, unless that is an
        // answered request while an earlier one is still open (progress of a pipelined call).
        if (text) {
            const JsonRpcMessage message = JsonRpcCodec::parse(event->payload);
            if (message.isResponse() && openRequests.contains(message.id.key())) {
                result.steps[openRequests.take(message.id.key())].expected.append(*event);
                continue;
            }
        }
        int target = int(result.steps.size()) - 1;
        const ReplayStep &latest = result.steps.at(target);
        const bool latestAnswered = latest.isRequest() && !openRequests.contains(JsonRpcId::fromJson(latest.recordedId).key());
        if (latestAnswered && !openRequests.isEmpty()) {
            int newest = -1;
            for (const int index : std::as_const(openRequests))
                newest = std::max(newest, index);
            target = newest;
        }
        result.steps[target].expected.append(*event);
    }
    if (result.steps.isEmpty()) {
        return fail(serverSide ? QCoreApplication::translate("ReplayPlan", "peer %1 of connection %2 sent no messages").arg(peer).arg(connection)
                               : QCoreApplication::translate("ReplayPlan", "connection %1 sent no messages").arg(connection));
    }
    // Messages the other side sent before the first step (a greeting) are expected with it.
    if (!beforeFirst.isEmpty())
        result.steps[0].expected = beforeFirst + result.steps[0].expected;
    *plan = result;
    if (error)
        error->clear();
    return true;
}

} // namespace Sockscope
