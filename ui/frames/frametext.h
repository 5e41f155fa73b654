#pragma once

#include "capture/framerecord.h"

#include <QCoreApplication>
#include <QString>

namespace Sockscope {

class MethodTable;

// The words and one-line summaries the frames view, the filter and the detail pane show
// for an event. Built on demand, never stored.
class FrameText final
{
    Q_DECLARE_TR_FUNCTIONS(FrameText)

public:
    static QString direction(Direction direction);
    // "↓ in", "↑ out", "• local".
    static QString directionWithArrow(Direction direction);
    static QString kind(EventKind kind);
    // An error event with level "warning" reads "warning".
    static QString kind(const Event &event);
    static QString rpcKind(RpcKind kind);
    // "JSON-RPC request", ... as one translatable phrase (German joins them with a hyphen).
    static QString rpcHeading(RpcKind kind);
    // A connection state's name as the events carry it ("waiting-to-reconnect"), for people.
    static QString stateName(const QString &name);
    // One line: the message text, a hex preview, or what a local event says.
    static QString preview(const FrameRecord &record, int maxChars);
    // What a connection-level event (open, close, error, state, ...) says, for people.
    static QString describe(const Event &event);
    // "01 ab ff" for the first `maxBytes` bytes, "…" when there are more.
    static QString hexPreview(const QByteArray &data, int maxBytes);
    static bool isWarning(const Event &event);
};

} // namespace Sockscope
