#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sockscope {

// A server's peer that was already connected when a recording started ("openPeers").
struct SessionOpenPeer final
{
    quint32 peerId = 0;       // "peer"
    QString openedAt;         // when it connected: UTC, ISO 8601 with ms
    QString subprotocol;      // what it agreed on; empty: none
};

// One connection recorded in a session file ("connections" in the header, docs/SESSIONS.md).
struct SessionConnectionInfo final
{
    quint32 connectionId = 0; // "conn"
    QString role;             // client | server | mock
    QString label;
    QString url;
    QJsonObject settings;     // sessionsettingsjson.h
    bool secretsKept = false;
    // The recording began while the connection (a server: some of its peers) was open, so its
    // start (the open event, an MCP initialize) is not in the file. Format 1.1.
    bool startedMidConnection = false;
    QString recordingStartedAt; // UTC, ISO 8601 with ms; set with startedMidConnection
    QString openedAt;           // a client: when the open connection had opened
    QString subprotocol;        // a client: what the open connection had agreed on
    QList<SessionOpenPeer> openPeers; // a server: its peers open when the recording began
    QJsonObject extra;        // unknown fields, kept

    static bool isKnownRole(const QString &role);
};

// The first JSON object of a session file or journal: what was recorded, and how.
struct SessionHeader final
{
    static constexpr int kMajorVersion = 1;
    static constexpr int kMinorVersion = 1; // 1.1: startedMidConnection and its fields
    int majorVersion = kMajorVersion;
    int minorVersion = kMinorVersion;
    QString createdAt;    // ISO 8601 UTC with ms
    QString application;  // "sockscope <version>"
    QString notes;
    QList<SessionConnectionInfo> connections;
    QJsonObject replay;   // owned by core/replay (ReplaySettings::toJson)
    QJsonArray assertions; // owned by core/replay (ReplayAssertion::toJson)
    qint64 eventCount = -1; // -1 = unknown (journal)
    QJsonObject extra;    // unknown top-level fields, kept

    const SessionConnectionInfo *connection(quint32 id) const;
};

// The value of "format" in every session file.
QString sessionFormatName();
QJsonObject sessionHeaderToJson(const SessionHeader &header);
// Validates format and version (any 1.x; a newer major version is refused) and the types of
// the known fields; unknown fields land in `extra`. `error` says what is wrong, no file name.
bool sessionHeaderFromJson(const QJsonObject &object, SessionHeader *header, QString *error);
// createdAt = now, application = "sockscope " SOCKSCOPE_VERSION.
SessionHeader newSessionHeader();
// The header as written to files: pretty-printed (4-space indent), the known fields first in
// the documented order, then unknown ones; ends with a newline.
QByteArray sessionHeaderToText(const SessionHeader &header);

} // namespace Sockscope
