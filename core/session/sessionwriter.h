#pragma once

#include "sessionheader.h"
#include "event/event.h"

#include <QString>
#include <QVector>

#include <functional>

namespace Sockscope {

class SessionReader;

// Fills `event` and returns true, or returns false when there are no more events.
using EventProducer = std::function<bool(Event *event)>;

// Writes a session file atomically (QSaveFile: the old file stays until the new one is
// complete): the header pretty-printed, then one event per line, streamed from `next`.
// When header.eventCount >= 0 the producer must yield exactly that many events (else nothing
// is saved); -1 leaves "eventCount" out. Errors name the path and the reason.
bool writeSession(const QString &path, const SessionHeader &header, const EventProducer &next, QString *error);
// The same from a vector; "eventCount" is set to events.size().
bool writeSession(const QString &path, const SessionHeader &header, const QVector<Event> &events, QString *error);
// Streams the events of an opened reader (a journal) into `path`; header.eventCount as above.
// A reader error cancels the save and becomes `error`.
bool writeSessionFromReader(const QString &path, const SessionHeader &header, SessionReader *reader, QString *error);

} // namespace Sockscope
