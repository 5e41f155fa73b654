#pragma once

#include <QString>

namespace Sockscope {

// The journal a recording of `sessionPath` writes while it runs: sessionPath + ".journal".
QString journalPathFor(const QString &sessionPath);

struct RecoveryResult final
{
    qint64 events = 0;
    bool droppedPartialLine = false;
    QString message; // for people: how many events were recovered, what was dropped
};

// Turns the journal of an interrupted recording into the session file `sessionPath` (QSaveFile;
// an existing file there is replaced, the journal being newer). The journal is removed only
// after the save succeeded; on failure it stays as it was.
bool recoverSession(const QString &sessionPath, RecoveryResult *result, QString *error);

} // namespace Sockscope
