#include "mcpsessionsettings.h"

namespace Sockscope {

QJsonObject McpSessionSettings::effectiveCapabilities() const
{
    static const QList<std::pair<QString, QString>> kMethodCapabilities = {
        {QStringLiteral("roots/list"), QStringLiteral("roots")},
        {QStringLiteral("sampling/createMessage"), QStringLiteral("sampling")},
        {QStringLiteral("elicitation/create"), QStringLiteral("elicitation")},
    };
    QJsonObject result = capabilities;
    for (const auto &[method, capability] : kMethodCapabilities) {
        if (replies.contains(method) && !result.contains(capability))
            result.insert(capability, QJsonObject());
    }
    return result;
}

} // namespace Sockscope
