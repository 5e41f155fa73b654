// JsonRpcCodec: a data-driven table of valid and invalid messages (each row states the
// classification, the problem, the id, the method and how many warnings), plus the builders,
// the error-code names and the duplicate-key scanner.

#include "jsonrpc/jsonkeyscanner.h"
#include "jsonrpc/jsonrpccodec.h"
#include "jsonrpc/jsonrpcerrorcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sockscope;
using Kind = JsonRpcMessage::Kind;
using Problem = JsonRpcMessage::Problem;

Q_DECLARE_METATYPE(JsonRpcMessage::Kind)
Q_DECLARE_METATYPE(JsonRpcMessage::Problem)

namespace {

constexpr qsizetype kTenMegabytes = 10 * 1024 * 1024;
constexpr int kAllowedDepth = 1000;   // below Qt's parser limit (1024)
constexpr int kExcessiveDepth = 2000; // above it

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray tenMegabyteRequest()
{
    return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"big\",\"arguments\":{\"blob\":\""
           + QByteArray(kTenMegabytes, 'x') + "\"}}}";
}

} // namespace

class JsonRpcCodecTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void invalidMessagesSayWhy();
    void batchMembers();
    void tenMegabytes();
    void build_data();
    void build();
    void errorCodeNames_data();
    void errorCodeNames();
    void duplicateKeysAtEveryDepth();
};

void JsonRpcCodecTest::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("idKey");      // JsonRpcId::key(): "n:1", "s:a", "null", "" for none
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<qint64>("offset");      // -1: not checked
    QTest::addColumn<int>("items");          // batch members

    const auto row = [](const char *name, const QByteArray &input, Kind kind, Problem problem, const char *idKey,
                        const char *method, int warnings = 0, qint64 offset = -1, int items = 0) {
        QTest::newRow(name) << input << kind << problem << QString::fromUtf8(idKey) << QString::fromUtf8(method)
                            << warnings << offset << items;
    };
    const char *none = "";

    // Valid requests and notifications.
    row("request number id", R"({"jsonrpc":"2.0","id":1,"method":"ping"})", Kind::Request, Problem::None, "n:1", "ping");
    row("request string id, object params", R"({"jsonrpc":"2.0","id":"a-1","method":"tools/call","params":{"name":"x"}})",
        Kind::Request, Problem::None, "s:a-1", "tools/call");
    row("request array params", R"({"jsonrpc":"2.0","id":2,"method":"sum","params":[1,2,3]})", Kind::Request, Problem::None, "n:2", "sum");
    row("request id zero", R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{}})", Kind::Request, Problem::None, "n:0", "initialize");
    row("request negative id", R"({"jsonrpc":"2.0","id":-5,"method":"m"})", Kind::Request, Problem::None, "n:-5", "m");
    row("request id 1.0 is id 1", R"({"jsonrpc":"2.0","id":1.0,"method":"m"})", Kind::Request, Problem::None, "n:1", "m");
    row("request fractional id warns", R"({"jsonrpc":"2.0","id":1.5,"method":"m"})", Kind::Request, Problem::None, "n:1.5", "m", 1);
    row("request huge id warns", R"({"jsonrpc":"2.0","id":123456789012345678901234567890,"method":"m"})",
        Kind::Request, Problem::None, "n:1.2345678901234568e+29", "m", 1);
    row("request null id warns", R"({"jsonrpc":"2.0","id":null,"method":"m"})", Kind::Request, Problem::None, "null", "m", 1);
    row("request reserved rpc. method warns", R"({"jsonrpc":"2.0","id":3,"method":"rpc.discover"})",
        Kind::Request, Problem::None, "n:3", "rpc.discover", 1);
    row("request extra member", R"({"jsonrpc":"2.0","id":4,"method":"m","extension":true})", Kind::Request, Problem::None, "n:4", "m");
    row("request unicode method", "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"werkzeug/\xc3\xbc\xe2\x82\xac\"}",
        Kind::Request, Problem::None, "n:5", "werkzeug/\xc3\xbc\xe2\x82\xac");
    row("request members in any order", R"({"method":"ping","id":"z","jsonrpc":"2.0"})", Kind::Request, Problem::None, "s:z", "ping");
    row("request surrounded by whitespace", " \n\t{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"m\"}\r\n ", Kind::Request, Problem::None, "n:6", "m");
    row("request with byte order mark warns", "\xef\xbb\xbf{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"m\"}", Kind::Request, Problem::None, "n:8", "m", 1);
    row("request deep nesting in params",
        R"({"jsonrpc":"2.0","id":9,"method":"deep","params":{"a":)" + nested(kAllowedDepth) + "}}",
        Kind::Request, Problem::None, "n:9", "deep");
    row("request huge number in params", R"({"jsonrpc":"2.0","id":10,"method":"m","params":{"n":123456789012345678901234567890123}})",
        Kind::Request, Problem::None, "n:10", "m");
    row("request duplicate nested key warns", R"({"jsonrpc":"2.0","id":11,"method":"m","params":{"a":1,"a":2}})",
        Kind::Request, Problem::None, "n:11", "m", 1);
    row("notification", R"({"jsonrpc":"2.0","method":"notifications/initialized"})", Kind::Notification, Problem::None, none, "notifications/initialized");
    row("notification with params", R"({"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":1,"progress":2}})",
        Kind::Notification, Problem::None, none, "notifications/progress");

    // Valid responses.
    row("result object", R"({"jsonrpc":"2.0","id":1,"result":{"tools":[]}})", Kind::Result, Problem::None, "n:1", none);
    row("result null", R"({"jsonrpc":"2.0","id":"a","result":null})", Kind::Result, Problem::None, "s:a", none);
    row("result with null id warns", R"({"jsonrpc":"2.0","id":null,"result":{}})", Kind::Result, Problem::None, "null", none, 1);
    row("error with data", R"({"jsonrpc":"2.0","id":2,"error":{"code":-32602,"message":"bad","data":{"why":1}}})",
        Kind::Error, Problem::None, "n:2", none);
    row("error with null id", R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}})",
        Kind::Error, Problem::None, "null", none);
    row("error application code", R"({"jsonrpc":"2.0","id":3,"error":{"code":42,"message":"no"}})", Kind::Error, Problem::None, "n:3", none);

    // Batches.
    row("batch of request and notification", R"([{"jsonrpc":"2.0","id":1,"method":"a"},{"jsonrpc":"2.0","method":"b"}])",
        Kind::Batch, Problem::None, none, none, 0, -1, 2);
    row("batch of responses", R"([{"jsonrpc":"2.0","id":1,"result":{}},{"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"x"}}])",
        Kind::Batch, Problem::None, none, none, 0, -1, 2);
    row("batch with an invalid member", R"([{"jsonrpc":"2.0","id":1,"method":"a"},1])", Kind::Batch, Problem::None, none, none, 0, -1, 2);
    row("batch inside a batch", R"([[{"jsonrpc":"2.0","id":1,"method":"a"}]])", Kind::Batch, Problem::None, none, none, 0, -1, 1);

    // Not JSON.
    row("empty", "", Kind::Invalid, Problem::NotJson, none, none, 0, 0);
    row("only whitespace", "  \n ", Kind::Invalid, Problem::NotJson, none, none, 0);
    row("plain text", "hello", Kind::Invalid, Problem::NotJson, none, none, 0, 1);
    row("truncated", R"({"jsonrpc":"2.0","id":1)", Kind::Invalid, Problem::NotJson, none, none, 0);
    row("garbage after the object", R"({"jsonrpc":"2.0"} x)", Kind::Invalid, Problem::NotJson, none, none, 0, 18);
    row("trailing comma", R"({"jsonrpc":"2.0","id":1,})", Kind::Invalid, Problem::NotJson, none, none, 0);
    row("single quotes", R"({'jsonrpc':'2.0'})", Kind::Invalid, Problem::NotJson, none, none, 0);
    row("number too large for a double", R"({"jsonrpc":"2.0","id":1,"result":1e400})", Kind::Invalid, Problem::NotJson, none, none, 0);
    row("NaN", R"({"jsonrpc":"2.0","id":1,"result":NaN})", Kind::Invalid, Problem::NotJson, none, none, 0);
    row("two objects", R"({"jsonrpc":"2.0","method":"a"}{"jsonrpc":"2.0","method":"b"})", Kind::Invalid, Problem::NotJson, none, none, 0, 30);
    row("invalid UTF-8 in a string", "{\"jsonrpc\":\"2.0\",\"method\":\"\xff\xfe\"}", Kind::Invalid, Problem::InvalidUtf8, none, none, 0, 27);
    row("overlong UTF-8 in a string", "{\"jsonrpc\":\"2.0\",\"method\":\"\xc0\xaf\"}", Kind::Invalid, Problem::InvalidUtf8, none, none, 0);
    row("truncated UTF-8 sequence", "{\"jsonrpc\":\"2.0\",\"method\":\"\xe2\x82\"}", Kind::Invalid, Problem::InvalidUtf8, none, none, 0);
    row("nested too deeply", nested(kExcessiveDepth), Kind::Invalid, Problem::TooDeep, none, none, 0);

    // JSON, but not a JSON-RPC message.
    row("bare number", "42", Kind::Invalid, Problem::NotAnObject, none, none);
    row("bare string", R"("ping")", Kind::Invalid, Problem::NotAnObject, none, none);
    row("bare null", "null", Kind::Invalid, Problem::NotAnObject, none, none);
    row("bare true", "true", Kind::Invalid, Problem::NotAnObject, none, none);
    row("empty batch", "[]", Kind::Invalid, Problem::EmptyBatch, none, none);
    row("missing jsonrpc", R"({"id":1,"method":"m"})", Kind::Invalid, Problem::MissingVersion, "n:1", "m");
    row("jsonrpc 1.0", R"({"jsonrpc":"1.0","id":1,"method":"m"})", Kind::Invalid, Problem::WrongVersion, "n:1", "m");
    row("jsonrpc as a number", R"({"jsonrpc":2.0,"id":1,"method":"m"})", Kind::Invalid, Problem::WrongVersion, "n:1", "m");
    row("id true", R"({"jsonrpc":"2.0","id":true,"method":"m"})", Kind::Invalid, Problem::BadIdType, none, "m");
    row("id object", R"({"jsonrpc":"2.0","id":{"a":1},"method":"m"})", Kind::Invalid, Problem::BadIdType, none, "m");
    row("id array", R"({"jsonrpc":"2.0","id":[1],"result":{}})", Kind::Invalid, Problem::BadIdType, none, none);
    row("method a number", R"({"jsonrpc":"2.0","id":1,"method":5})", Kind::Invalid, Problem::BadMethodType, "n:1", none);
    row("params a string", R"({"jsonrpc":"2.0","id":1,"method":"m","params":"x"})", Kind::Invalid, Problem::BadParamsType, "n:1", "m");
    row("params a number", R"({"jsonrpc":"2.0","method":"m","params":3})", Kind::Invalid, Problem::BadParamsType, none, "m");
    row("method with result", R"({"jsonrpc":"2.0","id":1,"method":"m","result":{}})", Kind::Invalid, Problem::MethodWithResult, "n:1", "m");
    row("result and error", R"({"jsonrpc":"2.0","id":1,"result":{},"error":{"code":1,"message":"x"}})",
        Kind::Invalid, Problem::ResultAndError, "n:1", none);
    row("neither method nor result", R"({"jsonrpc":"2.0","id":1})", Kind::Invalid, Problem::NoMethodOrResult, "n:1", none);
    row("result without id", R"({"jsonrpc":"2.0","result":{}})", Kind::Invalid, Problem::MissingId, none, none);
    row("error a string", R"({"jsonrpc":"2.0","id":1,"error":"bad"})", Kind::Invalid, Problem::BadErrorObject, "n:1", none);
    row("error without code", R"({"jsonrpc":"2.0","id":1,"error":{"message":"x"}})", Kind::Invalid, Problem::BadErrorObject, "n:1", none);
    row("error code a string", R"({"jsonrpc":"2.0","id":1,"error":{"code":"-32600","message":"x"}})", Kind::Invalid, Problem::BadErrorObject, "n:1", none);
    row("error code fractional", R"({"jsonrpc":"2.0","id":1,"error":{"code":1.5,"message":"x"}})", Kind::Invalid, Problem::BadErrorObject, "n:1", none);
    row("error without message", R"({"jsonrpc":"2.0","id":1,"error":{"code":-32600}})", Kind::Invalid, Problem::BadErrorObject, "n:1", none);
    // QJsonDocument keeps the last of two equal keys; the codec refuses JSON-RPC members twice.
    row("duplicate id", R"({"jsonrpc":"2.0","id":1,"id":2,"method":"m"})", Kind::Invalid, Problem::DuplicateMember, "n:2", "m", 0, 24);
    row("duplicate method", R"({"jsonrpc":"2.0","method":"a","method":"b","id":1})", Kind::Invalid, Problem::DuplicateMember, "n:1", "b", 0, 30);
    row("duplicate id spelled with an escape", R"({"jsonrpc":"2.0","id":1,"\u0069d":2,"method":"m"})",
        Kind::Invalid, Problem::DuplicateMember, "n:2", "m", 0, 24);
}

void JsonRpcCodecTest::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(Kind, kind);
    QFETCH(Problem, problem);
    QFETCH(QString, idKey);
    QFETCH(QString, method);
    QFETCH(int, warnings);
    QFETCH(qint64, offset);
    QFETCH(int, items);

    const JsonRpcMessage message = JsonRpcCodec::parse(input);
    QCOMPARE(JsonRpcMessage::kindName(message.kind), JsonRpcMessage::kindName(kind));
    QCOMPARE(JsonRpcMessage::problemName(message.problem), JsonRpcMessage::problemName(problem));
    QCOMPARE(message.id.key(), idKey);
    QCOMPARE(message.method, method);
    QVERIFY2(message.warnings.size() == warnings, qPrintable(message.warnings.join(QLatin1String(" | "))));
    if (offset >= 0)
        QCOMPARE(message.offset, offset);
    QCOMPARE(message.items.size(), items);
    QCOMPARE(message.isValid(), kind != Kind::Invalid);
    QCOMPARE(message.problemText().isEmpty(), problem == Problem::None);
}

void JsonRpcCodecTest::invalidMessagesSayWhy()
{
    const JsonRpcMessage notJson = JsonRpcCodec::parse("{\"a\":");
    QVERIFY(notJson.problemText().contains(QLatin1String("byte 5")));
    const JsonRpcMessage number = JsonRpcCodec::parse("42");
    QCOMPARE(number.problemDetail, JsonRpcCodec::tr("a number"));
    const JsonRpcMessage version = JsonRpcCodec::parse(R"({"jsonrpc":"1.0","method":"m"})");
    QCOMPARE(version.problemDetail, QStringLiteral("\"1.0\""));
    const JsonRpcMessage error = JsonRpcCodec::parse(R"({"jsonrpc":"2.0","id":1,"error":{"code":1}})");
    QCOMPARE(error.problemDetail, JsonRpcCodec::tr("no message"));
    const JsonRpcMessage withResult = JsonRpcCodec::parse(R"({"jsonrpc":"2.0","id":1,"method":"m","error":{}})");
    QCOMPARE(withResult.problemDetail, QStringLiteral("error"));
}

void JsonRpcCodecTest::batchMembers()
{
    const JsonRpcMessage batch = JsonRpcCodec::parse(
        R"([{"jsonrpc":"2.0","id":1,"method":"a"},{"jsonrpc":"2.0","method":"b"},{"jsonrpc":"2.0","id":"x","result":{}},)"
        R"({"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"no"}},"text",{"jsonrpc":"2.0","id":3,"id":4,"method":"c"},)"
        R"({"jsonrpc":"2.0","id":5,"method":"d","params":{"k":1,"k":2}}])");
    QCOMPARE(batch.kind, Kind::Batch);
    QCOMPARE(batch.items.size(), 7);
    QCOMPARE(batch.items.at(0).kind, Kind::Request);
    QCOMPARE(batch.items.at(1).kind, Kind::Notification);
    QCOMPARE(batch.items.at(2).kind, Kind::Result);
    QCOMPARE(batch.items.at(2).id, JsonRpcId::fromString(QStringLiteral("x")));
    QCOMPARE(batch.items.at(3).kind, Kind::Error);
    QCOMPARE(batch.items.at(3).errorCode, JsonRpcErrorCode::MethodNotFound);
    QCOMPARE(batch.items.at(3).errorMessage, QStringLiteral("no"));
    QCOMPARE(batch.items.at(4).problem, Problem::NotAnObject);
    // Duplicates are found in the batch member they belong to.
    QCOMPARE(batch.items.at(5).problem, Problem::DuplicateMember);
    QCOMPARE(batch.items.at(6).kind, Kind::Request);
    QCOMPARE(batch.items.at(6).warnings.size(), 1);
    QVERIFY(batch.items.at(0).warnings.isEmpty());
}

void JsonRpcCodecTest::tenMegabytes()
{
    const QByteArray big = tenMegabyteRequest();
    QVERIFY(big.size() > kTenMegabytes);
    const JsonRpcMessage message = JsonRpcCodec::parse(big);
    QCOMPARE(message.kind, Kind::Request);
    QCOMPARE(message.method, QStringLiteral("tools/call"));
    const QString blob = message.params.toObject().value(QStringLiteral("arguments")).toObject().value(QStringLiteral("blob")).toString();
    QCOMPARE(blob.size(), kTenMegabytes);

    // Broken at its very end: the offset points there.
    QByteArray broken = big;
    broken.chop(1);
    const JsonRpcMessage truncated = JsonRpcCodec::parse(broken);
    QCOMPARE(truncated.problem, Problem::NotJson);
    QVERIFY2(truncated.offset >= kTenMegabytes, qPrintable(QString::number(truncated.offset)));

    // Invalid UTF-8 deep inside is found with its offset.
    QByteArray badUtf8 = big;
    const qsizetype at = badUtf8.indexOf("xxxx") + kTenMegabytes / 2;
    badUtf8[at] = char(0xff);
    const JsonRpcMessage invalid = JsonRpcCodec::parse(badUtf8);
    QCOMPARE(invalid.problem, Problem::InvalidUtf8);
    QVERIFY(invalid.offset > 0 && invalid.offset <= at + 1);
}

void JsonRpcCodecTest::build_data()
{
    QTest::addColumn<QByteArray>("built");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("request") << JsonRpcCodec::request(JsonRpcId::fromNumber(1), QStringLiteral("tools/list"))
                             << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})") << Kind::Request;
    QTest::newRow("request with params")
        << JsonRpcCodec::request(JsonRpcId::fromString(QStringLiteral("a")), QStringLiteral("tools/call"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}})
        << QByteArray(R"({"jsonrpc":"2.0","id":"a","method":"tools/call","params":{"name":"x"}})") << Kind::Request;
    QTest::newRow("notification") << JsonRpcCodec::notification(QStringLiteral("notifications/initialized"))
                                  << QByteArray(R"({"jsonrpc":"2.0","method":"notifications/initialized"})") << Kind::Notification;
    QTest::newRow("result") << JsonRpcCodec::result(JsonRpcId::fromNumber(2), QJsonObject())
                            << QByteArray(R"({"jsonrpc":"2.0","id":2,"result":{}})") << Kind::Result;
    QTest::newRow("error") << JsonRpcCodec::error(JsonRpcId::fromNumber(3), JsonRpcErrorCode::MethodNotFound, QStringLiteral("no \"such\""))
                           << QByteArray(R"({"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"no \"such\""}})") << Kind::Error;
    QTest::newRow("error without id") << JsonRpcCodec::error(JsonRpcId(), JsonRpcErrorCode::ParseError, QStringLiteral("Parse error"), 5)
                                      << QByteArray(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"data":5,"message":"Parse error"}})")
                                      << Kind::Error;
    QTest::newRow("batch") << JsonRpcCodec::batch({JsonRpcCodec::notification(QStringLiteral("a")),
                                                   JsonRpcCodec::request(JsonRpcId::fromNumber(1), QStringLiteral("b"))})
                           << QByteArray(R"([{"jsonrpc":"2.0","method":"a"},{"jsonrpc":"2.0","id":1,"method":"b"}])") << Kind::Batch;
}

void JsonRpcCodecTest::build()
{
    QFETCH(QByteArray, built);
    QFETCH(QByteArray, expected);
    QFETCH(Kind, kind);
    QCOMPARE(built, expected);
    QCOMPARE(JsonRpcCodec::parse(built).kind, kind);
}

void JsonRpcCodecTest::errorCodeNames_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("-32700") << -32700 << QStringLiteral("parse-error");
    QTest::newRow("-32600") << -32600 << QStringLiteral("invalid-request");
    QTest::newRow("-32601") << -32601 << QStringLiteral("method-not-found");
    QTest::newRow("-32602") << -32602 << QStringLiteral("invalid-params");
    QTest::newRow("-32603") << -32603 << QStringLiteral("internal-error");
    QTest::newRow("-32002") << -32002 << QStringLiteral("resource-not-found");
    QTest::newRow("-32000") << -32000 << QStringLiteral("connection-closed");
    QTest::newRow("-32001") << -32001 << QStringLiteral("request-timeout");
    QTest::newRow("-32050") << -32050 << QStringLiteral("server-error");
    QTest::newRow("-32500") << -32500 << QStringLiteral("reserved");
    QTest::newRow("7") << 7 << QStringLiteral("application");
}

void JsonRpcCodecTest::errorCodeNames()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QCOMPARE(JsonRpcErrorCode::name(code), name);
    QVERIFY(!JsonRpcErrorCode::description(code).isEmpty());
}

void JsonRpcCodecTest::duplicateKeysAtEveryDepth()
{
    const QByteArray json = R"({"a":{"b":1,"b":2,"s":"\"b\"","t":"b"},"c":[{"d":1},{"d":2,"d":3}],"a":0})";
    const QList<JsonKeyScanner::Duplicate> found = JsonKeyScanner::findDuplicates(json, 10);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).key, QStringLiteral("b"));
    QCOMPARE(found.at(0).depth, 2);
    QCOMPARE(found.at(0).offset, json.indexOf("\"b\":2"));
    QCOMPARE(found.at(1).key, QStringLiteral("d"));
    QCOMPARE(found.at(1).depth, 3);
    QCOMPARE(found.at(2).key, QStringLiteral("a"));
    QCOMPARE(found.at(2).depth, 1);
    QCOMPARE(found.at(2).batchIndex, -1);
    QCOMPARE(JsonKeyScanner::findDuplicates(json, 1).size(), 1);

    const QByteArray batch = R"([1,{"x":1},{"y":1,"y":2}])";
    const QList<JsonKeyScanner::Duplicate> inBatch = JsonKeyScanner::findDuplicates(batch, 10);
    QCOMPARE(inBatch.size(), 1);
    QCOMPARE(inBatch.at(0).batchIndex, 2);
    QCOMPARE(inBatch.at(0).depth, 1);
}

QTEST_GUILESS_MAIN(JsonRpcCodecTest)
#include "tst_jsonrpccodec.moc"
