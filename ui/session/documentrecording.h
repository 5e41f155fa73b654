#pragma once

#include "event/event.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Sockscope {

class ConnectionDocument;
class SessionJournal;

// Records one document's connection to a session file: every event the connection reports
// goes to a SessionJournal (its journal on disk, docs/SESSIONS.md); stop() finishes the
// file. The header describes the connections the events came from, as known at the end.
class DocumentRecording final : public QObject
{
    Q_OBJECT

public:
    explicit DocumentRecording(ConnectionDocument *document);
    ~DocumentRecording() override; // finishes a recording still running
    Q_DISABLE_COPY_MOVE(DocumentRecording)

    // False with `error` (for people) when the journal cannot be created.
    bool start(const QString &path, QString *error);
    // Finishes the file; false with `error` when it could not be written (the journal stays).
    bool stop(QString *error);
    bool isRecording() const;
    qint64 eventCount() const;
    QString path() const { return m_path; }

Q_SIGNALS:
    // A write failed while recording: recording stopped; `message` says what is kept where.
    void failed(const QString &message);

private:
    void record(const Event &event);

    ConnectionDocument *m_document;
    SessionJournal *m_recorder = nullptr;
    QList<quint32> m_connectionIds;
    QString m_path;
};

} // namespace Sockscope
