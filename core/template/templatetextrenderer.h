#pragma once

#include "templatereport.h"
#include "templateunknown.h"
#include "templatevariablesource.h"
#include "texttemplate.h"

namespace Sockscope {

// Renders a template as plain text: each placeholder becomes its value's text form
// (TemplateValueText::text), each escape a `{{`.
class TemplateTextRenderer final
{
public:
    // Empty, with `report` failed, when a variable gave an error. `report` may be null.
    static QString render(const TextTemplate &source, TemplateVariableSource &variables, TemplateUnknown unknown,
                          TemplateReport *report);
};

} // namespace Sockscope
