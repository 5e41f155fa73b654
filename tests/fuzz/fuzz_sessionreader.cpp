// Fuzz target: the session file reader (docs/SESSIONS.md), strict and tolerant of a torn
// last line, and journal recovery. Selector byte: bit 0 = tolerate a torn tail, bit 1 = also
// recover the input as a journal and read the recovered file back, which must give exactly
// the events recovery reported.

#include "fuzztarget.h"

#include "session/sessionreader.h"
#include "session/sessionrecovery.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace Sockscope;

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxLineBytes = 256 * 1024;
constexpr int kMaxEvents = 100000;

qint64 readAll(SessionReader &reader)
{
    Event event;
    qint64 events = 0;
    for (int i = 0; i < kMaxEvents; ++i) {
        const SessionReader::Status status = reader.next(&event);
        if (status != SessionReader::Status::Event)
            break;
        ++events;
    }
    (void)reader.errorString();
    (void)reader.warning();
    return events;
}

void recoverAsJournal(const QByteArray &bytes)
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        return;
    const QString session = dir.filePath(QStringLiteral("fuzz.sockscope"));
    QFile::remove(session);
    QFile journal(journalPathFor(session));
    if (!journal.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    journal.write(bytes);
    journal.close();

    RecoveryResult result;
    QString error;
    if (!recoverSession(session, &result, &error)) {
        if (error.isEmpty())
            std::abort(); // a failure must say why
        QFile::remove(journal.fileName());
        return;
    }
    if (QFile::exists(journal.fileName()))
        std::abort(); // recovered, so the journal must be gone
    SessionReader reader;
    if (!reader.open(session))
        std::abort(); // what recovery wrote must open
    if (readAll(reader) != result.events)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t selector = Fuzz::takeSelector(data, size);
    QByteArray bytes = Fuzz::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);

    SessionReader reader;
    reader.setLimits(kMaxHeaderBytes, kMaxLineBytes);
    reader.setTolerateTornTail(selector & 1);
    if (reader.openDevice(&buffer, QStringLiteral("fuzz.sockscope")))
        readAll(reader);
    else if (reader.errorString().isEmpty())
        std::abort(); // a refused file must say why

    if (selector & 2)
        recoverAsJournal(bytes);
    return 0;
}
