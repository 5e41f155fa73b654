#include "jsonschemavalidator.h"

#include "jsonschemacompiler.h"
#include "jsonschemaevaluator.h"

namespace Sockscope {

static_assert(JsonSchemaValidator::kMaxDepth == JsonSchemaEvaluator::kMaxDepth, "one depth limit");

JsonSchemaValidator::JsonSchemaValidator() : JsonSchemaValidator(QJsonValue(true))
{
}

JsonSchemaValidator::JsonSchemaValidator(const QJsonValue &schema)
{
    m_compiled = JsonSchemaCompiler::compile(schema, &m_schemaProblems);
}

JsonSchemaResult JsonSchemaValidator::validate(const QJsonValue &value, qsizetype maxProblems) const
{
    JsonSchemaEvaluator evaluator(maxProblems);
    return evaluator.run(*m_compiled->root, value);
}

} // namespace Sockscope
