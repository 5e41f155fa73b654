#include "sessionrecovery.h"

#include "sessionreader.h"
#include "sessionwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <limits>

namespace Sockscope {

QString journalPathFor(const QString &sessionPath)
{
    return sessionPath + QStringLiteral(".journal");
}

bool recoverSession(const QString &sessionPath, RecoveryResult *result, QString *error)
{
    const QString journal = journalPathFor(sessionPath);
    const QString nativeJournal = QDir::toNativeSeparators(journal);
    auto cannotRecover = [&](const QString &why) {
        *error = QCoreApplication::translate("SessionRecovery",
                                             "cannot recover the interrupted recording %1: %2\nThe journal is kept; "
                                             "delete it to record to this file again.")
                     .arg(nativeJournal, why);
        return false;
    };
    if (!QFile::exists(journal))
        return cannotRecover(QCoreApplication::translate("SessionRecovery", "there is no journal"));

    // First pass: check the whole journal and count its events, so the saved header can say
    // how many there are. Nothing is held in memory but one line.
    SessionReader counter;
    counter.setTolerateTornTail(true);
    if (!counter.open(journal))
        return cannotRecover(counter.errorString());
    Event event;
    SessionReader::Status status = SessionReader::Status::Event;
    while ((status = counter.next(&event)) == SessionReader::Status::Event) {
    }
    if (status == SessionReader::Status::Error)
        return cannotRecover(counter.errorString());

    RecoveryResult recovered;
    recovered.events = counter.eventsRead();
    recovered.droppedPartialLine = counter.droppedBytes() > 0;
    SessionHeader header = counter.header();
    header.eventCount = recovered.events;

    SessionReader reader;
    reader.setTolerateTornTail(true);
    if (!reader.open(journal))
        return cannotRecover(reader.errorString());
    QString writeError;
    if (!writeSessionFromReader(sessionPath, header, &reader, &writeError))
        return cannotRecover(writeError);
    if (!QFile::remove(journal)) {
        // The session is saved; a journal left behind would be recovered again next time,
        // which repeats this save and loses nothing.
        qWarning("recovered session saved, but the journal %s could not be removed", qPrintable(nativeJournal));
    }

    const int shownCount = int(qMin<qint64>(recovered.events, std::numeric_limits<int>::max()));
    recovered.message = QCoreApplication::translate("SessionRecovery",
                                                    "Recovered %n event(s) from the interrupted recording of %1.", nullptr,
                                                    shownCount)
                            .arg(QDir::toNativeSeparators(sessionPath));
    if (recovered.droppedPartialLine) {
        recovered.message += QLatin1Char(' ')
            + QCoreApplication::translate("SessionRecovery",
                                          "A partial last line (%1 bytes), cut off when the recording stopped, was dropped.")
                  .arg(counter.droppedBytes());
    }
    *result = recovered;
    return true;
}

} // namespace Sockscope
