#pragma once

#include "mcp/mcpsessionsettings.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Sockscope {

// The MCP session flags (`mcp` now; the mock, record and replay commands can reuse them).
// Help texts name the defaults from McpSessionSettings, so they are written once.
class McpOptions final
{
    Q_DECLARE_TR_FUNCTIONS(McpOptions)

public:
    static void addTo(QCommandLineParser *parser);
    // Fills `settings` from the parsed flags; false with `error` for a bad value.
    static bool read(const QCommandLineParser &parser, McpSessionSettings *settings, QString *error);
};

} // namespace Sockscope
