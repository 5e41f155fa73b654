#include "connectcommand.h"

#include "event/eventdetails.h"

#include "clientoptions.h"
#include "eventprinter.h"
#include "exitcode.h"
#include "exitcodetable.h"
#include "optionparsing.h"
#include "commandrecording.h"
#include "signalwatcher.h"
#include "stdinreader.h"
#include "usageerror.h"

#include "common/monotonicclock.h"
#include "protocol/closecode.h"
#include "transport/clientconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace Sockscope {

ConnectCommand::ConnectCommand(Flavor flavor, QObject *parent)
    : QObject(parent)
    , m_flavor(flavor)
{
}

QString ConnectCommand::name() const
{
    return m_flavor == Flavor::Record ? QStringLiteral("record") : QStringLiteral("connect");
}

void ConnectCommand::addOptionsTo(QCommandLineParser *parser, CommandRecording::Flag recordFlag) const
{
    const QString recordIntro =
        tr("Record a session: connect to a WebSocket server, print every event as one JSON line on standard\n"
           "output, and save every event with the connection's settings in the session file --out\n"
           "(docs/SESSIONS.md), ready for 'sockscope replay'. Everything else works as in 'sockscope connect'.\n"
           "\n");
    parser->setApplicationDescription(
        (m_flavor == Flavor::Record ? recordIntro : QString())
        + tr("Connect to a WebSocket server and print every event as one JSON line on standard output.\n"
           "Messages to send come from --send (in order, once the connection opens) and, when no --send\n"
           "or --echo is given or with --stdin, from the lines of standard input. End of input closes the\n"
           "connection normally unless --count or --timeout says how long to stay. --echo sends every\n"
           "incoming message back and stays until the server closes, --count or --timeout.\n")
        + QLatin1Char('\n') + ExitCodeTable::helpSection(name()));
    parser->addHelpOption();
    parser->addPositionalArgument(name(), tr("The command."));
    parser->addPositionalArgument(QStringLiteral("url"), tr("ws:// or wss:// URL to connect to."));
    parser->addOptions({
        {QStringLiteral("send"), tr("Send this message once connected (repeatable, in order)."), tr("message")},
        {QStringLiteral("stdin"), tr("Also send the lines of standard input when --send is given.")},
        {QStringLiteral("binary"), tr("Send messages as binary frames instead of text.")},
        {QStringLiteral("base64"), tr("Messages to send are base64; send the decoded bytes as binary frames.")},
        {QStringLiteral("count"), tr("Exit 0 after N incoming text or binary messages."), tr("n")},
        {QStringLiteral("timeout"), tr("Stop after S seconds (exit 8 if --count was not reached)."), tr("seconds")},
        {QStringLiteral("stats"), tr("Print a final line with the connection's statistics.")},
        {QStringLiteral("quiet"), tr("Print only errors, warnings, refusals, backpressure and the --stats line, not every event.")},
        {QStringLiteral("echo"), tr("Send every incoming text or binary message back unchanged, in the same frame type.")},
    });
    EventPrinter::addOptionTo(parser);
    ClientOptions::addTo(parser);
    CommandRecording::addTo(parser, recordFlag);
}

int ConnectCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto recordFlag = m_flavor == Flavor::Record ? CommandRecording::Flag::Out : CommandRecording::Flag::Record;
    addOptionsTo(&parser, recordFlag);
    m_recording = new CommandRecording(name(), recordFlag, this);

    if (!parser.parse(arguments)) {
        return UsageError::print(name(), parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return ExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return UsageError::print(name(), positional.size() < 2 ? tr("missing the URL") : tr("unexpected argument \"%1\"").arg(positional.at(2)));
    }

    ClientSettings settings;
    settings.url = QUrl(positional.at(1), QUrl::StrictMode);
    QString error;
    if (!ClientOptions::read(parser, &settings, &error) || !m_recording->read(parser, &error)) {
        return UsageError::print(name(), error);
    }

    int timeoutMs = -1;
    if (const QString problem = readSendOptions(parser, &timeoutMs); !problem.isEmpty())
        return UsageError::print(name(), problem);
    m_echo = parser.isSet(QStringLiteral("echo"));
    m_quiet = parser.isSet(QStringLiteral("quiet"));
    m_printer = new EventPrinter(stdout, this);
    m_printer->setJsonRpcPairing(true);
    if (!m_printer->readOption(parser, &error)) {
        return UsageError::print(name(), error);
    }
    m_connection = new ClientConnection(settings, this);
    if (!m_recording->start(m_recording->clientConnection(m_connection->connectionId(), settings)))
        return ExitCode::SessionFile;
    connect(m_connection, &ClientConnection::eventOccurred, this, &ConnectCommand::onEvent);
    connect(m_connection, &ClientConnection::opened, this, &ConnectCommand::onOpened);
    connect(m_connection, &ClientConnection::finished, this, [this] { finish(exitCodeForEnd()); });

    startInputs(parser.isSet(QStringLiteral("stdin")), timeoutMs);

    // From the event loop: a connection that fails at once (a bad URL) must find a
    // running loop to exit.
    QTimer::singleShot(0, m_connection, [this] { m_connection->open(); });
    const int exitCode = QCoreApplication::exec();
    if (!m_recording->finish() && exitCode == ExitCode::Ok)
        return ExitCode::SessionFile;
    return exitCode;
}

void ConnectCommand::onEvent(const Event &event)
{
    if (!m_quiet || event.kind == EventKind::Error || event.kind == EventKind::Refused
        || event.kind == EventKind::HeartbeatMiss || isBackpressureNotice(event))
        m_printer->print(event);
    m_recording->record(event);
    switch (event.kind) {
    case EventKind::Error:
        if (!EventDetails::isWarning(event))
            m_lastError = EventDetails::errorId(event);
        break;
    case EventKind::Close:
        m_lastCloseCode = EventDetails::closeCode(event).value_or(0);
        break;
    case EventKind::Text:
    case EventKind::Binary:
        if (m_echo && event.direction == Direction::In) {
            // The payload is shared, not copied; a message the queue refuses is its own event.
            if (event.kind == EventKind::Text)
                m_connection->sendText(event.payload);
            else
                m_connection->sendBinary(event.payload);
        }
        if (event.direction == Direction::In && m_countTarget > 0 && ++m_received == m_countTarget) {
            // Leave politely: the close handshake, then exit 0.
            m_countTarget = 0;
            QTimer::singleShot(0, this, [this] {
                if (m_connection->state() == ConnectionState::Open)
                    m_connection->close(CloseCode::Normal, QStringLiteral("done"));
                else
                    finish(ExitCode::Ok);
            });
        }
        break;
    default:
        break;
    }
}

void ConnectCommand::onOpened()
{
    if (!m_everOpened) {
        m_everOpened = true;
        // --send first, before lines of standard input that arrived while connecting.
        m_pending.insert(m_pending.begin(), m_toSend.cbegin(), m_toSend.cend());
    }
    drainPending();
}

void ConnectCommand::closeIfInputDone()
{
    // End of input ends the session, once everything read is sent, unless --count or
    // --timeout says how long to stay.
    if (!m_stdinDone || !m_pending.empty() || m_countTarget >= 0 || m_hasTimeout)
        return;
    if (m_connection->state() == ConnectionState::Open)
        m_connection->close(CloseCode::Normal, QStringLiteral("end of input"));
}

void ConnectCommand::sendLine(const QByteArray &line)
{
    m_pending.push_back(line);
    drainPending();
}

QString ConnectCommand::readSendOptions(const QCommandLineParser &parser, int *timeoutMs)
{
    m_binary = parser.isSet(QStringLiteral("binary"));
    m_base64 = parser.isSet(QStringLiteral("base64"));
    m_printStats = parser.isSet(QStringLiteral("stats"));
    for (const QString &message : parser.values(QStringLiteral("send")))
        m_toSend.append(message.toUtf8());
    if (parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        m_countTarget = parser.value(QStringLiteral("count")).toLongLong(&ok);
        if (!ok || m_countTarget < 1)
            return tr("--count needs a positive whole number");
    }
    m_hasTimeout = parser.isSet(QStringLiteral("timeout"));
    QString error;
    if (!OptionParsing::readSeconds(parser, QStringLiteral("timeout"), 1, timeoutMs, &error))
        return error;
    return {};
}

void ConnectCommand::startInputs(bool readStdinAsked, int timeoutMs)
{
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, [this] {
        if (m_connection->state() == ConnectionState::Open)
            m_connection->close(CloseCode::Normal, QStringLiteral("client exiting"));
        else
            finish(ExitCode::Ok);
    });

    // An echoing client has its messages already: standard input only when asked for.
    const bool readStdin = (m_toSend.isEmpty() && !m_echo) || readStdinAsked;
    if (readStdin) {
        m_reader = new StdinReader(this);
        connect(m_reader, &StdinReader::lineRead, this, &ConnectCommand::sendLine);
        connect(m_reader, &StdinReader::finished, this, [this] {
            m_stdinDone = true;
            closeIfInputDone();
        });
        m_reader->start();
    }
    connect(m_connection, &ClientConnection::backpressureChanged, this, [this](bool waiting) {
        if (!waiting)
            drainPending();
    });
    // An echo answers what the server sends: a server that does not read it is not read.
    m_connection->setPauseReadingWhileBackpressured(m_echo);
    if (timeoutMs > 0) {
        QTimer::singleShot(timeoutMs, this, [this] {
            if (m_countTarget > 0)
                finish(ExitCode::Incomplete);
            else if (m_connection->state() == ConnectionState::Open)
                m_connection->close(CloseCode::Normal, QStringLiteral("timeout"));
            else
                finish(ExitCode::Ok);
        });
    }
}

void ConnectCommand::drainPending()
{
    // Under --on-queue-full wait the connection is backpressured above the send queue's mark:
    // the lines wait here and standard input is not read meanwhile, so the memory held is the
    // mark plus one chunk of input, whatever the input's size. Other policies never wait.
    while (!m_pending.empty() && m_connection->state() == ConnectionState::Open && !m_connection->isBackpressured()) {
        const QByteArray line = std::move(m_pending.front());
        m_pending.pop_front();
        transmit(line);
    }
    if (m_reader) {
        if (m_pending.empty())
            m_reader->resume();
        else
            m_reader->pause();
    }
    closeIfInputDone();
}

void ConnectCommand::transmit(const QByteArray &line)
{
    if (m_base64) {
        const auto decoded = QByteArray::fromBase64Encoding(line.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            Event event = makeEvent(EventKind::Error, Direction::Local, m_connection->connectionId());
            event.details.insert(QStringLiteral("error"), QStringLiteral("invalid-input"));
            event.details.insert(QStringLiteral("message"), tr("not valid base64, not sent: \"%1\"").arg(QString::fromUtf8(line.left(80))));
            event.details.insert(QStringLiteral("level"), QStringLiteral("warning"));
            onEvent(event);
            return;
        }
        m_connection->sendBinary(*decoded);
    } else if (m_binary) {
        m_connection->sendBinary(line);
    } else {
        m_connection->sendText(line);
    }
}

int ConnectCommand::exitCodeForEnd() const
{
    const QString &e = m_lastError;
    if (e == QLatin1String("invalid-url") || e == QLatin1String("tls-config"))
        return ExitCode::BadSettings;
    if (!m_everOpened || e == QLatin1String("reconnect-exhausted")) {
        if (e == QLatin1String("tls"))
            return ExitCode::TlsFailed;
        if (e == QLatin1String("http-status") || e == QLatin1String("handshake"))
            return ExitCode::HandshakeRefused;
        if (e == QLatin1String("handshake-timeout"))
            return ExitCode::HandshakeTimeout;
        if (!m_everOpened)
            return ExitCode::ConnectFailed;
    }
    if (m_lastCloseCode != CloseCode::Normal && m_lastCloseCode != CloseCode::GoingAway
        && m_lastCloseCode != CloseCode::NoStatus)
        return ExitCode::ClosedAbnormally;
    if (m_countTarget > 0)
        return ExitCode::Incomplete;
    return ExitCode::Ok;
}

void ConnectCommand::finish(int exitCode)
{
    if (m_exiting)
        return;
    m_exiting = true;
    if (m_printStats) {
        const QJsonObject stats{{QStringLiteral("kind"), QStringLiteral("stats")},
                                {QStringLiteral("conn"), double(m_connection->connectionId())},
                                {QStringLiteral("stats"), m_connection->stats().toJson(MonotonicClock::nowNs())}};
        m_printer->printLine(QJsonDocument(stats).toJson(QJsonDocument::Compact));
    }
    m_printer->flush();
    QCoreApplication::exit(exitCode);
}

} // namespace Sockscope
