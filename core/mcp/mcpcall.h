#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Sockscope {

// One MCP call as a person writes it (`tools/call echo text=hi`), turned into the method and
// the params the protocol wants. Shared by `sockscope mcp` and its --script files.
struct McpCall final
{
    Q_DECLARE_TR_FUNCTIONS(McpCall)

public:
    QString method;
    QJsonObject params;
    int line = 0; // in a script file, 1-based; 0 elsewhere

    // tools/call NAME, prompts/get NAME, resources/read|subscribe|unsubscribe URI,
    // logging/setLevel LEVEL and completion/complete prompt:NAME|resource:URI take a target.
    static bool takesTarget(const QString &method);
    // Builds the params: tools/call {name, arguments}; prompts/get {name, arguments as
    // strings}; resources/* {uri}; logging/setLevel {level}; completion/complete {ref,
    // argument} from the one argument given; any other method takes the arguments as params.
    static std::optional<McpCall> make(const QString &method, const QString &target,
                                       const QJsonObject &arguments, QString *error);
    // JSON when the text parses as JSON (5, true, null, "x", {...}, [...]), else the text.
    static QJsonValue parseValue(const QString &text);
    // "key=value" with the value through parseValue.
    static bool parseArgument(const QString &text, QString *key, QJsonValue *value);
};

} // namespace Sockscope
