#include "eventjson.h"

#include "json/jsoninteger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <limits>

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

// A close frame has a size on the wire (2 + reason bytes, 0 without a code) but no payload field.
bool hasSize(EventKind kind)
{
    return hasPayload(kind) || kind == EventKind::Close;
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

bool readInteger(const QJsonValue &value, qint64 min, qint64 max, qint64 *out)
{
    return checkJsonInteger(value, min, max, out) == JsonIntegerCheck::Ok;
}

QString integerError(const QString &field)
{
    return QCoreApplication::translate("EventJson", "missing or malformed %1 (expected a whole number)").arg(field);
}

} // namespace

QJsonObject eventToJson(const Event &event)
{
    QJsonObject object = event.details;
    object.insert(QStringLiteral("seq"), qint64(event.sequence));
    object.insert(QStringLiteral("time"),
                  QDateTime::fromMSecsSinceEpoch(event.wallMs, Qt::UTC).toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("monotonicNs"), event.monotonicNs);
    object.insert(QStringLiteral("conn"), qint64(event.connectionId));
    if (event.peerId != 0)
        object.insert(QStringLiteral("peer"), qint64(event.peerId));
    object.insert(QStringLiteral("dir"), directionName(event.direction));
    object.insert(QStringLiteral("kind"), eventKindName(event.kind));
    if (hasSize(event.kind))
        object.insert(QStringLiteral("size"), event.size);
    if (hasPayload(event.kind)) {
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
    if (hasSize(event.kind))
        line += ",\"size\":" + QByteArray::number(event.size);
    if (hasPayload(event.kind)) {
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
    constexpr qint64 maxInt = std::numeric_limits<qint64>::max();
    constexpr qint64 maxId = std::numeric_limits<quint32>::max();
    qint64 number = 0;
    if (!readInteger(object.value(QStringLiteral("seq")), 0, maxInt, &number)) {
        *error = integerError(QStringLiteral("seq"));
        return false;
    }
    result.sequence = quint64(number);
    if (!readInteger(object.value(QStringLiteral("monotonicNs")), std::numeric_limits<qint64>::min(), maxInt,
                     &result.monotonicNs)) {
        *error = integerError(QStringLiteral("monotonicNs"));
        return false;
    }
    const QJsonValue timeValue = object.value(QStringLiteral("time"));
    const QDateTime time = timeValue.isString() ? QDateTime::fromString(timeValue.toString(), Qt::ISODateWithMs) : QDateTime();
    if (!time.isValid()) {
        *error = QCoreApplication::translate("EventJson", "missing or malformed time");
        return false;
    }
    result.wallMs = time.toMSecsSinceEpoch();
    if (!readInteger(object.value(QStringLiteral("conn")), 0, maxId, &number)) {
        *error = integerError(QStringLiteral("conn"));
        return false;
    }
    result.connectionId = quint32(number);
    if (object.contains(QStringLiteral("peer"))) {
        if (!readInteger(object.value(QStringLiteral("peer")), 0, maxId, &number)) {
            *error = integerError(QStringLiteral("peer"));
            return false;
        }
        result.peerId = quint32(number);
    }
    if (object.contains(QStringLiteral("size"))
        && !readInteger(object.value(QStringLiteral("size")), 0, maxInt, &result.size)) {
        *error = integerError(QStringLiteral("size"));
        return false;
    }
    if (object.contains(QStringLiteral("text")) && !object.value(QStringLiteral("text")).isString()) {
        *error = QCoreApplication::translate("EventJson", "\"text\" must be a string");
        return false;
    }
    if (object.contains(QStringLiteral("base64")) && !object.value(QStringLiteral("base64")).isString()) {
        *error = QCoreApplication::translate("EventJson", "payload is not valid base64");
        return false;
    }
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

bool eventFromJsonLine(const QByteArray &line, Event *event, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("EventJson", "not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset + 1);
        return false;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("EventJson", "an event must be a JSON object");
        return false;
    }
    return eventFromJson(document.object(), event, error);
}

} // namespace Sockscope
