#include "replayplan.h"

#include "replaymcpcheck.h"

#include "event/eventdetails.h"
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

int ReplayConnects::observe(const Event &event)
{
    State &state = m_states[(quint64(event.connectionId) << 32) | event.peerId];
    if (event.kind == EventKind::Open)
        ++state.opens;
    else if (state.opens == 0)
        state.before = true;
    if (state.opens == 0)
        return 1;
    return state.opens + (state.before ? 1 : 0);
}

namespace {

// The messages (and opens) in recorded order.
QVector<const Event *> orderedEvents(const QVector<Event> &events)
{
    QVector<const Event *> ordered;
    for (const Event &event : events) {
        if (isMessage(event) || (event.kind == EventKind::Open && event.direction != Direction::Local))
            ordered.append(&event);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Event *a, const Event *b) { return a->sequence < b->sequence; });
    return ordered;
}

// Which connection and peer `settings` names: fills plan->connection, peer and serverSide.
bool chooseConversation(const QVector<const Event *> &ordered, const ReplaySettings &settings, ReplayPlan *plan,
                        QString *error)
{
    quint32 connection = settings.connection;
    bool any = false;
    bool serverSide = false;
    for (const Event *event : ordered) {
        if (!isMessage(*event))
            continue;
        if (connection == 0)
            connection = event->connectionId;
        if (event->connectionId != connection)
            continue;
        any = true;
        serverSide = serverSide || event->peerId != 0;
    }
    if (connection == 0) {
        *error = QCoreApplication::translate("ReplayPlan", "the session holds no messages to replay");
        return false;
    }
    if (!any) {
        *error = QCoreApplication::translate("ReplayPlan", "connection %1 has no messages in this session").arg(connection);
        return false;
    }
    quint32 peer = 0;
    if (serverSide) {
        peer = settings.peer;
        bool found = false;
        for (const Event *event : ordered) {
            if (!isMessage(*event) || event->connectionId != connection || event->peerId == 0)
                continue;
            if (peer == 0)
                peer = event->peerId;
            if (event->peerId == peer) {
                found = true;
                break;
            }
        }
        if (!found) {
            *error = QCoreApplication::translate("ReplayPlan", "peer %1 of connection %2 has no messages in this session").arg(settings.peer).arg(connection);
            return false;
        }
        if (settings.connect > 1) {
            *error = QCoreApplication::translate("ReplayPlan", "connection %1 is a server's: its peers connect once, there is no connect %2")
                         .arg(connection).arg(settings.connect);
            return false;
        }
    } else if (settings.peer != 0) {
        *error = QCoreApplication::translate("ReplayPlan", "connection %1 is a client connection: it has no peer %2").arg(connection).arg(settings.peer);
        return false;
    }
    plan->connection = connection;
    plan->peer = peer;
    plan->serverSide = serverSide;
    return true;
}

// The chosen conversation's messages, one connect of it: fills plan->connect, the subprotocol
// and whether the recording began after its open.
bool chooseConnect(const QVector<const Event *> &ordered, const ReplaySettings &settings, ReplayPlan *plan,
                   QVector<const Event *> *messages, QString *error)
{
    const Direction sent = plan->serverSide ? Direction::In : Direction::Out;
    ReplayConnects connects;
    QVector<std::pair<const Event *, int>> mine;
    QHash<int, const Event *> opens;
    int chosen = plan->serverSide ? 1 : int(settings.connect);
    int firstWithMessages = 0;
    for (const Event *event : ordered) {
        const int connect = connects.observe(*event);
        if (event->connectionId != plan->connection || event->peerId != plan->peer)
            continue;
        if (event->kind == EventKind::Open) {
            opens.insert(connect, event);
            continue;
        }
        mine.append({event, connect});
        if (firstWithMessages == 0)
            firstWithMessages = connect;
        if (chosen == 0 && event->direction == sent)
            chosen = connect;
    }
    if (chosen == 0)
        chosen = firstWithMessages;
    for (const auto &entry : std::as_const(mine)) {
        if (entry.second == chosen)
            messages->append(entry.first);
    }
    if (messages->isEmpty()) {
        *error = QCoreApplication::translate("ReplayPlan", "connection %1 has no messages in its connect %2").arg(plan->connection).arg(chosen);
        return false;
    }
    const Event *open = opens.value(chosen, nullptr);
    // A connect without an open is the part recorded after the connection had opened.
    plan->startedMidConnection = open == nullptr || open->sequence > messages->first()->sequence;
    plan->subprotocol = open ? EventDetails::subprotocol(*open) : QString();
    plan->connect = plan->serverSide ? 0 : quint32(chosen);
    return true;
}

// The steps: the messages the replay sends, each with what the other side answered.
void collectSteps(const QVector<const Event *> &messages, ReplayPlan *plan)
{
    const Direction sent = plan->serverSide ? Direction::In : Direction::Out;
    QVector<Event> beforeFirst;
    QHash<QString, int> openRequests; // id key -> step index
    qint64 firstNs = 0;
    for (const Event *event : messages) {
        const bool text = event->kind == EventKind::Text;
        if (event->direction == sent) {
            ReplayStep step;
            step.number = int(plan->steps.size()) + 1;
            if (plan->steps.isEmpty())
                firstNs = event->monotonicNs;
            step.offsetNs = std::max<qint64>(0, event->monotonicNs - firstNs);
            step.text = text;
            step.payload = event->payload;
            step.label = replayStepLabel(event->payload, text);
            if (text) {
                const JsonRpcMessage message = JsonRpcCodec::parse(event->payload);
                if (message.kind == JsonRpcMessage::Kind::Request && message.id.isUsable()) {
                    step.recordedId = message.id.toJson();
                    openRequests.insert(message.id.key(), int(plan->steps.size()));
                }
            }
            plan->steps.append(step);
            continue;
        }
        if (plan->steps.isEmpty()) {
            beforeFirst.append(*event);
            continue;
        }
        // A response goes to its request; anything else to the latest step, unless that is an
        // answered request while an earlier one is still open (progress of a pipelined call).
        if (text) {
            const JsonRpcMessage message = JsonRpcCodec::parse(event->payload);
            if (message.isResponse() && openRequests.contains(message.id.key())) {
                plan->steps[openRequests.take(message.id.key())].expected.append(*event);
                continue;
            }
        }
        int target = int(plan->steps.size()) - 1;
        const ReplayStep &latest = plan->steps.at(target);
        const bool latestAnswered = latest.isRequest() && !openRequests.contains(JsonRpcId::fromJson(latest.recordedId).key());
        if (latestAnswered && !openRequests.isEmpty()) {
            int newest = -1;
            for (const int index : std::as_const(openRequests))
                newest = std::max(newest, index);
            target = newest;
        }
        plan->steps[target].expected.append(*event);
    }
    // Messages the other side sent before the first step (a greeting) are expected with it.
    if (!plan->steps.isEmpty() && !beforeFirst.isEmpty())
        plan->steps[0].expected = beforeFirst + plan->steps[0].expected;
}

} // namespace

bool buildReplayPlan(const QVector<Event> &events, const ReplaySettings &settings, ReplayPlan *plan, QString *error)
{
    const QVector<const Event *> ordered = orderedEvents(events);
    ReplayPlan result;
    QString problem;
    QVector<const Event *> messages;
    if (!chooseConversation(ordered, settings, &result, &problem)
        || !chooseConnect(ordered, settings, &result, &messages, &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    collectSteps(messages, &result);
    if (result.steps.isEmpty()) {
        if (error) {
            *error = result.serverSide ? QCoreApplication::translate("ReplayPlan", "peer %1 of connection %2 sent no messages").arg(result.peer).arg(result.connection)
                                       : QCoreApplication::translate("ReplayPlan", "connection %1 sent no messages").arg(result.connection);
        }
        return false;
    }
    const QString mcp = ReplayMcpCheck::warning(result);
    if (!mcp.isEmpty())
        result.warnings.append(mcp);
    *plan = result;
    if (error)
        error->clear();
    return true;
}

} // namespace Sockscope
