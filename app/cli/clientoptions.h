#pragma once

#include "transport/clientsettings.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Sockscope {

// The connection flags of every command that opens a client connection (`connect` now;
// `mcp`, `record` and `replay` reuse them). Help texts name the defaults from the
// settings structs, so they are written once.
class ClientOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ClientOptions)

public:
    static void addTo(QCommandLineParser *parser);
    // Fills `settings` from the parsed flags; false with `error` for a bad value.
    static bool read(const QCommandLineParser &parser, ClientSettings *settings, QString *error);
};

} // namespace Sockscope
