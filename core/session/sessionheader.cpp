#include "sessionheader.h"

#include "json/jsonreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace Sockscope {

namespace {

using Need = JsonReader::Need;

const QString kFormat = QStringLiteral("format");
const QString kVersion = QStringLiteral("version");
const QString kCreatedAt = QStringLiteral("createdAt");
const QString kApplication = QStringLiteral("application");
const QString kNotes = QStringLiteral("notes");
const QString kConnections = QStringLiteral("connections");
const QString kReplay = QStringLiteral("replay");
const QString kAssertions = QStringLiteral("assertions");
const QString kEventCount = QStringLiteral("eventCount");

const QString kConn = QStringLiteral("conn");
const QString kRole = QStringLiteral("role");
const QString kLabel = QStringLiteral("label");
const QString kUrl = QStringLiteral("url");
const QString kSettings = QStringLiteral("settings");
const QString kSecretsKept = QStringLiteral("secretsKept");
const QString kStartedMidConnection = QStringLiteral("startedMidConnection");
const QString kRecordingStartedAt = QStringLiteral("recordingStartedAt");
const QString kOpenedAt = QStringLiteral("openedAt");
const QString kSubprotocol = QStringLiteral("subprotocol");
const QString kOpenPeers = QStringLiteral("openPeers");
const QString kPeer = QStringLiteral("peer");

// The order people read a header in; unknown fields follow.
const QStringList kTopOrder = {kFormat, kVersion, kCreatedAt, kApplication, kNotes,
                               kConnections, kReplay, kAssertions, kEventCount};
const QStringList kRoles = {QStringLiteral("client"), QStringLiteral("server"), QStringLiteral("mock")};
const QStringList kConnectionFields = {kConn, kRole, kLabel, kUrl, kSettings, kSecretsKept, kStartedMidConnection,
                                       kRecordingStartedAt, kOpenedAt, kSubprotocol, kOpenPeers};

QJsonObject connectionToJson(const SessionConnectionInfo &info)
{
    QJsonObject object = info.extra;
    object.insert(kConn, qint64(info.connectionId));
    object.insert(kRole, info.role);
    object.insert(kLabel, info.label);
    object.insert(kUrl, info.url);
    object.insert(kSettings, info.settings);
    object.insert(kSecretsKept, info.secretsKept);
    // Written only when true, so a whole recording's header stays as in format 1.0.
    if (info.startedMidConnection) {
        object.insert(kStartedMidConnection, true);
        object.insert(kRecordingStartedAt, info.recordingStartedAt);
        if (!info.openedAt.isEmpty())
            object.insert(kOpenedAt, info.openedAt);
        if (!info.subprotocol.isEmpty())
            object.insert(kSubprotocol, info.subprotocol);
        if (!info.openPeers.isEmpty()) {
            QJsonArray peers;
            for (const SessionOpenPeer &peer : info.openPeers) {
                QJsonObject entry{{kPeer, qint64(peer.peerId)}, {kOpenedAt, peer.openedAt}};
                if (!peer.subprotocol.isEmpty())
                    entry.insert(kSubprotocol, peer.subprotocol);
                peers.append(entry);
            }
            object.insert(kOpenPeers, peers);
        }
    }
    return object;
}

bool openPeerFromJson(const JsonReader &item, SessionOpenPeer *peer)
{
    return item.object(nullptr, Need::Required)
           && item.member(kPeer)
                  .expecting(QCoreApplication::translate("SessionHeader", "a peer id (an integer from 1)"))
                  .integer(&peer->peerId, 1, std::numeric_limits<quint32>::max(), Need::Required)
           && item.member(kOpenedAt).string(&peer->openedAt) && item.member(kSubprotocol).string(&peer->subprotocol);
}

// "startedMidConnection" and the fields that go with it (format 1.1).
bool midConnectionFromJson(const JsonReader &item, SessionConnectionInfo *info)
{
    return item.member(kStartedMidConnection).boolean(&info->startedMidConnection)
           && item.member(kRecordingStartedAt).string(&info->recordingStartedAt)
           && item.member(kOpenedAt).string(&info->openedAt) && item.member(kSubprotocol).string(&info->subprotocol)
           && item.member(kOpenPeers).forEach([info](const JsonReader &entry) {
                  SessionOpenPeer peer;
                  if (!openPeerFromJson(entry, &peer))
                      return false;
                  info->openPeers.append(peer);
                  return true;
              });
}

bool connectionFromJson(const JsonReader &item, SessionConnectionInfo *info)
{
    SessionConnectionInfo result;
    if (!item.object(nullptr, Need::Required)
        || !item.member(kConn)
                .expecting(QCoreApplication::translate("SessionHeader", "a connection id (an integer from 1)"))
                .integer(&result.connectionId, 1, std::numeric_limits<quint32>::max(), Need::Required)
        || !item.member(kRole).choice(&result.role, kRoles, Need::Required) || !item.member(kLabel).string(&result.label)
        || !item.member(kUrl).string(&result.url) || !item.member(kSettings).object(&result.settings)
        || !item.member(kSecretsKept).boolean(&result.secretsKept) || !midConnectionFromJson(item, &result))
        return false;
    result.extra = item.unknownMembers(kConnectionFields);
    *info = result;
    return true;
}

// A JSON value pretty-printed with QJsonDocument's 4-space style, its lines after the first
// indented by `indent` so it can sit inside an object.
QByteArray prettyValue(const QJsonValue &value, const QByteArray &indent)
{
    QByteArray text;
    if (value.isObject())
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else {
        // Scalars: QJsonDocument only holds objects and arrays, so print [value] and unwrap.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2);
    }
    if (text.endsWith('\n'))
        text.chop(1);
    // An empty object or array prints as "{\n}" or "[\n]"; keep it on one line.
    if (text == "{\n}")
        return QByteArrayLiteral("{}");
    if (text == "[\n]")
        return QByteArrayLiteral("[]");
    text.replace(QByteArrayLiteral("\n"), QByteArray("\n" + indent));
    return text;
}

} // namespace

bool SessionConnectionInfo::isKnownRole(const QString &role)
{
    return kRoles.contains(role);
}

const SessionConnectionInfo *SessionHeader::connection(quint32 id) const
{
    for (const SessionConnectionInfo &info : connections) {
        if (info.connectionId == id)
            return &info;
    }
    return nullptr;
}

QString sessionFormatName()
{
    return QStringLiteral("sockscope-session");
}

QJsonObject sessionHeaderToJson(const SessionHeader &header)
{
    QJsonObject object = header.extra;
    object.insert(kFormat, sessionFormatName());
    object.insert(kVersion, QStringLiteral("%1.%2").arg(header.majorVersion).arg(header.minorVersion));
    object.insert(kCreatedAt, header.createdAt);
    object.insert(kApplication, header.application);
    object.insert(kNotes, header.notes);
    QJsonArray connections;
    for (const SessionConnectionInfo &info : header.connections)
        connections.append(connectionToJson(info));
    object.insert(kConnections, connections);
    object.insert(kReplay, header.replay);
    object.insert(kAssertions, header.assertions);
    if (header.eventCount >= 0)
        object.insert(kEventCount, header.eventCount);
    else
        object.remove(kEventCount);
    return object;
}

bool sessionHeaderFromJson(const QJsonObject &object, SessionHeader *header, QString *error)
{
    // Anything but the right strings (another type too) is not a session file of this format.
    const QString format = object.value(kFormat).toString();
    if (format != sessionFormatName()) {
        *error = !format.isEmpty()
            ? QCoreApplication::translate("SessionHeader", "not a Sockscope session (the format is \"%1\", expected \"%2\")").arg(format, sessionFormatName())
            : QCoreApplication::translate("SessionHeader", "not a Sockscope session (no \"format\": \"%1\")").arg(sessionFormatName());
        return false;
    }
    static const QRegularExpression versionPattern(QStringLiteral("^(\\d{1,6})\\.(\\d{1,6})$"));
    const QString version = object.value(kVersion).toString();
    const QRegularExpressionMatch match = versionPattern.match(version);
    if (!match.hasMatch()) {
        *error = QCoreApplication::translate("SessionHeader", "the session format version is missing or malformed (expected \"MAJOR.MINOR\" such as \"1.0\")");
        return false;
    }
    SessionHeader result;
    result.majorVersion = match.captured(1).toInt();
    result.minorVersion = match.captured(2).toInt();
    if (result.majorVersion > SessionHeader::kMajorVersion) {
        *error = QCoreApplication::translate("SessionHeader", "written by a newer Sockscope (session format %1); this version reads %2.x")
                     .arg(version)
                     .arg(SessionHeader::kMajorVersion);
        return false;
    }
    if (result.majorVersion < SessionHeader::kMajorVersion) {
        *error = QCoreApplication::translate("SessionHeader", "unsupported session format %1; this version reads %2.x")
                     .arg(version)
                     .arg(SessionHeader::kMajorVersion);
        return false;
    }
    const JsonReader reader(object);
    QSet<quint32> seen;
    const auto readConnection = [&result, &seen](const JsonReader &item) {
        SessionConnectionInfo info;
        if (!connectionFromJson(item, &info))
            return false;
        if (seen.contains(info.connectionId))
            return item.member(kConn).fail(QCoreApplication::translate("SessionHeader", "connection %1 appears twice in \"connections\"")
                                               .arg(info.connectionId));
        seen.insert(info.connectionId);
        result.connections.append(info);
        return true;
    };
    if (!reader.member(kCreatedAt).string(&result.createdAt) || !reader.member(kApplication).string(&result.application)
        || !reader.member(kNotes).string(&result.notes) || !reader.member(kConnections).forEach(readConnection)
        || !reader.member(kReplay).object(&result.replay) || !reader.member(kAssertions).array(&result.assertions)
        || !reader.member(kEventCount)
                .expecting(QCoreApplication::translate("SessionHeader", "a whole number of at least 0"))
                .integer(&result.eventCount, 0, std::numeric_limits<qint64>::max())) {
        *error = reader.error().toString();
        return false;
    }
    result.extra = reader.unknownMembers(kTopOrder);
    *header = result;
    return true;
}

SessionHeader newSessionHeader()
{
    SessionHeader header;
    header.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    header.application = QStringLiteral("sockscope " SOCKSCOPE_VERSION);
    return header;
}

QByteArray sessionHeaderToText(const SessionHeader &header)
{
    const QJsonObject object = sessionHeaderToJson(header);
    QStringList keys;
    for (const QString &key : kTopOrder) {
        if (object.contains(key))
            keys.append(key);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kTopOrder.contains(it.key()))
            keys.append(it.key());
    }
    const QByteArray indent(4, ' ');
    QByteArray text = "{\n";
    for (int i = 0; i < keys.size(); ++i) {
        text += indent + prettyValue(QJsonValue(keys.at(i)), indent) + ": " + prettyValue(object.value(keys.at(i)), indent);
        text += i + 1 < keys.size() ? ",\n" : "\n";
    }
    text += "}\n";
    return text;
}

} // namespace Sockscope
