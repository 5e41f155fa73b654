#pragma once

#include "heartbeat/heartbeatsettings.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Sockscope {

// Heartbeat flags, the same for client and server commands (a server has no
// "reconnect" outcome).
class HeartbeatOptions final
{
    Q_DECLARE_TR_FUNCTIONS(HeartbeatOptions)

public:
    static void addTo(QCommandLineParser *parser, bool canReconnect);
    static bool read(const QCommandLineParser &parser, bool canReconnect, HeartbeatSettings *settings, QString *error);
};

} // namespace Sockscope
