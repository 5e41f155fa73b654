#pragma once

#include <QString>

namespace Sockscope {

// What a plain server does with each message a peer sends (`sockscope serve --echo`,
// `--broadcast`, `--silent`, and the server document's mode): silent only logs it, echo
// sends it back to its sender, broadcast sends it to every other open peer; both in the
// frame type it came in (text or binary). A mock server answers by its configuration instead.
enum class ServerReplyMode : quint8 { Silent, Echo, Broadcast };

// "silent", "echo", "broadcast": the names of session files and the command line.
QString serverReplyModeName(ServerReplyMode mode);
bool serverReplyModeFromName(const QString &name, ServerReplyMode *mode);

} // namespace Sockscope
