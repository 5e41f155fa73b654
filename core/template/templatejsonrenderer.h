#pragma once

#include "templatereport.h"
#include "templateunknown.h"
#include "templatevariablesource.h"
#include "texttemplate.h"

#include <QStringView>

namespace Sockscope {

// Renders a message that may be JSON (replay's rules). In a JSON message a string that is
// only a placeholder ("{{nextId}}") takes the value with its type, a placeholder inside other
// text in a string goes in as its text form JSON-escaped, and one outside strings as JSON. An
// object key is never typed: it stays a string. Any other message is rendered as plain text.
class TemplateJsonRenderer final
{
public:
    // A JSON message by its start: `{` followed by `"` or `}`, or `[` (white space skipped).
    // A text that starts with a placeholder ("{{name}} ...") is plain text.
    static bool looksLikeJson(QStringView text);
    // Empty, with `report` failed, when a variable gave an error. `report` may be null.
    static QString render(const TextTemplate &source, TemplateVariableSource &variables, TemplateUnknown unknown,
                          TemplateReport *report);
};

} // namespace Sockscope
