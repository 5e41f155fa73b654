#pragma once

#include <QByteArray>
#include <QUrl>

namespace SockscopeBench {

// What one load run does. The defaults are the command line's defaults.
struct LoadSettings final
{
    enum class Pattern { PingPong, Flood, Mcp, Idle };

    QUrl url;
    int connections = 1;
    qint64 messageBytes = 64;
    Pattern pattern = Pattern::PingPong;
    int window = 32;             // messages in flight per connection (flood)
    bool binary = false;
    qint64 count = 0;            // stop after this many answers in total; 0 = only the time bounds
    double seconds = 5.0;        // measured time
    double warmupSeconds = 1.0;  // traffic before the measurement starts (not counted)
    int connectWindow = 64;      // opening handshakes in progress at once
    int connectTimeoutMs = 30000;
    qint64 serverPid = 0;        // when set, the server's CPU over the measured time is reported
    QByteArray mcpTool = "echo";
    QByteArray mcpArgument = "text";
};

} // namespace SockscopeBench
