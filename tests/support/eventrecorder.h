#pragma once

#include "event/event.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Sockscope {
class ClientConnection;
}

namespace SockscopeTest {

// Keeps every event a ClientConnection posts, in order, for assertions: counts by
// kind and direction, errors by id, and a readable dump for failure messages.
class EventRecorder final : public QObject
{
    Q_OBJECT

public:
    explicit EventRecorder(Sockscope::ClientConnection *connection, QObject *parent = nullptr);

    const QList<Sockscope::Event> &events() const { return m_events; }
    void clear() { m_events.clear(); }

    QList<Sockscope::Event> of(Sockscope::EventKind kind,
                               std::optional<Sockscope::Direction> direction = std::nullopt) const;
    int count(Sockscope::EventKind kind, std::optional<Sockscope::Direction> direction = std::nullopt) const;
    // The first (last) event of `kind`, or a default Event with kind Refused when none.
    Sockscope::Event first(Sockscope::EventKind kind,
                           std::optional<Sockscope::Direction> direction = std::nullopt) const;
    Sockscope::Event last(Sockscope::EventKind kind,
                          std::optional<Sockscope::Direction> direction = std::nullopt) const;
    bool has(Sockscope::EventKind kind, std::optional<Sockscope::Direction> direction = std::nullopt) const;

    // Error events that are not warnings (details.level != "warning").
    QList<Sockscope::Event> errors() const;
    QList<Sockscope::Event> warnings() const;
    QStringList errorIds() const;
    int errorCount(const QString &id) const;
    Sockscope::Event error(const QString &id) const;
    // State names in order, from the StateChange events' "to".
    QStringList states() const;

    // Every event as a JSON line, for QVERIFY2 messages.
    QByteArray dump() const;

private:
    QList<Sockscope::Event> m_events;
};

// True when `event` is a real event (not the placeholder first()/last() return).
bool isValid(const Sockscope::Event &event);

} // namespace SockscopeTest
