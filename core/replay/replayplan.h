#pragma once

#include "event/event.h"
#include "replaysettings.h"

#include <QByteArray>
#include <QCoreApplication>
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
    bool serverSide = false;     // built from a server/mock peer: its `in` messages are the steps
    QVector<ReplayStep> steps;
};

// Builds the plan for the conversation `settings` names (connection 0 = the first with
// messages; peer 0 = that server connection's first peer with messages). For a client
// connection the steps are its `out` messages and `in` is expected; for a server peer the
// other way round. `events`: the whole session or already filtered, in recorded order.
bool buildReplayPlan(const QVector<Event> &events, const ReplaySettings &settings, ReplayPlan *plan, QString *error);

// The label of a message: a JSON-RPC method (with params.name or params.uri), "response (id 3)",
// "text message (N bytes)" or "binary message (N bytes)".
QString replayStepLabel(const QByteArray &payload, bool text);

} // namespace Sockscope
