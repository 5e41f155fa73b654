#pragma once

#include "sessionheader.h"
#include "event/event.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QFile;
class QIODevice;

namespace Sockscope {

// Reads a session file or journal (docs/SESSIONS.md) as a stream: the header first (open()),
// then one event per next() call. Memory stays bounded by the longest line, never by the
// number of events.
class SessionReader final
{
public:
    enum class Status { Event, End, Error };

    // A header larger than this is refused: real headers are kilobytes, and scanning an
    // arbitrary file that happens to start with '{' must stop somewhere.
    static constexpr qint64 kMaxHeaderBytes = qint64(16) * 1024 * 1024;
    // One event line: a message near the default 16 MiB limit takes ~22 MiB as base64 or
    // escaped text; 256 MiB leaves room for raised limits and still protects the reader.
    static constexpr qint64 kMaxLineBytes = qint64(256) * 1024 * 1024;

    SessionReader();
    ~SessionReader();
    Q_DISABLE_COPY_MOVE(SessionReader)

    bool open(const QString &path);                                  // reads + validates the header
    bool openDevice(QIODevice *device, const QString &displayName);  // not owned; tests, fuzzing
    const SessionHeader &header() const { return m_header; }
    Status next(Event *event);                                       // one event per call
    // Journals: a last line without '\n' that does not parse is dropped with a mild warning.
    // Without it (final files) the same line is also skipped, with a warning that the file was
    // probably cut short: what is readable is never thrown away.
    void setTolerateTornTail(bool tolerate) { m_tolerateTornTail = tolerate; }
    bool tolerateTornTail() const { return m_tolerateTornTail; }
    // Lower limits, for tests of the limit errors.
    void setLimits(qint64 maxHeaderBytes, qint64 maxLineBytes);

    QString errorString() const { return m_error; }  // "<file>: line N: <problem>"
    QString warning() const { return m_warning; }    // e.g. "dropped a partial last line (312 bytes)"
    qint64 lineNumber() const { return m_line; }      // the last line read, from 1
    qint64 eventsRead() const { return m_events; }
    qint64 droppedBytes() const { return m_droppedBytes; } // the partial last line dropped; 0 = none
    QString displayName() const { return m_name; }

private:
    enum class LineResult { Line, End, TooLong, ReadError };

    void reset();
    bool readHeader();
    bool failReadingHeader(LineResult result, bool started);
    LineResult readLine(QByteArray *line, bool *terminated, qint64 limit);
    bool fail(const QString &problem);          // "<file>: problem"
    bool failAtLine(qint64 line, const QString &problem);
    void addWarning(const QString &warning);

    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    QString m_name;
    SessionHeader m_header;
    QByteArray m_buffer;   // read-ahead; bytes before m_pos are consumed
    qsizetype m_pos = 0;
    qsizetype m_scanFrom = 0; // where the search for the next '\n' resumes
    bool m_atEnd = false;
    qint64 m_maxHeaderBytes = kMaxHeaderBytes;
    qint64 m_maxLineBytes = kMaxLineBytes;
    bool m_tolerateTornTail = false;
    bool m_open = false;
    bool m_finished = false;
    bool m_failed = false;
    QString m_error;
    QString m_warning;
    qint64 m_line = 0;
    qint64 m_events = 0;
    qint64 m_droppedBytes = 0;
};

} // namespace Sockscope
