#include "eventjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace Sockscope {

namespace {

const QStringList kReserved = {
    QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("monotonicNs"), QStringLiteral("conn"),
    QStringLiteral("peer"), QStringLiteral("dir"), QStringLiteral("kind"), QStringLiteral("size"),
    QStringLiteral("text"), QStringLiteral("base64"),
};

bool hasPayload(EventKind kind)
{
    return kind == EventKind::Text || kind == EventKind::Binary || kind == EventKind::Ping || kind == EventKind::Pong;
}

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = uchar(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

QJsonObject eventToJson(const Event &event)
{
    QJsonObject object = event.details;
    object.insert(QStringLiteral("seq"), double(event.sequence));
    object.insert(QStringLiteral("time"),
                  QDateTime::fromMSecsSinceEpoch(event.wallMs, Qt::UTC).toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("monotonicNs"), double(event.monotonicNs));
    object.insert(QStringLiteral("conn"), double(event.connectionId));
    if (event.peerId != 0)
        object.insert(QStringLiteral("peer"), double(event.peerId));
    object.insert(QStringLiteral("dir"), directionName(event.direction));
    object.insert(QStringLiteral("kind"), eventKindName(event.kind));
    if (hasPayload(event.kind)) {
        object.insert(QStringLiteral("size"), double(event.size));
        if (event.kind == EventKind::Text)
            object.insert(QStringLiteral("text"), QString::fromUtf8(event.payload));
        else
            object.insert(QStringLiteral("base64"), QString::fromLatin1(event.payload.toBase64()));
    }
    return object;
}

QByteArray eventToJsonLine(const Event &event)
{
    // The fixed fields first, in a stable order people can scan; then the details.
    QByteArray line;
    line.reserve(160 + event.payload.size() + event.payload.size() / 8);
    line += "{\"seq\":" + QByteArray::number(event.sequence);
    line += ",\"time\":\"" + QDateTime::fromMSecsSinceEpoch(event.wallMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1() + '"';
    line += ",\"monotonicNs\":" + QByteArray::number(event.monotonicNs);
    line += ",\"conn\":" + QByteArray::number(event.connectionId);
    if (event.peerId != 0)
        line += ",\"peer\":" + QByteArray::number(event.peerId);
    line += ",\"dir\":\"" + directionName(event.direction).toLatin1() + '"';
    line += ",\"kind\":\"" + eventKindName(event.kind).toLatin1() + '"';
    if (hasPayload(event.kind)) {
        line += ",\"size\":" + QByteArray::number(event.size);
        if (event.kind == EventKind::Text) {
            line += ",\"text\":";
            appendJsonString(line, event.payload);
        } else {
            line += ",\"base64\":\"" + event.payload.toBase64() + '"';
        }
    }
    if (!event.details.isEmpty()) {
        const QByteArray details = QJsonDocument(event.details).toJson(QJsonDocument::Compact);
        line += ',';
        line.append(details.constData() + 1, details.size() - 2);
    }
    line += '}';
    return line;
}

bool eventFromJson(const QJsonObject &object, Event *event, QString *error)
{
    Event result;
    if (!eventKindFromName(object.value(QStringLiteral("kind")).toString(), &result.kind)) {
        *error = QCoreApplication::translate("EventJson", "unknown or missing event kind \"%1\"")
                     .arg(object.value(QStringLiteral("kind")).toString());
        return false;
    }
    if (!directionFromName(object.value(QStringLiteral("dir")).toString(), &result.direction)) {
        *error = QCoreApplication::translate("EventJson", "unknown or missing direction \"%1\"")
                     .arg(object.value(QStringLiteral("dir")).toString());
        return false;
    }
    result.sequence = quint64(object.value(QStringLiteral("seq")).toDouble());
    if (!object.value(QStringLiteral("monotonicNs")).isDouble()) {
        *error = QCoreApplication::translate("EventJson", "missing or malformed monotonicNs");
        return false;
    }
    result.monotonicNs = qint64(object.value(QStringLiteral("monotonicNs")).toDouble());
    const QDateTime time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        *error = QCoreApplication::translate("EventJson", "missing or malformed time");
        return false;
    }
    result.wallMs = time.toMSecsSinceEpoch();
    result.connectionId = quint32(object.value(QStringLiteral("conn")).toDouble());
    result.peerId = quint32(object.value(QStringLiteral("peer")).toDouble());
    result.size = qint64(object.value(QStringLiteral("size")).toDouble());
    if (object.contains(QStringLiteral("text"))) {
        result.payload = object.value(QStringLiteral("text")).toString().toUtf8();
    } else if (object.contains(QStringLiteral("base64"))) {
        const auto decoded = QByteArray::fromBase64Encoding(object.value(QStringLiteral("base64")).toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = QCoreApplication::translate("EventJson", "payload is not valid base64");
            return false;
        }
        result.payload = *decoded;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kReserved.contains(it.key()))
            result.details.insert(it.key(), it.value());
    }
    *event = result;
    return true;
}

} // namespace Sockscope
