#pragma once

#include "templatevariablesource.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Sockscope {

// Variables held in one JSON object and reached by path (the mock): {{args.city}} is
// variables["args"]["city"], {{args.tags.0}} the first item of an array, {{args}} the whole
// object. A path that leads nowhere is unknown.
class TemplateJsonSource final : public TemplateVariableSource
{
public:
    explicit TemplateJsonSource(const QJsonObject &variables);

    TemplateLookup resolve(const QStringList &path) override;

    // The value `path` names inside `root`, or undefined: members of objects by key, items
    // of arrays by index.
    static QJsonValue walk(const QJsonValue &root, const QStringList &path);

private:
    QJsonObject m_variables;
};

} // namespace Sockscope
