#include "commandrecording.h"

#include "session/sessionjournal.h"
#include "session/sessionsettingsjson.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Sockscope {

namespace {

QString flagName(CommandRecording::Flag flag)
{
    return flag == CommandRecording::Flag::Out ? QStringLiteral("out") : QStringLiteral("record");
}

} // namespace

CommandRecording::CommandRecording(const QString &command, Flag flag, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_flag(flag)
{
}

CommandRecording::~CommandRecording() = default;

void CommandRecording::addTo(QCommandLineParser *parser, Flag flag)
{
    parser->addOptions({
        {flagName(flag),
         tr("Record every event into this session file (docs/SESSIONS.md). A journal next to it keeps "
            "the events safe while recording; a recording cut short is recovered when the file is opened."),
         tr("file")},
        {QStringLiteral("keep-secrets"),
         tr("Keep tokens and passwords in the recorded settings (marked in the file); left out by default.")},
        {QStringLiteral("notes"), tr("Free-form notes stored in the session file."), tr("text")},
    });
}

bool CommandRecording::read(const QCommandLineParser &parser, QString *error)
{
    m_path = parser.value(flagName(m_flag));
    m_keepSecrets = parser.isSet(QStringLiteral("keep-secrets"));
    m_notes = parser.value(QStringLiteral("notes"));
    if (m_flag == Flag::Out && m_path.isEmpty()) {
        *error = tr("missing --out FILE: where to write the session");
        return false;
    }
    if (m_path.isEmpty() && (m_keepSecrets || parser.isSet(QStringLiteral("notes")))) {
        *error = tr("--keep-secrets and --notes need --%1 FILE").arg(flagName(m_flag));
        return false;
    }
    return true;
}

SessionConnectionInfo CommandRecording::clientConnection(quint32 connectionId, const ClientSettings &settings) const
{
    return clientConnectionInfo(connectionId, settings, m_keepSecrets);
}

SessionConnectionInfo CommandRecording::serverConnection(quint32 connectionId, const QString &role,
                                                         const ServerSettings &settings) const
{
    // The URL is known once the server listens (setConnectionUrl()).
    return serverConnectionInfo(connectionId, role, QString(), settings, m_keepSecrets);
}

bool CommandRecording::start(const SessionConnectionInfo &connection)
{
    if (!isRequested())
        return true;
    SessionHeader header = newSessionHeader();
    header.notes = m_notes;
    header.connections.append(connection);
    m_recorder = new SessionJournal(this);
    connect(m_recorder, &SessionJournal::failed, this, [this](const QString &message) {
        m_failed = true;
        std::fprintf(stderr, "sockscope %s: %s\n", qUtf8Printable(m_command),
                     qUtf8Printable(tr("recording stopped: %1").arg(message)));
        std::fflush(stderr);
    });
    if (!m_recorder->start(m_path, header)) {
        std::fprintf(stderr, "sockscope %s: %s\n", qUtf8Printable(m_command),
                     qUtf8Printable(tr("cannot record: %1").arg(m_recorder->errorString())));
        return false;
    }
    return true;
}

void CommandRecording::record(const Event &event)
{
    if (m_recorder && m_recorder->isRecording())
        m_recorder->record(event);
}

void CommandRecording::setConnectionUrl(quint32 connectionId, const QString &url)
{
    if (!m_recorder)
        return;
    for (SessionConnectionInfo &info : m_recorder->header().connections) {
        if (info.connectionId == connectionId) {
            info.url = url;
            if (info.label.isEmpty())
                info.label = url;
        }
    }
}

bool CommandRecording::finish()
{
    if (!m_recorder)
        return true;
    const bool wasRecording = m_recorder->isRecording();
    if (wasRecording && !m_recorder->finish()) {
        std::fprintf(stderr, "sockscope %s: %s\n", qUtf8Printable(m_command),
                     qUtf8Printable(tr("cannot save the session: %1").arg(m_recorder->errorString())));
        std::fflush(stderr);
        return false;
    }
    if (m_failed)
        return false;
    std::fprintf(stderr, "sockscope %s: %s\n", qUtf8Printable(m_command),
                 qUtf8Printable(tr("recorded to %1 (events: %2)").arg(m_recorder->targetPath()).arg(m_recorder->eventCount())));
    std::fflush(stderr);
    return true;
}

} // namespace Sockscope
