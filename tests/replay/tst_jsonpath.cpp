// JsonPath: the subset replay uses ($, .name, ['name'], [n], [*], .*, ..name), parse errors,
// evaluation in document order, location matching for ignore rules, and location names.

#include "replay/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sockscope;

class TestJsonPath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void evaluate_data();
    void evaluate();
    void matches_data();
    void matches();
    void locationToString();
    void shouldHaveDefaultValues();
};

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QByteArray compact(const QList<QJsonValue> &values)
{
    QJsonArray array;
    for (const QJsonValue &value : values)
        array.append(value);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

const char *kDocument = R"({"id": 3, "result": {"content": [{"type": "text", "text": "a"}, {"type": "image", "text": "b"}],
                            "odd key": {"x": 1}, "meta": {"time": "t1", "inner": {"time": "t2"}}}})";

} // namespace

void TestJsonPath::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("root") << "$" << true << "";
    QTest::newRow("member") << "$.result" << true << "";
    QTest::newRow("nested") << "$.result.content[0].text" << true << "";
    QTest::newRow("quoted single") << "$['odd key'].x" << true << "";
    QTest::newRow("quoted double") << "$[\"odd key\"]" << true << "";
    QTest::newRow("escaped quote") << "$['it\\'s']" << true << "";
    QTest::newRow("wildcard bracket") << "$.result.content[*].type" << true << "";
    QTest::newRow("wildcard dot") << "$.result.*" << true << "";
    QTest::newRow("descendant") << "$..time" << true << "";
    QTest::newRow("descendant wildcard") << "$..*" << true << "";
    QTest::newRow("descendant bracket") << "$..['time']" << true << "";
    QTest::newRow("dash and underscore") << "$.a-b.c_d" << true << "";
    QTest::newRow("empty") << "" << false << "must start with $";
    QTest::newRow("no dollar") << "result.id" << false << "must start with $";
    QTest::newRow("trailing dot") << "$.result." << false << "a name must follow";
    QTest::newRow("lone descendant") << "$.." << false << "a name must follow";
    QTest::newRow("unterminated bracket") << "$[" << false << "unterminated";
    QTest::newRow("unclosed index") << "$[1" << false << "expected \"]\"";
    QTest::newRow("negative index") << "$[-1]" << false << "non-negative index";
    QTest::newRow("filter") << "$[?(@.a)]" << false << "non-negative index";
    QTest::newRow("unterminated quote") << "$['abc]" << false << "unterminated quoted name";
    QTest::newRow("junk after") << "$.a b" << false << "unexpected";
    QTest::newRow("huge index") << "$[99999999999999]" << false << "too large";
}

void TestJsonPath::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, errorPart);
    QString error = QStringLiteral("stale");
    const JsonPath path = JsonPath::parse(text, &error);
    QCOMPARE(path.isValid(), valid);
    QCOMPARE(path.toString(), text);
    if (valid) {
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(error.contains(text), qPrintable(error));
        QVERIFY(path.evaluate(json(kDocument)).isEmpty());
    }
}

void TestJsonPath::evaluate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("member") << "$.id" << QByteArray("[3]");
    QTest::newRow("deep") << "$.result.content[0].text" << QByteArray(R"(["a"])");
    QTest::newRow("index out of range") << "$.result.content[5]" << QByteArray("[]");
    QTest::newRow("missing") << "$.error.code" << QByteArray("[]");
    QTest::newRow("member of array") << "$.result.content.text" << QByteArray("[]");
    QTest::newRow("wildcard array") << "$.result.content[*].type" << QByteArray(R"(["text","image"])");
    QTest::newRow("quoted") << "$['result']['odd key'].x" << QByteArray("[1]");
    QTest::newRow("descendant") << "$..time" << QByteArray(R"(["t1","t2"])");
    QTest::newRow("descendant text") << "$..text" << QByteArray(R"(["a","b"])");
    QTest::newRow("wildcard object") << "$.result.meta.*" << QByteArray(R"([{"time":"t2"},"t1"])");
}

void TestJsonPath::evaluate()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    QString error;
    const JsonPath parsed = JsonPath::parse(path, &error);
    QVERIFY2(parsed.isValid(), qPrintable(error));
    QCOMPARE(compact(parsed.evaluate(json(kDocument))), expected);
}

void TestJsonPath::matches_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("location"); // keys separated by '/', numbers are indexes
    QTest::addColumn<bool>("matches");

    QTest::newRow("root id") << "$.id" << "id" << true;
    QTest::newRow("nested id not root") << "$.id" << "result/id" << false;
    QTest::newRow("descendant top") << "$..time" << "time" << true;
    QTest::newRow("descendant deep") << "$..time" << "result/items/2/time" << true;
    QTest::newRow("descendant other") << "$..time" << "result/timeout" << false;
    QTest::newRow("index") << "$.a[2]" << "a/2" << true;
    QTest::newRow("index other") << "$.a[2]" << "a/3" << false;
    QTest::newRow("member is not index") << "$.a.b" << "a/0" << false;
    QTest::newRow("wildcard") << "$.a[*].b" << "a/7/b" << true;
    QTest::newRow("wildcard member") << "$.a.*.b" << "a/x/b" << true;
    QTest::newRow("prefix only") << "$.a" << "a/b" << false;
    QTest::newRow("root") << "$" << "" << true;
    QTest::newRow("descendant then member") << "$..meta.time" << "result/meta/time" << true;
}

void TestJsonPath::matches()
{
    QFETCH(QString, path);
    QFETCH(QString, location);
    QFETCH(bool, matches);
    JsonPath::Location keys;
    for (const QString &part : location.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        keys.append(isIndex ? JsonPath::Key::item(index) : JsonPath::Key::member(part));
    }
    QCOMPARE(JsonPath::parse(path, nullptr).matches(keys), matches);
}

void TestJsonPath::locationToString()
{
    QCOMPARE(JsonPath::locationToString({}), QStringLiteral("$"));
    QCOMPARE(JsonPath::locationToString({JsonPath::Key::member(QStringLiteral("result")), JsonPath::Key::member(QStringLiteral("content")),
                                         JsonPath::Key::item(0), JsonPath::Key::member(QStringLiteral("text"))}),
             QStringLiteral("$.result.content[0].text"));
    QCOMPARE(JsonPath::locationToString({JsonPath::Key::member(QStringLiteral("odd key")), JsonPath::Key::member(QStringLiteral("it's"))}),
             QStringLiteral("$['odd key']['it\\'s']"));
    QCOMPARE(JsonPath::locationToString({JsonPath::Key::member(QStringLiteral("1st"))}), QStringLiteral("$['1st']"));
    // What locationToString writes parses back to a path that matches the location.
    const JsonPath::Location odd{JsonPath::Key::member(QStringLiteral("odd key")), JsonPath::Key::item(4)};
    QVERIFY(JsonPath::parse(JsonPath::locationToString(odd), nullptr).matches(odd));
}

void TestJsonPath::shouldHaveDefaultValues()
{
    const JsonPath path;
    QVERIFY(!path.isValid());
    QVERIFY(path.toString().isEmpty());
    QVERIFY(path.evaluate(json(kDocument)).isEmpty());
    QVERIFY(!path.matches({}));
}

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
