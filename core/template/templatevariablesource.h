#pragma once

#include "templatelookup.h"

#include <QStringList>

namespace Sockscope {

// Where a renderer gets the value of a placeholder's path; each caller supplies its own
// (the composer's uuid/now/nextId, replay's variables and captures, the mock's JSON object).
// Not const: a source may count (nextId is one number per message).
class TemplateVariableSource
{
public:
    virtual ~TemplateVariableSource() = default;
    virtual TemplateLookup resolve(const QStringList &path) = 0;

protected:
    TemplateVariableSource() = default;
    Q_DISABLE_COPY_MOVE(TemplateVariableSource)
};

} // namespace Sockscope
