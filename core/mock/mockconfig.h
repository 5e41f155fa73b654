#pragma once

#include "mockfaults.h"
#include "mocknotification.h"
#include "mockprompt.h"
#include "mockresource.h"
#include "mockresourcetemplate.h"
#include "mocktool.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sockscope {

// Everything that defines a mock MCP server: what a configuration file (docs/MOCK.md) holds,
// with the defaults written once here. MockConfigLoader fills it; MockSession answers from it.
struct MockConfig final
{
    static constexpr int FormatVersion = 1;   // the "version" this build reads
    static constexpr int DefaultPageSize = 100;

    QString serverName = QStringLiteral("sockscope-mock");
    QString serverVersion = QStringLiteral(SOCKSCOPE_VERSION);
    QString serverTitle;
    QString instructions;
    QStringList protocolVersions;             // empty: every version Sockscope knows
    std::optional<QJsonObject> capabilities;  // as written; without it they follow the contents
    int pageSize = DefaultPageSize;           // items per page of the list methods; 0 = one page
    QList<MockTool> tools;
    QList<MockResource> resources;
    QList<MockResourceTemplate> resourceTemplates;
    QList<MockPrompt> prompts;
    QList<MockNotification> notifications;
    MockFaults faults;
    QString source;                           // the file it came from

    // The versions accepted, newest first.
    QStringList acceptedProtocolVersions() const;
    QString latestProtocolVersion() const;
    // The client's version when accepted, else the latest accepted (the MCP lifecycle rule).
    QString negotiateProtocolVersion(const QString &requested) const;

    // `capabilities` when given; otherwise tools, resources (with subscribe) and prompts when
    // there are any, logging always, completions when a prompt argument has values, and
    // listChanged where a scheduled notification announces a change.
    QJsonObject effectiveCapabilities() const;
    QJsonObject serverInfo() const;

    const MockTool *tool(const QString &name) const;
    const MockResource *resource(const QString &uri) const;
    const MockPrompt *prompt(const QString &name) const;
};

} // namespace Sockscope
