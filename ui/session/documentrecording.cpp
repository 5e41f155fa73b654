#include "documentrecording.h"

#include "sessioncontent.h"

#include "document/connectiondocument.h"
#include "session/sessionjournal.h"

namespace Sockscope {

DocumentRecording::DocumentRecording(ConnectionDocument *document)
    : QObject(document), m_document(document)
{
    connect(document, &ConnectionDocument::connectionEvent, this, &DocumentRecording::record);
}

DocumentRecording::~DocumentRecording()
{
    if (isRecording()) {
        QString error;
        stop(&error);
    }
}

bool DocumentRecording::start(const QString &path, QString *error)
{
    if (isRecording())
        return true;
    delete m_recorder;
    m_recorder = new SessionJournal(this);
    m_connectionIds.clear();
    SessionHeader header = documentSessionHeader(m_document);
    // Recording an open connection: the file says its beginning is missing (docs/SESSIONS.md).
    noteMidConnection(m_document, &header);
    if (!m_recorder->start(path, header)) {
        *error = m_recorder->errorString();
        delete m_recorder;
        m_recorder = nullptr;
        return false;
    }
    m_path = path;
    connect(m_recorder, &SessionJournal::failed, this, &DocumentRecording::failed);
    return true;
}

bool DocumentRecording::stop(QString *error)
{
    if (!isRecording())
        return true;
    // A server may have been started after recording began: describe what the events used.
    SessionHeader header = documentSessionHeader(m_document, m_connectionIds);
    if (!header.connections.isEmpty()) {
        carryMidConnection(m_recorder->header().connections, &header.connections);
        m_recorder->header().connections = header.connections;
    }
    if (!m_recorder->finish()) {
        *error = m_recorder->errorString();
        return false;
    }
    return true;
}

bool DocumentRecording::isRecording() const
{
    return m_recorder && m_recorder->isRecording();
}

qint64 DocumentRecording::eventCount() const
{
    return m_recorder ? m_recorder->eventCount() : 0;
}

void DocumentRecording::record(const Event &event)
{
    if (!isRecording())
        return;
    if (event.connectionId != 0 && !m_connectionIds.contains(event.connectionId))
        m_connectionIds.append(event.connectionId);
    m_recorder->record(event);
}

} // namespace Sockscope
