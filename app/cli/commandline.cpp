#include "commandline.h"

#include "connectcommand.h"
#include "exitcode.h"
#include "mcpcommand.h"
#include "mockcommand.h"
#include "replaycommand.h"
#include "servecommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace Sockscope {

namespace {

const QStringList kCommands = {QStringLiteral("connect"), QStringLiteral("serve"), QStringLiteral("mcp"),
                                QStringLiteral("mock"), QStringLiteral("record"), QStringLiteral("replay")};
const QStringList kTopLevelFlags = {QStringLiteral("--version"), QStringLiteral("-v"), QStringLiteral("--help"),
                                    QStringLiteral("-h"), QStringLiteral("help")};

} // namespace

bool CommandLine::handles(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    return kCommands.contains(arguments.at(1)) || kTopLevelFlags.contains(arguments.at(1));
}

QString CommandLine::generalHelp()
{
    return tr("Usage: sockscope [--lang CODE]                 open the desktop app\n"
              "       sockscope connect URL [options]         scriptable WebSocket client (JSON lines)\n"
              "       sockscope serve [options]               WebSocket server: echo, broadcast or log\n"
              "       sockscope mcp URL [options] METHOD ...  MCP client: tools, resources, prompts (JSON)\n"
              "       sockscope mock [options]                mock MCP server from a configuration file\n"
              "       sockscope record URL --out FILE ...     connect, recording a session file\n"
              "       sockscope replay SESSION [options]      replay a session as a test, or serve it as a mock\n"
              "       sockscope --version | --help\n"
              "\n"
              "Run 'sockscope COMMAND --help' for a command's options and exit codes.\n"
              "--lang CODE picks the language (for example de or en); the default follows the system.\n");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        std::fprintf(stdout, "sockscope %s (Qt %s)\n", SOCKSCOPE_VERSION, qVersion());
        return ExitCode::Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        std::fprintf(stdout, "%s", qUtf8Printable(generalHelp()));
        return ExitCode::Ok;
    }
    if (first == QLatin1String("connect")) {
        ConnectCommand command;
        return command.run(arguments);
    }
    if (first == QLatin1String("serve")) {
        ServeCommand command;
        return command.run(arguments);
    }
    if (first == QLatin1String("mcp")) {
        McpCommand command;
        return command.run(arguments);
    }
    if (first == QLatin1String("record")) {
        ConnectCommand command(ConnectCommand::Flavor::Record);
        return command.run(arguments);
    }
    if (first == QLatin1String("replay")) {
        ReplayCommand command;
        return command.run(arguments);
    }
    if (first == QLatin1String("mock")) {
        MockCommand command;
        return command.run(arguments);
    }
    std::fprintf(stderr, "%s", qUtf8Printable(generalHelp()));
    return ExitCode::Usage;
}

} // namespace Sockscope
