#include "heartbeatsettings.h"

namespace Sockscope {

QString heartbeatKindName(HeartbeatKind kind)
{
    switch (kind) {
    case HeartbeatKind::Off: return QStringLiteral("off");
    case HeartbeatKind::Rfc: return QStringLiteral("rfc");
    case HeartbeatKind::Mcp: return QStringLiteral("mcp");
    case HeartbeatKind::App: return QStringLiteral("app");
    }
    return {};
}

bool heartbeatKindFromName(const QString &name, HeartbeatKind *kind)
{
    for (HeartbeatKind candidate : {HeartbeatKind::Off, HeartbeatKind::Rfc, HeartbeatKind::Mcp, HeartbeatKind::App}) {
        if (heartbeatKindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString heartbeatMissOutcomeName(HeartbeatMissOutcome outcome)
{
    switch (outcome) {
    case HeartbeatMissOutcome::Log: return QStringLiteral("log");
    case HeartbeatMissOutcome::Close: return QStringLiteral("close");
    case HeartbeatMissOutcome::Reconnect: return QStringLiteral("reconnect");
    }
    return {};
}

bool heartbeatMissOutcomeFromName(const QString &name, HeartbeatMissOutcome *outcome)
{
    for (HeartbeatMissOutcome candidate : {HeartbeatMissOutcome::Log, HeartbeatMissOutcome::Close, HeartbeatMissOutcome::Reconnect}) {
        if (heartbeatMissOutcomeName(candidate) == name) {
            *outcome = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Sockscope
