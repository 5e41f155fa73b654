#pragma once

// Shared by the ClientConnection integration tests: quick settings and a free port.

#include "testtiming.h"

#include "transport/clientconnection.h"

#include <QTcpServer>
#include <QUrl>

namespace SockscopeTest {


// Settings with short timeouts, so a failure shows up in seconds, not minutes.
inline Sockscope::ClientSettings quickSettings(const QUrl &url)
{
    Sockscope::ClientSettings settings;
    settings.url = url;
    settings.handshakeTimeoutMs = 3000;
    settings.closeTimeoutMs = 1000;
    return settings;
}

// A port nothing listens on: bound once by the OS, then released.
inline quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace SockscopeTest
