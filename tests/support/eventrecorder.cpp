#include "eventrecorder.h"

#include "event/eventjson.h"
#include "transport/clientconnection.h"

namespace SockscopeTest {

using Sockscope::Direction;
using Sockscope::Event;
using Sockscope::EventKind;

namespace {

bool matches(const Event &event, EventKind kind, std::optional<Direction> direction)
{
    return event.kind == kind && (!direction || event.direction == *direction);
}

Event placeholder()
{
    Event none;
    none.kind = EventKind::Refused; // never posted by a client connection
    none.sequence = 0;
    return none;
}

bool isWarning(const Event &event)
{
    return event.details.value(QStringLiteral("level")).toString() == QLatin1String("warning");
}

} // namespace

EventRecorder::EventRecorder(Sockscope::ClientConnection *connection, QObject *parent)
    : QObject(parent)
{
    connect(connection, &Sockscope::ClientConnection::eventOccurred, this,
            [this](const Event &event) { m_events.append(event); });
}

QList<Event> EventRecorder::of(EventKind kind, std::optional<Direction> direction) const
{
    QList<Event> result;
    for (const Event &event : m_events) {
        if (matches(event, kind, direction))
            result.append(event);
    }
    return result;
}

int EventRecorder::count(EventKind kind, std::optional<Direction> direction) const
{
    return int(of(kind, direction).size());
}

Event EventRecorder::first(EventKind kind, std::optional<Direction> direction) const
{
    for (const Event &event : m_events) {
        if (matches(event, kind, direction))
            return event;
    }
    return placeholder();
}

Event EventRecorder::last(EventKind kind, std::optional<Direction> direction) const
{
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        if (matches(*it, kind, direction))
            return *it;
    }
    return placeholder();
}

bool EventRecorder::has(EventKind kind, std::optional<Direction> direction) const
{
    return count(kind, direction) > 0;
}

QList<Event> EventRecorder::errors() const
{
    QList<Event> result;
    for (const Event &event : m_events) {
        if (event.kind == EventKind::Error && !isWarning(event))
            result.append(event);
    }
    return result;
}

QList<Event> EventRecorder::warnings() const
{
    QList<Event> result;
    for (const Event &event : m_events) {
        if (event.kind == EventKind::Error && isWarning(event))
            result.append(event);
    }
    return result;
}

QStringList EventRecorder::errorIds() const
{
    QStringList ids;
    for (const Event &event : errors())
        ids.append(event.details.value(QStringLiteral("error")).toString());
    return ids;
}

int EventRecorder::errorCount(const QString &id) const
{
    return int(errorIds().count(id));
}

Event EventRecorder::error(const QString &id) const
{
    for (const Event &event : m_events) {
        if (event.kind == EventKind::Error && event.details.value(QStringLiteral("error")).toString() == id)
            return event;
    }
    return placeholder();
}

QStringList EventRecorder::states() const
{
    QStringList names;
    for (const Event &event : m_events) {
        if (event.kind == EventKind::StateChange)
            names.append(event.details.value(QStringLiteral("to")).toString());
    }
    return names;
}

QByteArray EventRecorder::dump() const
{
    QByteArray out;
    for (const Event &event : m_events) {
        Event shown = event;
        if (shown.payload.size() > 200)
            shown.payload = shown.payload.left(200) + "...";
        out += Sockscope::eventToJsonLine(shown) + '\n';
    }
    return out;
}

bool isValid(const Event &event)
{
    return event.sequence != 0;
}

} // namespace SockscopeTest
