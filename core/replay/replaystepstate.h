#pragma once

#include "jsonrpc/jsonrpcid.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace Sockscope {

// One message the target sent back for a step, as it arrived.
struct ReplayReceived final
{
    QByteArray data;
    bool text = true;
    qint64 ns = 0;            // arrival (monotonic clock)
};

// Where a replayed step is: not sent yet; sent and waiting for what comes back; complete
// (answered, timed out, or given up on) but maybe still waiting for notifications or the
// notClosed grace; resolved (evaluated and reported, once).
enum class ReplayStepPhase : quint8 { Waiting, Sent, Completed, Resolved };

// What the runner knows about one step while it replays: what was sent, what came back and
// when. ReplayStepEvaluator turns it into the step's result once the step is resolved.
struct ReplayStepState final
{
    ReplayStepPhase phase = ReplayStepPhase::Waiting;
    qint64 sentNs = -1;
    qint64 completedNs = -1;
    qint64 deadlineNs = 0;
    QByteArray sent;
    bool sentText = true;
    bool request = false;        // a JSON-RPC request with a usable id was sent
    JsonRpcId sentId;
    bool timedOut = false;
    bool cutShort = false;       // the connection ended or the run was aborted while waiting
    bool hasResponse = false;
    ReplayReceived response;
    QVector<ReplayReceived> received;  // not a request: matched by order with `expected`
    QStringList failures;        // not sent, captures, connection lost
    QHash<int, qint64> notificationsSeen; // assertion index -> arrival (ns), -1 not yet
};

} // namespace Sockscope
