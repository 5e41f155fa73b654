// Fuzz target: JsonSchemaValidator (docs/MCP.md), which reads schemas from outside (mock
// configurations, servers' tool lists). The input is a JSON array [schema, value] (a third
// member, a number, asks for at most that many problems). Checks: the mock (which asks for one
// problem) and the MCP form (which asks for many) agree on whether a value is valid; every
// problem names a keyword and says something in both languages, and is located in the value
// (a missing required member: where it would be); no more problems than asked for; JSON
// equality and its canonical key agree.

#include "fuzztarget.h"

#include "jsonschema/jsonequality.h"
#include "jsonschema/jsonschemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

using namespace Sockscope;

namespace {

// Whether the place exists in `value`; the last step may be missing for a missing member.
bool locatedIn(const JsonSchemaProblem &problem, QJsonValue value)
{
    const QList<JsonInstancePath::Step> &steps = problem.location.steps();
    const bool mayBeMissing = problem.keyword == QLatin1String("required") || problem.keyword == QLatin1String("dependentRequired");
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const JsonInstancePath::Step &step = steps.at(i);
        const bool last = i == steps.size() - 1;
        if (step.isIndex()) {
            if (!value.isArray() || step.index >= value.toArray().size())
                return false;
            value = value.toArray().at(step.index);
        } else {
            if (!value.isObject())
                return false;
            if (!value.toObject().contains(step.name))
                return last && mayBeMissing;
            value = value.toObject().value(step.name);
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    const QJsonArray pair = document.array();
    if (pair.size() < 2)
        return 0;
    const QJsonValue schema = pair.at(0);
    const QJsonValue value = pair.at(1);
    constexpr double mostAsked = 1000;
    const qsizetype maxProblems = pair.size() > 2 ? qsizetype(qBound(1.0, pair.at(2).toDouble(), mostAsked))
                                                  : JsonSchemaValidator::kDefaultMaxProblems;

    const JsonSchemaValidator validator(schema);
    for (const JsonSchemaProblem &problem : validator.schemaProblems()) {
        if (problem.message.isEmpty() || problem.text.isEmpty())
            std::abort();
    }
    const JsonSchemaResult many = validator.validate(value, maxProblems);
    const JsonSchemaResult first = validator.validate(value, 1);
    if (many.isValid() != first.isValid() || first.problems.size() > 1 || many.problems.size() > maxProblems)
        std::abort();
    for (const JsonSchemaProblem &problem : many.problems) {
        if (problem.keyword.isEmpty() || problem.message.isEmpty() || problem.text.isEmpty() || !locatedIn(problem, value))
            std::abort();
    }
    if (JsonEquality::equal(schema, value) != (JsonEquality::canonicalKey(schema) == JsonEquality::canonicalKey(value)))
        std::abort();
    return 0;
}
