#pragma once

#include "sessionheader.h"
#include "event/event.h"

#include <QString>
#include <QVector>

#include <functional>

namespace Sockscope {

// A whole session in memory, as the GUI and the command line open it.
struct LoadedSession final
{
    SessionHeader header;
    QVector<Event> events;
    QString warning;              // partial last line, event count mismatch, ...
    qint64 recoveredEvents = -1;  // >= 0 when a journal was recovered first
    QString recoveryMessage;
};

// If `path`'s journal exists, recovers it first (told via recoveredEvents/recoveryMessage).
// `filter` (optional) keeps only matching events (replay loads one connection).
bool loadSession(const QString &path, LoadedSession *session, QString *error,
                 const std::function<bool(const Event &)> &filter = {});

} // namespace Sockscope
