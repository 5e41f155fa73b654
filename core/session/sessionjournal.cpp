#include "sessionjournal.h"

#include "sessionreader.h"
#include "sessionrecovery.h"
#include "sessionwriter.h"
#include "event/eventjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Sockscope {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

SessionJournal::SessionJournal(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
}

SessionJournal::~SessionJournal()
{
    if (m_recording && !finish())
        qWarning("%s", qPrintable(m_error));
}

QString SessionJournal::journalPath() const
{
    return journalPathFor(m_targetPath);
}

SessionHeader &SessionJournal::header()
{
    return m_header;
}

bool SessionJournal::start(const QString &targetPath, const SessionHeader &header)
{
    if (m_recording) {
        m_error = QCoreApplication::translate("SessionJournal", "already recording to %1").arg(native(m_targetPath));
        return false;
    }
    const QString journal = journalPathFor(targetPath);
    const QFileInfo target(targetPath);
    const QFileInfo folder(target.absolutePath());
    if (QFileInfo::exists(journal)) {
        m_error = QCoreApplication::translate("SessionJournal",
                                              "a recording of %1 is in progress or was interrupted; open %1 to recover it")
                      .arg(native(targetPath));
        return false;
    }
    if (!folder.isDir()) {
        m_error = QCoreApplication::translate("SessionJournal", "cannot record to %1: the folder %2 does not exist")
                      .arg(native(targetPath), native(folder.filePath()));
        return false;
    }
    if (!folder.isWritable()) {
        m_error = QCoreApplication::translate("SessionJournal", "cannot record to %1: the folder %2 is not writable")
                      .arg(native(targetPath), native(folder.filePath()));
        return false;
    }
    m_journalFile.setFileName(journal);
    // NewOnly: two recorders racing for the same target cannot share one journal.
    if (!m_journalFile.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        m_error = QCoreApplication::translate("SessionJournal", "cannot record to %1: cannot create %2: %3")
                      .arg(native(targetPath), native(journal), m_journalFile.errorString());
        return false;
    }
    m_header = header;
    m_header.eventCount = -1; // unknown until finish()
    const QByteArray text = sessionHeaderToText(m_header);
    if (m_journalFile.write(text) != text.size() || !m_journalFile.flush()) {
        m_error = QCoreApplication::translate("SessionJournal", "cannot record to %1: cannot write %2: %3")
                      .arg(native(targetPath), native(journal), m_journalFile.errorString());
        m_journalFile.close();
        m_journalFile.remove();
        return false;
    }
    m_journal = &m_journalFile;
    m_targetPath = targetPath;
    m_error.clear();
    m_buffer.clear();
    m_written = 0;
    m_pending = 0;
    m_recording = true;
    return true;
}

void SessionJournal::record(const Event &event)
{
    if (!m_recording)
        return;
    m_buffer += eventToJsonLine(event);
    m_buffer += '\n';
    ++m_pending;
    if (m_buffer.size() >= kMaxBufferBytes)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

bool SessionJournal::flush()
{
    m_flushTimer.stop();
    if (!m_recording)
        return false;
    if (m_buffer.isEmpty())
        return true;
    // Whole lines go out in one write and reach the kernel before this returns: a process
    // killed afterwards loses nothing, one killed during the write at most a partial line.
    // A write the OS cuts short (the disk fills up in the middle of it) comes back short and
    // without a reason; the next attempt either completes it or fails with the reason
    // ("No space left on device", "File too large"), which is what the person must be told.
    qint64 written = 0;
    while (written < m_buffer.size()) {
        const qint64 n = m_journal->write(m_buffer.constData() + written, m_buffer.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    auto *file = qobject_cast<QFileDevice *>(m_journal);
    bool ok = written == m_buffer.size() && (!file || file->flush());
    // QFile's own buffer met the short write: it keeps what is left for another try.
    while (!ok && written == m_buffer.size() && file && file->bytesToWrite() > 0) {
        const qint64 left = file->bytesToWrite();
        file->unsetError();
        ok = file->flush();
        if (!ok && file->bytesToWrite() >= left)
            break;
    }
    if (!ok) {
        fail(m_journal->errorString());
        return false;
    }
    m_written += m_pending;
    m_pending = 0;
    m_buffer.clear();
    return true;
}

void SessionJournal::closeJournal()
{
    if (m_journal && m_journal != &m_journalFile)
        m_journal->close();
    m_journalFile.close();
    m_journal = nullptr;
}

void SessionJournal::fail(const QString &reason)
{
    m_flushTimer.stop();
    closeJournal();
    m_recording = false;
    m_pending = 0;
    m_buffer.clear();
    m_error = QCoreApplication::translate("SessionJournal",
                                          "Recording to %1 stopped: cannot write %2: %3. The %4 events written before "
                                          "are kept in the journal; open %1 to recover them.")
                  .arg(native(m_targetPath), native(journalPath()), reason)
                  .arg(m_written);
    Q_EMIT failed(m_error);
}

bool SessionJournal::finish()
{
    if (!m_recording) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("SessionJournal", "not recording");
        return false;
    }
    if (!flush())
        return false;
    closeJournal();
    m_recording = false;

    SessionReader reader;
    reader.setTolerateTornTail(true);
    QString error;
    SessionHeader header = m_header;
    header.eventCount = m_written;
    if (!reader.open(journalPath()) || !writeSessionFromReader(m_targetPath, header, &reader, &error)) {
        m_error = QCoreApplication::translate("SessionJournal",
                                              "cannot save the recording %1: %2\nThe %3 events recorded are kept in %4; "
                                              "open %1 to recover them.")
                      .arg(native(m_targetPath), error.isEmpty() ? reader.errorString() : error)
                      .arg(m_written)
                      .arg(native(journalPath()));
        return false;
    }
    m_header.eventCount = m_written;
    if (!QFile::remove(journalPath())) {
        m_error = QCoreApplication::translate("SessionJournal", "saved %1, but cannot remove the journal %2")
                      .arg(native(m_targetPath), native(journalPath()));
        return false;
    }
    return true;
}

} // namespace Sockscope
