#pragma once

#include "event/event.h"
#include "replaysettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QVector>

namespace Sockscope {

// One message of the recorded conversation to send again, with what came back for it.
struct ReplayStep final
{
    int number = 0;          // 1-based
    qint64 offsetNs = 0;     // since the first step was sent, as recorded
    bool text = true;        // text or binary message
    QByteArray payload;      // as recorded; variables are substituted when it is sent
    QString label;           // "tools/call echo", "text message (12 bytes)"
    QJsonValue recordedId = QJsonValue(QJsonValue::Undefined); // a JSON-RPC request's id
    // The recorded messages of the other side that belong to this step: for a request, the
    // notifications (and server requests) that came before its response, then the response;
    // for anything else, the messages that followed it until the next step.
    QVector<Event> expected;

    bool isRequest() const { return !recordedId.isUndefined(); }
};

// The conversation of one connection (and peer) of a session, as steps.
struct ReplayPlan final
{
    quint32 connection = 0;
    quint32 peer = 0;            // 0 for a client connection
    quint32 connect = 0;         // a client connection: which of its connects (1 = the first); 0 for a peer
    bool serverSide = false;     // built from a server/mock peer: its `in` messages are the steps
    bool startedMidConnection = false; // the recording began after this conversation's open
    QString subprotocol;         // agreed in the conversation's recorded open; empty: none or not recorded
    QVector<ReplayStep> steps;
    // Why the replay may not go as recorded (for people): a conversation recorded without its
    // MCP initialize, for one.
    QStringList warnings;
};

// Numbers the connects (each open..close) of the recorded connections, event by event in
// recorded order. A connection's first open starts connect 1; when the recording began while
// it was open already, its messages before any open are connect 1 and its first open starts
// connect 2. A server's peers do not reconnect (a new connection is a new peer): always 1.
class ReplayConnects final
{
public:
    // The connect `event` belongs to (an open starts a new one); messages and opens only.
    int observe(const Event &event);

private:
    struct State final
    {
        int opens = 0;
        bool before = false; // messages came before the first open
    };
    QHash<quint64, State> m_states; // by connection << 32 | peer
};

// Builds the plan for the conversation `settings` names (connection 0 = the first with
// messages; peer 0 = that server connection's first peer with messages; connect 0 = the
// client connection's first connect that sent messages). For a client connection the steps
// are its `out` messages and `in` is expected; for a server peer the other way round.
// `events`: the whole session or already filtered (with the opens), in recorded order.
bool buildReplayPlan(const QVector<Event> &events, const ReplaySettings &settings, ReplayPlan *plan, QString *error);

// The label of a message: a JSON-RPC method (with params.name or params.uri), "response (id 3)",
// "text message (N bytes)" or "binary message (N bytes)".
QString replayStepLabel(const QByteArray &payload, bool text);

} // namespace Sockscope
