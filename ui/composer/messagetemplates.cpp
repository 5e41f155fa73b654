#include "messagetemplates.h"

#include "editor/jsonformatter.h"
#include "mcp/mcpprotocolversion.h"

namespace Sockscope {

namespace {

QString request(const QString &method, const QString &params = {})
{
    QString text = QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":{{nextId}},\"method\":\"") + method + QLatin1Char('"');
    if (!params.isEmpty())
        text += QStringLiteral(",\"params\":") + params;
    return JsonFormatter::pretty(text + QLatin1Char('}'));
}

QString notification(const QString &method, const QString &params = {})
{
    QString text = QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"") + method + QLatin1Char('"');
    if (!params.isEmpty())
        text += QStringLiteral(",\"params\":") + params;
    return JsonFormatter::pretty(text + QLatin1Char('}'));
}

QString result(const QString &value)
{
    return JsonFormatter::pretty(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":") + value + QLatin1Char('}'));
}

QString plain(const QString &json)
{
    return JsonFormatter::pretty(json);
}

// MCP requests and notifications a client sends.
void addClientTemplates(const QString &category, QList<MessageTemplates::Template> *list)
{
    const QStringList versions = McpProtocolVersion::all();
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        list->append({category, QStringLiteral("initialize (%1)").arg(*it),
                     request(QStringLiteral("initialize"),
                             QStringLiteral("{\"protocolVersion\":\"%1\",\"capabilities\":{},"
                                            "\"clientInfo\":{\"name\":\"sockscope\",\"version\":\"%2\"}}")
                                 .arg(*it, QStringLiteral(SOCKSCOPE_VERSION)))});
    }
    list->append({category, QStringLiteral("notifications/initialized"), notification(QStringLiteral("notifications/initialized"))});
    list->append({category, QStringLiteral("ping"), request(QStringLiteral("ping"))});
    list->append({category, QStringLiteral("tools/list"), request(QStringLiteral("tools/list"), QStringLiteral("{}"))});
    list->append({category, QStringLiteral("tools/call"),
                 request(QStringLiteral("tools/call"), QStringLiteral("{\"name\":\"echo\",\"arguments\":{\"text\":\"hello\"}}"))});
    list->append({category, QStringLiteral("resources/list"), request(QStringLiteral("resources/list"), QStringLiteral("{}"))});
    list->append({category, QStringLiteral("resources/templates/list"), request(QStringLiteral("resources/templates/list"), QStringLiteral("{}"))});
    list->append({category, QStringLiteral("resources/read"), request(QStringLiteral("resources/read"), QStringLiteral("{\"uri\":\"file:///example.txt\"}"))});
    list->append({category, QStringLiteral("resources/subscribe"), request(QStringLiteral("resources/subscribe"), QStringLiteral("{\"uri\":\"file:///example.txt\"}"))});
    list->append({category, QStringLiteral("resources/unsubscribe"), request(QStringLiteral("resources/unsubscribe"), QStringLiteral("{\"uri\":\"file:///example.txt\"}"))});
    list->append({category, QStringLiteral("prompts/list"), request(QStringLiteral("prompts/list"), QStringLiteral("{}"))});
    list->append({category, QStringLiteral("prompts/get"),
                 request(QStringLiteral("prompts/get"), QStringLiteral("{\"name\":\"greeting\",\"arguments\":{\"name\":\"Ada\"}}"))});
    list->append({category, QStringLiteral("logging/setLevel"), request(QStringLiteral("logging/setLevel"), QStringLiteral("{\"level\":\"info\"}"))});
    list->append({category, QStringLiteral("completion/complete"),
                 request(QStringLiteral("completion/complete"),
                         QStringLiteral("{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"greeting\"},\"argument\":{\"name\":\"name\",\"value\":\"A\"}}"))});
    list->append({category, QStringLiteral("notifications/cancelled"),
                 notification(QStringLiteral("notifications/cancelled"), QStringLiteral("{\"requestId\":1,\"reason\":\"no longer needed\"}"))});
    list->append({category, QStringLiteral("notifications/progress"),
                 notification(QStringLiteral("notifications/progress"), QStringLiteral("{\"progressToken\":\"token-1\",\"progress\":50,\"total\":100}"))});
    list->append({category, QStringLiteral("notifications/roots/list_changed"), notification(QStringLiteral("notifications/roots/list_changed"))});
}

// MCP requests and notifications a server sends.
void addServerTemplates(const QString &category, QList<MessageTemplates::Template> *list)
{
    list->append({category, QStringLiteral("ping"), request(QStringLiteral("ping"))});
    list->append({category, QStringLiteral("roots/list"), request(QStringLiteral("roots/list"))});
    list->append({category, QStringLiteral("sampling/createMessage"),
                 request(QStringLiteral("sampling/createMessage"),
                         QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":{\"type\":\"text\",\"text\":\"Hello\"}}],\"maxTokens\":100}"))});
    list->append({category, QStringLiteral("elicitation/create"),
                 request(QStringLiteral("elicitation/create"),
                         QStringLiteral("{\"message\":\"Your name?\",\"requestedSchema\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}}"))});
    list->append({category, QStringLiteral("notifications/message"),
                 notification(QStringLiteral("notifications/message"), QStringLiteral("{\"level\":\"info\",\"logger\":\"sockscope\",\"data\":\"hello\"}"))});
    list->append({category, QStringLiteral("notifications/progress"),
                 notification(QStringLiteral("notifications/progress"), QStringLiteral("{\"progressToken\":\"token-1\",\"progress\":50,\"total\":100}"))});
    list->append({category, QStringLiteral("notifications/resources/updated"),
                 notification(QStringLiteral("notifications/resources/updated"), QStringLiteral("{\"uri\":\"file:///example.txt\"}"))});
    list->append({category, QStringLiteral("notifications/resources/list_changed"), notification(QStringLiteral("notifications/resources/list_changed"))});
    list->append({category, QStringLiteral("notifications/tools/list_changed"), notification(QStringLiteral("notifications/tools/list_changed"))});
    list->append({category, QStringLiteral("notifications/prompts/list_changed"), notification(QStringLiteral("notifications/prompts/list_changed"))});
    list->append({category, QStringLiteral("notifications/cancelled"),
                 notification(QStringLiteral("notifications/cancelled"), QStringLiteral("{\"requestId\":1,\"reason\":\"no longer needed\"}"))});
}

// MCP responses.
void addResponseTemplates(const QString &category, QList<MessageTemplates::Template> *list)
{
    list->append({category, QStringLiteral("initialize result"),
                 result(QStringLiteral("{\"protocolVersion\":\"%1\",\"capabilities\":{\"tools\":{}},"
                                       "\"serverInfo\":{\"name\":\"sockscope\",\"version\":\"%2\"}}")
                            .arg(McpProtocolVersion::latest(), QStringLiteral(SOCKSCOPE_VERSION)))});
    list->append({category, QStringLiteral("tools/list result"),
                 result(QStringLiteral("{\"tools\":[{\"name\":\"echo\",\"description\":\"Echoes its text\","
                                       "\"inputSchema\":{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}},\"required\":[\"text\"]}}]}"))});
    list->append({category, QStringLiteral("tools/call result"),
                 result(QStringLiteral("{\"content\":[{\"type\":\"text\",\"text\":\"hello\"}],\"isError\":false}"))});
    list->append({category, QStringLiteral("empty result"), result(QStringLiteral("{}"))});
    list->append({category, QStringLiteral("error: method not found"),
                 plain(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"Method not found\"}}"))});
}

// The shapes of JSON-RPC 2.0.
void addJsonRpcTemplates(const QString &category, QList<MessageTemplates::Template> *list)
{
    list->append({category, QStringLiteral("request"), request(QStringLiteral("method"), QStringLiteral("{}"))});
    list->append({category, QStringLiteral("notification"), notification(QStringLiteral("method"), QStringLiteral("{}"))});
    list->append({category, QStringLiteral("result"), result(QStringLiteral("{}"))});
    list->append({category, QStringLiteral("error"),
                 plain(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32600,\"message\":\"Invalid Request\"}}"))});
    list->append({category, QStringLiteral("batch"),
                 plain(QStringLiteral("[{\"jsonrpc\":\"2.0\",\"id\":{{nextId}},\"method\":\"ping\"},"
                                      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}]"))});
}

// A plain JSON tool protocol (no JSON-RPC).
void addToolTemplates(const QString &category, QList<MessageTemplates::Template> *list)
{
    list->append({category, QStringLiteral("discover"), plain(QStringLiteral("{\"type\":\"discover\",\"request_id\":\"{{nextId}}\"}"))});
    list->append({category, QStringLiteral("call_tool"),
                 plain(QStringLiteral("{\"type\":\"call_tool\",\"request_id\":\"{{nextId}}\",\"tool\":\"echo\",\"arguments\":{\"text\":\"hello\"}}"))});
    list->append({category, QStringLiteral("tool_response"),
                 plain(QStringLiteral("{\"type\":\"tool_response\",\"request_id\":\"1\",\"result\":{\"text\":\"hello\"}}"))});
    list->append({category, QStringLiteral("tool_error"),
                 plain(QStringLiteral("{\"type\":\"tool_error\",\"request_id\":\"1\",\"error\":\"unknown tool\"}"))});
}

} // namespace

QStringList MessageTemplates::categories()
{
    return {tr("MCP: client to server"), tr("MCP: server to client"), tr("MCP: responses"), tr("JSON-RPC"),
            tr("Plain JSON tools")};
}

QList<MessageTemplates::Template> MessageTemplates::all()
{
    const QStringList c = categories();
    QList<Template> list;
    addClientTemplates(c.at(0), &list);
    addServerTemplates(c.at(1), &list);
    addResponseTemplates(c.at(2), &list);
    addJsonRpcTemplates(c.at(3), &list);
    addToolTemplates(c.at(4), &list);
    return list;
}

const MessageTemplates::Template *MessageTemplates::find(const QList<Template> &templates, const QString &name,
                                                        const QString &category)
{
    for (const Template &t : templates) {
        if (t.name == name && (category.isEmpty() || t.category == category))
            return &t;
    }
    return nullptr;
}

} // namespace Sockscope
