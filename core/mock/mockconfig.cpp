#include "mockconfig.h"

#include "mcp/mcpprotocolversion.h"

#include <algorithm>
#include <functional>

namespace Sockscope {

QStringList MockConfig::acceptedProtocolVersions() const
{
    QStringList versions = protocolVersions.isEmpty() ? McpProtocolVersion::all() : protocolVersions;
    // Versions are dates: the newest sorts last as text.
    std::sort(versions.begin(), versions.end(), std::greater<QString>());
    return versions;
}

QString MockConfig::latestProtocolVersion() const
{
    return acceptedProtocolVersions().value(0);
}

QString MockConfig::negotiateProtocolVersion(const QString &requested) const
{
    const QStringList accepted = acceptedProtocolVersions();
    return accepted.contains(requested) ? requested : accepted.value(0);
}

QJsonObject MockConfig::effectiveCapabilities() const
{
    if (capabilities)
        return *capabilities;
    const auto announces = [this](const char *method) {
        return std::any_of(notifications.cbegin(), notifications.cend(), [method](const MockNotification &n) {
            return n.method == QLatin1String(method);
        });
    };
    QJsonObject result{{QStringLiteral("logging"), QJsonObject()}};
    if (!tools.isEmpty())
        result.insert(QStringLiteral("tools"),
                      QJsonObject{{QStringLiteral("listChanged"), announces("notifications/tools/list_changed")}});
    if (!resources.isEmpty() || !resourceTemplates.isEmpty())
        result.insert(QStringLiteral("resources"),
                      QJsonObject{{QStringLiteral("subscribe"), true},
                                  {QStringLiteral("listChanged"), announces("notifications/resources/list_changed")}});
    if (!prompts.isEmpty())
        result.insert(QStringLiteral("prompts"),
                      QJsonObject{{QStringLiteral("listChanged"), announces("notifications/prompts/list_changed")}});
    const bool completions = std::any_of(prompts.cbegin(), prompts.cend(), [](const MockPrompt &prompt) {
        return std::any_of(prompt.arguments.cbegin(), prompt.arguments.cend(),
                           [](const MockPromptArgument &argument) { return !argument.values.isEmpty(); });
    });
    if (completions)
        result.insert(QStringLiteral("completions"), QJsonObject());
    return result;
}

QJsonObject MockConfig::serverInfo() const
{
    QJsonObject info{{QStringLiteral("name"), serverName}, {QStringLiteral("version"), serverVersion}};
    if (!serverTitle.isEmpty())
        info.insert(QStringLiteral("title"), serverTitle);
    return info;
}

const MockTool *MockConfig::tool(const QString &name) const
{
    for (const MockTool &candidate : tools) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const MockResource *MockConfig::resource(const QString &uri) const
{
    for (const MockResource &candidate : resources) {
        if (candidate.uri == uri)
            return &candidate;
    }
    return nullptr;
}

const MockPrompt *MockConfig::prompt(const QString &name) const
{
    for (const MockPrompt &candidate : prompts) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

} // namespace Sockscope
