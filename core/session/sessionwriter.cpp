#include "sessionwriter.h"

#include "sessionreader.h"
#include "event/eventjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Sockscope {

namespace {

// Lines are gathered and written in blocks this big: fewer system calls, bounded memory.
constexpr qsizetype kBlockBytes = 1024 * 1024;

QString writeError(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("SessionWriter", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// `failed` (optional) tells, once the producer stops, whether it stopped because of an error;
// then the save is cancelled and `error` is left to the caller.
bool writeEvents(const QString &path, const SessionHeader &header, const EventProducer &next,
                 const std::function<bool()> &failed, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = writeError(path, file.errorString());
        return false;
    }
    auto put = [&](const QByteArray &bytes) {
        if (file.write(bytes) == bytes.size())
            return true;
        *error = writeError(path, file.errorString());
        file.cancelWriting();
        return false;
    };
    QByteArray block = sessionHeaderToText(header);
    qint64 written = 0;
    Event event;
    while (next && next(&event)) {
        block += eventToJsonLine(event);
        block += '\n';
        ++written;
        if (block.size() >= kBlockBytes) {
            if (!put(block))
                return false;
            block.clear();
        }
    }
    if (failed && failed()) {
        file.cancelWriting();
        return false;
    }
    if (header.eventCount >= 0 && written != header.eventCount) {
        file.cancelWriting();
        *error = writeError(path, QCoreApplication::translate("SessionWriter", "the header promises %1 events, but %2 were given")
                                      .arg(header.eventCount)
                                      .arg(written));
        return false;
    }
    if (!block.isEmpty() && !put(block))
        return false;
    if (!file.commit()) {
        *error = writeError(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool writeSession(const QString &path, const SessionHeader &header, const EventProducer &next, QString *error)
{
    return writeEvents(path, header, next, {}, error);
}

bool writeSession(const QString &path, const SessionHeader &header, const QVector<Event> &events, QString *error)
{
    SessionHeader counted = header;
    counted.eventCount = events.size();
    qsizetype index = 0;
    return writeSession(
        path, counted,
        [&](Event *event) {
            if (index >= events.size())
                return false;
            *event = events.at(index++);
            return true;
        },
        error);
}

bool writeSessionFromReader(const QString &path, const SessionHeader &header, SessionReader *reader, QString *error)
{
    bool readerFailed = false;
    const bool ok = writeEvents(
        path, header,
        [&](Event *event) {
            switch (reader->next(event)) {
            case SessionReader::Status::Event: return true;
            case SessionReader::Status::End: return false;
            case SessionReader::Status::Error: readerFailed = true; return false;
            }
            return false;
        },
        [&] { return readerFailed; }, error);
    if (readerFailed)
        *error = reader->errorString();
    return ok;
}

} // namespace Sockscope
