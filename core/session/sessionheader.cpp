#include "sessionheader.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace Sockscope {

namespace {

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
const QStringList kConnectionFields = {kConn, kRole, kLabel, kUrl, kSettings, kSecretsKept, kStartedMidConnection,
                                       kRecordingStartedAt, kOpenedAt, kSubprotocol, kOpenPeers};

QString typeError(const QString &field, const QString &expected)
{
    return QCoreApplication::translate("SessionHeader", "\"%1\" must be %2").arg(field, expected);
}

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

bool readString(const QJsonObject &object, const QString &key, const QString &path, QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        *error = typeError(path, QCoreApplication::translate("SessionHeader", "a string"));
        return false;
    }
    *out = value.toString();
    return true;
}

bool openPeerFromJson(const QJsonValue &value, const QString &path, SessionOpenPeer *peer, QString *error)
{
    if (!value.isObject()) {
        *error = typeError(path, QCoreApplication::translate("SessionHeader", "an object"));
        return false;
    }
    const QJsonObject object = value.toObject();
    qint64 id = 0;
    if (!jsonIntegerInRange(object.value(kPeer), 1, std::numeric_limits<quint32>::max(), &id)) {
        *error = typeError(path + QStringLiteral(".peer"), QCoreApplication::translate("SessionHeader", "a peer id (an integer from 1)"));
        return false;
    }
    peer->peerId = quint32(id);
    return readString(object, kOpenedAt, path + QStringLiteral(".openedAt"), &peer->openedAt, error)
           && readString(object, kSubprotocol, path + QStringLiteral(".subprotocol"), &peer->subprotocol, error);
}

// "startedMidConnection" and the fields that go with it (format 1.1).
bool midConnectionFromJson(const QJsonObject &object, const QString &path, SessionConnectionInfo *info, QString *error)
{
    const QJsonValue started = object.value(kStartedMidConnection);
    if (!started.isUndefined()) {
        if (!started.isBool()) {
            *error = typeError(path + QStringLiteral(".startedMidConnection"), QCoreApplication::translate("SessionHeader", "true or false"));
            return false;
        }
        info->startedMidConnection = started.toBool();
    }
    if (!readString(object, kRecordingStartedAt, path + QStringLiteral(".recordingStartedAt"), &info->recordingStartedAt, error)
        || !readString(object, kOpenedAt, path + QStringLiteral(".openedAt"), &info->openedAt, error)
        || !readString(object, kSubprotocol, path + QStringLiteral(".subprotocol"), &info->subprotocol, error))
        return false;
    const QJsonValue peers = object.value(kOpenPeers);
    if (peers.isUndefined())
        return true;
    if (!peers.isArray()) {
        *error = typeError(path + QStringLiteral(".openPeers"), QCoreApplication::translate("SessionHeader", "an array"));
        return false;
    }
    const QJsonArray array = peers.toArray();
    for (int i = 0; i < array.size(); ++i) {
        SessionOpenPeer peer;
        if (!openPeerFromJson(array.at(i), path + QStringLiteral(".openPeers[%1]").arg(i), &peer, error))
            return false;
        info->openPeers.append(peer);
    }
    return true;
}

bool connectionFromJson(const QJsonValue &value, int index, SessionConnectionInfo *info, QString *error)
{
    const QString path = QStringLiteral("connections[%1]").arg(index);
    if (!value.isObject()) {
        *error = typeError(path, QCoreApplication::translate("SessionHeader", "an object"));
        return false;
    }
    const QJsonObject object = value.toObject();
    qint64 id = 0;
    if (!jsonIntegerInRange(object.value(kConn), 1, std::numeric_limits<quint32>::max(), &id)) {
        *error = typeError(path + QStringLiteral(".conn"), QCoreApplication::translate("SessionHeader", "a connection id (an integer from 1)"));
        return false;
    }
    SessionConnectionInfo result;
    result.connectionId = quint32(id);
    if (!readString(object, kRole, path + QStringLiteral(".role"), &result.role, error))
        return false;
    if (!SessionConnectionInfo::isKnownRole(result.role)) {
        *error = typeError(path + QStringLiteral(".role"), QCoreApplication::translate("SessionHeader", "\"client\", \"server\" or \"mock\""));
        return false;
    }
    if (!readString(object, kLabel, path + QStringLiteral(".label"), &result.label, error)
        || !readString(object, kUrl, path + QStringLiteral(".url"), &result.url, error))
        return false;
    const QJsonValue settings = object.value(kSettings);
    if (!settings.isUndefined()) {
        if (!settings.isObject()) {
            *error = typeError(path + QStringLiteral(".settings"), QCoreApplication::translate("SessionHeader", "an object"));
            return false;
        }
        result.settings = settings.toObject();
    }
    const QJsonValue secretsKept = object.value(kSecretsKept);
    if (!secretsKept.isUndefined()) {
        if (!secretsKept.isBool()) {
            *error = typeError(path + QStringLiteral(".secretsKept"), QCoreApplication::translate("SessionHeader", "true or false"));
            return false;
        }
        result.secretsKept = secretsKept.toBool();
    }
    if (!midConnectionFromJson(object, path, &result, error))
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kConnectionFields.contains(it.key()))
            result.extra.insert(it.key(), it.value());
    }
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
    return role == QLatin1String("client") || role == QLatin1String("server") || role == QLatin1String("mock");
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
    const QJsonValue format = object.value(kFormat);
    if (format.toString() != sessionFormatName()) {
        *error = format.isString() && !format.toString().isEmpty()
            ? QCoreApplication::translate("SessionHeader", "not a Sockscope session (the format is \"%1\", expected \"%2\")").arg(format.toString(), sessionFormatName())
            : QCoreApplication::translate("SessionHeader", "not a Sockscope session (no \"format\": \"%1\")").arg(sessionFormatName());
        return false;
    }
    static const QRegularExpression versionPattern(QStringLiteral("^(\\d{1,6})\\.(\\d{1,6})$"));
    const QJsonValue versionValue = object.value(kVersion);
    const QRegularExpressionMatch match = versionPattern.match(versionValue.toString());
    if (!versionValue.isString() || !match.hasMatch()) {
        *error = QCoreApplication::translate("SessionHeader", "the session format version is missing or malformed (expected \"MAJOR.MINOR\" such as \"1.0\")");
        return false;
    }
    SessionHeader result;
    result.majorVersion = match.captured(1).toInt();
    result.minorVersion = match.captured(2).toInt();
    if (result.majorVersion > SessionHeader::kMajorVersion) {
        *error = QCoreApplication::translate("SessionHeader", "written by a newer Sockscope (session format %1); this version reads %2.x")
                     .arg(versionValue.toString())
                     .arg(SessionHeader::kMajorVersion);
        return false;
    }
    if (result.majorVersion < SessionHeader::kMajorVersion) {
        *error = QCoreApplication::translate("SessionHeader", "unsupported session format %1; this version reads %2.x")
                     .arg(versionValue.toString())
                     .arg(SessionHeader::kMajorVersion);
        return false;
    }
    if (!readString(object, kCreatedAt, kCreatedAt, &result.createdAt, error)
        || !readString(object, kApplication, kApplication, &result.application, error)
        || !readString(object, kNotes, kNotes, &result.notes, error))
        return false;

    const QJsonValue connections = object.value(kConnections);
    if (!connections.isUndefined()) {
        if (!connections.isArray()) {
            *error = typeError(kConnections, QCoreApplication::translate("SessionHeader", "an array"));
            return false;
        }
        const QJsonArray array = connections.toArray();
        QSet<quint32> seen;
        for (int i = 0; i < array.size(); ++i) {
            SessionConnectionInfo info;
            if (!connectionFromJson(array.at(i), i, &info, error))
                return false;
            if (seen.contains(info.connectionId)) {
                *error = QCoreApplication::translate("SessionHeader", "connection %1 appears twice in \"connections\"").arg(info.connectionId);
                return false;
            }
            seen.insert(info.connectionId);
            result.connections.append(info);
        }
    }
    const QJsonValue replay = object.value(kReplay);
    if (!replay.isUndefined()) {
        if (!replay.isObject()) {
            *error = typeError(kReplay, QCoreApplication::translate("SessionHeader", "an object"));
            return false;
        }
        result.replay = replay.toObject();
    }
    const QJsonValue assertions = object.value(kAssertions);
    if (!assertions.isUndefined()) {
        if (!assertions.isArray()) {
            *error = typeError(kAssertions, QCoreApplication::translate("SessionHeader", "an array"));
            return false;
        }
        result.assertions = assertions.toArray();
    }
    const QJsonValue eventCount = object.value(kEventCount);
    if (!eventCount.isUndefined()
        && !jsonIntegerInRange(eventCount, 0, std::numeric_limits<qint64>::max(), &result.eventCount)) {
        *error = typeError(kEventCount, QCoreApplication::translate("SessionHeader", "a whole number of at least 0"));
        return false;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kTopOrder.contains(it.key()))
            result.extra.insert(it.key(), it.value());
    }
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
