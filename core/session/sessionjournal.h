#pragma once

#include "sessionheader.h"
#include "event/event.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTimer>

class QIODevice;

namespace Sockscope {

// Records events to a session file as they happen. While recording, events go to a journal
// (<target>.journal, the same layout as a session file) every kFlushIntervalMs, so a crash
// loses at most that much and a partial last line; finish() turns the journal into the
// target atomically, streaming, and removes it. loadSession() recovers an interrupted journal.
class SessionJournal final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFlushIntervalMs = 100;
    // Events waiting for the timer are written at once beyond this, so a burst cannot grow
    // the buffer without bound.
    static constexpr qsizetype kMaxBufferBytes = 1024 * 1024;

    explicit SessionJournal(QObject *parent = nullptr);
    ~SessionJournal() override; // finishes if still recording
    Q_DISABLE_COPY_MOVE(SessionJournal)

    // Creates <target>.journal (refuses when a journal already exists: "a recording of X is in
    // progress or was interrupted; open X to recover it"), writes the header. False + errorString().
    bool start(const QString &targetPath, const SessionHeader &header);
    void record(const Event &event); // buffered; flushed every kFlushIntervalMs and on finish
    SessionHeader &header();         // edit notes/connections before finish()
    // Flushes, writes the target with QSaveFile from the journal (streaming), removes the
    // journal. On failure the journal is kept (loadSession() recovers it) and recording stops.
    bool finish();
    bool isRecording() const { return m_recording; }
    // Events recorded so far; after failed(), the events the journal holds.
    qint64 eventCount() const { return m_written + m_pending; }
    QString targetPath() const { return m_targetPath; }
    QString journalPath() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // A write failed (disk full, removed directory): recording stopped, the journal keeps what
    // was written and stays readable; `message` says so for people.
    void failed(const QString &message);

private:
    friend class SessionJournalTestAccess; // swaps the journal device to inject write errors

    bool flush();
    void fail(const QString &reason);
    void closeJournal();

    QFile m_journalFile;
    QIODevice *m_journal = nullptr; // m_journalFile, or a device a test injected
    QTimer m_flushTimer;
    QByteArray m_buffer;
    SessionHeader m_header;
    QString m_targetPath;
    QString m_error;
    qint64 m_written = 0; // events in the journal
    qint64 m_pending = 0; // events in m_buffer
    bool m_recording = false;
};

} // namespace Sockscope
