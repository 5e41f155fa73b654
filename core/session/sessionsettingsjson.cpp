#include "sessionsettingsjson.h"

#include "jsonfields.h"

#include "common/urlsecrets.h"
#include "limits/limitfields.h"
#include "reconnect/reconnectfields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <limits>
#include <utility>

namespace Sockscope {

namespace {

constexpr std::array<std::pair<AuthKind, const char *>, 5> kAuthKinds{{
    {AuthKind::None, "none"},
    {AuthKind::Bearer, "bearer"},
    {AuthKind::Basic, "basic"},
    {AuthKind::ApiKeyHeader, "api-key-header"},
    {AuthKind::ApiKeyQuery, "api-key-query"},
}};

bool isSecretHeader(const QString &name)
{
    return name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("Cookie"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("Proxy-Authorization"), Qt::CaseInsensitive) == 0;
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Application heartbeat messages are bytes: text when they are UTF-8, base64 otherwise.
void insertBytes(QJsonObject *object, const QString &key, const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes)
        object->insert(key, text);
    else
        object->insert(key + QStringLiteral("Base64"), QString::fromLatin1(bytes.toBase64()));
}

// The numbers a field table describes, whole numbers written as such.
template <typename Struct>
void insertFields(QJsonObject *object, const NumberFields<Struct> &fields, const Struct &settings)
{
    for (const NumberField<Struct> &field : fields) {
        const double value = field.get(settings);
        if (field.isWhole())
            object->insert(QLatin1String(field.key), qint64(value));
        else
            object->insert(QLatin1String(field.key), value);
    }
}

QJsonObject limitsToJson(const LimitSettings &limits)
{
    QJsonObject object{{QStringLiteral("overflowPolicy"), overflowPolicyName(limits.overflowPolicy)}};
    insertFields(&object, limitFields(), limits);
    return object;
}

QJsonObject heartbeatToJson(const HeartbeatSettings &heartbeat)
{
    QJsonObject object{
        {QStringLiteral("kind"), heartbeatKindName(heartbeat.kind)},
        {QLatin1String(HeartbeatSettings::kInterval.key), heartbeat.intervalMs},
        {QLatin1String(HeartbeatSettings::kTimeout.key), heartbeat.timeoutMs},
        {QStringLiteral("onMiss"), heartbeatMissOutcomeName(heartbeat.onMiss)},
        {QStringLiteral("appBinary"), heartbeat.appBinary},
        {QStringLiteral("answerAppPing"), heartbeat.answerAppPing},
    };
    insertBytes(&object, QStringLiteral("appPing"), heartbeat.appPing);
    insertBytes(&object, QStringLiteral("appPong"), heartbeat.appPong);
    return object;
}

QJsonObject reconnectToJson(const ReconnectSettings &reconnect)
{
    QJsonObject object{{QStringLiteral("enabled"), reconnect.enabled}};
    insertFields(&object, reconnectFields(), reconnect);
    return object;
}

// Reads typed fields of one object; the first problem wins and names the field's path.
class FieldReader final
{
public:
    // `ok` is shared by a reader and its children, and must outlive them.
    FieldReader(const QJsonObject &object, const QString &path, QString *error, bool *ok)
        : m_object(object), m_path(path), m_error(error), m_ok(ok)
    {
    }

    bool ok() const { return *m_ok; }

    FieldReader child(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isUndefined() && !value.isObject())
            wrong(key, QCoreApplication::translate("SessionSettingsJson", "an object"));
        return FieldReader(value.toObject(), path(key), m_error, m_ok);
    }

    void string(const QString &key, QString *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isString())
            return wrong(key, QCoreApplication::translate("SessionSettingsJson", "a string"));
        *out = value.toString();
    }

    void boolean(const QString &key, bool *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isBool())
            return wrong(key, QCoreApplication::translate("SessionSettingsJson", "true or false"));
        *out = value.toBool();
    }

    void integer(const QString &key, qint64 min, qint64 max, qint64 *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        if (!jsonIntegerInRange(value, min, max, out)) {
            wrong(key, QCoreApplication::translate("SessionSettingsJson", "a whole number from %1 to %2").arg(min).arg(max));
        }
    }

    template<typename Int>
    void integer(const QString &key, Int *out, qint64 min = 0, qint64 max = std::numeric_limits<Int>::max())
    {
        qint64 value = qint64(*out);
        integer(key, min, max, &value);
        *out = Int(value);
    }

    // Every number a field table describes, each in its range.
    template <typename Struct>
    void fields(const NumberFields<Struct> &fields, Struct *out)
    {
        for (const NumberField<Struct> &field : fields) {
            const QString key = QLatin1String(field.key);
            const QJsonValue value = m_object.value(key);
            if (value.isUndefined())
                continue;
            if (!value.isDouble() || !field.contains(value.toDouble()))
                return wrong(key, field.rangeText());
            field.set(out, value.toDouble());
        }
    }

    void stringList(const QString &key, QStringList *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        QStringList list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                break;
            list.append(item.toString());
        }
        if (!value.isArray() || list.size() != array.size())
            return wrong(key, QCoreApplication::translate("SessionSettingsJson", "an array of strings"));
        *out = list;
    }

    void bytes(const QString &key, QByteArray *out)
    {
        QString text;
        if (m_object.contains(key)) {
            string(key, &text);
            *out = text.toUtf8();
            return;
        }
        const QString base64Key = key + QStringLiteral("Base64");
        if (!m_object.contains(base64Key))
            return;
        string(base64Key, &text);
        const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return wrong(base64Key, QCoreApplication::translate("SessionSettingsJson", "base64"));
        *out = *decoded;
    }

    template<typename Enum>
    void name(const QString &key, bool (*fromName)(const QString &, Enum *), Enum *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isString() || !fromName(value.toString(), out))
            wrong(key, QCoreApplication::translate("SessionSettingsJson", "a known name (not \"%1\")").arg(value.toString()));
    }

    void wrong(const QString &key, const QString &expected)
    {
        if (!*m_ok)
            return;
        *m_ok = false;
        *m_error = QCoreApplication::translate("SessionSettingsJson", "settings: \"%1\" must be %2").arg(path(key), expected);
    }

private:
    QString path(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    bool *m_ok;
};

constexpr qint64 kMaxInt = std::numeric_limits<int>::max();

void readLimits(FieldReader r, LimitSettings *limits)
{
    r.fields(limitFields(), limits);
    r.name(QStringLiteral("overflowPolicy"), &overflowPolicyFromName, &limits->overflowPolicy);
}

void readHeartbeat(FieldReader r, HeartbeatSettings *heartbeat)
{
    r.name(QStringLiteral("kind"), &heartbeatKindFromName, &heartbeat->kind);
    constexpr IntSetting interval = HeartbeatSettings::kInterval;
    constexpr IntSetting timeout = HeartbeatSettings::kTimeout;
    r.integer(QLatin1String(interval.key), &heartbeat->intervalMs, interval.min, interval.max);
    r.integer(QLatin1String(timeout.key), &heartbeat->timeoutMs, timeout.min, timeout.max);
    r.name(QStringLiteral("onMiss"), &heartbeatMissOutcomeFromName, &heartbeat->onMiss);
    r.bytes(QStringLiteral("appPing"), &heartbeat->appPing);
    r.bytes(QStringLiteral("appPong"), &heartbeat->appPong);
    r.boolean(QStringLiteral("appBinary"), &heartbeat->appBinary);
    r.boolean(QStringLiteral("answerAppPing"), &heartbeat->answerAppPing);
}

void readReconnect(FieldReader r, ReconnectSettings *reconnect)
{
    r.boolean(QStringLiteral("enabled"), &reconnect->enabled);
    r.fields(reconnectFields(), reconnect);
}

} // namespace

QString authKindName(AuthKind kind)
{
    for (const auto &entry : kAuthKinds) {
        if (entry.first == kind)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

bool authKindFromName(const QString &name, AuthKind *kind)
{
    for (const auto &entry : kAuthKinds) {
        if (name == QLatin1String(entry.second)) {
            *kind = entry.first;
            return true;
        }
    }
    return false;
}

namespace {

// The URL as a session file keeps it without secrets: no password, secret query values
// replaced (urlsecrets.h). `omitted` receives what was left out.
QUrl urlForSession(const ClientSettings &settings, QStringList *omitted = nullptr)
{
    const QStringList alsoSecret = settings.auth.kind == AuthKind::ApiKeyQuery ? QStringList{settings.auth.keyName}
                                                                               : QStringList();
    QUrl url = redactUrlSecrets(settings.url, alsoSecret, omitted);
    url.setPassword(QString());
    return url;
}

} // namespace

bool clientSettingsHaveSecrets(const ClientSettings &settings)
{
    if (!settings.auth.token.isEmpty() || !settings.auth.password.isEmpty() || !settings.auth.keyValue.isEmpty()
        || urlForSession(settings) != settings.url)
        return true;
    for (const auto &header : settings.headers) {
        if (isSecretHeader(header.first))
            return true;
    }
    return false;
}

bool serverSettingsHaveSecrets(const ServerSettings &settings)
{
    return !settings.token.isEmpty();
}

QJsonObject clientSettingsToJson(const ClientSettings &settings, bool keepSecrets)
{
    QStringList omitted;
    const QUrl url = keepSecrets ? settings.url : urlForSession(settings, &omitted);
    QJsonArray headers;
    for (const auto &header : settings.headers) {
        if (!keepSecrets && isSecretHeader(header.first)) {
            omitted.append(QStringLiteral("headers.") + header.first);
            continue;
        }
        headers.append(QJsonArray{header.first, header.second});
    }
    const AuthSettings &auth = settings.auth;
    QJsonObject authObject{{QStringLiteral("kind"), authKindName(auth.kind)}};
    if (!auth.user.isEmpty())
        authObject.insert(QStringLiteral("user"), auth.user);
    if (!auth.keyName.isEmpty())
        authObject.insert(QStringLiteral("keyName"), auth.keyName);
    const std::array<std::pair<const char *, const QString *>, 3> secrets{{
        {"token", &auth.token},
        {"password", &auth.password},
        {"keyValue", &auth.keyValue},
    }};
    for (const auto &[key, value] : secrets) {
        if (value->isEmpty())
            continue;
        if (keepSecrets)
            authObject.insert(QLatin1String(key), *value);
        else
            omitted.append(QStringLiteral("auth.") + QLatin1String(key));
    }
    const TlsSettings &tls = settings.tls;
    QJsonObject object{
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("subprotocols"), stringArray(settings.subprotocols)},
        {QStringLiteral("origin"), settings.origin},
        {QStringLiteral("auth"), authObject},
        {QStringLiteral("tls"),
         QJsonObject{{QStringLiteral("caFile"), tls.caFile},
                     {QStringLiteral("certificateFile"), tls.certificateFile},
                     {QStringLiteral("keyFile"), tls.keyFile},
                     {QStringLiteral("acceptInvalidCertificate"), tls.acceptInvalidCertificate}}},
        {QStringLiteral("handshakeTimeoutMs"), settings.handshakeTimeoutMs},
        {QStringLiteral("closeTimeoutMs"), settings.closeTimeoutMs},
        {QStringLiteral("revealSecrets"), settings.revealSecrets},
        {QStringLiteral("limits"), limitsToJson(settings.limits)},
        {QStringLiteral("heartbeat"), heartbeatToJson(settings.heartbeat)},
        {QStringLiteral("reconnect"), reconnectToJson(settings.reconnect)},
    };
    if (!omitted.isEmpty())
        object.insert(QStringLiteral("omittedSecrets"), stringArray(omitted));
    return object;
}

bool clientSettingsFromJson(const QJsonObject &object, ClientSettings *settings, QString *error)
{
    ClientSettings result;
    {
        bool ok = true;
        FieldReader r(object, QString(), error, &ok);
        QString url;
        r.string(QStringLiteral("url"), &url);
        if (r.ok() && !url.isEmpty()) {
            result.url = QUrl(url);
            if (!result.url.isValid())
                r.wrong(QStringLiteral("url"), QCoreApplication::translate("SessionSettingsJson", "a valid URL"));
        }
        const QJsonValue headers = object.value(QStringLiteral("headers"));
        if (!headers.isUndefined()) {
            bool valid = headers.isArray();
            const QJsonArray array = headers.toArray();
            for (const QJsonValue &header : array) {
                const QJsonArray pair = header.toArray();
                if (!header.isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString()) {
                    valid = false;
                    break;
                }
                result.headers.append({pair.at(0).toString(), pair.at(1).toString()});
            }
            if (!valid)
                r.wrong(QStringLiteral("headers"), QCoreApplication::translate("SessionSettingsJson", "an array of [name, value] pairs"));
        }
        r.stringList(QStringLiteral("subprotocols"), &result.subprotocols);
        r.string(QStringLiteral("origin"), &result.origin);
        {
            FieldReader auth = r.child(QStringLiteral("auth"));
            auth.name(QStringLiteral("kind"), &authKindFromName, &result.auth.kind);
            auth.string(QStringLiteral("token"), &result.auth.token);
            auth.string(QStringLiteral("user"), &result.auth.user);
            auth.string(QStringLiteral("password"), &result.auth.password);
            auth.string(QStringLiteral("keyName"), &result.auth.keyName);
            auth.string(QStringLiteral("keyValue"), &result.auth.keyValue);
        }
        {
            FieldReader tls = r.child(QStringLiteral("tls"));
            tls.string(QStringLiteral("caFile"), &result.tls.caFile);
            tls.string(QStringLiteral("certificateFile"), &result.tls.certificateFile);
            tls.string(QStringLiteral("keyFile"), &result.tls.keyFile);
            tls.boolean(QStringLiteral("acceptInvalidCertificate"), &result.tls.acceptInvalidCertificate);
        }
        r.integer(QStringLiteral("handshakeTimeoutMs"), &result.handshakeTimeoutMs, 0, kMaxInt);
        r.integer(QStringLiteral("closeTimeoutMs"), &result.closeTimeoutMs, 0, kMaxInt);
        r.boolean(QStringLiteral("revealSecrets"), &result.revealSecrets);
        readLimits(r.child(QStringLiteral("limits")), &result.limits);
        readHeartbeat(r.child(QStringLiteral("heartbeat")), &result.heartbeat);
        readReconnect(r.child(QStringLiteral("reconnect")), &result.reconnect);
        if (!r.ok())
            return false;
    }
    *settings = result;
    return true;
}

QJsonObject serverSettingsToJson(const ServerSettings &settings, bool keepSecrets)
{
    QJsonObject object{
        {QStringLiteral("host"), settings.host},
        {QStringLiteral("port"), int(settings.port)},
        {QStringLiteral("certificateFile"), settings.certificateFile},
        {QStringLiteral("keyFile"), settings.keyFile},
        {QStringLiteral("maxConnections"), settings.maxConnections},
        {QStringLiteral("maxPendingHandshakes"), settings.maxPendingHandshakes},
        {QStringLiteral("allowedOrigins"), stringArray(settings.allowedOrigins)},
        {QStringLiteral("tokenQueryParameter"), settings.tokenQueryParameter},
        {QStringLiteral("subprotocols"), stringArray(settings.subprotocols)},
        {QStringLiteral("handshakeTimeoutMs"), settings.handshakeTimeoutMs},
        {QStringLiteral("closeTimeoutMs"), settings.closeTimeoutMs},
        {QStringLiteral("idleTimeoutMs"), settings.idleTimeoutMs},
        {QStringLiteral("revealSecrets"), settings.revealSecrets},
        {QStringLiteral("replyMode"), serverReplyModeName(settings.replyMode)},
        {QStringLiteral("limits"), limitsToJson(settings.limits)},
        {QStringLiteral("heartbeat"), heartbeatToJson(settings.heartbeat)},
    };
    if (!settings.token.isEmpty()) {
        if (keepSecrets)
            object.insert(QStringLiteral("token"), settings.token);
        else
            object.insert(QStringLiteral("omittedSecrets"), QJsonArray{QStringLiteral("token")});
    }
    return object;
}

bool serverSettingsFromJson(const QJsonObject &object, ServerSettings *settings, QString *error)
{
    ServerSettings result;
    {
        bool ok = true;
        FieldReader r(object, QString(), error, &ok);
        r.string(QStringLiteral("host"), &result.host);
        r.integer(QStringLiteral("port"), &result.port);
        r.string(QStringLiteral("certificateFile"), &result.certificateFile);
        r.string(QStringLiteral("keyFile"), &result.keyFile);
        r.integer(QStringLiteral("maxConnections"), &result.maxConnections, 0, kMaxInt);
        r.integer(QStringLiteral("maxPendingHandshakes"), &result.maxPendingHandshakes, 0, kMaxInt);
        r.stringList(QStringLiteral("allowedOrigins"), &result.allowedOrigins);
        r.string(QStringLiteral("token"), &result.token);
        r.string(QStringLiteral("tokenQueryParameter"), &result.tokenQueryParameter);
        r.stringList(QStringLiteral("subprotocols"), &result.subprotocols);
        r.integer(QStringLiteral("handshakeTimeoutMs"), &result.handshakeTimeoutMs, 0, kMaxInt);
        r.integer(QStringLiteral("closeTimeoutMs"), &result.closeTimeoutMs, 0, kMaxInt);
        r.integer(QStringLiteral("idleTimeoutMs"), &result.idleTimeoutMs, 0, kMaxInt);
        r.boolean(QStringLiteral("revealSecrets"), &result.revealSecrets);
        // Files written before the server documents had modes have none: silent, as they were.
        r.name(QStringLiteral("replyMode"), &serverReplyModeFromName, &result.replyMode);
        readLimits(r.child(QStringLiteral("limits")), &result.limits);
        readHeartbeat(r.child(QStringLiteral("heartbeat")), &result.heartbeat);
        if (!r.ok())
            return false;
    }
    *settings = result;
    return true;
}

SessionConnectionInfo clientConnectionInfo(quint32 connectionId, const ClientSettings &settings, bool keepSecrets)
{
    SessionConnectionInfo info;
    info.connectionId = connectionId;
    info.role = QStringLiteral("client");
    const QUrl url = keepSecrets ? settings.url : urlForSession(settings);
    info.url = url.toString(QUrl::FullyEncoded);
    info.label = url.toString(QUrl::RemoveUserInfo);
    info.settings = clientSettingsToJson(settings, keepSecrets);
    info.secretsKept = keepSecrets && clientSettingsHaveSecrets(settings);
    return info;
}

SessionConnectionInfo serverConnectionInfo(quint32 connectionId, const QString &role, const QString &url,
                                           const ServerSettings &settings, bool keepSecrets)
{
    SessionConnectionInfo info;
    info.connectionId = connectionId;
    info.role = role;
    info.url = url;
    info.label = url;
    info.settings = serverSettingsToJson(settings, keepSecrets);
    info.secretsKept = keepSecrets && serverSettingsHaveSecrets(settings);
    return info;
}

} // namespace Sockscope
