#include "event.h"

#include <array>
#include <utility>

namespace Sockscope {

namespace {

constexpr std::array<std::pair<Direction, const char *>, 3> kDirections{{
    {Direction::In, "in"},
    {Direction::Out, "out"},
    {Direction::Local, "local"},
}};

constexpr std::array<std::pair<EventKind, const char *>, 12> kKinds{{
    {EventKind::Open, "open"},
    {EventKind::Text, "text"},
    {EventKind::Binary, "binary"},
    {EventKind::Ping, "ping"},
    {EventKind::Pong, "pong"},
    {EventKind::Close, "close"},
    {EventKind::Error, "error"},
    {EventKind::StateChange, "state"},
    {EventKind::ReconnectAttempt, "reconnect"},
    {EventKind::HeartbeatMiss, "heartbeat-miss"},
    {EventKind::Refused, "refused"},
    {EventKind::Notice, "notice"},
}};

template<typename Table, typename Value>
QString nameIn(const Table &table, Value value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template<typename Table, typename Value>
bool valueIn(const Table &table, const QString &name, Value *value)
{
    for (const auto &entry : table) {
        if (name == QLatin1String(entry.second)) {
            *value = entry.first;
            return true;
        }
    }
    return false;
}

} // namespace

QString directionName(Direction direction) { return nameIn(kDirections, direction); }
QString eventKindName(EventKind kind) { return nameIn(kKinds, kind); }
bool directionFromName(const QString &name, Direction *direction) { return valueIn(kDirections, name, direction); }
bool eventKindFromName(const QString &name, EventKind *kind) { return valueIn(kKinds, name, kind); }

} // namespace Sockscope
