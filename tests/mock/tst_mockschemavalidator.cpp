// MockSchemaValidator: tool arguments against input schemas (every supported keyword, nested
// objects and arrays, the field named in the message), and the check of schemas in files.

#include "mock/mockschemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sockscope;

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonValue value(const QByteArray &json)
{
    return QJsonDocument::fromJson("[" + json + "]").array().at(0);
}

} // namespace

class TestMockSchemaValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void checkSchema_data();
    void checkSchema();
    void jsonEquals();
};

void TestMockSchemaValidator::validate_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("arguments");
    QTest::addColumn<QString>("field");   // empty with an empty keyword: valid
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("message");

    const auto valid = [](const char *name, const QByteArray &schema, const QByteArray &arguments) {
        QTest::newRow(name) << schema << arguments << QString() << QString() << QString();
    };
    const auto invalid = [](const char *name, const QByteArray &schema, const QByteArray &arguments, const char *field,
                            const char *keyword, const char *message) {
        QTest::newRow(name) << schema << arguments << QString::fromUtf8(field) << QString::fromUtf8(keyword)
                            << QString::fromUtf8(message);
    };
    const QByteArray ab = R"({"type": "object", "properties": {"a": {"type": "number"}, "b": {"type": "number"}}, "required": ["a", "b"]})";
    valid("numbers", ab, R"({"a": 1, "b": 2.5})");
    invalid("number as string", ab, R"({"a": "1", "b": 2})", "a", "type", R"("a" must be a number, not a string)");
    invalid("required missing", ab, R"({"a": 1})", "b", "required", R"("b" is required)");
    invalid("arguments not an object", ab, "[1]", "", "type", "the arguments must be an object, not an array");
    valid("no schema keywords", "{}", R"({"anything": [1, {"x": null}]})");
    valid("extra allowed by default", ab, R"({"a": 1, "b": 2, "c": "x"})");
    invalid("extra refused", R"({"type": "object", "additionalProperties": false, "properties": {"a": {}}})", R"({"a": 1, "c": 2})",
            "c", "additionalProperties", R"("c" is not allowed here)");
    invalid("extra by schema", R"({"type": "object", "additionalProperties": {"type": "string"}})", R"({"c": 2})",
            "c", "type", R"("c" must be a string, not a number)");
    const QByteArray integer = R"({"type": "object", "properties": {"n": {"type": "integer", "minimum": 1, "maximum": 10}}})";
    valid("integer", integer, R"({"n": 10})");
    invalid("integer fraction", integer, R"({"n": 2.5})", "n", "type", R"("n" must be an integer, not 2.5)");
    invalid("minimum", integer, R"({"n": 0})", "n", "minimum", R"("n" must be at least 1)");
    invalid("maximum", integer, R"({"n": 11})", "n", "maximum", R"("n" must be at most 10)");
    invalid("exclusive minimum (new)", R"({"type": "object", "properties": {"x": {"exclusiveMinimum": 0}}})", R"({"x": 0})",
            "x", "exclusiveMinimum", R"("x" must be greater than 0)");
    invalid("exclusive maximum (draft 4)", R"({"type": "object", "properties": {"x": {"maximum": 5, "exclusiveMaximum": true}}})", R"({"x": 5})",
            "x", "maximum", R"("x" must be less than 5)");
    invalid("multiple of", R"({"type": "object", "properties": {"x": {"multipleOf": 0.5}}})", R"({"x": 1.25})",
            "x", "multipleOf", R"("x" must be a multiple of 0.5)");
    valid("multiple of fraction", R"({"type": "object", "properties": {"x": {"multipleOf": 0.1}}})", R"({"x": 0.3})");
    const QByteArray unit = R"({"type": "object", "properties": {"unit": {"type": "string", "enum": ["c", "f"]}}})";
    valid("enum", unit, R"({"unit": "f"})");
    invalid("enum other", unit, R"({"unit": "k"})", "unit", "enum", R"("unit" must be one of "c", "f", not "k")");
    invalid("enum numbers", R"({"type": "object", "properties": {"n": {"enum": [1, 2]}}})", R"({"n": 3})", "n", "enum", R"("n" must be one of 1, 2, not 3)");
    valid("enum 1.0 is 1", R"({"type": "object", "properties": {"n": {"enum": [1, 2]}}})", R"({"n": 1.0})");
    invalid("const", R"({"type": "object", "properties": {"v": {"const": "x"}}})", R"({"v": "y"})", "v", "const", R"("v" must be "x")");
    const QByteArray text = R"({"type": "object", "properties": {"s": {"type": "string", "minLength": 2, "maxLength": 3, "pattern": "^[a-zä]+$"}}})";
    valid("string", text, R"({"s": "äb"})");
    invalid("min length", text, R"({"s": "a"})", "s", "minLength", R"("s" must have at least 2 characters)");
    invalid("max length counts characters", text, R"({"s": "abcd"})", "s", "maxLength", R"("s" must have at most 3 characters)");
    invalid("pattern", text, R"({"s": "AB"})", "s", "pattern", R"("s" must match the pattern ^[a-zä]+$)");
    valid("type list", R"({"type": "object", "properties": {"x": {"type": ["string", "null"]}}})", R"({"x": null})");
    invalid("type list other", R"({"type": "object", "properties": {"x": {"type": ["string", "null"]}}})", R"({"x": 1})",
            "x", "type", R"("x" must be a string or null, not a number)");
    invalid("boolean", R"({"type": "object", "properties": {"x": {"type": "boolean"}}})", R"({"x": "true"})",
            "x", "type", R"("x" must be true or false, not a string)");
    const QByteArray nested = R"({"type": "object", "properties": {"user": {"type": "object", "required": ["name"],
        "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0},
                       "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2, "uniqueItems": true},
                       "address": {"type": "object", "properties": {"zip": {"type": "string"}}}}}}})";
    valid("nested", nested, R"({"user": {"name": "Ada", "age": 36, "tags": ["a"], "address": {"zip": "1"}}})");
    invalid("nested required", nested, R"({"user": {"age": 1}})", "user.name", "required", R"("user.name" is required)");
    invalid("nested minimum", nested, R"({"user": {"name": "x", "age": -1}})", "user.age", "minimum", R"("user.age" must be at least 0)");
    invalid("nested object type", nested, R"({"user": []})", "user", "type", R"("user" must be an object, not an array)");
    invalid("array item", nested, R"({"user": {"name": "x", "tags": ["a", 2]}})", "user.tags[1]", "type", R"("user.tags[1]" must be a string, not a number)");
    invalid("min items", nested, R"({"user": {"name": "x", "tags": []}})", "user.tags", "minItems", R"("user.tags" must have at least 1 items)");
    invalid("max items", nested, R"({"user": {"name": "x", "tags": ["a", "b", "c"]}})", "user.tags", "maxItems", R"("user.tags" must have at most 2 items)");
    invalid("unique items", nested, R"({"user": {"name": "x", "tags": ["a", "a"]}})", "user.tags", "uniqueItems", "items 0 and 1 are equal");
    invalid("three deep", nested, R"({"user": {"name": "x", "address": {"zip": 12345}}})", "user.address.zip", "type", R"("user.address.zip" must be a string, not a number)");
    const QByteArray matrix = R"({"type": "object", "properties": {"m": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}}})";
    valid("array of arrays", matrix, R"({"m": [[1, 2], [3]]})");
    invalid("array of arrays item", matrix, R"({"m": [[1, 2], [3, "x"]]})", "m[1][1]", "type", R"("m[1][1]" must be an integer, not a string)");
    invalid("array of objects", R"({"type": "object", "properties": {"list": {"type": "array", "items": {"type": "object", "required": ["id"]}}}})",
            R"({"list": [{"id": 1}, {}]})", "list[1].id", "required", R"("list[1].id" is required)");
    invalid("tuple items", R"({"type": "object", "properties": {"p": {"type": "array", "items": [{"type": "number"}, {"type": "string"}]}}})",
            R"({"p": [1, 2]})", "p[1]", "type", R"("p[1]" must be a string, not a number)");
    invalid("min properties", R"({"type": "object", "properties": {"o": {"type": "object", "minProperties": 1}}})", R"({"o": {}})",
            "o", "minProperties", R"("o" must have at least 1 members)");
    const QByteArray anyOf = R"({"type": "object", "properties": {"id": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}})";
    valid("any of", anyOf, R"({"id": 5})");
    invalid("any of none", anyOf, R"({"id": 5.5})", "id", "anyOf", R"("id" must match at least one of the allowed schemas)");
    invalid("one of two", R"({"type": "object", "properties": {"n": {"oneOf": [{"type": "number"}, {"type": "integer"}]}}})", R"({"n": 2})",
            "n", "oneOf", R"("n" must match exactly one of the allowed schemas, not 2)");
    invalid("all of", R"({"type": "object", "allOf": [{"required": ["a"]}, {"required": ["b"]}]})", R"({"a": 1})",
            "b", "required", R"("b" is required)");
    invalid("not", R"({"type": "object", "properties": {"x": {"not": {"type": "null"}}}})", R"({"x": null})",
            "x", "not", R"("x" must not match the excluded schema)");
    valid("unknown keywords ignored", R"({"type": "object", "$schema": "x", "properties": {"d": {"format": "date", "default": 1}}})", R"({"d": "no date"})");
}

void TestMockSchemaValidator::validate()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, arguments);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    QFETCH(QString, message);
    const QJsonObject schemaObject = object(schema);
    QVERIFY2(!schemaObject.isEmpty() || schema == "{}", schema.constData());
    const auto violation = MockSchemaValidator::validate(schemaObject, value(arguments));
    if (keyword.isEmpty()) {
        QVERIFY2(!violation, violation ? qPrintable(violation->message) : "");
        return;
    }
    QVERIFY(violation.has_value());
    QCOMPARE(violation->field, field);
    QCOMPARE(violation->keyword, keyword);
    QVERIFY2(violation->message.contains(message), qPrintable(violation->message));
}

void TestMockSchemaValidator::checkSchema_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("path"); // empty: well formed
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty") << QByteArray("{}") << QString() << QString();
    QTest::newRow("rich") << QByteArray(R"({"type": "object", "properties": {"a": {"type": ["integer", "null"], "minimum": 0,
        "exclusiveMaximum": true, "maximum": 5}, "b": {"type": "array", "items": [{"type": "string"}], "uniqueItems": false}},
        "required": ["a"], "additionalProperties": {"type": "string"}, "anyOf": [{}], "not": {"required": ["z"]}})")
                          << QString() << QString();
    QTest::newRow("type") << QByteArray(R"({"type": "int"})") << QStringLiteral("$.type") << QStringLiteral("\"int\" is not a JSON Schema type");
    QTest::newRow("type empty") << QByteArray(R"({"type": []})") << QStringLiteral("$.type") << QStringLiteral("must not be empty");
    QTest::newRow("properties") << QByteArray(R"({"properties": []})") << QStringLiteral("$.properties") << QStringLiteral("must be an object, not an array");
    QTest::newRow("property") << QByteArray(R"({"properties": {"a": 1}})") << QStringLiteral("$.properties.a") << QStringLiteral("must be an object, not a number");
    QTest::newRow("additional") << QByteArray(R"({"additionalProperties": "no"})") << QStringLiteral("$.additionalProperties") << QStringLiteral("must be an object, not a string");
    QTest::newRow("min length fraction") << QByteArray(R"({"minLength": 1.5})") << QStringLiteral("$.minLength") << QStringLiteral("must be a whole number of 0 or more, not 1.5");
    QTest::newRow("exclusive minimum") << QByteArray(R"({"exclusiveMinimum": "1"})") << QStringLiteral("$.exclusiveMinimum") << QStringLiteral("must be a number");
    QTest::newRow("unique items") << QByteArray(R"({"uniqueItems": 1})") << QStringLiteral("$.uniqueItems") << QStringLiteral("must be true or false");
    QTest::newRow("pattern") << QByteArray(R"({"pattern": "a(b"})") << QStringLiteral("$.pattern") << QStringLiteral("not a valid regular expression");
    QTest::newRow("one of empty") << QByteArray(R"({"oneOf": []})") << QStringLiteral("$.oneOf") << QStringLiteral("must be a non-empty array of schemas");
    QTest::newRow("not") << QByteArray(R"({"not": true})") << QStringLiteral("$.not") << QStringLiteral("must be an object");
    QTest::newRow("deep") << QByteArray(R"({"properties": {"a": {"items": {"properties": {"b": {"maxItems": -1}}}}}})")
                          << QStringLiteral("$.properties.a.items.properties.b.maxItems") << QStringLiteral("whole number of 0 or more");
}

void TestMockSchemaValidator::checkSchema()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, path);
    QFETCH(QString, problem);
    QString errorPath;
    QString errorProblem;
    const bool ok = MockSchemaValidator::checkSchema(object(schema), QStringLiteral("$"), &errorPath, &errorProblem);
    QCOMPARE(ok, path.isEmpty());
    QCOMPARE(errorPath, path);
    QVERIFY2(errorProblem.contains(problem), qPrintable(errorProblem));
}

void TestMockSchemaValidator::jsonEquals()
{
    QVERIFY(MockSchemaValidator::jsonEquals(value("1"), value("1.0")));
    QVERIFY(MockSchemaValidator::jsonEquals(value(R"({"a": [1, {"b": 2}]})"), value(R"({"a": [1.0, {"b": 2}]})")));
    QVERIFY(!MockSchemaValidator::jsonEquals(value(R"({"a": 1})"), value(R"({"a": 1, "b": 2})")));
    QVERIFY(!MockSchemaValidator::jsonEquals(value("\"1\""), value("1")));
    QVERIFY(!MockSchemaValidator::jsonEquals(value("[1, 2]"), value("[2, 1]")));
    QVERIFY(MockSchemaValidator::jsonEquals(value("null"), value("null")));
}

QTEST_GUILESS_MAIN(TestMockSchemaValidator)
#include "tst_mockschemavalidator.moc"
