// MockConfigLoader: the built-in configuration, every field of a complete file, and a table
// of broken files, each rejected with the file, the JSON path and what is wrong.

#include "mock/mockconfigloader.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;

namespace {

QByteArray doc(const QByteArray &members)
{
    return R"({"format": "sockscope-mock", "version": 1)" + (members.isEmpty() ? QByteArray() : ", " + members) + "}";
}

QByteArray tool(const QByteArray &members)
{
    return doc(R"("tools": [{"name": "t", )" + members + "}]");
}

QByteArray toolResponse(const QByteArray &response)
{
    return tool(R"("response": )" + response);
}

} // namespace

class TestMockConfigLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues();
    void builtinDefaultLoads();
    void minimalFile();
    void completeFile();
    void brokenFiles_data();
    void brokenFiles();
    void fileErrors();
    void errorText();
};

void TestMockConfigLoader::shouldHaveDefaultValues()
{
    const MockConfig config;
    QCOMPARE(config.serverName, QStringLiteral("sockscope-mock"));
    QCOMPARE(config.pageSize, 100);
    QVERIFY(config.protocolVersions.isEmpty());
    QCOMPARE(config.acceptedProtocolVersions(),
             (QStringList{QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"),
                          QStringLiteral("2024-11-05")}));
    QVERIFY(!config.capabilities.has_value());
    QCOMPARE(config.effectiveCapabilities(), QJsonObject({{QStringLiteral("logging"), QJsonObject()}}));
    const MockFaults faults;
    QVERIFY(!faults.isActive());
    QCOMPARE(faults.closeCode, quint16(1011));
    QCOMPARE(faults.oversizedBytes, qint64(1048577));
    QCOMPARE(faults.toJson(), QJsonObject());
    const MockTool tool;
    QCOMPARE(tool.response.kind, MockResponse::Kind::Echo);
    QCOMPARE(tool.inputSchema, QJsonObject({{QStringLiteral("type"), QStringLiteral("object")}}));
}

void TestMockConfigLoader::builtinDefaultLoads()
{
    MockConfig config;
    MockConfigLoader loader;
    QVERIFY2(loader.loadBuiltin(&config), qPrintable(loader.error().toString()));
    QStringList tools;
    for (const MockTool &tool : config.tools)
        tools.append(tool.name);
    QCOMPARE(tools, (QStringList{QStringLiteral("echo"), QStringLiteral("add"), QStringLiteral("greet"), QStringLiteral("slow"),
                                 QStringLiteral("wait"), QStringLiteral("fail"), QStringLiteral("reject"), QStringLiteral("cycle")}));
    QCOMPARE(config.resources.size(), 2);
    QVERIFY(!config.resources.at(0).isBlob);
    QVERIFY(config.resources.at(1).isBlob);
    QVERIFY(config.resources.at(1).blob.startsWith("\x89PNG"));
    QCOMPARE(config.resourceTemplates.size(), 1);
    QCOMPARE(config.prompts.size(), 2);
    QCOMPARE(config.notifications.size(), 1);
    QCOMPARE(config.source, MockConfigLoader::builtinFileName());
    // The default covers every response kind, so it can serve as the documented example.
    QSet<MockResponse::Kind> kinds;
    std::function<void(const MockResponse &)> collect = [&](const MockResponse &response) {
        kinds.insert(response.kind);
        for (const MockResponse &inner : response.responses)
            collect(inner);
        for (const MockResponse &inner : response.next)
            collect(inner);
    };
    for (const MockTool &tool : config.tools)
        collect(tool.response);
    QCOMPARE(kinds.size(), MockResponse::kindNames().size());
    const QJsonObject capabilities = config.effectiveCapabilities();
    for (const char *name : {"tools", "resources", "prompts", "logging", "completions"})
        QVERIFY2(capabilities.contains(QLatin1String(name)), name);
}

void TestMockConfigLoader::minimalFile()
{
    MockConfig config;
    MockConfigLoader loader;
    QVERIFY2(loader.loadData(doc({}), QStringLiteral("min.json"), &config), qPrintable(loader.error().toString()));
    QVERIFY(config.tools.isEmpty());
    QCOMPARE(config.source, QStringLiteral("min.json"));
    QCOMPARE(config.latestProtocolVersion(), QStringLiteral("2025-11-25"));
}

void TestMockConfigLoader::completeFile()
{
    const QByteArray json = doc(R"(
        "description": "every field",
        "server": {"name": "srv", "version": "9.9", "title": "Server"},
        "instructions": "Be nice.",
        "protocolVersions": ["2025-03-26", "2024-11-05"],
        "capabilities": {"tools": {"listChanged": true}, "experimental": {}},
        "pageSize": 2,
        "tools": [
            {"name": "t1", "title": "T1", "description": "", "inputSchema": {"type": "object",
              "properties": {"n": {"type": "integer", "minimum": 0, "exclusiveMaximum": 10}}},
             "outputSchema": {"type": "object"}, "annotations": {"readOnlyHint": true},
             "response": {"kind": "sequence", "scope": "server", "cycle": false, "responses": [
                 {"kind": "template", "delayMs": 5, "result": {"content": [], "x": "{{args.n}}"}},
                 {"kind": "progress", "steps": 3, "intervalMs": 7, "total": 30, "message": "{{step}}/{{steps}}",
                  "then": {"kind": "jsonrpcError", "code": 42, "message": "m {{call}}", "data": {"a": "{{tool}}"}}}
             ]}},
            {"name": "t2"},
            {"name": "t3", "response": {"kind": "sum", "content": [{"type": "text", "text": "{{sum}}"}]}}
        ],
        "resources": [{"uri": "u://1", "name": "one", "title": "One", "description": "d", "mimeType": "text/plain",
                       "text": "hi", "annotations": {"priority": 1}}],
        "resourceTemplates": [{"uriTemplate": "u://x/{a}/{b}", "name": "x", "blob": "AAE="}],
        "prompts": [{"name": "p", "arguments": [{"name": "a", "required": true, "values": ["x", "y"]}],
                     "messages": [{"role": "assistant", "content": {"type": "text", "text": "{{args.a}} {{prompt}}"}}]}],
        "notifications": [{"method": "notifications/tools/list_changed", "delayMs": 10},
                          {"method": "notifications/message", "params": {"level": "info", "data": "{{count}}"},
                           "intervalMs": 50, "count": 3}],
        "faults": {"latencyMs": [10, 20], "dropRate": 0.5, "malformedRate": 0.25, "oversizedRate": 1,
                   "oversizedBytes": 5000, "closeAfterMessages": 7, "closeCode": 4000, "closeReason": "bye",
                   "ignorePings": true, "methods": ["tools/call"], "seed": 12345}
    )");
    MockConfig config;
    MockConfigLoader loader;
    QVERIFY2(loader.loadData(json, QStringLiteral("full.json"), &config), qPrintable(loader.error().toString()));
    QCOMPARE(config.serverName, QStringLiteral("srv"));
    QCOMPARE(config.serverVersion, QStringLiteral("9.9"));
    QCOMPARE(config.serverTitle, QStringLiteral("Server"));
    QCOMPARE(config.instructions, QStringLiteral("Be nice."));
    QCOMPARE(config.acceptedProtocolVersions(), (QStringList{QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")}));
    QCOMPARE(config.negotiateProtocolVersion(QStringLiteral("2024-11-05")), QStringLiteral("2024-11-05"));
    QCOMPARE(config.negotiateProtocolVersion(QStringLiteral("2025-11-25")), QStringLiteral("2025-03-26"));
    QCOMPARE(config.effectiveCapabilities().keys(), (QStringList{QStringLiteral("experimental"), QStringLiteral("tools")}));
    QCOMPARE(config.pageSize, 2);

    QCOMPARE(config.tools.size(), 3);
    const MockTool &t1 = config.tools.at(0);
    QCOMPARE(t1.title, QStringLiteral("T1"));
    QCOMPARE(t1.annotations.value(QLatin1String("readOnlyHint")).toBool(), true);
    QCOMPARE(t1.outputSchema, QJsonObject({{QStringLiteral("type"), QStringLiteral("object")}}));
    QCOMPARE(t1.response.kind, MockResponse::Kind::Sequence);
    QVERIFY(t1.response.perServer);
    QVERIFY(!t1.response.cycle);
    QCOMPARE(t1.response.counterKey, QStringLiteral("$.tools[0].response"));
    QCOMPARE(t1.response.responses.size(), size_t(2));
    QCOMPARE(t1.response.responses.at(0).kind, MockResponse::Kind::Template);
    QCOMPARE(t1.response.responses.at(0).delayMs, 5);
    QCOMPARE(t1.response.responses.at(0).result.value(QLatin1String("x")).toString(), QStringLiteral("{{args.n}}"));
    const MockResponse &progress = t1.response.responses.at(1);
    QCOMPARE(progress.kind, MockResponse::Kind::Progress);
    QCOMPARE(progress.steps, 3);
    QCOMPARE(progress.intervalMs, 7);
    QCOMPARE(progress.total, 30.0);
    QCOMPARE(progress.next.size(), size_t(1));
    QCOMPARE(progress.next.front().kind, MockResponse::Kind::JsonRpcError);
    QCOMPARE(progress.next.front().errorCode, 42);
    QCOMPARE(progress.next.front().errorData.toObject().value(QLatin1String("a")).toString(), QStringLiteral("{{tool}}"));
    QCOMPARE(config.tools.at(1).response.kind, MockResponse::Kind::Echo);
    QCOMPARE(config.tools.at(2).response.kind, MockResponse::Kind::Sum);
    QVERIFY(config.tools.at(2).response.operands.isEmpty());

    QCOMPARE(config.resources.at(0).text, QStringLiteral("hi"));
    QCOMPARE(config.resources.at(0).listing().value(QLatin1String("size")).toInt(), 2);
    QCOMPARE(config.resourceTemplates.at(0).blob, QByteArray("\x00\x01", 2));
    QJsonObject variables;
    QVERIFY(config.resourceTemplates.at(0).match(QStringLiteral("u://x/one/t%20wo"), &variables));
    QCOMPARE(variables, QJsonObject({{QStringLiteral("a"), QStringLiteral("one")}, {QStringLiteral("b"), QStringLiteral("t wo")}}));
    QVERIFY(!config.resourceTemplates.at(0).match(QStringLiteral("u://x/one"), &variables));
    QVERIFY(!config.resourceTemplates.at(0).match(QStringLiteral("u://x/a/b/c"), &variables));
    QCOMPARE(config.prompts.at(0).arguments.at(0).values, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    QVERIFY(config.prompts.at(0).arguments.at(0).required);

    QCOMPARE(config.notifications.size(), 2);
    QCOMPARE(config.notifications.at(0).effectiveCount(), 1);
    QCOMPARE(config.notifications.at(1).intervalMs, 50);
    QCOMPARE(config.notifications.at(1).effectiveCount(), 3);

    const MockFaults &faults = config.faults;
    QCOMPARE(faults.latencyMinMs, 10);
    QCOMPARE(faults.latencyMaxMs, 20);
    QCOMPARE(faults.dropRate, 0.5);
    QCOMPARE(faults.malformedRate, 0.25);
    QCOMPARE(faults.oversizedRate, 1.0);
    QCOMPARE(faults.oversizedBytes, qint64(5000));
    QCOMPARE(faults.closeAfterMessages, 7);
    QCOMPARE(faults.closeCode, quint16(4000));
    QCOMPARE(faults.closeReason, QStringLiteral("bye"));
    QVERIFY(faults.ignorePings);
    QCOMPARE(faults.methods, QStringList{QStringLiteral("tools/call")});
    QCOMPARE(faults.seed, quint64(12345));
    QVERIFY(faults.appliesTo(QStringLiteral("tools/call")));
    QVERIFY(!faults.appliesTo(QStringLiteral("ping")));
    // toJson writes what the file said.
    QCOMPARE(faults.toJson().value(QLatin1String("latencyMs")).toArray(), (QJsonArray{10, 20}));
    QCOMPARE(faults.toJson().value(QLatin1String("closeCode")).toInt(), 4000);
}

void TestMockConfigLoader::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &json, const char *path, const char *message) {
        QTest::newRow(name) << json << QString::fromUtf8(path) << QString::fromUtf8(message);
    };
    // The file as a whole
    row("array at the top", "[]", "$", "must be a JSON object");
    row("format missing", R"({"version": 1})", "$.format", "this is not a Sockscope mock file");
    row("format wrong", R"({"format": "mcp-mock", "version": 1})", "$.format", R"(must be "sockscope-mock", not "mcp-mock")");
    row("version missing", R"({"format": "sockscope-mock"})", "$.version", "missing: the format version (this Sockscope reads version 1)");
    row("version newer", R"({"format": "sockscope-mock", "version": 2})", "$.version", "version 2 is not supported: this Sockscope reads version 1");
    row("version a string", R"({"format": "sockscope-mock", "version": "1"})", "$.version", "must be a whole number");
    row("unknown top member", doc(R"("tool": [])"), "$.tool", "unknown member; expected one of: format, version");
    row("server a string", doc(R"("server": "x")"), "$.server", "must be an object, not a string");
    row("server without name", doc(R"("server": {"version": "1"})"), "$.server.name", "missing: expected a string");
    row("instructions a number", doc(R"("instructions": 5)"), "$.instructions", "must be a string, not a number");
    row("protocol versions empty", doc(R"("protocolVersions": [])"), "$.protocolVersions", "must not be empty");
    row("protocol version not a date", doc(R"("protocolVersions": ["2025-06-18", "latest"])"), "$.protocolVersions[1]", R"("latest" is not a protocol version)");
    row("protocol version twice", doc(R"("protocolVersions": ["2025-06-18", "2025-06-18"])"), "$.protocolVersions[1]", "already used at $.protocolVersions[0]");
    row("capability not an object", doc(R"("capabilities": {"tools": true})"), "$.capabilities.tools", "must be an object, not true or false");
    row("page size negative", doc(R"("pageSize": -1)"), "$.pageSize", "must be between 0 and 1000000, not -1");
    row("page size fractional", doc(R"("pageSize": 1.5)"), "$.pageSize", "must be a whole number, not 1.5");
    // Numbers no int can hold are refused by comparing them before any conversion (no undefined behaviour).
    row("page size 1e300", doc(R"("pageSize": 1e300)"), "$.pageSize", "must be between 0 and 1000000, not 1e+300");
    row("page size -1e300", doc(R"("pageSize": -1e300)"), "$.pageSize", "must be between 0 and 1000000, not -1e+300");
    row("version 1e300", R"({"format": "sockscope-mock", "version": 1e300})", "$.version", "must be a whole number from 1 to 2147483647, not 1e+300");
    // Tools
    row("tools an object", doc(R"("tools": {})"), "$.tools", "must be an array, not an object");
    row("tool a string", doc(R"("tools": ["echo"])"), "$.tools[0]", "must be an object, not a string");
    row("tool without name", doc(R"("tools": [{"title": "x"}])"), "$.tools[0].name", "missing: expected a string");
    row("tool name empty", tool(R"("title": "x")").replace(R"("name": "t")", R"("name": "")"), "$.tools[0].name", "must not be empty");
    row("tool name twice", doc(R"("tools": [{"name": "a"}, {"name": "a"}])"), "$.tools[1].name", R"("a" is already used at $.tools[0])");
    row("tool member misspelt", tool(R"("inputschema": {})"), "$.tools[0].inputschema", "unknown member");
    row("input schema not of an object", tool(R"("inputSchema": {"type": "string"})"), "$.tools[0].inputSchema.type", R"(must be "object", not "string")");
    row("input schema without type", tool(R"("inputSchema": {"properties": {}})"), "$.tools[0].inputSchema.type", R"(must be "object")");
    row("output schema not of an object", tool(R"("outputSchema": {"type": "array"})"), "$.tools[0].outputSchema.type", R"(must be "object")");
    row("schema type unknown", tool(R"("inputSchema": {"type": "object", "properties": {"a": {"type": "float"}}})"),
        "$.tools[0].inputSchema.properties.a.type", R"("float" is not a JSON Schema type)");
    row("schema type list", tool(R"("inputSchema": {"type": "object", "properties": {"a": {"type": ["string", 5]}}})"),
        "$.tools[0].inputSchema.properties.a.type[1]", "5 is not a JSON Schema type");
    row("schema required not a list", tool(R"("inputSchema": {"type": "object", "required": "a"})"),
        "$.tools[0].inputSchema.required", "must be an array, not a string");
    row("schema required item", tool(R"("inputSchema": {"type": "object", "required": ["a", 1]})"),
        "$.tools[0].inputSchema.required[1]", "must be a string, not a number");
    row("schema minimum a string", tool(R"("inputSchema": {"type": "object", "properties": {"a": {"type": "number", "minimum": "0"}}})"),
        "$.tools[0].inputSchema.properties.a.minimum", "must be a number, not a string");
    row("nested schema max length", tool(R"("inputSchema": {"type": "object", "properties": {"user": {"type": "object", "properties": {"name": {"type": "string", "maxLength": -1}}}}})"),
        "$.tools[0].inputSchema.properties.user.properties.name.maxLength", "must be a whole number of 0 or more, not -1");
    row("schema pattern invalid", tool(R"("inputSchema": {"type": "object", "properties": {"a": {"type": "string", "pattern": "(["}}})"),
        "$.tools[0].inputSchema.properties.a.pattern", "not a valid regular expression");
    row("schema items", tool(R"("inputSchema": {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "text"}}}})"),
        "$.tools[0].inputSchema.properties.tags.items.type", R"("text" is not a JSON Schema type)");
    row("schema enum empty", tool(R"("inputSchema": {"type": "object", "properties": {"a": {"enum": []}}})"),
        "$.tools[0].inputSchema.properties.a.enum", "must be a non-empty array");
    row("schema anyOf", tool(R"("inputSchema": {"type": "object", "anyOf": [{"type": "object"}, 3]})"),
        "$.tools[0].inputSchema.anyOf[1]", "must be an object, not a number");
    row("schema odd key", tool(R"("inputSchema": {"type": "object", "properties": {"first name": {"type": 1}}})"),
        R"($.tools[0].inputSchema.properties["first name"].type)", "must be a string, not a number");
    row("schema multipleOf zero", tool(R"("inputSchema": {"type": "object", "properties": {"a": {"multipleOf": 0}}})"),
        "$.tools[0].inputSchema.properties.a.multipleOf", "must be greater than 0");
    // Responses
    row("response without kind", toolResponse(R"({"content": []})"), "$.tools[0].response.kind", "missing: expected a string");
    row("response kind unknown", toolResponse(R"({"kind": "random"})"), "$.tools[0].response.kind", R"(must be one of "static", "echo")");
    row("static without content", toolResponse(R"({"kind": "static"})"), "$.tools[0].response.content", R"(missing: give "content" (an array) or "result" (an object))");
    row("static content an object", toolResponse(R"({"kind": "static", "content": {}})"), "$.tools[0].response.content", "must be an array, not an object");
    row("content type unknown", toolResponse(R"({"kind": "static", "content": [{"type": "video"}]})"), "$.tools[0].response.content[0].type", R"(must be one of "text", "image")");
    row("text content without text", toolResponse(R"({"kind": "static", "content": [{"type": "text"}]})"), "$.tools[0].response.content[0].text", "missing: expected a string");
    row("image content without data", toolResponse(R"({"kind": "static", "content": [{"type": "image", "mimeType": "image/png"}]})"), "$.tools[0].response.content[0].data", "missing: expected a string");
    row("result and content", toolResponse(R"({"kind": "static", "result": {}, "content": []})"), "$.tools[0].response.result", R"("result" takes the place of "content")");
    row("isError not a bool", toolResponse(R"({"kind": "static", "content": [], "isError": "yes"})"), "$.tools[0].response.isError", "must be true or false, not a string");
    row("structured content an array", toolResponse(R"({"kind": "static", "content": [], "structuredContent": []})"), "$.tools[0].response.structuredContent", "must be an object, not an array");
    row("structured content text", toolResponse(R"({"kind": "template", "content": [], "structuredContent": "x {{args}}"})"),
        "$.tools[0].response.structuredContent", "must be an object, not a string");
    row("structured content placeholder in static", toolResponse(R"({"kind": "static", "content": [], "structuredContent": "{{args}}"})"),
        "$.tools[0].response.structuredContent", "must be an object, not a string");
    row("template placeholder unknown", toolResponse(R"({"kind": "template", "content": [{"type": "text", "text": "hi {{arg.name}}"}]})"),
        "$.tools[0].response.content[0].text", R"({{arg.name}} is not a placeholder here; use one of "args", "tool", "call", "now")");
    row("echo with content", toolResponse(R"({"kind": "echo", "content": []})"), "$.tools[0].response.content", "unknown member; expected one of: kind, delayMs");
    row("delay negative", toolResponse(R"({"kind": "echo", "delayMs": -5})"), "$.tools[0].response.delayMs", "must be between 0 and 86400000, not -5");
    row("delay too long", toolResponse(R"({"kind": "echo", "delayMs": 86400001})"), "$.tools[0].response.delayMs", "must be between 0 and 86400000");
    row("tool error without message", toolResponse(R"({"kind": "toolError"})"), "$.tools[0].response.message", "missing: expected a string");
    row("tool error placeholder", toolResponse(R"({"kind": "toolError", "message": "{{step}}"})"), "$.tools[0].response.message", "{{step}} is not a placeholder here");
    row("json-rpc error without code", toolResponse(R"({"kind": "jsonrpcError", "message": "x"})"), "$.tools[0].response.code", "missing: expected a number");
    row("json-rpc error code fractional", toolResponse(R"({"kind": "jsonrpcError", "code": -1.5, "message": "x"})"), "$.tools[0].response.code", "must be a whole number, not -1.5");
    row("json-rpc error code 1e300", toolResponse(R"({"kind": "jsonrpcError", "code": 1e300, "message": "x"})"), "$.tools[0].response.code", "must be between -2147483648 and 2147483647, not 1e+300");
    row("delay -1e300", toolResponse(R"({"kind": "echo", "delayMs": -1e300})"), "$.tools[0].response.delayMs", "must be between 0 and 86400000, not -1e+300");
    row("json-rpc error without message", toolResponse(R"({"kind": "jsonrpcError", "code": 1})"), "$.tools[0].response.message", "missing: expected a string");
    row("progress without steps", toolResponse(R"({"kind": "progress", "steps": 0})"), "$.tools[0].response.steps", "must be between 1 and 100000, not 0");
    row("progress total zero", toolResponse(R"({"kind": "progress", "total": 0})"), "$.tools[0].response.total", "must be greater than 0");
    row("progress then broken", toolResponse(R"({"kind": "progress", "then": {"kind": "toolError"}})"), "$.tools[0].response.then.message", "missing: expected a string");
    row("sequence without responses", toolResponse(R"({"kind": "sequence"})"), "$.tools[0].response.responses", "missing: expected an array");
    row("sequence empty", toolResponse(R"({"kind": "sequence", "responses": []})"), "$.tools[0].response.responses", "must not be empty");
    row("sequence item broken", toolResponse(R"({"kind": "sequence", "responses": [{"kind": "echo"}, {"kind": "jsonrpcError", "code": 5}]})"),
        "$.tools[0].response.responses[1].message", "missing: expected a string");
    row("sequence nested", toolResponse(R"({"kind": "sequence", "responses": [{"kind": "sequence", "responses": [{"kind": "nope"}]}]})"),
        "$.tools[0].response.responses[0].responses[0].kind", "must be one of");
    row("sequence scope", toolResponse(R"({"kind": "sequence", "responses": [{"kind": "echo"}], "scope": "global"})"),
        "$.tools[0].response.scope", R"(must be one of "session", "server", not "global")");
    row("sum operands", toolResponse(R"({"kind": "sum", "operands": ["a", 2]})"), "$.tools[0].response.operands[1]", "must be a string, not a number");
    // Resources and templates
    row("resource without body", doc(R"("resources": [{"uri": "u://1", "name": "n"}])"), "$.resources[0].text", R"(missing: give "text" or "blob")");
    row("resource with both", doc(R"("resources": [{"uri": "u://1", "name": "n", "text": "", "blob": ""}])"), "$.resources[0].blob", R"(give either "text" or "blob", not both)");
    row("resource blob not base64", doc(R"("resources": [{"uri": "u://1", "name": "n", "blob": "abc!"}])"), "$.resources[0].blob", "is not valid base64");
    row("resource without uri", doc(R"("resources": [{"name": "n", "text": ""}])"), "$.resources[0].uri", "missing: expected a string");
    row("resource uri twice", doc(R"("resources": [{"uri": "u://1", "name": "a", "text": ""}, {"uri": "u://1", "name": "b", "text": ""}])"),
        "$.resources[1].uri", R"("u://1" is already used at $.resources[0])");
    row("template unclosed", doc(R"("resourceTemplates": [{"uriTemplate": "u://{a", "name": "t", "text": ""}])"),
        "$.resourceTemplates[0].uriTemplate", R"(is not a URI template: the "{" at character 5 is never closed)");
    row("template variable invalid", doc(R"("resourceTemplates": [{"uriTemplate": "u://{a-b}", "name": "t", "text": ""}])"),
        "$.resourceTemplates[0].uriTemplate", R"("{a-b}" is not a variable)");
    row("template variable twice", doc(R"("resourceTemplates": [{"uriTemplate": "u://{a}/{a}", "name": "t", "text": ""}])"),
        "$.resourceTemplates[0].uriTemplate", R"(the variable "a" appears twice)");
    row("template text names nothing", doc(R"("resourceTemplates": [{"uriTemplate": "u://{a}", "name": "t", "text": "{{args.b}}"}])"),
        "$.resourceTemplates[0].text", R"({{args.b}} names nothing: the names here are "a")");
    // Prompts
    row("prompt without messages", doc(R"("prompts": [{"name": "p"}])"), "$.prompts[0].messages", "missing: expected an array");
    row("prompt messages empty", doc(R"("prompts": [{"name": "p", "messages": []}])"), "$.prompts[0].messages", "must not be empty");
    row("prompt role", doc(R"("prompts": [{"name": "p", "messages": [{"role": "system", "content": {"type": "text", "text": ""}}]}])"),
        "$.prompts[0].messages[0].role", R"(must be one of "user", "assistant", not "system")");
    row("prompt content", doc(R"("prompts": [{"name": "p", "messages": [{"role": "user", "content": "hi"}]}])"),
        "$.prompts[0].messages[0].content", "must be an object, not a string");
    row("prompt placeholder names no argument", doc(R"("prompts": [{"name": "p", "arguments": [{"name": "a"}], "messages": [{"role": "user", "content": {"type": "text", "text": "{{args.b}}"}}]}])"),
        "$.prompts[0].messages[0].content.text", R"({{args.b}} names nothing: the names here are "a")");
    row("prompt argument twice", doc(R"("prompts": [{"name": "p", "arguments": [{"name": "a"}, {"name": "a"}], "messages": [{"role": "user", "content": {"type": "text", "text": ""}}]}])"),
        "$.prompts[0].arguments[1].name", R"("a" is already used at $.prompts[0].arguments[0])");
    row("prompt argument values", doc(R"("prompts": [{"name": "p", "arguments": [{"name": "a", "values": [1]}], "messages": [{"role": "user", "content": {"type": "text", "text": ""}}]}])"),
        "$.prompts[0].arguments[0].values[0]", "must be a string, not a number");
    row("prompt argument required", doc(R"("prompts": [{"name": "p", "arguments": [{"name": "a", "required": "yes"}], "messages": [{"role": "user", "content": {"type": "text", "text": ""}}]}])"),
        "$.prompts[0].arguments[0].required", "must be true or false, not a string");
    // Notifications
    row("notification method", doc(R"("notifications": [{"method": "tools/list_changed"}])"), "$.notifications[0].method", R"(must start with "notifications/")");
    row("notification count without interval", doc(R"("notifications": [{"method": "notifications/x", "count": 3}])"),
        "$.notifications[0].count", R"(needs "intervalMs" to repeat)");
    row("log line without level", doc(R"("notifications": [{"method": "notifications/message", "params": {"data": "x"}}])"),
        "$.notifications[0].params.level", "missing: expected a string");
    row("notification placeholder", doc(R"("notifications": [{"method": "notifications/x", "params": {"n": "{{args.x}}"}}])"),
        "$.notifications[0].params.n", R"({{args.x}} is not a placeholder here; use one of "count", "now")");
    // Faults
    row("drop rate above 1", doc(R"("faults": {"dropRate": 2})"), "$.faults.dropRate", "must be between 0 and 1, not 2");
    row("latency range reversed", doc(R"("faults": {"latencyMs": [500, 100]})"), "$.faults.latencyMs[1]", "must not be less than the first number, 500");
    row("latency range of three", doc(R"("faults": {"latencyMs": [1, 2, 3]})"), "$.faults.latencyMs", "must be a number of milliseconds or a range [min, max]");
    row("latency a string", doc(R"("faults": {"latencyMs": "100"})"), "$.faults.latencyMs", "must be a number of milliseconds or a range [min, max]");
    row("close code reserved", doc(R"("faults": {"closeCode": 1005})"), "$.faults.closeCode", "1005 is not a close code that may be sent");
    row("close code out of range", doc(R"("faults": {"closeCode": 999})"), "$.faults.closeCode", "must be between 1000 and 4999");
    row("fault misspelt", doc(R"("faults": {"drop": 0.5})"), "$.faults.drop", "unknown member; expected one of: latencyMs");
    row("fault methods", doc(R"("faults": {"methods": "tools/call"})"), "$.faults.methods", "must be an array, not a string");
    row("oversized bytes zero", doc(R"("faults": {"oversizedBytes": 0})"), "$.faults.oversizedBytes", "must be between 1 and");
    row("oversized bytes 1e300", doc(R"("faults": {"oversizedBytes": 1e300})"), "$.faults.oversizedBytes", "must be between 1 and 1073741824, not 1e+300");
    row("seed 9.3e18", doc(R"("faults": {"seed": 9.3e18})"), "$.faults.seed", "must be between 0 and 9007199254740992, not 9.3e+18");
    row("seed 2^53 + 1", doc(R"("faults": {"seed": 9007199254740993})"), "$.faults.seed", "must be between 0 and 9007199254740992, not 9007199254740993");
    row("latency range 1e300", doc(R"("faults": {"latencyMs": [0, 1e300]})"), "$.faults.latencyMs[1]", "must be between 0 and 86400000, not 1e+300");
    row("close code -1e300", doc(R"("faults": {"closeCode": -1e300})"), "$.faults.closeCode", "must be between 1000 and 4999, not -1e+300");
}

void TestMockConfigLoader::brokenFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    MockConfig config;
    config.serverName = QStringLiteral("untouched");
    MockConfigLoader loader;
    QVERIFY2(!loader.loadData(json, QStringLiteral("broken.json"), &config), json.constData());
    const MockConfigError &error = loader.error();
    QCOMPARE(error.file, QStringLiteral("broken.json"));
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, 0);
    QVERIFY(error.toString().startsWith(QStringLiteral("broken.json: ") + path + QStringLiteral(": ")));
    QCOMPARE(config.serverName, QStringLiteral("untouched")); // nothing half-loaded
}

void TestMockConfigLoader::fileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MockConfig config;
    MockConfigLoader loader;

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!loader.loadFile(missing, &config));
    QCOMPARE(loader.error().file, missing);
    QVERIFY(loader.error().path.isEmpty());
    QVERIFY2(loader.error().message.startsWith(QStringLiteral("cannot read the file")), qPrintable(loader.error().message));

    // A syntax error names the line and column.
    const QString syntax = dir.filePath(QStringLiteral("syntax.json"));
    QFile file(syntax);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"sockscope-mock\",\n  \"version\": 1,\n  \"tools\": [,]\n}\n");
    file.close();
    QVERIFY(!loader.loadFile(syntax, &config));
    QCOMPARE(loader.error().file, syntax);
    QCOMPARE(loader.error().line, 4);
    QVERIFY2(loader.error().column >= 12 && loader.error().column <= 14, qPrintable(loader.error().toString()));
    QVERIFY(loader.error().message.startsWith(QStringLiteral("not valid JSON")));
    QVERIFY(loader.error().toString().startsWith(syntax + QStringLiteral(":4:")));

    // Two equal keys: JSON parsers disagree on which counts, so the file is refused.
    QVERIFY(!loader.loadData("{\"format\": \"sockscope-mock\",\n \"version\": 1, \"version\": 1}", QStringLiteral("dup.json"), &config));
    QCOMPARE(loader.error().line, 2);
    QVERIFY2(loader.error().message.contains(QStringLiteral("\"version\" appears twice")), qPrintable(loader.error().message));

    // Wrong files are refused before they are read (docs/SECURITY.md): a directory, a file
    // over 16 MiB, a device without a size, JSON nested deeper than the parser allows.
    QVERIFY(!loader.loadFile(dir.path(), &config));
    QVERIFY2(loader.error().message.contains(QStringLiteral("directory")), qPrintable(loader.error().message));
    const QString big = dir.filePath(QStringLiteral("big.json"));
    QFile bigFile(big);
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    QVERIFY(bigFile.resize(qint64(17) * 1024 * 1024)); // sparse
    bigFile.close();
    QVERIFY(!loader.loadFile(big, &config));
    QVERIFY2(loader.error().message.contains(QStringLiteral("files over 16.0 MiB are refused")),
             qPrintable(loader.error().message));
    QVERIFY(!loader.loadFile(QStringLiteral("/dev/zero"), &config));
    QVERIFY2(loader.error().message.contains(QStringLiteral("more than 16.0 MiB")), qPrintable(loader.error().message));
    const QByteArray deep = "{\"format\": \"sockscope-mock\", \"version\": 1, \"server\": " + QByteArray(5000, '[')
                            + QByteArray(5000, ']') + "}";
    QVERIFY(!loader.loadData(deep, QStringLiteral("deep.json"), &config));
    QVERIFY2(!loader.error().message.isEmpty(), "deep nesting must be refused with a message");

    // A good file loads from disk, and the source is kept.
    const QString good = dir.filePath(QStringLiteral("good.json"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(doc(R"("tools": [{"name": "x"}])"));
    goodFile.close();
    QVERIFY2(loader.loadFile(good, &config), qPrintable(loader.error().toString()));
    QCOMPARE(config.source, good);
    QCOMPARE(config.tools.size(), 1);
}

void TestMockConfigLoader::errorText()
{
    QCOMPARE((MockConfigError{QStringLiteral("f.json"), QStringLiteral("$.a"), QStringLiteral("bad"), 0, 0}).toString(),
             QStringLiteral("f.json: $.a: bad"));
    QCOMPARE((MockConfigError{QStringLiteral("f.json"), QString(), QStringLiteral("bad"), 3, 7}).toString(),
             QStringLiteral("f.json:3:7: bad"));
    QCOMPARE((MockConfigError{QStringLiteral("f.json"), QString(), QStringLiteral("bad"), 0, 0}).toString(),
             QStringLiteral("f.json: bad"));
    QCOMPARE(MockConfigError::memberPath(QStringLiteral("$"), QStringLiteral("a_b")), QStringLiteral("$.a_b"));
    QCOMPARE(MockConfigError::memberPath(QStringLiteral("$"), QStringLiteral("a.b")), QStringLiteral("$[\"a.b\"]"));
    QCOMPARE(MockConfigError::memberPath(QStringLiteral("$"), QStringLiteral("q\"")), QStringLiteral("$[\"q\\\"\"]"));
    QCOMPARE(MockConfigError::indexPath(QStringLiteral("$.a"), 3), QStringLiteral("$.a[3]"));
}

QTEST_GUILESS_MAIN(TestMockConfigLoader)
#include "tst_mockconfigloader.moc"
