#pragma once

#include "mockanswer.h"
#include "mockcatalog.h"
#include "mockconfig.h"
#include "mockoutput.h"
#include "mocksessionstate.h"
#include "mocktoolresponder.h"

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
    struct Timer
    {
        qint64 dueMs = -1;
        int sent = 0;
    };

    QList<MockOutput> handle(const JsonRpcMessage &message, qint64 nowMs);
    QList<MockOutput> handleBatch(const JsonRpcMessage &batch, qint64 nowMs);
    MockAnswer answerInvalid(const JsonRpcMessage &message) const;
    MockAnswer answerRequest(const JsonRpcMessage &request, QList<MockOutput> *reports);
    QList<MockOutput> handleNotification(const JsonRpcMessage &notification, qint64 nowMs);
    QByteArray encode(const JsonRpcId &id, const MockAnswer &answer) const;
    QList<MockOutput> respond(const JsonRpcMessage &request, MockAnswer answer) const;

    MockAnswer initialize(const QJsonObject &params, QList<MockOutput> *reports);
    MockAnswer callTool(const QJsonObject &params, const JsonRpcId &id);
    MockAnswer subscribe(const QJsonObject &params) const;
    MockAnswer setLogLevel(const QJsonObject &params);
    bool hasCapability(const QString &name) const;

    std::shared_ptr<const MockConfig> m_config;
    MockCatalog m_catalog;
    MockToolResponder m_responder;
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
