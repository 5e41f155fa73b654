#pragma once

#include <QCoreApplication>
#include <QString>

namespace Sockscope {

struct ReplayPlan;

// Whether a recorded conversation can be replayed as it was against an MCP server, which
// answers nothing but ping before initialize: a conversation recorded after its initialize
// (the recording began mid-connection), or one that never sent it, will be refused.
class ReplayMcpCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ReplayMcpCheck)

public:
    // A warning for people, or an empty string when the conversation starts as MCP expects
    // (or is not MCP at all).
    static QString warning(const ReplayPlan &plan);
    // A client request an MCP server answers only in an initialised session: tools/*,
    // resources/*, prompts/*, completion/*, logging/*.
    static bool needsSession(const QString &method);
};

} // namespace Sockscope
