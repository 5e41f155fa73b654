#include "mocktool.h"

namespace Sockscope {

QJsonObject MockTool::listing() const
{
    QJsonObject tool{{QStringLiteral("name"), name}, {QStringLiteral("inputSchema"), inputSchema}};
    if (!title.isEmpty())
        tool.insert(QStringLiteral("title"), title);
    if (!description.isEmpty())
        tool.insert(QStringLiteral("description"), description);
    if (!outputSchema.isEmpty())
        tool.insert(QStringLiteral("outputSchema"), outputSchema);
    if (!annotations.isEmpty())
        tool.insert(QStringLiteral("annotations"), annotations);
    return tool;
}

} // namespace Sockscope
