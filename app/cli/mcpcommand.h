#pragma once

#include "closeexplanation.h"
#include "event/event.h"
#include "mcp/mcpcall.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

class QCommandLineParser;

namespace Sockscope {

class ClientConnection;
struct ClientSettings;
struct McpSessionSettings;
class EventPrinter;
class McpClientSession;
class McpReply;
class CommandRecording;

// `sockscope mcp URL [options] METHOD [TARGET]` or `... --script FILE`: a headless MCP
// client over WebSocket. Connects, initialises, runs the calls in order and prints each
// result as JSON on standard output; errors for people go to standard error.
class McpCommand final : public QObject
{
    Q_OBJECT

public:
    explicit McpCommand(QObject *parent = nullptr);
    // Parses `arguments` (starting with the command name); returns the exit code.
    int run(const QStringList &arguments);

private:
    // Each returns the usage error, empty when what it read is fine.
    QString readScript(const QCommandLineParser &parser, const QStringList &positional);
    QString readCall(const QCommandLineParser &parser, const QStringList &positional);
    QString readSettings(const QCommandLineParser &parser, ClientSettings *clientSettings,
                         McpSessionSettings *sessionSettings);
    // The session's signals: printing, the calls in turn, the end, SIGTERM.
    void connectSession(bool verbose);
    void onConnectionEvent(const Event &event);
    void onNotification(const QString &method, const QJsonObject &params);
    // `message`, followed by why the connection ended when that is what failed it.
    QString withEnding(const QString &message) const;
    void addCall(const McpCall &call);
    void runNext();
    void onReplyFinished(const McpCall &call, McpReply *reply);
    void printJson(const QJsonObject &object);
    void finish(int exitCode);
    int exitCodeForEnd() const;

    ClientConnection *m_connection = nullptr;
    McpClientSession *m_session = nullptr;
    EventPrinter *m_errorPrinter = nullptr; // --verbose: events on standard error
    CommandRecording *m_recording = nullptr;
    struct QueuedCall final
    {
        QString method;    // shared among the calls of one method
        QByteArray params; // compact JSON
        int line = 0;
    };
    QList<QueuedCall> m_calls;
    QHash<QString, QString> m_methods;
    int m_next = 0;
    bool m_scriptMode = false;
    bool m_compact = false;
    bool m_keepGoing = false;
    bool m_printStats = false;
    bool m_notificationLines = false; // --notifications: JSON lines on standard output
    bool m_everOpened = false;
    bool m_initializeFailed = false;
    bool m_callsDone = false;
    bool m_exiting = false;
    int m_exitCode = 0;
    QString m_lastError;        // stable id of the connection's last error event
    QString m_lastErrorMessage;
    CloseExplanation m_ending;
};

} // namespace Sockscope
