#include "mcpprotocolversion.h"

namespace Sockscope {

namespace {

const QLatin1String kV20241105("2024-11-05");
const QLatin1String kV20250326("2025-03-26");
const QLatin1String kV20250618("2025-06-18");
const QLatin1String kV20251125("2025-11-25");
const QLatin1String kV20241007("2024-10-07"); // accepted from servers only, never asked for

} // namespace

QString McpProtocolVersion::latest()
{
    return kV20251125;
}

QStringList McpProtocolVersion::all()
{
    return {kV20241105, kV20250326, kV20250618, kV20251125};
}

bool McpProtocolVersion::isKnown(const QString &version)
{
    return all().contains(version);
}

bool McpProtocolVersion::isAcceptedAnswer(const QString &version)
{
    return isKnown(version) || version == kV20241007;
}

bool McpProtocolVersion::allowsBatches(const QString &version)
{
    return version == kV20250326;
}

} // namespace Sockscope
