#include "replaycommand.h"

#include "event/eventdetails.h"

#include "eventprinter.h"
#include "exitcode.h"
#include "exitcodetable.h"
#include "optionparsing.h"
#include "signalwatcher.h"
#include "usageerror.h"

#include "protocol/closecode.h"
#include "replay/junitreport.h"
#include "replay/recordedserver.h"
#include "replay/replayassertion.h"
#include "replay/replayplan.h"
#include "replay/replayrunner.h"
#include "replay/replaysettings.h"
#include "replay/replaysetup.h"
#include "server/serverconnection.h"
#include "session/sessionloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace Sockscope {

namespace {

int usageError(const QString &message)
{
    return UsageError::print(QStringLiteral("replay"), message);
}

int fileError(const QString &message)
{
    std::fprintf(stderr, "sockscope replay: %s\n", qUtf8Printable(message));
    return ExitCode::SessionFile;
}

void printOut(const QString &line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString milliseconds(qint64 ns)
{
    return ns < 0 ? QString() : ReplayCommand::tr("%1 ms").arg(double(ns) / 1e6, 0, 'f', ns < 10000000 ? 2 : 1);
}

void addOptionsTo(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        ReplayCommand::tr("Replay a session file (docs/REPLAY.md): send one recorded conversation's messages to a target\n"
           "and compare what comes back with the recording. Prints one line per step (PASS or FAIL with\n"
           "the differences) and a summary; --junit writes JUnit XML for CI. The target is --url, else the\n"
           "URL and settings recorded in the file. The replay settings and assertions stored in the file\n"
           "apply; the flags below override them.\n"
           "With --serve, act as the recorded server instead: answer each client request that matches a\n"
           "recorded one (method and params) with the recorded response, ids rewritten.\n")
        + QLatin1Char('\n') + ExitCodeTable::helpSection(QStringLiteral("replay")));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("replay"), ReplayCommand::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("session"), ReplayCommand::tr("The session file."));
    parser.addOptions({
        {QStringLiteral("url"), ReplayCommand::tr("Send to this ws:// or wss:// URL instead of the recorded one."), ReplayCommand::tr("url")},
        {QStringLiteral("timing"), ReplayCommand::tr("as-recorded (the recorded gaps, scaled by --speed), fast (each message as soon as the previous one is written) or wait (each after the previous step's answer or its timeout)."), ReplayCommand::tr("mode")},
        {QStringLiteral("speed"), ReplayCommand::tr("With --timing as-recorded: play X times faster (default 1)."), ReplayCommand::tr("x")},
        {QStringLiteral("timeout"), ReplayCommand::tr("Fail a step whose answer takes longer than MS milliseconds (default 5000)."), ReplayCommand::tr("ms")},
        {QStringLiteral("ignore"), ReplayCommand::tr("Ignore this JSON path when comparing answers, for example $.result.meta (repeatable)."), ReplayCommand::tr("path")},
        {QStringLiteral("no-default-ignores"), ReplayCommand::tr("Compare ids and timestamps too (ignored by default).")},
        {QStringLiteral("connection"), ReplayCommand::tr("Replay this recorded connection (default: the file's choice, else the first with messages)."), ReplayCommand::tr("n")},
        {QStringLiteral("peer"), ReplayCommand::tr("Of a recorded server connection, replay this peer's conversation."), ReplayCommand::tr("n")},
        {QStringLiteral("connect"), ReplayCommand::tr("Of a recorded client connection that reconnected, replay this connect (1 = the first; default: the file's choice, else the first that sent messages)."), ReplayCommand::tr("n")},
        {QStringLiteral("junit"), ReplayCommand::tr("Write a JUnit XML report to FILE (one testcase per step)."), ReplayCommand::tr("file")},
        {QStringLiteral("json"), ReplayCommand::tr("Print each step and the summary as JSON lines instead of text.")},
        {QStringLiteral("verbose"), ReplayCommand::tr("Print every event of the replay connection as a JSON line on standard error.")},
        {QStringLiteral("header"), ReplayCommand::tr("Add this handshake header, \"Name: value\" (repeatable)."), ReplayCommand::tr("header")},
        {QStringLiteral("bearer"), ReplayCommand::tr("Send \"Authorization: Bearer TOKEN\" (session files leave tokens out)."), ReplayCommand::tr("token")},
        {QStringLiteral("subprotocol"), ReplayCommand::tr("Offer this subprotocol instead of the recorded one (repeatable)."), ReplayCommand::tr("name")},
        {QStringLiteral("insecure"), ReplayCommand::tr("Accept an invalid TLS certificate (reported as a warning).")},
        {QStringLiteral("serve"), ReplayCommand::tr("Act as the recorded server (see above) until Ctrl+C or SIGTERM.")},
        {QStringLiteral("port"), ReplayCommand::tr("With --serve: port to listen on; 0 picks a free one (default 0)."), ReplayCommand::tr("port")},
        {QStringLiteral("host"), ReplayCommand::tr("With --serve: address to listen on (default 127.0.0.1)."), ReplayCommand::tr("address")},
    });
}

// The flags that are numbers or names, read and checked before the file is opened, so that a
// typo is a usage error whatever the file holds.
struct ReplayFlags final
{
    ReplayTiming timing = ReplayTiming::AsRecorded;
    double speed = 1;
    int timeoutMs = 0;
    int connection = 0;
    int peer = 0;
    int connect = 0;
    int port = 0;
};

// Empty when the flags make sense together and every value is in range; else the usage error.
QString readFlags(const QCommandLineParser &parser, ReplayFlags *flags)
{
    const bool serve = parser.isSet(QStringLiteral("serve"));
    for (const QString &flag : {QStringLiteral("url"), QStringLiteral("timing"), QStringLiteral("speed"),
                                QStringLiteral("junit"), QStringLiteral("json"), QStringLiteral("header"),
                                QStringLiteral("bearer"), QStringLiteral("subprotocol"), QStringLiteral("insecure"),
                                QStringLiteral("ignore"), QStringLiteral("no-default-ignores")}) {
        if (serve && parser.isSet(flag))
            return ReplayCommand::tr("--%1 does not go with --serve").arg(flag);
    }
    for (const QString &flag : {QStringLiteral("port"), QStringLiteral("host")}) {
        if (!serve && parser.isSet(flag))
            return ReplayCommand::tr("--%1 needs --serve").arg(flag);
    }
    if (parser.isSet(QStringLiteral("timing"))
        && !replayTimingFromName(parser.value(QStringLiteral("timing")), &flags->timing))
        return ReplayCommand::tr("--timing takes as-recorded, fast or wait, not \"%1\"").arg(parser.value(QStringLiteral("timing")));
    QString error;
    if (!OptionParsing::readNumber(parser, QStringLiteral("speed"), 0, &flags->speed, &error)
        || !OptionParsing::readInt(parser, QStringLiteral("timeout"), 1, &flags->timeoutMs, &error)
        || !OptionParsing::readInt(parser, QStringLiteral("connection"), 1, &flags->connection, &error)
        || !OptionParsing::readInt(parser, QStringLiteral("peer"), 1, &flags->peer, &error)
        || !OptionParsing::readInt(parser, QStringLiteral("connect"), 1, &flags->connect, &error)
        || !OptionParsing::readInt(parser, QStringLiteral("port"), 0, &flags->port, &error))
        return error;
    if (flags->speed <= 0 || flags->speed > ReplaySettings::kMaxSpeed)
        return ReplayCommand::tr("--speed needs a number above 0 and at most %1").arg(ReplaySettings::kMaxSpeed);
    if (flags->timeoutMs > ReplaySettings::kMaxResponseTimeoutMs)
        return ReplayCommand::tr("--timeout takes at most %1 milliseconds").arg(ReplaySettings::kMaxResponseTimeoutMs);
    if (flags->port > 65535)
        return ReplayCommand::tr("--port takes 0 to 65535");
    for (const QString &header : parser.values(QStringLiteral("header"))) {
        QString name;
        QString value;
        if (!OptionParsing::splitPair(header, QLatin1Char(':'), &name, &value))
            return ReplayCommand::tr("--header needs \"Name: value\", not \"%1\"").arg(header);
    }
    return {};
}

// The flags given override the replay settings stored in the file.
void applyFlags(const QCommandLineParser &parser, const ReplayFlags &flags, ReplaySettings *settings)
{
    if (parser.isSet(QStringLiteral("timing")))
        settings->timing = flags.timing;
    if (parser.isSet(QStringLiteral("speed")))
        settings->speed = flags.speed;
    if (parser.isSet(QStringLiteral("timeout")))
        settings->responseTimeoutMs = flags.timeoutMs;
    if (parser.isSet(QStringLiteral("connection")))
        settings->connection = quint32(flags.connection);
    if (parser.isSet(QStringLiteral("peer")))
        settings->peer = quint32(flags.peer);
    if (parser.isSet(QStringLiteral("connect")))
        settings->connect = quint32(flags.connect);
    settings->ignorePaths += parser.values(QStringLiteral("ignore"));
    if (parser.isSet(QStringLiteral("no-default-ignores")))
        settings->defaultIgnores = false;
}

// --url, --header, --bearer, --subprotocol and --insecure on top of the recorded target.
void applyTargetFlags(const QCommandLineParser &parser, ClientSettings *target)
{
    if (parser.isSet(QStringLiteral("url")))
        target->url = QUrl(parser.value(QStringLiteral("url")), QUrl::StrictMode);
    for (const QString &header : parser.values(QStringLiteral("header"))) {
        QString name;
        QString value;
        OptionParsing::splitPair(header, QLatin1Char(':'), &name, &value); // checked by readFlags()
        target->headers.append({name, value});
    }
    if (parser.isSet(QStringLiteral("bearer"))) {
        target->auth = AuthSettings();
        target->auth.kind = AuthKind::Bearer;
        target->auth.token = parser.value(QStringLiteral("bearer"));
    }
    if (parser.isSet(QStringLiteral("subprotocol")))
        target->subprotocols = parser.values(QStringLiteral("subprotocol"));
    if (parser.isSet(QStringLiteral("insecure")))
        target->tls.acceptInvalidCertificate = true;
}

QString introLine(const QString &path, const ReplayPlan &plan, const ReplaySettings &settings, const QUrl &url)
{
    QString conversation = ReplayCommand::tr("connection %1").arg(plan.connection);
    if (plan.peer != 0)
        conversation = ReplayCommand::tr("connection %1, peer %2").arg(plan.connection).arg(plan.peer);
    else if (plan.connect > 1)
        conversation = ReplayCommand::tr("connection %1, connect %2").arg(plan.connection).arg(plan.connect);
    const QString timing = settings.timing == ReplayTiming::AsRecorded && settings.speed != 1.0
                               ? ReplayCommand::tr("%1 at %2x").arg(replayTimingName(settings.timing)).arg(settings.speed)
                               : replayTimingName(settings.timing);
    return ReplayCommand::tr("Replaying %1 (%2, steps: %3) against %4, timing %5")
        .arg(path, conversation, QString::number(plan.steps.size()), url.toString(QUrl::RemovePassword), timing);
}

} // namespace

ReplayCommand::ReplayCommand(QObject *parent)
    : QObject(parent)
{
}

int ReplayCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptionsTo(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return ExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(tr("missing the session file"));
    if (positional.size() > 2)
        return usageError(tr("unexpected argument \"%1\"").arg(positional.at(2)));
    const QString path = positional.at(1);
    ReplayFlags flags;
    if (const QString problem = readFlags(parser, &flags); !problem.isEmpty())
        return usageError(problem);

    // The file next: its replay settings are the defaults the flags override.
    QString error;
    LoadedSession session;
    if (!loadSession(path, &session, &error, ReplaySetup::keepEvent))
        return fileError(error);
    if (session.recoveredEvents >= 0)
        std::fprintf(stderr, "sockscope replay: %s\n", qUtf8Printable(session.recoveryMessage));
    if (!session.warning.isEmpty())
        std::fprintf(stderr, "sockscope replay: %s\n", qUtf8Printable(tr("warning: %1").arg(session.warning)));

    ReplaySettings settings;
    QList<ReplayAssertion> assertions;
    if (!ReplaySetup::readHeader(session.header, &settings, &assertions, &error))
        return fileError(tr("%1: %2").arg(path, error));
    applyFlags(parser, flags, &settings);

    ReplayPlan plan;
    if (!buildReplayPlan(session.events, settings, &plan, &error))
        return fileError(tr("%1: %2").arg(path, error));
    if (plan.steps.isEmpty())
        return fileError(tr("%1: nothing to replay: the chosen conversation sent no messages").arg(path));
    for (const QString &warning : std::as_const(plan.warnings))
        std::fprintf(stderr, "sockscope replay: %s\n", qUtf8Printable(tr("warning: %1").arg(warning)));

    if (parser.isSet(QStringLiteral("verbose")))
        m_verbosePrinter = new EventPrinter(stderr, this);
    if (parser.isSet(QStringLiteral("serve")))
        return serveRecorded(parser, session, plan, quint16(flags.port));

    // The target: the recorded client's settings, or for a recorded server peer only what
    // the peer agreed on; --url and the flags on top.
    ClientSettings target;
    if (!ReplaySetup::target(session, plan, &target, &error))
        return fileError(tr("%1: %2").arg(path, error));
    applyTargetFlags(parser, &target);
    if (target.url.isEmpty())
        return usageError(tr("the recorded conversation is a server's peer: give the server to replay against with --url"));

    m_junitPath = parser.value(QStringLiteral("junit"));
    m_json = parser.isSet(QStringLiteral("json"));
    m_suiteName = QFileInfo(path).completeBaseName();
    if (!m_json)
        printOut(introLine(path, plan, settings, target.url));
    return replayAgainst(plan, settings, assertions, target);
}

int ReplayCommand::serveRecorded(const QCommandLineParser &parser, const LoadedSession &session, const ReplayPlan &plan,
                                 quint16 port)
{
    ServerSettings serverSettings;
    serverSettings.port = port;
    if (parser.isSet(QStringLiteral("host")))
        serverSettings.host = parser.value(QStringLiteral("host"));
    const QString subprotocol = ReplaySetup::recordedSubprotocol(session.events, plan.connection, plan.peer);
    serverSettings.subprotocols = subprotocol.isEmpty() ? QStringList() : QStringList{subprotocol};
    auto *server = new RecordedServer(plan, serverSettings, this);
    auto *printer = new EventPrinter(stdout, this);
    connect(server, &RecordedServer::eventOccurred, this, [this, printer](const Event &event) {
        // The URL first, alone on its line, so `--port 0` is usable from scripts.
        if (!m_urlPrinted && event.kind == EventKind::StateChange) {
            m_urlPrinted = true;
            printer->printLine(EventDetails::url(event).toUtf8());
        }
        printer->print(event);
    });
    connect(server->server(), &ServerConnection::stopped, this, [printer] {
        printer->flush();
        QCoreApplication::exit(ExitCode::Ok);
    });
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, [server] { server->stop(); });
    if (!server->start()) {
        printer->flush();
        std::fprintf(stderr, "sockscope replay: %s\n", qUtf8Printable(server->errorString()));
        return ExitCode::BadSettings;
    }
    printer->flush();
    return QCoreApplication::exec();
}

int ReplayCommand::replayAgainst(const ReplayPlan &plan, const ReplaySettings &settings,
                                 const QList<ReplayAssertion> &assertions, const ClientSettings &target)
{
    auto *runner = new ReplayRunner(plan, settings, assertions, target, this);
    if (m_verbosePrinter)
        connect(runner, &ReplayRunner::eventOccurred, m_verbosePrinter, &EventPrinter::print);
    connect(runner, &ReplayRunner::stepFinished, this, &ReplayCommand::onStepFinished);
    connect(runner, &ReplayRunner::finished, this, &ReplayCommand::onFinished);
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, runner, &ReplayRunner::abort);
    QTimer::singleShot(0, runner, &ReplayRunner::start);
    return QCoreApplication::exec();
}

void ReplayCommand::onStepFinished(const ReplayStepResult &result)
{
    m_waiting.insert(result.number, result);
    while (!m_waiting.isEmpty() && m_waiting.firstKey() == m_nextToPrint) {
        printStep(m_waiting.take(m_nextToPrint));
        ++m_nextToPrint;
    }
}

void ReplayCommand::printStep(const ReplayStepResult &result)
{
    if (m_json) {
        QJsonObject object = result.toJson();
        object.insert(QStringLiteral("kind"), QStringLiteral("step"));
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return;
    }
    const QString status = result.passed ? tr("PASS") : tr("FAIL");
    QString line = QStringLiteral("%1 %2  %3").arg(status, -5).arg(result.number, 3).arg(result.label);
    if (result.latencyNs >= 0)
        line += QStringLiteral("  (%1)").arg(milliseconds(result.latencyNs));
    printOut(line);
    if (result.passed)
        return;
    const QString details = result.diff.isEmpty() ? result.failures.join(QLatin1Char('\n')) : result.diff;
    for (const QString &detail : details.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        printOut(QStringLiteral("           %1").arg(detail));
}

void ReplayCommand::onFinished(const ReplayReport &report)
{
    // Whatever is still held back (a step that never reported, after an abort) in order.
    for (const ReplayStepResult &result : std::as_const(m_waiting))
        printStep(result);
    m_waiting.clear();
    if (m_json) {
        const QJsonObject summary{{QStringLiteral("kind"), QStringLiteral("summary")},
                                  {QStringLiteral("target"), report.target},
                                  {QStringLiteral("steps"), int(report.steps.size())},
                                  {QStringLiteral("passed"), report.passed},
                                  {QStringLiteral("failed"), report.failed},
                                  {QStringLiteral("durationMs"), double(report.durationNs) / 1e6}};
        printOut(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    } else {
        printOut(tr("Steps: %1, passed: %2, failed: %3 (%4 s)")
                     .arg(report.steps.size())
                     .arg(report.passed)
                     .arg(report.failed)
                     .arg(double(report.durationNs) / 1e9, 0, 'f', 2));
    }
    int exitCode = report.allPassed() ? ExitCode::Ok : ExitCode::ReplayFailed;
    if (!m_junitPath.isEmpty()) {
        QString error;
        if (!writeJUnit(m_junitPath, report, m_suiteName, &error)) {
            std::fprintf(stderr, "sockscope replay: %s\n", qUtf8Printable(error));
            if (exitCode == ExitCode::Ok)
                exitCode = ExitCode::SessionFile;
        }
    }
    if (m_verbosePrinter)
        m_verbosePrinter->flush();
    std::fflush(stdout);
    QCoreApplication::exit(exitCode);
}

} // namespace Sockscope
