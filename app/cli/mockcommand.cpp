#include "mockcommand.h"

#include "eventprinter.h"
#include "exitcode.h"
#include "exitcodetable.h"
#include "mockoptions.h"
#include "serveroptions.h"
#include "servingrun.h"
#include "commandrecording.h"
#include "usageerror.h"

#include "mock/mockconfigloader.h"
#include "mock/mockserver.h"
#include "server/serverconnection.h"
#include "protocol/closecode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Sockscope {

MockCommand::MockCommand(QObject *parent)
    : QObject(parent)
{
}

void MockCommand::addOptionsTo(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
        tr("Run a mock MCP server over WebSocket, defined by a configuration file (docs/MOCK.md) or, without\n"
           "--config, by the built-in one. The first line of standard output is the URL it listens on; every\n"
           "event follows as one JSON line. Ctrl+C or SIGTERM closes every peer with 1001 and exits 0.\n")
        + QLatin1Char('\n') + ExitCodeTable::helpSection(QStringLiteral("mock")));
    parser->addHelpOption();
    parser->addPositionalArgument(QStringLiteral("mock"), tr("The command."));
    parser->addOptions({
        {QStringLiteral("config"), tr("The configuration file (default: the built-in one)."), tr("file")},
        {QStringLiteral("print-default-config"), tr("Print the built-in configuration, a complete example to start from, and exit.")},
        {QStringLiteral("check-config"), tr("Only check the configuration file and exit: 0 when valid, 2 when not.")},
        {QStringLiteral("page-size"), tr("Items per page of tools/list, resources/list, ... ; 0 = one page (default: the file's, else %1).").arg(MockConfig::DefaultPageSize), tr("n")},
        {QStringLiteral("quiet"), tr("Print only the URL and errors, not every event.")},
    });
    MockOptions::addTo(parser);
    ServerOptions::addTo(parser);
    EventPrinter::addOptionTo(parser);
    CommandRecording::addTo(parser, CommandRecording::Flag::Record);
}

int MockCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptionsTo(&parser);
    m_recording = new CommandRecording(QStringLiteral("mock"), CommandRecording::Flag::Record, this);

    const auto usage = [](const QString &message) { return UsageError::print(QStringLiteral("mock"), message); };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return ExitCode::Ok;
    }
    if (parser.positionalArguments().size() > 1)
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
    if (parser.isSet(QStringLiteral("print-default-config"))) {
        QFile file(MockConfigLoader::builtinFileName());
        if (!file.open(QIODevice::ReadOnly))
            return ExitCode::BadSettings; // only when the build lost its resources
        const QByteArray text = file.readAll();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return ExitCode::Ok;
    }

    // Flags first, so a typo is a usage error whatever the file holds.
    MockFaults faults;
    ServerSettings settings;
    int pageSize = 0;
    QString error;
    if (!MockOptions::read(parser, &faults, &error) || !ServerOptions::read(parser, &settings, &error)
        || !m_recording->read(parser, &error))
        return usage(error);
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 0)
            return usage(tr("--page-size takes a whole number of 0 or more, not \"%1\"").arg(parser.value(QStringLiteral("page-size"))));
    }

    MockConfig config;
    MockConfigLoader loader;
    const bool loaded = parser.isSet(QStringLiteral("config")) ? loader.loadFile(parser.value(QStringLiteral("config")), &config)
                                                              : loader.loadBuiltin(&config);
    if (!loaded) {
        std::fprintf(stderr, "sockscope mock: %s\n", qUtf8Printable(loader.error().toString()));
        return ExitCode::BadSettings;
    }
    MockOptions::read(parser, &config.faults, &error); // checked above
    if (parser.isSet(QStringLiteral("page-size")))
        config.pageSize = pageSize;
    if (parser.isSet(QStringLiteral("check-config"))) {
        std::fprintf(stdout, "%s\n",
                     qUtf8Printable(tr("%1: valid: %2 tools, %3 resources, %4 resource templates, %5 prompts, "
                                       "%6 scheduled notifications")
                                        .arg(config.source)
                                        .arg(config.tools.size())
                                        .arg(config.resources.size())
                                        .arg(config.resourceTemplates.size())
                                        .arg(config.prompts.size())
                                        .arg(config.notifications.size())));
        return ExitCode::Ok;
    }

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    m_printer = new EventPrinter(stdout, this);
    m_printer->setJsonRpcPairing(true);
    if (!m_printer->readOption(parser, &error))
        return usage(error);
    m_server = new MockServer(config, settings, this);
    if (!m_recording->start(m_recording->serverConnection(m_server->server()->connectionId(), QStringLiteral("mock"), settings)))
        return ExitCode::SessionFile;
    auto *serving = new ServingRun(m_printer, m_recording, quiet, this);
    connect(m_server, &MockServer::eventOccurred, serving, &ServingRun::onEvent);
    connect(m_server, &MockServer::stopped, serving, &ServingRun::onStopped);
    return serving->exec([this] { return m_server->listen(); }, [this] { m_server->stop(CloseCode::GoingAway); });
}

} // namespace Sockscope
