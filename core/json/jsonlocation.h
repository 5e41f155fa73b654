#pragma once

#include <QString>

namespace Sockscope {

// The one notation for where a value sits in a JSON document, used by every error that names
// a place: a root the reader names (`$` for a whole mock file, `replay`, `settings`, or nothing
// for the top level of a session header), then `.key` for a member, `["odd key"]` for a key that
// is not an identifier (quoted and escaped as JSON) and `[3]` for an array item:
// `$.tools[2].inputSchema`, `settings.heartbeat.intervalMs`, `connections[0].openPeers[1].peer`.
namespace JsonLocation {

QString member(const QString &path, const QString &key);
QString index(const QString &path, qsizetype index);

} // namespace JsonLocation

} // namespace Sockscope
