#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace Sockscope {

// How the mock server answers one tools/call (docs/MOCK.md, "Response kinds"). Every kind
// but Static fills {{...}} placeholders from the call; every kind takes a delay.
struct MockResponse final
{
    enum class Kind : quint8 {
        Static,       // `result` as written
        Echo,         // the arguments back: as JSON text and as structuredContent
        Template,     // `result` with placeholders filled
        ToolError,    // a result with isError: true and `message` as its text
        JsonRpcError, // a JSON-RPC error: `errorCode`, `message`, `errorData`
        Progress,     // `steps` notifications/progress, `intervalMs` apart, then `next` one interval later
        Sequence,     // the next of `responses` on each call
        Sum,          // adds the numeric arguments; `result` is filled with {{sum}}
    };

    Kind kind = Kind::Echo;
    int delayMs = 0;                 // before the answer (and before the first progress step)

    QJsonObject result;              // Static, Template, Sum: the CallToolResult
    QString message;                 // ToolError, JsonRpcError; Progress: each step's message
    int errorCode = -32603;          // JsonRpcError
    QJsonValue errorData = QJsonValue(QJsonValue::Undefined);

    int steps = 5;                   // Progress
    int intervalMs = 200;            // Progress
    double total = 0;                // Progress: the total sent; 0 = steps
    std::vector<MockResponse> next;  // Progress: the answer after the last step (one item)

    std::vector<MockResponse> responses; // Sequence
    bool cycle = true;               // Sequence: start again after the last; false = keep the last
    bool perServer = false;          // Sequence: count calls over every session, not per session
    QString counterKey;              // Sequence: unique per sequence (the loader sets its JSON path)

    QStringList operands;            // Sum: the arguments to add; empty = every numeric one

    // "static", "echo", "template", "toolError", "jsonrpcError", "progress", "sequence", "sum"
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
    static QStringList kindNames();
};

} // namespace Sockscope
