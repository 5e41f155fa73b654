#include "frametext.h"

#include "event/eventdetails.h"

#include "protocol/closecode.h"

#include <QJsonArray>

namespace Sockscope {

namespace {

QString detail(const Event &event, const char *key)
{
    return event.details.value(QLatin1String(key)).toVariant().toString();
}

qint64 detailNumber(const Event &event, const char *key)
{
    return qint64(event.details.value(QLatin1String(key)).toDouble());
}

} // namespace

QString FrameText::direction(Direction direction)
{
    switch (direction) {
    case Direction::In: return tr("in", "direction: received");
    case Direction::Out: return tr("out", "direction: sent");
    case Direction::Local: return tr("local", "direction: happened here");
    }
    return {};
}

QString FrameText::directionWithArrow(Direction dir)
{
    switch (dir) {
    case Direction::In: return QStringLiteral("↓ ") + direction(dir);
    case Direction::Out: return QStringLiteral("↑ ") + direction(dir);
    case Direction::Local: return QStringLiteral("• ") + direction(dir);
    }
    return {};
}

QString FrameText::kind(EventKind kind)
{
    switch (kind) {
    case EventKind::Open: return tr("open", "event kind");
    case EventKind::Text: return tr("text", "event kind");
    case EventKind::Binary: return tr("binary", "event kind");
    case EventKind::Ping: return tr("ping", "event kind");
    case EventKind::Pong: return tr("pong", "event kind");
    case EventKind::Close: return tr("close", "event kind");
    case EventKind::Error: return tr("error", "event kind");
    case EventKind::StateChange: return tr("state", "event kind");
    case EventKind::ReconnectAttempt: return tr("reconnect", "event kind");
    case EventKind::HeartbeatMiss: return tr("heartbeat miss", "event kind");
    case EventKind::Refused: return tr("refused", "event kind");
    case EventKind::Notice: return tr("notice", "event kind");
    }
    return {};
}

bool FrameText::isWarning(const Event &event)
{
    return event.kind == EventKind::Error && EventDetails::isWarning(event);
}

QString FrameText::kind(const Event &event)
{
    if (isWarning(event))
        return tr("warning", "event kind");
    return kind(event.kind);
}

QString FrameText::rpcKind(RpcKind kind)
{
    switch (kind) {
    case RpcKind::None: return {};
    case RpcKind::Request: return tr("request", "JSON-RPC message kind");
    case RpcKind::Notification: return tr("notification", "JSON-RPC message kind");
    case RpcKind::Result: return tr("result", "JSON-RPC message kind");
    case RpcKind::Error: return tr("error", "JSON-RPC message kind");
    case RpcKind::Batch: return tr("batch", "JSON-RPC message kind");
    case RpcKind::Invalid: return tr("invalid", "JSON-RPC message kind");
    }
    return {};
}

QString FrameText::rpcHeading(RpcKind kind)
{
    switch (kind) {
    case RpcKind::None: return {};
    case RpcKind::Request: return tr("JSON-RPC request");
    case RpcKind::Notification: return tr("JSON-RPC notification");
    case RpcKind::Result: return tr("JSON-RPC result");
    case RpcKind::Error: return tr("JSON-RPC error");
    case RpcKind::Batch: return tr("JSON-RPC batch");
    case RpcKind::Invalid: return tr("invalid JSON-RPC");
    }
    return {};
}

QString FrameText::stateName(const QString &name)
{
    // The names of core/transport/connectionstate.cpp and of a server's states.
    if (name == QLatin1String("idle"))
        return tr("idle", "connection state");
    if (name == QLatin1String("connecting"))
        return tr("connecting", "connection state");
    if (name == QLatin1String("open"))
        return tr("open", "connection state");
    if (name == QLatin1String("closing"))
        return tr("closing", "connection state");
    if (name == QLatin1String("closed"))
        return tr("closed", "connection state");
    if (name == QLatin1String("waiting-to-reconnect"))
        return tr("waiting to reconnect", "connection state");
    return name;
}

QString FrameText::hexPreview(const QByteArray &data, int maxBytes)
{
    QString hex = QString::fromLatin1(data.left(maxBytes).toHex(' '));
    if (data.size() > maxBytes)
        hex += QStringLiteral(" …");
    return hex;
}

QString FrameText::preview(const FrameRecord &record, int maxChars)
{
    const Event &event = record.event;
    switch (event.kind) {
    case EventKind::Text: {
        // Decode a little more than shown: a cut never lands inside a character that matters.
        // Decode a little more than shown (indentation collapses), then keep one line.
        const QString decoded = QString::fromUtf8(event.payload.left(qsizetype(maxChars) * 8));
        QString text;
        text.reserve(qMin<qsizetype>(decoded.size(), maxChars + 1));
        bool inBreak = false;
        for (const QChar c : decoded) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                inBreak = true;
                continue;
            }
            if (inBreak && (c == QLatin1Char(' ') || c == QLatin1Char('\t')))
                continue;
            if (inBreak) {
                text += QLatin1Char(' ');
                inBreak = false;
            }
            text += c == QLatin1Char('\t') ? QLatin1Char(' ') : c;
            if (text.size() > maxChars)
                break;
        }
        const bool cut = text.size() > maxChars || event.payload.size() > qsizetype(maxChars) * 8;
        text.truncate(maxChars);
        return cut ? text + QStringLiteral("…") : text;
    }
    case EventKind::Binary:
        return hexPreview(event.payload, maxChars / 3);
    case EventKind::Ping:
    case EventKind::Pong: {
        QString text = hexPreview(event.payload, 16);
        if (const std::optional<qint64> rtt = EventDetails::roundTripNs(event))
            text = tr("round trip %1 ms %2").arg(double(*rtt) / 1e6, 0, 'f', 2).arg(text);
        return text.trimmed();
    }
    default:
        return describe(event);
    }
}

QString FrameText::describe(const Event &event)
{
    switch (event.kind) {
    case EventKind::Open: {
        QString where = detail(event, "url");
        if (where.isEmpty()) {
            where = tr("%1 port %2 %3")
                        .arg(detail(event, "remoteAddress"), detail(event, "remotePort"), detail(event, "path"))
                        .trimmed();
        }
        const QString subprotocol = detail(event, "subprotocol");
        return subprotocol.isEmpty() ? tr("opened %1").arg(where)
                                     : tr("opened %1, subprotocol %2").arg(where, subprotocol);
    }
    case EventKind::Close: {
        const QString closedBy = detail(event, "closedBy");
        const int code = EventDetails::closeCode(event).value_or(-1);
        const QString reason = detail(event, "reason");
        QString text;
        if (code < 0)
            text = tr("close without a code");
        else if (reason.isEmpty())
            text = QStringLiteral("%1 %2").arg(code).arg(CloseCode::name(code));
        else
            text = tr("%1 %2: %3").arg(code).arg(CloseCode::name(code), reason);
        if (closedBy == QLatin1String("remote"))
            text = tr("%1 (closed by the peer)").arg(text);
        else if (closedBy == QLatin1String("none"))
            text = tr("%1 (no close handshake)").arg(text);
        return text;
    }
    case EventKind::Error:
    case EventKind::Notice: {
        const QString id = detail(event, event.kind == EventKind::Error ? "error" : "notice");
        const QString message = detail(event, "message");
        return message.isEmpty() ? id : tr("%1 [%2]").arg(message, id);
    }
    case EventKind::StateChange:
        return tr("%1 → %2").arg(stateName(detail(event, "from")), stateName(detail(event, "to")));
    case EventKind::ReconnectAttempt: {
        const qint64 max = detailNumber(event, "maxAttempts");
        return max > 0 ? tr("reconnect attempt %1 of %2 after %3 ms")
                             .arg(detailNumber(event, "attempt")).arg(max).arg(detailNumber(event, "delayMs"))
                       : tr("reconnect attempt %1 after %2 ms")
                             .arg(detailNumber(event, "attempt")).arg(detailNumber(event, "delayMs"));
    }
    case EventKind::HeartbeatMiss:
        return tr("%1 heartbeat unanswered after %2 ms (miss %3): %4")
            .arg(detail(event, "heartbeat"))
            .arg(detailNumber(event, "timeoutMs"))
            .arg(detailNumber(event, "misses"))
            .arg(detail(event, "outcome"));
    case EventKind::Refused:
        return tr("refused %1 port %2 with HTTP %3: %4")
            .arg(detail(event, "remoteAddress"), detail(event, "remotePort"), detail(event, "httpStatus"),
                 detail(event, "message"));
    case EventKind::Text:
    case EventKind::Binary:
    case EventKind::Ping:
    case EventKind::Pong:
        break;
    }
    return {};
}

} // namespace Sockscope
