#include "mockresponse.h"

#include <array>
#include <utility>

namespace Sockscope {

namespace {

using Kind = MockResponse::Kind;

const std::array<std::pair<Kind, const char *>, 8> kKinds = {{
    {Kind::Static, "static"},
    {Kind::Echo, "echo"},
    {Kind::Template, "template"},
    {Kind::ToolError, "toolError"},
    {Kind::JsonRpcError, "jsonrpcError"},
    {Kind::Progress, "progress"},
    {Kind::Sequence, "sequence"},
    {Kind::Sum, "sum"},
}};

} // namespace

QString MockResponse::kindName(Kind kind)
{
    for (const auto &entry : kKinds) {
        if (entry.first == kind)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

bool MockResponse::kindFromName(const QString &name, Kind *kind)
{
    for (const auto &entry : kKinds) {
        if (name == QLatin1String(entry.second)) {
            *kind = entry.first;
            return true;
        }
    }
    return false;
}

QStringList MockResponse::kindNames()
{
    QStringList names;
    for (const auto &entry : kKinds)
        names.append(QString::fromLatin1(entry.second));
    return names;
}

} // namespace Sockscope
