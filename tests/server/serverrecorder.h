#pragma once

#include "event/event.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Sockscope {
class ServerConnection;
}

namespace SockscopeServerTest {

// Keeps every event a ServerConnection posts, in order, so tests can count them by kind,
// peer and direction, and print them all when an assertion fails.
class ServerRecorder final : public QObject
{
    Q_OBJECT

public:
    explicit ServerRecorder(Sockscope::ServerConnection *server, QObject *parent = nullptr);

    const QList<Sockscope::Event> &events() const { return m_events; }
    void clear() { m_events.clear(); }

    QList<Sockscope::Event> of(Sockscope::EventKind kind, std::optional<quint32> peer = std::nullopt,
                               std::optional<Sockscope::Direction> direction = std::nullopt) const;
    int count(Sockscope::EventKind kind, std::optional<quint32> peer = std::nullopt,
              std::optional<Sockscope::Direction> direction = std::nullopt) const;
    // Error events whose `error` id is `id` (warnings included).
    QList<Sockscope::Event> errors(const QString &id) const;
    // Every error id, in order.
    QStringList errorIds() const;
    // Refused events, all of them or those with this `reason`.
    QList<Sockscope::Event> refusals(const QString &reason = {}) const;

    // Every event as a JSON line, for failure messages.
    QByteArray dump() const;

private:
    QList<Sockscope::Event> m_events;
};

} // namespace SockscopeServerTest
