#include "serverrecorder.h"

#include "event/eventjson.h"
#include "server/serverconnection.h"

namespace SockscopeServerTest {

using Sockscope::Direction;
using Sockscope::Event;
using Sockscope::EventKind;

ServerRecorder::ServerRecorder(Sockscope::ServerConnection *server, QObject *parent)
    : QObject(parent)
{
    connect(server, &Sockscope::ServerConnection::eventOccurred, this,
            [this](const Event &event) { m_events.append(event); });
}

QList<Event> ServerRecorder::of(EventKind kind, std::optional<quint32> peer, std::optional<Direction> direction) const
{
    QList<Event> result;
    for (const Event &event : m_events) {
        if (event.kind == kind && (!peer || event.peerId == *peer) && (!direction || event.direction == *direction))
            result.append(event);
    }
    return result;
}

int ServerRecorder::count(EventKind kind, std::optional<quint32> peer, std::optional<Direction> direction) const
{
    return int(of(kind, peer, direction).size());
}

QList<Event> ServerRecorder::errors(const QString &id) const
{
    QList<Event> result;
    for (const Event &event : m_events) {
        if (event.kind == EventKind::Error && event.details.value(QStringLiteral("error")).toString() == id)
            result.append(event);
    }
    return result;
}

QStringList ServerRecorder::errorIds() const
{
    QStringList ids;
    for (const Event &event : m_events) {
        if (event.kind == EventKind::Error)
            ids.append(event.details.value(QStringLiteral("error")).toString());
    }
    return ids;
}

QList<Event> ServerRecorder::refusals(const QString &reason) const
{
    QList<Event> result;
    for (const Event &event : m_events) {
        if (event.kind == EventKind::Refused
            && (reason.isEmpty() || event.details.value(QStringLiteral("reason")).toString() == reason))
            result.append(event);
    }
    return result;
}

QByteArray ServerRecorder::dump() const
{
    QByteArray all;
    for (const Event &event : m_events) {
        QByteArray line = Sockscope::eventToJsonLine(event);
        if (line.size() > 400)
            line = line.left(400) + "...";
        all += line + '\n';
    }
    return all;
}

} // namespace SockscopeServerTest
