#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Sockscope {

// Which way an event travelled. Local events (state changes, errors, heartbeat misses,
// reconnect attempts) did not cross the wire.
enum class Direction : quint8 { In, Out, Local };

enum class EventKind : quint8 {
    Open,             // handshake completed; details hold request and response headers
    Text,             // a whole text message
    Binary,           // a whole binary message
    Ping,             // RFC 6455 ping control frame
    Pong,             // RFC 6455 pong control frame
    Close,            // close handshake or connection end; details: code, reason, closedBy
    Error,            // details: error (stable id), message (for people)
    StateChange,      // details: from, to
    ReconnectAttempt, // details: attempt, delayMs
    HeartbeatMiss,    // details: heartbeat, timeoutMs, outcome
    Refused,          // a server turned a peer away; details: reason, httpStatus
    Notice,           // a milestone worth recording, no problem; details: notice (stable id), message
};

// The one record every connection kind produces: client, server peers, mock and replay.
// Kept thin because stores hold millions of them: rare, kind-specific fields live in
// `details`, which costs one null pointer when empty.
struct Event final
{
    quint64 sequence = 0;      // process-wide, strictly increasing
    qint64 monotonicNs = 0;    // nanoseconds on the process monotonic clock
    qint64 wallMs = 0;         // milliseconds since the Unix epoch (UTC)
    quint32 connectionId = 0;
    quint32 peerId = 0;        // 0 when the event belongs to no peer (client connections)
    Direction direction = Direction::Local;
    EventKind kind = EventKind::Error;
    qint64 size = 0;           // payload bytes as on the wire (message, control frame)
    QByteArray payload;        // text as UTF-8, binary bytes, ping/pong payload
    QJsonObject details;
};

QString directionName(Direction direction);
QString eventKindName(EventKind kind);
bool directionFromName(const QString &name, Direction *direction);
bool eventKindFromName(const QString &name, EventKind *kind);

} // namespace Sockscope
