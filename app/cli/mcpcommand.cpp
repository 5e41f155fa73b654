#include "mcpcommand.h"

#include "event/eventdetails.h"

#include "clientoptions.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "exitcodetable.h"
#include "mcpoptions.h"
#include "commandrecording.h"
#include "signalwatcher.h"
#include "usageerror.h"

#include "common/boundedfile.h"
#include "mcp/mcpclientsession.h"
#include "mcp/mcpscript.h"
#include "protocol/closecode.h"
#include "transport/clientconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace Sockscope {

namespace {

const QString kDefaultSubprotocol = QStringLiteral("mcp");


void printError(const QString &message)
{
    std::fprintf(stderr, "sockscope mcp: %s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

// The text of a tool result's text content, for the error line on standard error.
QString toolErrorText(const QJsonObject &result)
{
    QStringList texts;
    const QJsonArray content = result.value(QStringLiteral("content")).toArray();
    for (const QJsonValue &item : content) {
        if (item.toObject().value(QStringLiteral("type")).toString() == QLatin1String("text"))
            texts.append(item.toObject().value(QStringLiteral("text")).toString());
    }
    return texts.join(QLatin1Char(' '));
}

int exitCodeFor(const McpReply *reply)
{
    switch (reply->failure()) {
    case McpReply::Failure::None:
        return reply->isToolError() ? ExitCode::ToolError : ExitCode::Ok;
    case McpReply::Failure::JsonRpcError:
    case McpReply::Failure::InvalidResponse:
        return ExitCode::JsonRpcError;
    case McpReply::Failure::Timeout:
        return ExitCode::RequestTimeout;
    case McpReply::Failure::NotInitialized:
        return ExitCode::InitializeFailed;
    case McpReply::Failure::ConnectionClosed:
    case McpReply::Failure::SendFailed:
    case McpReply::Failure::Cancelled:
        return ExitCode::ClosedAbnormally;
    }
    return ExitCode::ClosedAbnormally;
}

void addOptionsTo(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
        McpCommand::tr("A headless MCP client over WebSocket: connects, initialises, runs one call (or a --script of\n"
           "calls) and prints each result as JSON on standard output. Methods:\n"
           "  tools/list | resources/list | resources/templates/list | prompts/list   (all pages)\n"
           "  tools/call NAME [--arg k=v ...] [--args-json '{...}']\n"
           "  prompts/get NAME [--arg k=v ...]\n"
           "  resources/read URI | resources/subscribe URI | resources/unsubscribe URI\n"
           "  logging/setLevel LEVEL | completion/complete prompt:NAME|resource:URI --arg name=value\n"
           "  ping, or any other method with --arg k=v or --params-json '{...}' as its params\n"
           "--arg values are JSON when they parse as JSON (5, true, \"x\", {...}), else strings.\n"
           "The connection offers the subprotocol \"mcp\" unless --subprotocol or --no-subprotocol says otherwise.\n")
        + QLatin1Char('\n') + ExitCodeTable::helpSection(QStringLiteral("mcp")));
    parser->addHelpOption();
    parser->addPositionalArgument(QStringLiteral("mcp"), McpCommand::tr("The command."));
    parser->addPositionalArgument(QStringLiteral("url"), McpCommand::tr("ws:// or wss:// URL of the MCP server."));
    parser->addPositionalArgument(QStringLiteral("method"), McpCommand::tr("The MCP method to call (not with --script)."), McpCommand::tr("[method]"));
    parser->addPositionalArgument(QStringLiteral("target"), McpCommand::tr("The tool or prompt name, or the resource URI."), McpCommand::tr("[target]"));
    parser->addOptions({
        {QStringLiteral("arg"), McpCommand::tr("An argument KEY=VALUE for the tool, prompt or method (repeatable)."), McpCommand::tr("key=value")},
        {QStringLiteral("args-json"), McpCommand::tr("The arguments as one JSON object (--arg values override its keys)."), McpCommand::tr("json")},
        {QStringLiteral("params-json"), McpCommand::tr("The request's params as one JSON object, sent as given (no target, no --arg)."), McpCommand::tr("json")},
        {QStringLiteral("script"), McpCommand::tr("Run the calls in FILE, in order (see docs/MCP.md for the format)."), McpCommand::tr("file")},
        {QStringLiteral("keep-going"), McpCommand::tr("With --script, run every call even after one fails.")},
        {QStringLiteral("compact"), McpCommand::tr("Print each result on one line instead of pretty-printed.")},
        {QStringLiteral("verbose"), McpCommand::tr("Print every connection and session event as a JSON line on standard error.")},
        {QStringLiteral("stats"), McpCommand::tr("Print the JSON-RPC statistics (per-method counts and latency) on standard error at the end.")},
        {QStringLiteral("no-subprotocol"), McpCommand::tr("Offer no subprotocol (the default offer is \"mcp\").")},
        {QStringLiteral("notifications"), McpCommand::tr("Print each server notification as a JSON line {\"notification\", \"params\"} on standard output instead of a line for people on standard error.")},
    });
    McpOptions::addTo(parser);
    ClientOptions::addTo(parser);
    CommandRecording::addTo(parser, CommandRecording::Flag::Record);
}

int usageError(const QString &message)
{
    return UsageError::print(QStringLiteral("mcp"), message);
}

// The call's arguments: --args-json, then each --arg over it. Empty `error` when they read.
QJsonObject callArguments(const QCommandLineParser &parser, QString *error)
{
    QJsonObject arguments;
    if (parser.isSet(QStringLiteral("args-json"))) {
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(QStringLiteral("args-json")).toUtf8());
        if (!document.isObject()) {
            *error = McpCommand::tr("--args-json needs a JSON object");
            return {};
        }
        arguments = document.object();
    }
    for (const QString &text : parser.values(QStringLiteral("arg"))) {
        QString key;
        QJsonValue value;
        if (!McpCall::parseArgument(text, &key, &value)) {
            *error = McpCommand::tr("--arg needs KEY=VALUE, not \"%1\"").arg(text);
            return {};
        }
        arguments.insert(key, value);
    }
    return arguments;
}

} // namespace

McpCommand::McpCommand(QObject *parent)
    : QObject(parent)
{
}

int McpCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptionsTo(&parser);
    m_recording = new CommandRecording(QStringLiteral("mcp"), CommandRecording::Flag::Record, this);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return ExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(tr("missing the URL"));
    m_scriptMode = parser.isSet(QStringLiteral("script"));
    if (const QString problem = m_scriptMode ? readScript(parser, positional) : readCall(parser, positional);
        !problem.isEmpty())
        return usageError(problem);

    ClientSettings clientSettings;
    clientSettings.url = QUrl(positional.at(1), QUrl::StrictMode);
    McpSessionSettings sessionSettings;
    if (const QString problem = readSettings(parser, &clientSettings, &sessionSettings); !problem.isEmpty())
        return usageError(problem);
    m_compact = parser.isSet(QStringLiteral("compact"));
    m_keepGoing = parser.isSet(QStringLiteral("keep-going"));
    m_printStats = parser.isSet(QStringLiteral("stats"));
    m_notificationLines = parser.isSet(QStringLiteral("notifications"));

    m_connection = new ClientConnection(clientSettings, this);
    if (!m_recording->start(m_recording->clientConnection(m_connection->connectionId(), clientSettings)))
        return ExitCode::SessionFile;
    // Before the session connects, so a message is printed before what the session makes of it.
    connect(m_connection, &ClientConnection::eventOccurred, this, &McpCommand::onConnectionEvent);
    m_session = new McpClientSession(m_connection, sessionSettings, this);
    connectSession(parser.isSet(QStringLiteral("verbose")));

    // From the event loop: a connection that fails at once (a bad URL) must find a
    // running loop to exit.
    QTimer::singleShot(0, m_session, [this] { m_session->start(); });
    const int exitCode = QCoreApplication::exec();
    if (!m_recording->finish() && exitCode == ExitCode::Ok)
        return ExitCode::SessionFile;
    return exitCode;
}

QString McpCommand::readScript(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() > 2)
        return tr("--script and a method on the command line do not go together");
    const QString scriptFile = parser.value(QStringLiteral("script"));
    QByteArray script;
    QString error;
    if (!BoundedFile::read(scriptFile, &script, &error))
        return tr("the script %1: %2").arg(scriptFile, error);
    if (!McpScript::forEach(script, [this](McpCall &&call) { addCall(call); }, &error))
        return tr("%1: %2").arg(scriptFile, error);
    return {};
}

QString McpCommand::readCall(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() < 3)
        return tr("missing the method, for example tools/list");
    if (positional.size() > 4)
        return tr("unexpected argument \"%1\"").arg(positional.at(4));
    const QString method = positional.at(2);
    const QString target = positional.value(3);
    if (parser.isSet(QStringLiteral("params-json"))) {
        const QJsonDocument params = QJsonDocument::fromJson(parser.value(QStringLiteral("params-json")).toUtf8());
        if (!params.isObject())
            return tr("--params-json needs a JSON object");
        if (!target.isEmpty() || parser.isSet(QStringLiteral("arg")) || parser.isSet(QStringLiteral("args-json")))
            return tr("--params-json gives all the params: no target, --arg or --args-json with it");
        addCall(McpCall{method, params.object(), 0});
        return {};
    }
    QString error;
    const QJsonObject arguments = callArguments(parser, &error);
    if (!error.isEmpty())
        return error;
    const std::optional<McpCall> call = McpCall::make(method, target, arguments, &error);
    if (!call)
        return error;
    addCall(*call);
    return {};
}

QString McpCommand::readSettings(const QCommandLineParser &parser, ClientSettings *clientSettings,
                                 McpSessionSettings *sessionSettings)
{
    QString error;
    if (!ClientOptions::read(parser, clientSettings, &error) || !m_recording->read(parser, &error))
        return error;
    if (parser.isSet(QStringLiteral("no-subprotocol"))) {
        if (!clientSettings->subprotocols.isEmpty())
            return tr("--no-subprotocol and --subprotocol do not go together");
    } else if (clientSettings->subprotocols.isEmpty()) {
        clientSettings->subprotocols = {kDefaultSubprotocol};
    }
    if (!McpOptions::read(parser, sessionSettings, &error))
        return error;
    return {};
}

void McpCommand::connectSession(bool verbose)
{
    connect(m_session, &McpClientSession::eventOccurred, m_recording, &CommandRecording::record);
    if (verbose) {
        m_errorPrinter = new EventPrinter(stderr, this);
        connect(m_session, &McpClientSession::eventOccurred, m_errorPrinter, &EventPrinter::print);
    } else {
        // Without --verbose the session's warnings (version mismatch, page limit, orphan
        // responses, ...) still reach people, as plain lines.
        connect(m_session, &McpClientSession::eventOccurred, this, [](const Event &event) {
            if (EventDetails::isWarning(event))
                printError(tr("warning: %1").arg(EventDetails::message(event)));
        });
    }
    connect(m_session, &McpClientSession::notificationReceived, this, &McpCommand::onNotification);
    connect(m_connection, &ClientConnection::opened, this, [this] { m_everOpened = true; });
    connect(m_session, &McpClientSession::initialized, this, [this] {
        if (m_next == 0 && !m_callsDone)
            runNext();
    });
    connect(m_session, &McpClientSession::initializeFailed, this, [this](const QString &message) {
        if (m_callsDone)
            return;
        m_initializeFailed = true;
        printError(tr("initialize failed: %1").arg(withEnding(message)));
    });
    connect(m_session, &McpClientSession::finished, this, [this] { finish(exitCodeForEnd()); });

    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, [this] {
        m_callsDone = true;
        if (m_exitCode == ExitCode::Ok)
            m_exitCode = ExitCode::ClosedAbnormally;
        if (m_connection->state() == ConnectionState::Open)
            m_session->stop(QStringLiteral("client exiting"));
        else
            finish(m_exitCode);
    });
}

void McpCommand::onConnectionEvent(const Event &event)
{
    m_recording->record(event);
    m_ending.observe(event);
    if (m_errorPrinter)
        m_errorPrinter->print(event);
    if (event.kind != EventKind::Error)
        return;
    const QString id = EventDetails::errorId(event);
    const QString message = EventDetails::message(event);
    if (EventDetails::isWarning(event)) {
        if (!m_errorPrinter)
            printError(tr("warning: %1").arg(message));
        return;
    }
    m_lastError = id;
    m_lastErrorMessage = message;
    if (m_errorPrinter)
        return;
    if (!m_everOpened) {
        printError(tr("could not connect: %1").arg(m_ending.text()));
    } else if (id == QLatin1String("queue-full") || id == QLatin1String("not-open")
               || id == QLatin1String("unsent-discarded")) {
        // A message that was not sent; what ended the connection is said with the call it failed.
        printError(tr("error: %1").arg(message));
    }
}

QString McpCommand::withEnding(const QString &message) const
{
    const QString why = m_ending.text();
    if (why.isEmpty() || m_connection->state() == ConnectionState::Open)
        return message;
    return tr("%1 (%2)").arg(message, why);
}

void McpCommand::onNotification(const QString &method, const QJsonObject &params)
{
    if (m_notificationLines) {
        const QJsonObject line{{QStringLiteral("notification"), method}, {QStringLiteral("params"), params}};
        const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact);
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
        return;
    }
    if (m_errorPrinter)
        return; // --verbose printed the message itself
    printError(tr("notification %1: %2").arg(method, QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))));
}

void McpCommand::addCall(const McpCall &call)
{
    // A parsed call's QJsonObject takes far more memory than its compact text: a script of a
    // hundred thousand calls is kept as text and each call parsed again when it runs.
    const auto known = m_methods.constFind(call.method);
    const QString method = known != m_methods.cend() ? *known : *m_methods.insert(call.method, call.method);
    m_calls.append(QueuedCall{method, QJsonDocument(call.params).toJson(QJsonDocument::Compact), call.line});
}

void McpCommand::runNext()
{
    if (m_next >= m_calls.size()) {
        m_callsDone = true;
        m_session->stop(QStringLiteral("done"));
        return;
    }
    const QueuedCall &queued = m_calls.at(m_next++);
    const McpCall call{queued.method, QJsonDocument::fromJson(queued.params).object(), queued.line};
    const bool progress = call.method == QLatin1String("tools/call") && m_session->settings().progressTokens;
    McpReply *reply = m_session->request(call.method, call.params, progress);
    connect(reply, &McpReply::finished, this, [this, call, reply] { onReplyFinished(call, reply); });
}

void McpCommand::onReplyFinished(const McpCall &call, McpReply *reply)
{
    reply->deleteLater();
    const int code = exitCodeFor(reply);
    QJsonObject out;
    if (m_scriptMode) {
        out.insert(QStringLiteral("method"), call.method);
        if (!call.params.isEmpty())
            out.insert(QStringLiteral("params"), call.params);
    }
    if (reply->isError()) {
        out.insert(QStringLiteral("error"), reply->errorJson());
        printJson(out);
        const bool lost = reply->failure() == McpReply::Failure::ConnectionClosed
                          || reply->failure() == McpReply::Failure::SendFailed;
        printError(tr("%1 failed: %2").arg(call.method, lost ? withEnding(reply->errorText()) : reply->errorText()));
    } else {
        if (m_scriptMode)
            out.insert(QStringLiteral("result"), reply->result());
        printJson(m_scriptMode ? out : reply->result());
        if (reply->isToolError())
            printError(tr("the tool reported an error: %1").arg(toolErrorText(reply->result())));
        if (reply->isTruncated())
            printError(tr("%1: stopped at the page limit; the result ends with the next cursor").arg(call.method));
    }
    if (code != ExitCode::Ok && m_exitCode == ExitCode::Ok)
        m_exitCode = code;
    if (code != ExitCode::Ok && !m_keepGoing) {
        m_callsDone = true;
        if (m_connection->state() == ConnectionState::Open)
            m_session->stop(QStringLiteral("call failed"));
        else
            finish(m_exitCode);
        return;
    }
    runNext();
}

void McpCommand::printJson(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(m_compact ? QJsonDocument::Compact : QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    if (m_compact)
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

int McpCommand::exitCodeForEnd() const
{
    if (m_callsDone)
        return m_exitCode;
    const QString &e = m_lastError;
    if (e == QLatin1String("invalid-url") || e == QLatin1String("tls-config"))
        return ExitCode::BadSettings;
    if (!m_everOpened) {
        if (e == QLatin1String("tls"))
            return ExitCode::TlsFailed;
        if (e == QLatin1String("http-status") || e == QLatin1String("handshake"))
            return ExitCode::HandshakeRefused;
        if (e == QLatin1String("handshake-timeout"))
            return ExitCode::HandshakeTimeout;
        return ExitCode::ConnectFailed;
    }
    if (m_initializeFailed)
        return ExitCode::InitializeFailed;
    if (m_exitCode != ExitCode::Ok)
        return m_exitCode;
    return ExitCode::ClosedAbnormally;
}

void McpCommand::finish(int exitCode)
{
    if (m_exiting)
        return;
    m_exiting = true;
    if (m_printStats) {
        const QJsonObject stats{{QStringLiteral("kind"), QStringLiteral("jsonrpc-stats")},
                                {QStringLiteral("conn"), double(m_connection->connectionId())},
                                {QStringLiteral("stats"), m_session->tracker().statsJson()}};
        const QByteArray line = QJsonDocument(stats).toJson(QJsonDocument::Compact);
        std::fprintf(stderr, "%s\n", line.constData());
    }
    if (m_errorPrinter)
        m_errorPrinter->flush();
    std::fflush(stdout);
    std::fflush(stderr);
    QCoreApplication::exit(exitCode);
}

} // namespace Sockscope
