#include "eventdetails.h"

namespace Sockscope::EventDetails {

namespace {

QString text(const Event &event, const char *key)
{
    return event.details.value(QLatin1String(key)).toString();
}

} // namespace

std::optional<int> closeCode(const Event &event)
{
    const QJsonValue code = event.details.value(QLatin1String("code"));
    if (event.kind != EventKind::Close || !code.isDouble())
        return std::nullopt;
    return code.toInt();
}

QString closeReason(const Event &event)
{
    return text(event, "reason");
}

QString closedBy(const Event &event)
{
    return text(event, "closedBy");
}

std::optional<qint64> roundTripNs(const Event &event)
{
    const QJsonValue rtt = event.details.value(QLatin1String("rttNs"));
    if (!rtt.isDouble())
        return std::nullopt;
    return qint64(rtt.toDouble());
}

bool isWarning(const Event &event)
{
    return text(event, "level") == QLatin1String("warning");
}

QString errorId(const Event &event)
{
    return text(event, "error");
}

QString noticeId(const Event &event)
{
    return text(event, "notice");
}

QString message(const Event &event)
{
    return text(event, "message");
}

int httpStatus(const Event &event)
{
    return event.details.value(QLatin1String("httpStatus")).toInt();
}

QString httpReason(const Event &event)
{
    return text(event, "httpReason");
}

QString httpBody(const Event &event)
{
    return text(event, "body");
}

QString url(const Event &event)
{
    return text(event, "url");
}

QString subprotocol(const Event &event)
{
    return text(event, "subprotocol");
}

int frameCount(const Event &event)
{
    return event.details.value(QLatin1String("frames")).toInt();
}

QJsonArray requestHeaders(const Event &event)
{
    return event.details.value(QLatin1String("requestHeaders")).toArray();
}

QJsonArray responseHeaders(const Event &event)
{
    return event.details.value(QLatin1String("responseHeaders")).toArray();
}

} // namespace Sockscope::EventDetails
