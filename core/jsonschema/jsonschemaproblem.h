#pragma once

#include "jsoninstancepath.h"

#include <QList>
#include <QString>

namespace Sockscope {

// One place where a value breaks a JSON Schema, or where a schema itself is malformed.
struct JsonSchemaProblem final
{
    // In the value checked ("/items/2/name"; for a missing required member, where it would
    // be), or, for a problem of the schema itself, in the schema ("/properties/a/minimum").
    JsonInstancePath location;
    // The keyword that failed: "type", "required", "$ref", ...; "false" for a false schema,
    // "depth" and "work" for the limits of the validator.
    QString keyword;
    // English, the same whatever the user interface's language, for the wire:
    // "\"user.age\" must be at least 0".
    QString message;
    // The same for people, translated: "user.age must be at least 0".
    QString text;
};

// What JsonSchemaValidator::validate() found: the problems in the order the checks met them.
struct JsonSchemaResult final
{
    QList<JsonSchemaProblem> problems;
    // The checks stopped at the most problems asked for: there may be more.
    bool truncated = false;

    bool isValid() const { return problems.isEmpty(); }
};

} // namespace Sockscope
