#include "servecommand.h"

#include "eventprinter.h"
#include "exitcode.h"
#include "exitcodetable.h"
#include "serveroptions.h"
#include "servingrun.h"
#include "commandrecording.h"
#include "usageerror.h"

#include "protocol/closecode.h"
#include "server/serverconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace Sockscope {

ServeCommand::ServeCommand(QObject *parent)
    : QObject(parent)
{
}

int ServeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run a WebSocket server. The first line of standard output is the URL it listens on; every\n"
           "event follows as one JSON line. Ctrl+C or SIGTERM closes every peer with 1001 and exits 0.\n")
        + QLatin1Char('\n') + ExitCodeTable::helpSection(QStringLiteral("serve")));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("serve"), tr("The command."));
    parser.addOptions({
        {QStringLiteral("echo"), tr("Send every message back to its sender (the default mode).")},
        {QStringLiteral("broadcast"), tr("Send every message to every other peer.")},
        {QStringLiteral("silent"), tr("Only log what arrives.")},
        {QStringLiteral("quiet"), tr("Print only the URL and errors, not every event.")},
    });
    ServerOptions::addTo(&parser);
    EventPrinter::addOptionTo(&parser);
    CommandRecording::addTo(&parser, CommandRecording::Flag::Record);
    m_recording = new CommandRecording(QStringLiteral("serve"), CommandRecording::Flag::Record, this);

    const auto usage = [](const QString &message) { return UsageError::print(QStringLiteral("serve"), message); };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return ExitCode::Ok;
    }
    if (parser.positionalArguments().size() > 1)
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
    const int modes = int(parser.isSet(QStringLiteral("echo"))) + int(parser.isSet(QStringLiteral("broadcast")))
                      + int(parser.isSet(QStringLiteral("silent")));
    if (modes > 1)
        return usage(tr("choose one of --echo, --broadcast and --silent"));

    ServerSettings settings;
    QString error;
    if (!ServerOptions::read(parser, &settings, &error) || !m_recording->read(parser, &error))
        return usage(error);
    // The connection itself echoes or broadcasts (as the app's server documents do), so a
    // recording's header names the mode.
    settings.replyMode = ServerReplyMode::Echo;
    if (parser.isSet(QStringLiteral("broadcast")))
        settings.replyMode = ServerReplyMode::Broadcast;
    else if (parser.isSet(QStringLiteral("silent")))
        settings.replyMode = ServerReplyMode::Silent;

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    m_printer = new EventPrinter(stdout, this);
    m_printer->setJsonRpcPairing(true);
    if (!m_printer->readOption(parser, &error))
        return usage(error);
    m_server = new ServerConnection(settings, this);
    if (!m_recording->start(m_recording->serverConnection(m_server->connectionId(), QStringLiteral("server"), settings)))
        return ExitCode::SessionFile;
    auto *serving = new ServingRun(m_printer, m_recording, quiet, this);
    connect(m_server, &ServerConnection::eventOccurred, serving, &ServingRun::onEvent);
    connect(m_server, &ServerConnection::stopped, serving, &ServingRun::onStopped);
    return serving->exec([this] { return m_server->listen(); }, [this] { m_server->stop(CloseCode::GoingAway); });
}

} // namespace Sockscope
