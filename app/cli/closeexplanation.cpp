#include "closeexplanation.h"

#include "event/eventdetails.h"

#include "protocol/closecode.h"

namespace Sockscope {

namespace {

// A refused upgrade's body is for people, but a server may send a whole HTML page.
constexpr int kBodyChars = 300;

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

void CloseExplanation::observe(const Event &event)
{
    switch (event.kind) {
    case EventKind::Close:
        // The first close tells who ended the connection: a close frame received, one sent,
        // or the loss of the connection. Our answer to a peer's close frame comes after it.
        if (m_closed)
            break;
        m_closed = true;
        m_closeCode = EventDetails::closeCode(event).value_or(0);
        m_closeReason = EventDetails::closeReason(event);
        m_closedBy = EventDetails::closedBy(event);
        break;
    case EventKind::Error:
        if (EventDetails::isWarning(event))
            break;
        m_error = EventDetails::errorId(event);
        m_errorMessage = EventDetails::message(event);
        if (m_error == QLatin1String("http-status")) {
            m_httpStatus = EventDetails::httpStatus(event);
            m_httpReason = EventDetails::httpReason(event);
            m_httpBody = EventDetails::httpBody(event).simplified();
        }
        break;
    case EventKind::Open:
        reset();
        break;
    default:
        break;
    }
}

void CloseExplanation::reset()
{
    *this = CloseExplanation();
}

QString CloseExplanation::text() const
{
    if (m_error == QLatin1String("http-status")) {
        QString text = tr("the server refused the WebSocket upgrade with HTTP %1 %2").arg(m_httpStatus).arg(m_httpReason).trimmed();
        if (!m_httpBody.isEmpty()) {
            const QString body = m_httpBody.size() > kBodyChars ? m_httpBody.left(kBodyChars) + QStringLiteral("…") : m_httpBody;
            text += tr(": %1").arg(quoted(body));
        }
        return text;
    }
    if (m_error == QLatin1String("message-too-big")) {
        return tr("%1: Sockscope closed the connection with 1009 (message too big); raise the limit with "
                  "--max-message-size BYTES (0 = no limit)")
            .arg(m_errorMessage);
    }
    if (m_closed) {
        const QString reason = m_closeReason.isEmpty() ? QString() : tr(": %1").arg(quoted(m_closeReason));
        const QString code = QStringLiteral("%1 (%2)").arg(m_closeCode).arg(CloseCode::name(m_closeCode));
        if (m_closedBy == QLatin1String("remote")) {
            if (m_closeCode == CloseCode::MessageTooBig)
                return tr("the server closed the connection with %1%2: a message sent was larger than the server accepts")
                    .arg(code, reason);
            return tr("the server closed the connection with %1%2").arg(code, reason);
        }
        if (m_closeCode == CloseCode::Abnormal)
            return m_closeReason.isEmpty() ? tr("the connection was lost without a close frame")
                                           : tr("the connection was lost without a close frame: %1").arg(m_closeReason);
        return tr("Sockscope closed the connection with %1%2").arg(code, reason);
    }
    return m_errorMessage;
}

} // namespace Sockscope
