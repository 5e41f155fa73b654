#include "replaymcpcheck.h"

#include "replayplan.h"

#include "jsonrpc/jsonrpccodec.h"

namespace Sockscope {

namespace {

const QLatin1String kInitialize("initialize");
const QLatin1String kPing("ping");

// MCP by its subprotocol or by the methods in it (requests and notifications either way).
bool looksLikeMcp(const ReplayPlan &plan)
{
    if (plan.subprotocol.startsWith(QLatin1String("mcp"), Qt::CaseInsensitive))
        return true;
    const auto isMcp = [](const QByteArray &payload) {
        const QString method = JsonRpcCodec::parse(payload).method;
        return ReplayMcpCheck::needsSession(method) || method == kInitialize || method.startsWith(QLatin1String("notifications/"));
    };
    for (const ReplayStep &step : plan.steps) {
        if (step.text && isMcp(step.payload))
            return true;
        for (const Event &event : step.expected) {
            if (event.kind == EventKind::Text && isMcp(event.payload))
                return true;
        }
    }
    return false;
}

} // namespace

bool ReplayMcpCheck::needsSession(const QString &method)
{
    for (const QLatin1String prefix : {QLatin1String("tools/"), QLatin1String("resources/"), QLatin1String("prompts/"),
                                       QLatin1String("completion/"), QLatin1String("logging/")}) {
        if (method.startsWith(prefix))
            return true;
    }
    return false;
}

QString ReplayMcpCheck::warning(const ReplayPlan &plan)
{
    int initialize = -1;  // step index of the first initialize
    int firstMcp = -1;    // of the first request that needs a session
    int firstOther = -1;  // of the first request other than ping and initialize
    QString firstMcpMethod;
    QString firstOtherMethod;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const ReplayStep &step = plan.steps.at(i);
        if (!step.text || !step.isRequest())
            continue;
        const QString method = JsonRpcCodec::parse(step.payload).method;
        if (method == kInitialize) {
            if (initialize < 0)
                initialize = i;
            continue;
        }
        if (firstMcp < 0 && needsSession(method)) {
            firstMcp = i;
            firstMcpMethod = method;
        }
        if (firstOther < 0 && method != kPing) {
            firstOther = i;
            firstOtherMethod = method;
        }
    }
    const auto before = [initialize](int step) { return step >= 0 && (initialize < 0 || initialize > step); };
    if (before(firstMcp) || (plan.startedMidConnection && before(firstOther) && looksLikeMcp(plan))) {
        const int step = before(firstMcp) ? firstMcp : firstOther;
        const QString method = before(firstMcp) ? firstMcpMethod : firstOtherMethod;
        if (plan.startedMidConnection) {
            return tr("the conversation was recorded mid-connection, after its MCP initialize: it starts without "
                      "one, so an MCP server will refuse %1 (step %2) and the requests after it")
                .arg(method)
                .arg(step + 1);
        }
        return tr("step %1 sends %2 before any initialize: an MCP server refuses requests until a session is "
                  "initialized, so the answers will not be as recorded")
            .arg(step + 1)
            .arg(method);
    }
    return {};
}

} // namespace Sockscope
