#pragma once

#include "mockconfig.h"
#include "mockoutput.h"
#include "mocksessionstate.h"

#include "jsonrpc/jsonrpcmessage.h"
#include "jsonschema/jsonschemavalidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <vector>

namespace Sockscope {

// One client's MCP session with the mock server, Sans-I/O: text in, MockOutputs out (answers
// now or later, progress steps, closes, cancellations, reports), times passed in. Conformant
// by default: -32700 / -32600 / -32601 / -32602 / -32002 where JSON-RPC and MCP say so,
// nothing but ping and initialize before initialize, the protocol version negotiated as the
// lifecycle says, batches only under 2025-03-26, binary messages closed with 1003. What goes
// on the wire is English whatever the language of the user interface, so recordings replay
// the same everywhere.
class MockSession final
{
    Q_DECLARE_TR_FUNCTIONS(MockSession)

public:
    // `serverCounters` (not owned, may be null) counts calls of sequences with scope
    // "server" across the sessions of one server.
    explicit MockSession(std::shared_ptr<const MockConfig> config, QHash<QString, quint64> *serverCounters = nullptr);

    MockSessionState state() const { return m_state; }
    // Negotiated in initialize; empty before.
    QString protocolVersion() const { return m_protocolVersion; }
    QJsonObject clientInfo() const { return m_clientInfo; }
    // Set by logging/setLevel; empty: everything is sent.
    QString logLevel() const { return m_logLevel; }

    QList<MockOutput> receiveText(const QByteArray &utf8, qint64 nowMs);
    QList<MockOutput> receiveBinary(const QByteArray &data);
    // Scheduled notifications due at `nowMs`.
    QList<MockOutput> poll(qint64 nowMs);
    // When poll() has something next; -1 for never.
    qint64 nextDueMs() const;
    void close();

    // The log levels of MCP, lowest first.
    static QStringList logLevels();

private:
    struct Answer
    {
        bool isError = false;
        QJsonValue result;
        int code = 0;
        QString message;
        QJsonValue data = QJsonValue(QJsonValue::Undefined);
        qint64 delayMs = 0;
        QList<MockOutput> before; // progress notifications, reports
    };
    struct Context
    {
        QJsonObject args;
        QString tool;
        quint64 call = 0;
        QJsonValue progressToken = QJsonValue(QJsonValue::Undefined);
        QString requestKey;
    };
    struct Timer
    {
        qint64 dueMs = -1;
        int sent = 0;
    };

    static Answer ok(const QJsonValue &result);
    static Answer error(int code, const QString &message, const QJsonValue &data = QJsonValue(QJsonValue::Undefined));

    QList<MockOutput> handle(const JsonRpcMessage &message, qint64 nowMs);
    QList<MockOutput> handleBatch(const JsonRpcMessage &batch, qint64 nowMs);
    Answer answerInvalid(const JsonRpcMessage &message) const;
    Answer answerRequest(const JsonRpcMessage &request, QList<MockOutput> *reports);
    QList<MockOutput> handleNotification(const JsonRpcMessage &notification, qint64 nowMs);
    QByteArray encode(const JsonRpcId &id, const Answer &answer) const;
    QList<MockOutput> respond(const JsonRpcMessage &request, Answer answer) const;

    Answer initialize(const QJsonObject &params, QList<MockOutput> *reports);
    Answer page(const QString &method, const QString &key, const QJsonArray &items, const QJsonObject &params) const;
    Answer callTool(const QJsonObject &params, const JsonRpcId &id);
    Answer readResource(const QJsonObject &params) const;
    Answer subscribe(const QJsonObject &params) const;
    Answer getPrompt(const QJsonObject &params) const;
    Answer setLogLevel(const QJsonObject &params);
    Answer complete(const QJsonObject &params) const;
    void resolve(const MockResponse &response, const Context &context, qint64 delayMs, Answer *answer);
    QJsonObject variables(const Context &context) const;
    bool hasCapability(const QString &name) const;

    std::shared_ptr<const MockConfig> m_config;
    QHash<QString, quint64> *m_serverCounters;
    QHash<QString, quint64> m_counters;   // sequences of this session
    QHash<QString, quint64> m_toolCalls;  // {{call}}
    QHash<QString, JsonSchemaValidator> m_argumentCheckers; // by tool, each schema read once
    MockSessionState m_state = MockSessionState::NotInitialized;
    QString m_protocolVersion;
    QJsonObject m_clientInfo;
    QJsonObject m_capabilities;           // the server's, computed once
    QString m_logLevel;
    std::vector<Timer> m_timers;          // one per configured notification
};

} // namespace Sockscope
