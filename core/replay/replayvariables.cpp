#include "replayvariables.h"

#include "jsonrpc/jsonrpccodec.h"

#include <QDateTime>
#include <QUuid>

namespace Sockscope {

namespace {

const QLatin1String kUuid("uuid");
const QLatin1String kNow("now");
const QLatin1String kNowMs("nowMs");
const QLatin1String kNextId("nextId");

// An object or array by its start: "{" followed by '"' or "}", or "[". A text that starts
// with a placeholder ("{{name}} ...") is plain text.
bool isJsonText(const QByteArray &payload)
{
    QByteArray start;
    for (const char c : payload) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        start += c;
        if (start.size() == 2)
            break;
    }
    if (start.startsWith('['))
        return true;
    return start == "{\"" || start == "{}";
}

// The value as plain text: strings as they are, whole numbers without a fraction.
QByteArray textForm(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    return JsonRpcCodec::encodeValue(value);
}

// The text form escaped for the inside of a JSON string.
QByteArray escapedTextForm(const QJsonValue &value)
{
    const QByteArray quoted = JsonRpcCodec::encodeValue(QJsonValue(QString::fromUtf8(textForm(value))));
    return quoted.mid(1, quoted.size() - 2);
}

struct Placeholder final
{
    qsizetype end = -1; // index after the closing "}}"
    QString name;
};

// A placeholder starting at `start` ("{{"), or end = -1 when the braces are no placeholder.
Placeholder placeholderAt(const QByteArray &payload, qsizetype start)
{
    Placeholder found;
    const qsizetype close = payload.indexOf("}}", start + 2);
    if (close < 0)
        return found;
    const QString name = QString::fromUtf8(payload.mid(start + 2, close - start - 2)).trimmed();
    if (!ReplayVariables::isValidName(name))
        return found;
    found.end = close + 2;
    found.name = name;
    return found;
}

} // namespace

ReplayVariables::ReplayVariables()
    : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

bool ReplayVariables::isValidName(const QString &name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')) || c.unicode() > 127)
            return false;
    }
    return true;
}

bool ReplayVariables::isBuiltinName(const QString &name)
{
    return name == kUuid || name == kNow || name == kNowMs || name == kNextId;
}

QStringList ReplayVariables::namesIn(const QByteArray &payload)
{
    QStringList names;
    qsizetype i = 0;
    while (i < payload.size()) {
        const qsizetype start = payload.indexOf("{{", i);
        if (start < 0)
            break;
        if (payload.mid(start, 4) == "{{{{") {
            i = start + 4;
            continue;
        }
        const Placeholder placeholder = placeholderAt(payload, start);
        if (placeholder.end < 0) {
            i = start + 2;
            continue;
        }
        if (!names.contains(placeholder.name))
            names.append(placeholder.name);
        i = placeholder.end;
    }
    return names;
}

void ReplayVariables::setCapture(const QString &name, const QJsonValue &value)
{
    m_failedCaptures.remove(name);
    m_captures.insert(name, value);
}

void ReplayVariables::setCaptureFailed(const QString &name, const QString &reason)
{
    m_captures.remove(name);
    m_failedCaptures.insert(name, reason);
}

bool ReplayVariables::resolve(const QString &name, qint64 *messageId, QJsonValue *value, QString *error)
{
    if (name == kUuid) {
        *value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else if (name == kNow) {
        *value = QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC).toString(Qt::ISODateWithMs);
    } else if (name == kNowMs) {
        *value = QJsonValue(m_clock());
    } else if (name == kNextId) {
        // Every use in one message is the same id: a request's id and a token built from it agree.
        if (*messageId < 0)
            *messageId = m_nextId++;
        *value = QJsonValue(*messageId);
    } else if (m_captures.contains(name)) {
        *value = m_captures.value(name);
    } else if (m_failedCaptures.contains(name)) {
        *error = tr("variable {{%1}} has no value: %2").arg(name, m_failedCaptures.value(name));
        return false;
    } else {
        *error = tr("unknown variable {{%1}} (built in: uuid, now, nowMs, nextId; or a capture)").arg(name);
        return false;
    }
    return true;
}

bool ReplayVariables::substitute(const QByteArray &payload, QByteArray *out, QString *error)
{
    if (!payload.contains("{{")) {
        *out = payload;
        return true;
    }
    const bool json = isJsonText(payload);
    const qint64 savedNextId = m_nextId;
    qint64 messageId = -1;
    QByteArray result;
    result.reserve(payload.size() + 64);
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = -1;
    qsizetype i = 0;
    while (i < payload.size()) {
        const char c = payload.at(i);
        if (c == '{' && i + 1 < payload.size() && payload.at(i + 1) == '{') {
            if (payload.mid(i, 4) == "{{{{") {
                result += "{{";
                i += 4;
                continue;
            }
            const Placeholder placeholder = placeholderAt(payload, i);
            if (placeholder.end >= 0) {
                QJsonValue value;
                QString problem;
                if (!resolve(placeholder.name, &messageId, &value, &problem)) {
                    m_nextId = savedNextId;
                    if (error)
                        *error = problem;
                    return false;
                }
                const bool wholeString = json && inString && stringStart == i - 1
                                         && placeholder.end < payload.size() && payload.at(placeholder.end) == '"';
                if (wholeString) {
                    result.chop(1); // the opening quote: the value brings its own, or none
                    result += JsonRpcCodec::encodeValue(value);
                    inString = false;
                    i = placeholder.end + 1;
                } else if (json && inString) {
                    result += escapedTextForm(value);
                    i = placeholder.end;
                } else if (json) {
                    result += JsonRpcCodec::encodeValue(value);
                    i = placeholder.end;
                } else {
                    result += textForm(value);
                    i = placeholder.end;
                }
                continue;
            }
        }
        if (json) {
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
                stringStart = i;
            }
        }
        result += c;
        ++i;
    }
    *out = result;
    if (error)
        error->clear();
    return true;
}

} // namespace Sockscope
