#pragma once

#include "server/serversettings.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Sockscope {

// The listening flags of every command that runs a server (`serve` now, `mock` later).
class ServerOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    static void addTo(QCommandLineParser *parser);
    static bool read(const QCommandLineParser &parser, ServerSettings *settings, QString *error);
};

} // namespace Sockscope
