#pragma once

#include "commandrecording.h"

#include "event/event.h"

#include <QObject>
#include <QStringList>

#include <deque>

class QCommandLineParser;

namespace Sockscope {

class ClientConnection;
class EventPrinter;
class StdinReader;

// `sockscope connect URL [options]`: a scriptable client printing every event as a
// JSON line; messages come from --send and standard input. `sockscope record URL --out
// FILE` is the same client recording into a session file.
class ConnectCommand final : public QObject
{
    Q_OBJECT

public:
    enum class Flavor { Connect, Record };

    explicit ConnectCommand(Flavor flavor = Flavor::Connect, QObject *parent = nullptr);
    // Parses `arguments` (starting with the command name); returns the exit code.
    int run(const QStringList &arguments);

private:
    void addOptionsTo(QCommandLineParser *parser, CommandRecording::Flag recordFlag) const;
    void onEvent(const Event &event);
    void onOpened();
    void sendLine(const QByteArray &line);
    void drainPending();
    // --send, --binary, --base64, --count, --timeout (seconds, into `timeoutMs`) and --stats;
    // the usage error, empty when they read.
    QString readSendOptions(const QCommandLineParser &parser, int *timeoutMs);
    // SIGTERM, standard input (unless --send or --echo gave the messages), backpressure, the timeout.
    void startInputs(bool readStdinAsked, int timeoutMs);
    void transmit(const QByteArray &line);
    void closeIfInputDone();
    void finish(int exitCode);
    int exitCodeForEnd() const;

    QString name() const;

    Flavor m_flavor;
    ClientConnection *m_connection = nullptr;
    EventPrinter *m_printer = nullptr;
    CommandRecording *m_recording = nullptr;
    QList<QByteArray> m_toSend;     // --send values, sent once at the first open
    // Lines to send: --send at the first open, standard input; waiting while the connection
    // is not open or is backpressured.
    std::deque<QByteArray> m_pending;
    StdinReader *m_reader = nullptr;
    bool m_everOpened = false;
    bool m_binary = false;
    bool m_base64 = false;
    bool m_printStats = false;
    bool m_echo = false;            // --echo: every incoming message goes back unchanged
    bool m_quiet = false;           // --quiet: problems, backpressure and stats only
    bool m_stdinDone = false;
    bool m_hasTimeout = false;
    bool m_exiting = false;
    qint64 m_countTarget = -1;
    qint64 m_received = 0;
    QString m_lastError;            // stable id of the last error event
    int m_lastCloseCode = 0;
};

} // namespace Sockscope
