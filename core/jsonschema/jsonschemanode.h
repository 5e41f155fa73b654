#pragma once

#include "jsonschemapattern.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Sockscope {

// One schema of a JsonSchemaValidator, its keywords read once into typed members (by
// JsonSchemaCompiler), so checking a value looks nothing up by name. Subschemas are pointers
// into the same JsonSchemaCompiled; a $ref is the node it leads to, which can be an ancestor.
struct JsonSchemaNode final
{
    enum TypeBit : quint8 {
        Null = 1, Boolean = 2, Object = 4, Array = 8, Number = 16, String = 32, Integer = 64,
    };

    // true, false, or an object schema (isBoolean false).
    bool isBoolean = false;
    bool boolean = true;
    // The schema nests deeper than the compiler follows: nothing can be checked here.
    bool tooDeep = false;

    quint8 types = 0; // TypeBits; 0: no "type"
    QStringList typeNames; // as written, for what is said
    std::optional<QJsonValue> constant;
    std::optional<QJsonArray> enumValues;

    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> exclusiveMinimum;
    std::optional<double> exclusiveMaximum;
    bool draft4ExclusiveMinimum = false; // draft 4's "exclusiveMinimum": true next to "minimum"
    bool draft4ExclusiveMaximum = false;
    std::optional<double> multipleOf;

    qint64 minLength = -1;
    qint64 maxLength = -1;
    std::optional<JsonSchemaPattern> pattern;

    qint64 minItems = -1;
    qint64 maxItems = -1;
    bool uniqueItems = false;
    QList<const JsonSchemaNode *> prefixItems; // also draft 2019's "items": [...]
    const JsonSchemaNode *items = nullptr;     // the items after prefixItems (or "additionalItems")
    const JsonSchemaNode *contains = nullptr;
    qint64 minContains = 1;
    qint64 maxContains = -1;

    QStringList required;
    qint64 minProperties = -1;
    qint64 maxProperties = -1;
    QHash<QString, const JsonSchemaNode *> properties;
    QList<QPair<JsonSchemaPattern, const JsonSchemaNode *>> patternProperties;
    const JsonSchemaNode *additionalProperties = nullptr;
    const JsonSchemaNode *propertyNames = nullptr;
    QList<QPair<QString, QStringList>> dependentRequired;
    QList<QPair<QString, const JsonSchemaNode *>> dependentSchemas;

    QString ref;                              // as written; empty: none
    const JsonSchemaNode *refTarget = nullptr; // null with a ref: it leads nowhere
    QList<const JsonSchemaNode *> allOf;
    QList<const JsonSchemaNode *> anyOf;
    QList<const JsonSchemaNode *> oneOf;
    const JsonSchemaNode *notSchema = nullptr;
    const JsonSchemaNode *ifSchema = nullptr;
    const JsonSchemaNode *thenSchema = nullptr;
    const JsonSchemaNode *elseSchema = nullptr;
};

// A compiled schema: its nodes (the root first) and what is wrong with it.
struct JsonSchemaCompiled final
{
    std::vector<std::unique_ptr<JsonSchemaNode>> nodes;
    const JsonSchemaNode *root = nullptr;
};

} // namespace Sockscope
