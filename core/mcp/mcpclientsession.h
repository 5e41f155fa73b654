#pragma once

#include "mcppendingcalls.h"
#include "mcpreply.h"
#include "mcpsessionsettings.h"
#include "mcpsessionstate.h"

#include "event/event.h"
#include "jsonrpc/jsonrpctracker.h"
#include "transport/connectionstate.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Sockscope {

class MessageTransport;

// An MCP client session over a MessageTransport (a ClientConnection, or a test's fake):
// initialize (with the chosen protocol version, checked against the server's answer),
// notifications/initialized, then typed calls whose list methods follow nextCursor to the end. Server notifications are signalled as
// they arrive; server -> client requests are answered from the settings, never left hanging.
// Every time the connection opens (the first time and after each reconnect) the session
// initialises again and says so. Its own findings (version mismatch, orphan responses,
// timeouts, ...) are Events, in the connection's numbering.
class McpClientSession final : public QObject
{
    Q_OBJECT

public:
    // The connection is not owned; it may go first when both share a parent.
    explicit McpClientSession(MessageTransport *connection, const McpSessionSettings &settings = {},
                              QObject *parent = nullptr);

    const McpSessionSettings &settings() const { return m_settings; }
    // Takes effect at the next call or initialize; the request timeout stays the one the
    // session was made with (it belongs to the tracker, whose statistics outlive reconnects).
    void setSettings(const McpSessionSettings &settings) { m_settings = settings; }
    MessageTransport *connection() const { return m_connection; }
    McpSessionState state() const { return m_state; }
    bool isReady() const { return m_state == McpSessionState::Ready; }

    // What the last successful initialize said.
    QString protocolVersion() const { return m_protocolVersion; }
    QJsonObject initializeResult() const { return m_initializeResult; }
    QJsonObject serverInfo() const;
    QJsonObject serverCapabilities() const;
    QString instructions() const;
    // How many times initialize succeeded (2 and more: after reconnects).
    int initializeCount() const { return m_initializeCount; }
    QString lastError() const { return m_lastError; }
    // JSON-RPC pairing and per-method statistics of everything on the connection.
    const JsonRpcTracker &tracker() const { return m_tracker; }

    // Opens the connection if needed; initialises whenever it opens.
    void start();
    // Closes the connection normally (1000).
    void stop(const QString &reason = {});

    // Any request. Calls made before the session is ready wait for it. List methods
    // (tools/list, resources/list, resources/templates/list, prompts/list) page to the end.
    McpReply *request(const QString &method, const QJsonObject &params = {}, bool withProgressToken = false);
    bool notify(const QString &method, const QJsonObject &params = {});
    // Sends notifications/cancelled for a pending call and finishes it as cancelled.
    void cancel(McpReply *reply, const QString &reason = {});

    McpReply *listTools();
    McpReply *callTool(const QString &name, const QJsonObject &arguments = {});
    McpReply *listResources();
    McpReply *listResourceTemplates();
    McpReply *readResource(const QString &uri);
    McpReply *subscribeResource(const QString &uri);
    McpReply *unsubscribeResource(const QString &uri);
    McpReply *listPrompts();
    McpReply *getPrompt(const QString &name, const QJsonObject &arguments = {});
    McpReply *setLoggingLevel(const QString &level);
    // ref: {"type":"ref/prompt","name":...} or {"type":"ref/resource","uri":...}
    McpReply *complete(const QJsonObject &ref, const QString &argumentName, const QString &value,
                       const QJsonObject &contextArguments = {});
    McpReply *ping();

Q_SIGNALS:
    void stateChanged(Sockscope::McpSessionState state);
    // Every successful initialize, the first and each one after a reconnect.
    void initialized(const QJsonObject &result);
    // Initialize succeeded again after a reconnect; count is initializeCount().
    void reinitialized(int count);
    void initializeFailed(const QString &message);
    void notificationReceived(const QString &method, const QJsonObject &params);
    // A server -> client request was answered (with the configured reply or an error).
    void serverRequestAnswered(const QString &method, const QJsonObject &params, bool withError);
    // The session's own events: warnings, errors and notices (kind Error, see docs/EVENTS.md).
    void eventOccurred(const Sockscope::Event &event);
    // The connection ended for good; every call has finished.
    void finished();

private:
    // A message as it came: the text and the message's JSON Pointer in it ("" or "/2" in a
    // batch), for what the parsed JSON forgets (the order of keys).
    struct Received final
    {
        QByteArray text;
        QString pointer;
    };

    void setState(McpSessionState state);
    void onConnectionEvent(const Event &event);
    void onConnectionState(ConnectionState state);
    void onConnectionClosed();
    void onConnectionFinished();
    void onDeadline();
    void scheduleDeadline();
    void sendRequest(McpReply *reply, const QString &cursor = {});
    void flushQueued();
    void handleIncoming(const JsonRpcMessage &message, qint64 nowNs, const Received &received);
    void handleBatch(const JsonRpcMessage &message, qint64 nowNs, const Received &received);
    void handleInvalid(const JsonRpcMessage &message, qint64 nowNs);
    void handleNotification(const JsonRpcMessage &message);
    void handleResponse(const JsonRpcMessage &message, qint64 nowNs, const Received &received);
    void handlePage(McpReply *reply, const QJsonObject &result, qint64 nowNs, const Received &received);
    void handleTimeout(const JsonRpcFinding &finding, qint64 nowNs);
    QByteArray answerRequest(const JsonRpcMessage &request);
    void sendAnswer(const QByteArray &text);
    void report(const QList<JsonRpcFinding> &findings);
    void postNotice(const QString &id, const QString &message, const QString &level, const QJsonObject &details = {});

    // The initialize handshake (mcpclientsessioninitialize.cpp).
    void onOpened();
    void handleInitializeAnswer(const JsonRpcMessage &message);
    // Why the answer cannot be taken; empty when it can (its warnings are posted).
    QString checkInitializeResult(const JsonRpcMessage &message);
    void initializeSucceeded(const QJsonObject &result);
    void failInitialize(const QString &message);

    QPointer<MessageTransport> m_connection; // not owned
    quint32 m_connectionId;
    McpSessionSettings m_settings;
    McpSessionState m_state = McpSessionState::Idle;
    JsonRpcTracker m_tracker;
    QTimer *m_deadlineTimer;
    McpPendingCalls m_pending;
    QString m_protocolVersion;
    QJsonObject m_initializeResult;
    int m_initializeCount = 0;
    QString m_lastError;
};

} // namespace Sockscope
