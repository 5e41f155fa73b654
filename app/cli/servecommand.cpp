#include "servecommand.h"

#include "eventprinter.h"
#include "exitcode.h"
#include "exitcodetable.h"
#include "serveroptions.h"
#include "sessionrecording.h"
#include "signalwatcher.h"
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
    SessionRecording::addTo(&parser, SessionRecording::Flag::Record);
    m_recording = new SessionRecording(QStringLiteral("serve"), SessionRecording::Flag::Record, this);

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
    connect(m_server, &ServerConnection::eventOccurred, this, [this, quiet](const Event &event) {
        // The URL first, alone on its line, so `--port 0` is usable from scripts.
        if (!m_urlPrinted && event.kind == EventKind::StateChange) {
            m_urlPrinted = true;
            m_printer->printLine(event.details.value(QStringLiteral("url")).toString().toUtf8());
            m_recording->setConnectionUrl(event.connectionId, event.details.value(QStringLiteral("url")).toString());
        }
        m_recording->record(event);
        if (!quiet || event.kind == EventKind::Error || event.kind == EventKind::Refused
            || isBackpressureNotice(event))
            m_printer->print(event);
    });
    connect(m_server, &ServerConnection::stopped, this, [this] {
        m_printer->flush();
        QCoreApplication::exit(ExitCode::Ok);
    });
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, [this] { m_server->stop(CloseCode::GoingAway); });

    if (!m_server->listen()) {
        m_printer->flush();
        m_recording->finish();
        return ExitCode::BadSettings;
    }
    m_printer->flush();
    const int exitCode = QCoreApplication::exec();
    if (!m_recording->finish() && exitCode == ExitCode::Ok)
        return ExitCode::SessionFile;
    return exitCode;
}

} // namespace Sockscope
