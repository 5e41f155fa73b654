#pragma once

#include "heartbeat/heartbeatsettings.h"
#include "limits/limitsettings.h"
#include "serverreplymode.h"

#include <QString>
#include <QStringList>

namespace Sockscope {

// Everything that configures one server connection. Heartbeat and limits apply to each
// peer, with the same objects a client uses.
struct ServerSettings final
{
    QString host = QStringLiteral("127.0.0.1"); // loopback unless told otherwise
    quint16 port = 0;                            // 0 = any free port
    QString certificateFile;                     // both set: wss://
    QString keyFile;
    int maxConnections = 1024;                   // open peers; more are refused with HTTP 503
    int maxPendingHandshakes = 1024;             // sockets still in the opening handshake
    QStringList allowedOrigins;                  // empty = any Origin
    QString token;                               // empty = no token check
    QString tokenQueryParameter = QStringLiteral("token");
    QStringList subprotocols = {QStringLiteral("mcp")}; // selected only when a client offers one
    int handshakeTimeoutMs = 10000;
    int closeTimeoutMs = 5000;
    int idleTimeoutMs = 0;                       // close a silent peer after this; 0 = never
    bool revealSecrets = false;
    ServerReplyMode replyMode = ServerReplyMode::Silent; // what happens to each message (the mock ignores it)
    LimitSettings limits;
    HeartbeatSettings heartbeat;

    // After a failed accept (the process is out of file descriptors, ...), accepting resumes
    // this much later: the connection waits in the kernel's queue meanwhile.
    static constexpr int kAcceptRetryMs = 250;

    bool isSecure() const { return !certificateFile.isEmpty() || !keyFile.isEmpty(); }
};

} // namespace Sockscope
