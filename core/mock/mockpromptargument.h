#pragma once

#include <QString>
#include <QStringList>

namespace Sockscope {

// One argument of a mock prompt. `values` answer completion/complete for it.
struct MockPromptArgument final
{
    QString name;
    QString title;
    QString description;
    bool required = false;
    QStringList values;
};

} // namespace Sockscope
