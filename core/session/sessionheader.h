#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sockscope {

// One connection recorded in a session file ("connections" in the header, docs/SESSIONS.md).
struct SessionConnectionInfo final
{
    quint32 connectionId = 0; // "conn"
    QString role;             // client | server | mock
    QString label;
    QString url;
    QJsonObject settings;     // sessionsettingsjson.h
    bool secretsKept = false;
    QJsonObject extra;        // unknown fields, kept

    static bool isKnownRole(const QString &role);
};

// The first JSON object of a session file or journal: what was recorded, and how.
struct SessionHeader final
{
    static constexpr int kMajorVersion = 1;
    static constexpr int kMinorVersion = 0;
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
