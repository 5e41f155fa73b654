#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Sockscope {

// Checks tool arguments against a tool's inputSchema: the JSON Schema keywords MCP tools
// use (type, properties, required, additionalProperties, items, enum, const, minimum,
// maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, minLength, maxLength, pattern,
// minItems, maxItems, uniqueItems, minProperties, maxProperties, allOf, anyOf, oneOf, not).
// Other keywords (format, default, description, $schema, ...) are ignored. Sans-I/O.
class MockSchemaValidator final
{
    Q_DECLARE_TR_FUNCTIONS(MockSchemaValidator)

public:
    struct Violation
    {
        QString field;   // "a", "user.age", "tags[1]"; empty for the arguments as a whole
        QString keyword; // the schema keyword that failed: "type", "required", "minimum", ...
        QString message; // English, as it goes on the wire: "\"a\" must be a number, not a string"
    };

    // The first place `value` breaks `schema`; nothing when it conforms.
    static std::optional<Violation> validate(const QJsonObject &schema, const QJsonValue &value);

    // Whether the supported keywords in `schema` are well formed (a config file check).
    // False with *errorPath (`path` plus, say, ".properties.a.minimum") and *problem (for people).
    static bool checkSchema(const QJsonObject &schema, const QString &path, QString *errorPath, QString *problem);

    // Equality as JSON means it: 1 and 1.0 are equal, objects regardless of member order.
    static bool jsonEquals(const QJsonValue &a, const QJsonValue &b);
};

} // namespace Sockscope
