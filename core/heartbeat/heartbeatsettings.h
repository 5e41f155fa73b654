#pragma once

#include "settings/intsetting.h"

#include <QByteArray>
#include <QString>

#include <limits>

namespace Sockscope {

enum class HeartbeatKind : quint8 {
    Off,
    Rfc, // RFC 6455 ping control frame, answered by a pong
    Mcp, // JSON-RPC {"method":"ping"} request, answered by an empty result
    App, // an application message such as "ping", answered by "pong"
};

enum class HeartbeatMissOutcome : quint8 { Log, Close, Reconnect };

// One connection's heartbeat. The interval and timeout defaults are those of the
// Python `websockets` library (and so of the MCP Python SDK).
struct HeartbeatSettings final
{
    // At least 1 ms; at most what an int of milliseconds holds (about 24.8 days).
    static constexpr IntSetting kInterval{"intervalMs", 1, std::numeric_limits<int>::max(), 20000, "ms"};
    static constexpr IntSetting kTimeout{"timeoutMs", 1, std::numeric_limits<int>::max(), 20000, "ms"};

    HeartbeatKind kind = HeartbeatKind::Off;
    int intervalMs = kInterval.defaultValue;
    int timeoutMs = kTimeout.defaultValue;
    HeartbeatMissOutcome onMiss = HeartbeatMissOutcome::Log;
    // Application-level heartbeat messages.
    QByteArray appPing = QByteArrayLiteral("ping");
    QByteArray appPong = QByteArrayLiteral("pong");
    bool appBinary = false;
    // Answer an incoming application-level `appPing` with `appPong` (whatever `kind` is).
    bool answerAppPing = false;
};

QString heartbeatKindName(HeartbeatKind kind);
bool heartbeatKindFromName(const QString &name, HeartbeatKind *kind);
QString heartbeatMissOutcomeName(HeartbeatMissOutcome outcome);
bool heartbeatMissOutcomeFromName(const QString &name, HeartbeatMissOutcome *outcome);

} // namespace Sockscope
