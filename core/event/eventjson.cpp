#include "eventjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace Sockscope {

namespace {

bool isTextPayload(EventKind kind) { return kind == EventKind::Text; }

const QStringList kReserved = {
    QStringLiteral("seq"), QStringLiteral("monotonicNs"), QStringLiteral("time"), QStringLiteral("conn"),
    QStringLiteral("peer"), QStringLiteral("dir"), QStringLiteral("kind"), QStringLiteral("size"),
    QStringLiteral("text"), QStringLiteral("base64"),
};

} // namespace

QJsonObject eventToJson(const Event &event)
{
    QJsonObject object = event.details;
    object.insert(QStringLiteral("seq"), double(event.sequence));
    object.insert(QStringLiteral("monotonicNs"), QString::number(event.monotonicNs));
    object.insert(QStringLiteral("time"),
                  QDateTime::fromMSecsSinceEpoch(event.wallMs, Qt::UTC).toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("conn"), double(event.connectionId));
    if (event.peerId != 0)
        object.insert(QStringLiteral("peer"), double(event.peerId));
    object.insert(QStringLiteral("dir"), directionName(event.direction));
    object.insert(QStringLiteral("kind"), eventKindName(event.kind));
    switch (event.kind) {
    case EventKind::Text:
    case EventKind::Binary:
    case EventKind::Ping:
    case EventKind::Pong:
        object.insert(QStringLiteral("size"), double(event.size));
        if (isTextPayload(event.kind))
            object.insert(QStringLiteral("text"), QString::fromUtf8(event.payload));
        else
            object.insert(QStringLiteral("base64"), QString::fromLatin1(event.payload.toBase64()));
        break;
    default:
        break;
    }
    return object;
}

QByteArray eventToJsonLine(const Event &event)
{
    return QJsonDocument(eventToJson(event)).toJson(QJsonDocument::Compact);
}

bool eventFromJson(const QJsonObject &object, Event *event, QString *error)
{
    Event result;
    if (!eventKindFromName(object.value(QStringLiteral("kind")).toString(), &result.kind)) {
        *error = QCoreApplication::translate("EventJson", "unknown or missing event kind \"%1\"").arg(object.value(QStringLiteral("kind")).toString());
        return false;
    }
    if (!directionFromName(object.value(QStringLiteral("dir")).toString(), &result.direction)) {
        *error = QCoreApplication::translate("EventJson", "unknown or missing direction \"%1\"").arg(object.value(QStringLiteral("dir")).toString());
        return false;
    }
    result.sequence = quint64(object.value(QStringLiteral("seq")).toDouble());
    bool ok = false;
    result.monotonicNs = object.value(QStringLiteral("monotonicNs")).toString().toLongLong(&ok);
    if (!ok) {
        *error = QCoreApplication::translate("EventJson", "missing or malformed monotonicNs");
        return false;
    }
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
