#pragma once

#include "authsettings.h"
#include "tlssettings.h"
#include "heartbeat/heartbeatsettings.h"
#include "limits/limitsettings.h"
#include "reconnect/reconnectsettings.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

namespace Sockscope {

// Everything that configures one client connection.
struct ClientSettings final
{
    QUrl url;
    QList<QPair<QString, QString>> headers; // extra handshake headers, in order
    QStringList subprotocols;               // offered in preference order
    QString origin;
    AuthSettings auth;
    TlsSettings tls;
    int handshakeTimeoutMs = 10000; // TCP connect + TLS + HTTP upgrade
    int closeTimeoutMs = 5000;      // wait for the peer's close frame, then drop the socket
    bool revealSecrets = false;     // show credentials in events instead of redacting them
    LimitSettings limits;
    HeartbeatSettings heartbeat;
    ReconnectSettings reconnect;
};

} // namespace Sockscope
