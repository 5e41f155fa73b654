#pragma once

#include "jsonschemaproblem.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

#include <memory>

namespace Sockscope {

struct JsonSchemaCompiled;

// The one JSON Schema validator (STYLE.md, practice 18): the mock checks tool arguments with it
// and the MCP form checks what it would send with it, so both refuse the same things. JSON
// Schema 2020-12 as MCP tool input schemas use it, plus the draft 4 to 2019-09 spellings
// still met (boolean exclusiveMinimum, "items" as a list, "additionalItems", "definitions",
// "dependencies"); docs/MCP.md lists the keywords. `format` is an annotation and not checked.
// The schema is read once, at construction; validate() is const, so one validator serves any
// number of values. Sans-I/O.
class JsonSchemaValidator final
{
public:
    // Values nested deeper than this are refused, whatever the schema.
    static constexpr int kMaxDepth = 200;

    // Accepts everything (the schema `true`).
    JsonSchemaValidator();
    // `schema`: an object, true or false. A malformed schema is read as well as it can be:
    // see schemaProblems().
    explicit JsonSchemaValidator(const QJsonValue &schema);

    // What is wrong with the schema itself, located in it (/properties/a/minimum): keywords of
    // the wrong type (left out when checking), patterns that do not compile and $refs that lead
    // nowhere (both refuse what reaches them). Empty for a well-formed schema.
    const QList<JsonSchemaProblem> &schemaProblems() const { return m_schemaProblems; }

    // Where `value` breaks the schema, in the order the checks meet them (the first is the one
    // the mock answers), at most `maxProblems` (at least 1).
    JsonSchemaResult validate(const QJsonValue &value, qsizetype maxProblems = kDefaultMaxProblems) const;

    static constexpr qsizetype kDefaultMaxProblems = 100;

private:
    std::shared_ptr<const JsonSchemaCompiled> m_compiled;
    QList<JsonSchemaProblem> m_schemaProblems;
};

} // namespace Sockscope
