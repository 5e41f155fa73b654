#pragma once

#include "templatereport.h"
#include "templateunknown.h"
#include "templatevariablesource.h"

#include <QJsonValue>

namespace Sockscope {

// Fills the placeholders in the strings of a JSON value, at any depth (the mock's rules):
// a string that is exactly one placeholder takes the value with its type ("{{args.n}}" stays
// a number); any other string is rendered as text. Object keys are never filled.
class TemplateValueRenderer final
{
public:
    // Undefined, with `report` failed, when a variable gave an error. `report` may be null.
    static QJsonValue render(const QJsonValue &value, TemplateVariableSource &variables, TemplateUnknown unknown,
                             TemplateReport *report);
};

} // namespace Sockscope
