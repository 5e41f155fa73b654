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

// A first argument that is not an option names a command; one we do not have is refused
// here rather than ignored by the GUI.
bool isUnknownCommand(const QString &first)
{
    return !first.isEmpty() && !first.startsWith(QLatin1Char('-')) && !kCommands.contains(first)
           && !kTopLevelFlags.contains(first);
}

} // namespace

bool CommandLine::handles(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return !missingDisplay().isEmpty();
    const QString &first = arguments.at(1);
    return kCommands.contains(first) || kTopLevelFlags.contains(first) || isUnknownCommand(first)
           || !missingDisplay().isEmpty();
}

QString CommandLine::missingDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    // Qt picks xcb or wayland here unless QT_QPA_PLATFORM names another (offscreen, vnc, ...),
    // and both need their display variable; other platforms need none.
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    const bool needsX11 = platform.isEmpty() || platform.startsWith(QLatin1String("xcb"));
    const bool needsWayland = platform.startsWith(QLatin1String("wayland"));
    if ((platform.isEmpty() && !x11 && !wayland) || (!platform.isEmpty() && needsX11 && !x11)
        || (needsWayland && !wayland)) {
        return tr("There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop app\n"
                  "cannot open. The command line needs none. Run the headless mock MCP server (it prints its\n"
                  "URL, then every event as a JSON line):\n"
                  "\n"
                  "  sockscope mock --port 0\n"
                  "  sockscope mcp ws://127.0.0.1:PORT tools/list      # in a second terminal, with the printed port\n"
                  "\n"
                  "Or a plain WebSocket client or server:\n"
                  "\n"
                  "  sockscope connect ws://127.0.0.1:8080 --send '{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}' --count 1\n"
                  "  sockscope serve --port 0 --echo   # a WebSocket echo server; prints its URL first\n"
                  "  sockscope --help                  # every command\n");
    }
#endif
    return {};
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
    if (isUnknownCommand(first)) {
        std::fprintf(stderr, "%s\n\n%s",
                     qUtf8Printable(tr("sockscope: unknown command \"%1\"; the commands are %2.")
                                        .arg(first, kCommands.join(QLatin1String(", ")))),
                     qUtf8Printable(generalHelp()));
        return ExitCode::Usage;
    }
    const QString noDisplay = missingDisplay();
    if (!noDisplay.isEmpty()) {
        std::fprintf(stderr, "%s", qUtf8Printable(noDisplay));
        return ExitCode::Usage;
    }
    std::fprintf(stderr, "%s", qUtf8Printable(generalHelp()));
    return ExitCode::Usage;
}

} // namespace Sockscope
