#pragma once

#include "event/event.h"
#include "session/sessionheader.h"
#include "server/serversettings.h"
#include "transport/clientsettings.h"

#include <QObject>

class QCommandLineParser;

namespace Sockscope {

class SessionJournal;

// `--record FILE` (`--out FILE` for `sockscope record`), `--keep-secrets` and `--notes`
// for every command that can record what it sees into a session file (docs/SESSIONS.md).
// Events go to a crash-safe journal next to the file while the command runs; finish()
// writes the session file itself.
class CommandRecording final : public QObject
{
    Q_OBJECT

public:
    enum class Flag { Record, Out };

    CommandRecording(const QString &command, Flag flag, QObject *parent = nullptr);
    ~CommandRecording() override;

    static void addTo(QCommandLineParser *parser, Flag flag);
    // Reads the flags; false with `error` for a usage problem.
    bool read(const QCommandLineParser &parser, QString *error);

    bool isRequested() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    bool keepSecrets() const { return m_keepSecrets; }

    // How a client or a server connection is described in the file (secrets per --keep-secrets).
    SessionConnectionInfo clientConnection(quint32 connectionId, const ClientSettings &settings) const;
    SessionConnectionInfo serverConnection(quint32 connectionId, const QString &role, const ServerSettings &settings) const;

    // Creates the journal, describing the one connection the command records. False
    // (with a message on standard error) when the file cannot be recorded to.
    bool start(const SessionConnectionInfo &connection);
    void record(const Event &event);
    // The listen address of a server is known only once it listens.
    void setConnectionUrl(quint32 connectionId, const QString &url);
    // Writes the session file; says how many events it holds on standard error. False when
    // the recording failed on the way or the save failed (the journal keeps the events).
    bool finish();

private:
    QString m_command;
    Flag m_flag;
    QString m_path;
    QString m_notes;
    bool m_keepSecrets = false;
    bool m_failed = false;
    SessionJournal *m_recorder = nullptr;
};

} // namespace Sockscope
