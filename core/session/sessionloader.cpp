#include "sessionloader.h"

#include "sessionreader.h"
#include "sessionrecovery.h"

#include <QFile>
#include <QFileInfo>

namespace Sockscope {

namespace {

// The shortest event line is ~90 bytes: a reserve from a file's size never over-allocates
// much, even when a hand-edited header's eventCount is wrong.
constexpr qint64 kMinEventLineBytes = 64;

} // namespace

bool loadSession(const QString &path, LoadedSession *session, QString *error,
                 const std::function<bool(const Event &)> &filter)
{
    LoadedSession loaded;
    if (QFile::exists(journalPathFor(path))) {
        RecoveryResult recovery;
        if (!recoverSession(path, &recovery, error))
            return false;
        loaded.recoveredEvents = recovery.events;
        loaded.recoveryMessage = recovery.message;
    }
    SessionReader reader;
    if (!reader.open(path)) {
        *error = reader.errorString();
        return false;
    }
    loaded.header = reader.header();
    if (!filter && loaded.header.eventCount > 0) {
        const qint64 bound = QFileInfo(path).size() / kMinEventLineBytes + 1;
        loaded.events.reserve(qsizetype(qMin(loaded.header.eventCount, bound)));
    }
    Event event;
    for (;;) {
        switch (reader.next(&event)) {
        case SessionReader::Status::Event:
            if (!filter || filter(event))
                loaded.events.append(std::move(event));
            continue;
        case SessionReader::Status::End:
            loaded.warning = reader.warning();
            *session = std::move(loaded);
            return true;
        case SessionReader::Status::Error:
            *error = reader.errorString();
            return false;
        }
    }
}

} // namespace Sockscope
