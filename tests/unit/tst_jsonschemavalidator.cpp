// JsonSchemaValidator, the one JSON Schema validator of the mock and the MCP form: a row per
// keyword that passes and one that fails (where, which keyword, what the wire says), the
// draft 4 to 2019-09 spellings, $ref and $defs, the bounds (depth, $ref loops, work), the
// schema's own problems, ECMA-262 patterns on PCRE2, and what people read.

#include "jsonschema/jsonequality.h"
#include "jsonschema/jsonschemapattern.h"
#include "jsonschema/jsonschemavalidator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Sockscope;

namespace {

QJsonValue value(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << json << error.errorString();
    return document.array().at(0);
}

// [[[...]]] `depth` arrays deep around `inner`.
QJsonValue nested(int depth, const QJsonValue &inner)
{
    QJsonValue current = inner;
    for (int i = 0; i < depth; ++i)
        current = QJsonArray{current};
    return current;
}

QString pointers(const QList<JsonSchemaProblem> &problems)
{
    QStringList list;
    for (const JsonSchemaProblem &problem : problems)
        list << problem.location.pointer() + QLatin1Char(' ') + problem.keyword;
    return list.join(QLatin1String(", "));
}

} // namespace

class TestJsonSchemaValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void everyProblemInOrder();
    void firstProblemOnly();
    void peopleRead_data();
    void peopleRead();
    void schemaProblems_data();
    void schemaProblems();
    void ecmaPatterns_data();
    void ecmaPatterns();
    void jsonEquality();
    void depthIsBounded();
    void refLoopsAndChainsAreBounded();
    void exponentialSchemaIsBounded();
    void boundsHoldOnASmallStack();
    void largeArraysAreLinear();
};

void TestJsonSchemaValidator::validate_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("instance");
    QTest::addColumn<QString>("location"); // a JSON Pointer; with an empty keyword: valid
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("message");  // a part of the English for the wire

    const auto valid = [](const char *name, const QByteArray &schema, const QByteArray &instance) {
        QTest::newRow(name) << schema << instance << QString() << QString() << QString();
    };
    const auto invalid = [](const char *name, const QByteArray &schema, const QByteArray &instance, const char *location,
                            const char *keyword, const char *message) {
        QTest::newRow(name) << schema << instance << QString::fromUtf8(location) << QString::fromUtf8(keyword)
                            << QString::fromUtf8(message);
    };

    // type
    const QByteArray ab = R"({"type": "object", "properties": {"a": {"type": "number"}, "b": {"type": "number"}}, "required": ["a", "b"]})";
    valid("type number", ab, R"({"a": 1, "b": 2.5})");
    invalid("type number, a string", ab, R"({"a": "1", "b": 2})", "/a", "type", R"("a" must be a number, not a string)");
    invalid("type of the arguments", ab, "[1]", "", "type", "the arguments must be an object, not an array");
    valid("type integer 1.0", R"({"type": "integer"})", "1.0");
    invalid("type integer 2.5", R"({"properties": {"n": {"type": "integer"}}})", R"({"n": 2.5})", "/n", "type", R"("n" must be an integer, not 2.5)");
    valid("type list", R"({"properties": {"x": {"type": ["string", "null"]}}})", R"({"x": null})");
    invalid("type list, other", R"({"properties": {"x": {"type": ["string", "null"]}}})", R"({"x": 1})", "/x", "type", R"("x" must be a string or null, not a number)");
    invalid("type boolean", R"({"properties": {"x": {"type": "boolean"}}})", R"({"x": "true"})", "/x", "type", R"("x" must be true or false, not a string)");
    valid("no keywords", "{}", R"({"anything": [1, {"x": null}]})");
    // enum, const
    const QByteArray unit = R"({"properties": {"unit": {"enum": ["c", "f"]}}})";
    valid("enum", unit, R"({"unit": "f"})");
    invalid("enum, other", unit, R"({"unit": "k"})", "/unit", "enum", R"("unit" must be one of "c", "f", not "k")");
    valid("enum 1.0 is 1", R"({"properties": {"n": {"enum": [1, 2]}}})", R"({"n": 1.0})");
    invalid("enum numbers", R"({"properties": {"n": {"enum": [1, 2]}}})", R"({"n": 3})", "/n", "enum", R"("n" must be one of 1, 2, not 3)");
    valid("const object, other member order", R"({"const": {"a": 1, "b": [1, 2]}})", R"({"b": [1.0, 2], "a": 1})");
    invalid("const", R"({"properties": {"v": {"const": "x"}}})", R"({"v": "y"})", "/v", "const", R"("v" must be "x")");
    invalid("const null is not missing", R"({"properties": {"v": {"const": null}}})", R"({"v": false})", "/v", "const", R"("v" must be null)");
    // numbers
    const QByteArray range = R"({"properties": {"n": {"type": "integer", "minimum": 1, "maximum": 10}}})";
    valid("minimum and maximum", range, R"({"n": 10})");
    invalid("minimum", range, R"({"n": 0})", "/n", "minimum", R"("n" must be at least 1)");
    invalid("maximum", range, R"({"n": 11})", "/n", "maximum", R"("n" must be at most 10)");
    valid("exclusiveMinimum", R"({"properties": {"x": {"exclusiveMinimum": 0}}})", R"({"x": 0.001})");
    invalid("exclusiveMinimum, equal", R"({"properties": {"x": {"exclusiveMinimum": 0}}})", R"({"x": 0})", "/x", "exclusiveMinimum", R"("x" must be greater than 0)");
    invalid("exclusiveMaximum, equal", R"({"properties": {"x": {"exclusiveMaximum": 5}}})", R"({"x": 5})", "/x", "exclusiveMaximum", R"("x" must be less than 5)");
    invalid("exclusiveMaximum, draft 4", R"({"properties": {"x": {"maximum": 5, "exclusiveMaximum": true}}})", R"({"x": 5})", "/x", "maximum", R"("x" must be less than 5)");
    valid("multipleOf 0.3 of 0.1", R"({"multipleOf": 0.1})", "0.3");
    valid("multipleOf 10000000.3 of 0.1", R"({"multipleOf": 0.1})", "10000000.3");
    valid("multipleOf whole", R"({"multipleOf": 3})", "9007199254740990");
    invalid("multipleOf 0.5", R"({"properties": {"x": {"multipleOf": 0.5}}})", R"({"x": 1.25})", "/x", "multipleOf", R"("x" must be a multiple of 0.5)");
    invalid("multipleOf 0.35 of 0.1", R"({"multipleOf": 0.1})", "0.35", "", "multipleOf", "must be a multiple of 0.1");
    invalid("multipleOf overflow", R"({"multipleOf": 0.123456789})", "1e308", "", "multipleOf", "must be a multiple of");
    // strings: lengths count code points, patterns search
    const QByteArray text = R"({"properties": {"s": {"type": "string", "minLength": 2, "maxLength": 3, "pattern": "^[a-zä]+$"}}})";
    valid("minLength and maxLength", text, R"({"s": "äb"})");
    invalid("minLength", text, R"({"s": "a"})", "/s", "minLength", R"("s" must have at least 2 characters)");
    invalid("maxLength", text, R"({"s": "abcd"})", "/s", "maxLength", R"("s" must have at most 3 characters)");
    valid("maxLength in code points", R"({"maxLength": 2})", "\"\U0001F600\U0001F600\"");
    invalid("maxLength in code points, over", R"({"maxLength": 2})", "\"\U0001F600\U0001F600\U0001F600\"", "", "maxLength", "at most 2 characters");
    invalid("minLength in code points", R"({"minLength": 3})", "\"\U0001F600\U0001F600\"", "", "minLength", "at least 3 characters");
    invalid("pattern", text, R"({"s": "AB"})", "/s", "pattern", R"("s" must match the pattern ^[a-zä]+$)");
    valid("pattern is searched", R"({"pattern": "b"})", R"("abc")");
    invalid("pattern $ ends the text", R"({"pattern": "^[0-9]{5}$"})", R"("12345\n")", "", "pattern", "must match the pattern");
    valid("pattern \\u escape", R"({"pattern": "^\\u00e9$"})", R"("é")");
    invalid("pattern that does not compile", R"({"pattern": "a(b"})", R"("ab")", "", "pattern", "is not a valid regular expression");
    valid("format is an annotation", R"({"$schema": "x", "properties": {"d": {"format": "date", "default": 1}}})", R"({"d": "no date"})");
    // objects
    invalid("required", ab, R"({"a": 1})", "/b", "required", R"("b" is required)");
    valid("extra allowed by default", ab, R"({"a": 1, "b": 2, "c": "x"})");
    invalid("additionalProperties false", R"({"additionalProperties": false, "properties": {"a": {}}})", R"({"a": 1, "c": 2})",
            "/c", "additionalProperties", R"("c" is not allowed here)");
    invalid("additionalProperties schema", R"({"additionalProperties": {"type": "string"}})", R"({"c": 2})", "/c", "type", R"("c" must be a string, not a number)");
    const QByteArray patterned = R"({"patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": false})";
    valid("patternProperties", patterned, R"({"x-a": "1"})");
    invalid("patternProperties, value", patterned, R"({"x-a": 1})", "/x-a", "type", R"("x-a" must be a string)");
    invalid("patternProperties, not matched", patterned, R"({"y": "1"})", "/y", "additionalProperties", "is not allowed here");
    invalid("patternProperties that does not compile", R"({"patternProperties": {"(": {}}})", R"({"a": 1})", "/a", "patternProperties", "not a valid regular expression");
    valid("propertyNames", R"({"propertyNames": {"maxLength": 3}})", R"({"abc": 1})");
    invalid("propertyNames, too long", R"({"propertyNames": {"maxLength": 3}})", R"({"abcd": 1})", "/abcd", "propertyNames", R"("abcd" has a name the schema does not allow)");
    invalid("minProperties", R"({"properties": {"o": {"minProperties": 1}}})", R"({"o": {}})", "/o", "minProperties", R"("o" must have at least 1 members)");
    invalid("maxProperties", R"({"maxProperties": 1})", R"({"a": 1, "b": 2})", "", "maxProperties", "must have at most 1 members");
    invalid("dependentRequired", R"({"dependentRequired": {"card": ["cvc"]}})", R"({"card": "1"})", "/cvc", "dependentRequired", R"("cvc" is required when "card" is given)");
    invalid("dependentSchemas", R"({"dependentSchemas": {"card": {"required": ["cvc"]}}})", R"({"card": "1"})", "/cvc", "required", "is required");
    invalid("dependencies (draft 7)", R"({"dependencies": {"card": ["cvc"]}})", R"({"card": "1"})", "/cvc", "dependentRequired", "is required");
    // arrays
    const QByteArray tags = R"({"properties": {"tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2, "uniqueItems": true}}})";
    valid("items", tags, R"({"tags": ["a", "b"]})");
    invalid("items, one", tags, R"({"tags": ["a", 2]})", "/tags/1", "type", R"("tags[1]" must be a string, not a number)");
    invalid("minItems", tags, R"({"tags": []})", "/tags", "minItems", R"("tags" must have at least 1 items)");
    invalid("maxItems", tags, R"({"tags": ["a", "b", "c"]})", "/tags", "maxItems", R"("tags" must have at most 2 items)");
    invalid("uniqueItems", tags, R"({"tags": ["a", "a"]})", "/tags", "uniqueItems", "items 0 and 1 are equal");
    invalid("uniqueItems 1 and 1.0", R"({"uniqueItems": true})", "[1, 2, 1.0]", "", "uniqueItems", "items 0 and 2 are equal");
    invalid("uniqueItems objects", R"({"uniqueItems": true})", R"([{"a": 1, "b": 2}, {"b": 2, "a": 1}])", "", "uniqueItems", "items 0 and 1");
    valid("uniqueItems 1 and \"1\"", R"({"uniqueItems": true})", R"([1, "1", [1], {"1": 1}, 0, -0.5, false, null])");
    valid("prefixItems", R"({"prefixItems": [{"type": "number"}, {"type": "string"}]})", R"([1, "a", true])");
    invalid("prefixItems, items false", R"({"prefixItems": [{"type": "number"}], "items": false})", "[1, 2]", "/1", "items", R"("[1]" is not allowed here)");
    invalid("items list (before 2020-12)", R"({"properties": {"p": {"items": [{"type": "number"}, {"type": "string"}]}}})", R"({"p": [1, 2]})",
            "/p/1", "type", R"("p[1]" must be a string, not a number)");
    invalid("additionalItems (before 2020-12)", R"({"items": [{}], "additionalItems": false})", "[1, 2]", "/1", "items", "is not allowed here");
    valid("contains", R"({"contains": {"type": "string"}})", R"([1, "a"])");
    invalid("contains, none", R"({"contains": {"type": "string"}})", "[1, 2]", "", "contains", "must hold an item that matches");
    invalid("minContains", R"({"contains": {"type": "string"}, "minContains": 2})", R"([1, "a"])", "", "minContains", "at least 2 items that match");
    invalid("maxContains", R"({"contains": {"type": "string"}, "maxContains": 1})", R"(["a", "b"])", "", "maxContains", "at most 1 items that match");
    valid("minContains 0", R"({"contains": {"type": "string"}, "minContains": 0})", "[]");
    // Nested objects and arrays: where is said as the mock always said it.
    const QByteArray nested = R"({"type": "object", "properties": {"user": {"type": "object", "required": ["name"],
        "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0},
                       "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2, "uniqueItems": true},
                       "address": {"type": "object", "properties": {"zip": {"type": "string"}}}}}}})";
    valid("nested", nested, R"({"user": {"name": "Ada", "age": 36, "tags": ["a"], "address": {"zip": "1"}}})");
    invalid("nested required", nested, R"({"user": {"age": 1}})", "/user/name", "required", R"("user.name" is required)");
    invalid("nested minimum", nested, R"({"user": {"name": "x", "age": -1}})", "/user/age", "minimum", R"("user.age" must be at least 0)");
    invalid("nested object type", nested, R"({"user": []})", "/user", "type", R"("user" must be an object, not an array)");
    invalid("nested item", nested, R"({"user": {"name": "x", "tags": ["a", 2]}})", "/user/tags/1", "type", R"("user.tags[1]" must be a string, not a number)");
    invalid("nested minItems", nested, R"({"user": {"name": "x", "tags": []}})", "/user/tags", "minItems", R"("user.tags" must have at least 1 items)");
    invalid("nested maxItems", nested, R"({"user": {"name": "x", "tags": ["a", "b", "c"]}})", "/user/tags", "maxItems", R"("user.tags" must have at most 2 items)");
    invalid("nested uniqueItems", nested, R"({"user": {"name": "x", "tags": ["a", "a"]}})", "/user/tags", "uniqueItems", "items 0 and 1 are equal");
    invalid("three deep", nested, R"({"user": {"name": "x", "address": {"zip": 12345}}})", "/user/address/zip", "type", R"("user.address.zip" must be a string, not a number)");
    const QByteArray matrix = R"({"properties": {"m": {"items": {"items": {"type": "integer"}}}}})";
    invalid("array of arrays", matrix, R"({"m": [[1, 2], [3, "x"]]})", "/m/1/1", "type", R"("m[1][1]" must be an integer)");
    invalid("array of objects", R"({"properties": {"list": {"items": {"required": ["id"]}}}})", R"({"list": [{"id": 1}, {}]})",
            "/list/1/id", "required", R"("list[1].id" is required)");
    // combinations
    const QByteArray id = R"({"properties": {"id": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}})";
    valid("anyOf", id, R"({"id": 5})");
    invalid("anyOf, none", id, R"({"id": 5.5})", "/id", "anyOf", R"("id" must match at least one of the allowed schemas)");
    valid("oneOf", R"({"oneOf": [{"type": "string"}, {"type": "integer"}]})", "1");
    invalid("oneOf, two", R"({"properties": {"n": {"oneOf": [{"type": "number"}, {"type": "integer"}]}}})", R"({"n": 2})",
            "/n", "oneOf", R"("n" must match exactly one of the allowed schemas, not 2)");
    invalid("oneOf, none", R"({"oneOf": [{"type": "string"}, {"type": "null"}]})", "1", "", "oneOf", "not 0");
    invalid("allOf", R"({"allOf": [{"required": ["a"]}, {"required": ["b"]}]})", R"({"a": 1})", "/b", "required", R"("b" is required)");
    invalid("not", R"({"properties": {"x": {"not": {"type": "null"}}}})", R"({"x": null})", "/x", "not", R"("x" must not match the excluded schema)");
    const QByteArray postal = R"({"if": {"properties": {"country": {"const": "US"}}}, "then": {"properties": {"zip": {"pattern": "^[0-9]{5}$"}}},
        "else": {"properties": {"zip": {"type": "string"}}}})";
    valid("if/then", postal, R"({"country": "US", "zip": "12345"})");
    invalid("if/then, then fails", postal, R"({"country": "US", "zip": "W1"})", "/zip", "pattern", "must match the pattern");
    invalid("if/else, else fails", postal, R"({"country": "UK", "zip": 5})", "/zip", "type", "must be a string");
    // boolean schemas
    valid("true", "true", R"({"x": [1]})");
    invalid("false", "false", "{}", "", "false", "the arguments cannot be accepted: the schema here is false");
    invalid("false property", R"({"properties": {"x": false}})", R"({"x": 1})", "/x", "false", R"("x" cannot be accepted)");
    invalid("not true", R"({"not": true})", "1", "", "not", "must not match the excluded schema");
    // $ref and $defs
    const QByteArray defs = R"({"$defs": {"name": {"type": "string", "minLength": 1}, "a/b": {"const": 1}, "t~x": {"const": 2}},
        "definitions": {"old": {"type": "integer"}},
        "properties": {"n": {"$ref": "#/$defs/name"}, "o": {"$ref": "#/definitions/old"}, "s": {"$ref": "#/$defs/a~1b"},
                       "t": {"$ref": "#/$defs/t~0x"}, "u": {"$ref": "#/properties/n"}, "p": {"$ref": "#/%24defs/name"},
                       "w": {"$ref": "#word"}, "x": {"$anchor": "word", "maxLength": 2}}})";
    valid("$ref", defs, R"({"n": "a", "o": 1, "s": 1, "t": 2, "u": "b", "p": "c", "w": "ab"})");
    invalid("$ref #/$defs", defs, R"({"n": ""})", "/n", "minLength", R"("n" must have at least 1 characters)");
    invalid("$ref #/definitions", defs, R"({"o": 1.5})", "/o", "type", "must be an integer");
    invalid("$ref ~1", defs, R"({"s": 2})", "/s", "const", "must be 1");
    invalid("$ref ~0", defs, R"({"t": 1})", "/t", "const", "must be 2");
    invalid("$ref to a property", defs, R"({"u": 1})", "/u", "type", "must be a string");
    invalid("$ref percent-encoded", defs, R"({"p": 1})", "/p", "type", "must be a string");
    invalid("$ref to an $anchor", defs, R"({"w": "abc"})", "/w", "maxLength", "at most 2 characters");
    const QByteArray tree = R"({"type": "object", "required": ["name"], "properties": {"name": {"type": "string"},
        "children": {"type": "array", "items": {"$ref": "#"}}}})";
    valid("$ref # (a tree)", tree, R"({"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]})");
    invalid("$ref # (a tree), deep", tree, R"({"name": "a", "children": [{"name": "b", "children": [{}]}]})",
            "/children/0/children/0/name", "required", R"("children[0].children[0].name" is required)");
    invalid("$ref with siblings", R"({"$defs": {"s": {"type": "string"}}, "$ref": "#/$defs/s", "maxLength": 1})", R"("ab")", "", "maxLength", "at most 1");
    invalid("$ref nowhere", R"({"properties": {"a": {"$ref": "#/$defs/none"}}})", R"({"a": 1})", "/a", "$ref", R"(the schema's $ref #/$defs/none leads nowhere)");
    invalid("$ref elsewhere", R"({"$ref": "other.json#/a"})", "1", "", "$ref", "leads nowhere");
    invalid("$ref to itself", R"({"$ref": "#"})", "1", "", "$ref", "leads back to itself without going deeper into the value");
    invalid("$ref loop", R"({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"anyOf": [{"$ref": "#/$defs/a"}]}}, "$ref": "#/$defs/a"})", "1",
            "", "$ref", "leads back to itself");
}

void TestJsonSchemaValidator::validate()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, instance);
    QFETCH(QString, location);
    QFETCH(QString, keyword);
    QFETCH(QString, message);
    const QJsonValue schemaValue = value(schema);
    QVERIFY2(schemaValue.isObject() || schemaValue.isBool(), schema.constData());
    const JsonSchemaValidator validator(schemaValue);
    QVERIFY2(validator.schemaProblems().isEmpty() || keyword == QLatin1String("$ref") || keyword.contains(QLatin1String("pattern")),
             qPrintable(validator.schemaProblems().value(0).text));
    const JsonSchemaResult result = validator.validate(value(instance));
    if (keyword.isEmpty()) {
        QVERIFY2(result.isValid(), qPrintable(result.problems.value(0).message));
        return;
    }
    QVERIFY(!result.isValid());
    const JsonSchemaProblem &first = result.problems.first();
    QCOMPARE(first.location.pointer(), location);
    QCOMPARE(first.keyword, keyword);
    QVERIFY2(first.message.contains(message), qPrintable(first.message));
}

void TestJsonSchemaValidator::everyProblemInOrder()
{
    // The form shows them all: the object's own checks first, then its members in name order.
    const JsonSchemaValidator validator(value(R"({"required": ["a", "b"], "properties": {"c": {"type": "string"},
        "d": {"items": {"minimum": 0}}}, "maxProperties": 1})"));
    const JsonSchemaResult result = validator.validate(value(R"({"c": 1, "d": [1, -1, -2]})"));
    QCOMPARE(pointers(result.problems), QStringLiteral("/a required, /b required,  maxProperties, /c type, /d/1 minimum, /d/2 minimum"));
    QVERIFY(!result.truncated);
}

void TestJsonSchemaValidator::firstProblemOnly()
{
    // The mock needs one: the checks stop there.
    const JsonSchemaValidator validator(value(R"({"items": {"type": "string"}})"));
    const JsonSchemaResult result = validator.validate(value("[1, 2, 3]"), 1);
    QCOMPARE(pointers(result.problems), QStringLiteral("/0 type"));
    QVERIFY(result.truncated);
}

void TestJsonSchemaValidator::peopleRead_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("instance");
    QTest::addColumn<QString>("text");
    // No translator here: the English source for people, counts with "(s)" until translated.
    QTest::newRow("required") << QByteArray(R"({"required": ["name"]})") << QByteArray("{}") << QStringLiteral("name is required");
    QTest::newRow("minItems") << QByteArray(R"({"properties": {"tags": {"minItems": 2}}})") << QByteArray(R"({"tags": []})")
                              << QStringLiteral("tags needs at least 2 item(s)");
    QTest::newRow("maxLength") << QByteArray(R"({"properties": {"a": {"properties": {"b": {"maxLength": 1}}}}})")
                               << QByteArray(R"({"a": {"b": "xy"}})") << QStringLiteral("a.b takes at most 1 character(s)");
    QTest::newRow("pattern") << QByteArray(R"({"properties": {"zip": {"pattern": "^[0-9]+$"}}})") << QByteArray(R"({"zip": "x"})")
                             << QStringLiteral("zip does not match the pattern ^[0-9]+$");
    QTest::newRow("type of the whole") << QByteArray(R"({"type": "object"})") << QByteArray("1")
                                       << QStringLiteral("the arguments must be an object, not a number");
    QTest::newRow("name holding %2") << QByteArray(R"({"properties": {"%2": {"const": 1}}})") << QByteArray(R"({"%2": 2})")
                                     << QStringLiteral("%2 must be 1");
}

void TestJsonSchemaValidator::peopleRead()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, instance);
    QFETCH(QString, text);
    const JsonSchemaResult result = JsonSchemaValidator(value(schema)).validate(value(instance));
    QVERIFY(!result.isValid());
    QCOMPARE(result.problems.first().text, text);
}

void TestJsonSchemaValidator::schemaProblems_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("location"); // a JSON Pointer into the schema; "-": well formed
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &schema, const char *location, const char *message) {
        QTest::newRow(name) << schema << QString::fromUtf8(location) << QString::fromUtf8(message);
    };
    row("empty", "{}", "-", "");
    row("rich", R"({"type": "object", "properties": {"a": {"type": ["integer", "null"], "minimum": 0, "exclusiveMaximum": true,
        "maximum": 5}, "b": {"type": "array", "items": [{"type": "string"}], "uniqueItems": false}}, "required": ["a"],
        "additionalProperties": {"type": "string"}, "anyOf": [{}], "not": {"required": ["z"]}, "$defs": {"x": true},
        "prefixItems": [false], "contains": {}, "minContains": 0, "patternProperties": {"^a": {}}, "$ref": "#/$defs/x",
        "if": true, "then": false, "else": {}, "dependentRequired": {"a": ["b"]}, "propertyNames": {"pattern": "^[a-z]+$"}})",
        "-", "");
    row("type", R"({"type": "int"})", "/type", "\"int\" is not a JSON Schema type");
    row("type empty", R"({"type": []})", "/type", "must not be empty");
    row("type list", R"({"type": ["string", 5]})", "/type/1", "5 is not a JSON Schema type");
    row("type a number", R"({"type": 1})", "/type", "must be a string, not a number");
    row("properties", R"({"properties": []})", "/properties", "must be an object, not an array");
    row("property", R"({"properties": {"a": 1}})", "/properties/a", "must be an object, not a number");
    row("additionalProperties", R"({"additionalProperties": "no"})", "/additionalProperties", "must be an object, not a string");
    row("required", R"({"required": "a"})", "/required", "must be an array, not a string");
    row("required item", R"({"required": ["a", 1]})", "/required/1", "must be a string, not a number");
    row("minLength fraction", R"({"minLength": 1.5})", "/minLength", "must be a whole number of 0 or more, not 1.5");
    row("maxItems negative", R"({"properties": {"a": {"items": {"properties": {"b": {"maxItems": -1}}}}}})",
        "/properties/a/items/properties/b/maxItems", "whole number of 0 or more");
    row("exclusiveMinimum", R"({"exclusiveMinimum": "1"})", "/exclusiveMinimum", "must be a number");
    row("multipleOf zero", R"({"multipleOf": 0})", "/multipleOf", "must be greater than 0");
    row("uniqueItems", R"({"uniqueItems": 1})", "/uniqueItems", "must be true or false");
    row("pattern", R"({"pattern": "a(b"})", "/pattern", "not a valid regular expression");
    row("patternProperties", R"({"patternProperties": {"[": {}}})", "/patternProperties/[", "not a valid regular expression");
    row("enum empty", R"({"enum": []})", "/enum", "must be a non-empty array");
    row("oneOf empty", R"({"oneOf": []})", "/oneOf", "must be a non-empty array of schemas");
    row("anyOf item", R"({"anyOf": [{}, 3]})", "/anyOf/1", "must be an object, not a number");
    row("not", R"({"not": 5})", "/not", "must be an object, not a number (a schema is an object, true or false)");
    row("$ref nowhere", R"({"$ref": "#/$defs/a"})", "/$ref", "#/$defs/a points nowhere in this schema");
    row("$ref elsewhere", R"({"$ref": "https://example.com/s.json"})", "/$ref", "only references inside this schema");
    row("$ref bad pointer", R"({"$ref": "#/a~2"})", "/$ref", "is not a JSON Pointer");
    row("$ref in $defs", R"({"$defs": {"a": {"$ref": "#/nope"}}})", "/$defs/a/$ref", "points nowhere");
    row("too deep", QByteArray(R"({"not": )").repeated(300) + "{}" + QByteArray("}").repeated(300),
        "/not/not/not", "nests deeper than 256 levels");
}

void TestJsonSchemaValidator::schemaProblems()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const JsonSchemaValidator validator(value(schema));
    const QList<JsonSchemaProblem> problems = validator.schemaProblems();
    if (location == QLatin1String("-")) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).location.pointer() + QLatin1Char(' ') + problems.value(0).message));
        return;
    }
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().location.pointer().startsWith(location), qPrintable(problems.first().location.pointer()));
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
}

void TestJsonSchemaValidator::ecmaPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("$ is the end") << QStringLiteral("a$") << QStringLiteral("a\n") << false;
    QTest::newRow("$ in a class") << QStringLiteral("^[$]$") << QStringLiteral("$") << true;
    QTest::newRow("escaped $") << QStringLiteral("\\$") << QStringLiteral("5$") << true;
    QTest::newRow(". no line break") << QStringLiteral("^a.b$") << QStringLiteral("a\rb") << false;
    QTest::newRow(". other") << QStringLiteral("^a.b$") << QStringLiteral("a\u00e9b") << true;
    QTest::newRow("\\u") << QStringLiteral("\\u0041\\u{1F600}") << QStringLiteral("A\U0001F600") << true;
    QTest::newRow("[^] anything") << QStringLiteral("^a[^]b$") << QStringLiteral("a\nb") << true;
    QTest::newRow("[] nothing") << QStringLiteral("a[]") << QStringLiteral("a") << false;
    QTest::newRow("\\d ASCII") << QStringLiteral("^\\d$") << QStringLiteral("\u0663") << false;
    QTest::newRow("unicode class") << QStringLiteral("^\\p{L}+$") << QStringLiteral("\u00e4\u00df") << true;
}

void TestJsonSchemaValidator::ecmaPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, found);
    const JsonSchemaPattern compiled(pattern);
    QVERIFY2(compiled.isValid(), qPrintable(JsonSchemaPattern::toPcre(pattern) + QLatin1Char(' ') + compiled.errorString()));
    QCOMPARE(compiled.matches(text), found);
}

void TestJsonSchemaValidator::jsonEquality()
{
    QVERIFY(JsonEquality::equal(value("1"), value("1.0")));
    QVERIFY(JsonEquality::equal(value(R"({"a": [1, {"b": 2}]})"), value(R"({"a": [1.0, {"b": 2}]})")));
    QVERIFY(!JsonEquality::equal(value(R"({"a": 1})"), value(R"({"a": 1, "b": 2})")));
    QVERIFY(!JsonEquality::equal(value("\"1\""), value("1")));
    QVERIFY(!JsonEquality::equal(value("[1, 2]"), value("[2, 1]")));
    QVERIFY(JsonEquality::equal(value("null"), value("null")));
    // The canonical key agrees.
    QCOMPARE(JsonEquality::canonicalKey(value(R"({"b": [1.0, -0], "a": "x"})")), JsonEquality::canonicalKey(value(R"({"a": "x", "b": [1, 0]})")));
    QVERIFY(JsonEquality::canonicalKey(value(R"(["a", "b"])")) != JsonEquality::canonicalKey(value(R"(["a,b"])")));
    QVERIFY(JsonEquality::canonicalKey(value(R"({"a": "b"})")) != JsonEquality::canonicalKey(value(R"({"ab": ""})")));
    QVERIFY(JsonEquality::canonicalKey(value("0.1")) != JsonEquality::canonicalKey(value("0.10000000000000002")));
}

void TestJsonSchemaValidator::depthIsBounded()
{
    const JsonSchemaValidator anything;
    QVERIFY(anything.validate(QJsonObject{{QStringLiteral("a"), nested(JsonSchemaValidator::kMaxDepth - 1, 1)}}).isValid());
    // One level more is refused whatever the schema, said of the member that holds it.
    const JsonSchemaResult result = anything.validate(QJsonObject{{QStringLiteral("a"), nested(JsonSchemaValidator::kMaxDepth, 1)}});
    QCOMPARE(pointers(result.problems), QStringLiteral("/a depth"));
    QCOMPARE(result.problems.first().message, QStringLiteral("\"a\" must not nest deeper than 200 levels"));
    // Far deeper than a JSON text may be (Qt reads 1024 levels): refused, no stack overflow.
    QCOMPARE(anything.validate(nested(100000, 1)).problems.value(0).keyword, QStringLiteral("depth"));
}

void TestJsonSchemaValidator::refLoopsAndChainsAreBounded()
{
    // A recursive schema on a value 200 levels deep is fine.
    const JsonSchemaValidator list(value(R"({"anyOf": [{"type": "integer"}, {"type": "array", "items": {"$ref": "#"}}]})"));
    QVERIFY(list.validate(nested(JsonSchemaValidator::kMaxDepth, 1)).isValid());
    QCOMPARE(list.validate(nested(JsonSchemaValidator::kMaxDepth, QStringLiteral("x"))).problems.value(0).keyword, QStringLiteral("anyOf"));
    // 1,500 $defs each referring to the next, at one place in the value: stops at 1,000.
    QJsonObject defs;
    constexpr int chain = 1500;
    for (int i = 0; i < chain; ++i)
        defs.insert(QString::number(i), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/$defs/%1").arg(i + 1)}});
    defs.insert(QString::number(chain), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
    const JsonSchemaValidator chained(QJsonObject{{QStringLiteral("$defs"), defs}, {QStringLiteral("$ref"), QStringLiteral("#/$defs/0")}});
    QVERIFY(chained.schemaProblems().isEmpty());
    const JsonSchemaResult result = chained.validate(QStringLiteral("x"));
    QCOMPARE(pointers(result.problems), QStringLiteral(" depth"));
    QVERIFY2(result.problems.first().message.contains(QLatin1String("nests deeper than 1000 levels")), qPrintable(result.problems.first().message));
}

void TestJsonSchemaValidator::exponentialSchemaIsBounded()
{
    // Each level asks twice for the next: 2^40 checks. The budget grows with the value, not
    // with what the schema asks.
    QJsonObject defs;
    constexpr int levels = 40;
    for (int i = 0; i < levels; ++i) {
        const QJsonObject next{{QStringLiteral("$ref"), QStringLiteral("#/$defs/%1").arg(i + 1)}};
        defs.insert(QString::number(i), QJsonObject{{QStringLiteral("allOf"), QJsonArray{next, next}}});
    }
    defs.insert(QString::number(levels), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
    const JsonSchemaValidator validator(QJsonObject{{QStringLiteral("$defs"), defs}, {QStringLiteral("$ref"), QStringLiteral("#/$defs/0")}});
    const JsonSchemaResult result = validator.validate(QStringLiteral("x"));
    QCOMPARE(pointers(result.problems), QStringLiteral(" work"));
    QVERIFY(result.problems.first().message.contains(QLatin1String("asks for more than 100100 steps")));
}

void TestJsonSchemaValidator::boundsHoldOnASmallStack()
{
    // The deepest the checks go (a value 200 levels deep under a recursive schema; schemas
    // nested 1,000 times through a $ref chain) on a thread with 2 MiB of stack, a quarter of a
    // Linux thread's default. The debug build needed between 384 and 448 KiB.
    QString outcome;
    std::unique_ptr<QThread> thread(QThread::create([&outcome] {
        const JsonSchemaValidator tree(value(R"({"type": "object", "properties": {"c": {"anyOf": [{"$ref": "#"}, {"type": "null"}]}}})"));
        QJsonValue deep = QJsonValue::Null;
        for (int i = 0; i < JsonSchemaValidator::kMaxDepth; ++i)
            deep = QJsonObject{{QStringLiteral("c"), deep}};
        outcome += tree.validate(deep).isValid() ? QStringLiteral("deep ok") : QStringLiteral("deep refused");
        QJsonObject defs;
        for (int i = 0; i < 1200; ++i)
            defs.insert(QString::number(i), QJsonObject{{QStringLiteral("allOf"), QJsonArray{QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/$defs/%1").arg(i + 1)}}}}});
        const JsonSchemaValidator chain(QJsonObject{{QStringLiteral("$defs"), defs}, {QStringLiteral("$ref"), QStringLiteral("#/$defs/0")}});
        outcome += QLatin1Char(',') + chain.validate(1).problems.value(0).keyword;
    }));
    constexpr uint stackBytes = 2 * 1024 * 1024;
    thread->setStackSize(stackBytes);
    thread->start();
    QVERIFY(thread->wait());
    QCOMPARE(outcome, QStringLiteral("deep ok,depth"));
}

void TestJsonSchemaValidator::largeArraysAreLinear()
{
    // 100,000 items: unique, then with the last equal to the first (1 and 1.0), and an items
    // schema over all of them. Timed for the record, not bounded.
    constexpr int count = 100000;
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("name"), QStringLiteral("n%1").arg(i)}});
    const JsonSchemaValidator unique(value(R"({"uniqueItems": true, "items": {"type": "object", "required": ["id"],
        "properties": {"id": {"type": "integer", "minimum": 0}, "name": {"type": "string", "pattern": "^n[0-9]+$"}}}})"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(unique.validate(items).isValid());
    const qint64 validMs = timer.elapsed();
    items.append(QJsonObject{{QStringLiteral("id"), 0.0}, {QStringLiteral("name"), QStringLiteral("n0")}});
    timer.restart();
    const JsonSchemaResult result = unique.validate(items);
    QCOMPARE(pointers(result.problems), QStringLiteral(" uniqueItems"));
    QVERIFY(result.problems.first().message.contains(QLatin1String("items 0 and 100000 are equal")));
    qInfo("100,000 objects against uniqueItems + items: %lld ms valid, %lld ms with a duplicate", validMs, qint64(timer.elapsed()));
}

QTEST_GUILESS_MAIN(TestJsonSchemaValidator)
#include "tst_jsonschemavalidator.moc"
