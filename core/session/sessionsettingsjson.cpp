#include "sessionsettingsjson.h"

#include "common/urlsecrets.h"
#include "json/jsonreader.h"
#include "limits/limitfields.h"
#include "reconnect/reconnectfields.h"
#include "server/serverfields.h"
#include "transport/clientfields.h"

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

using Need = JsonReader::Need;


// Settings name their ranges the way the settings dialog does: "a whole number from 0 to 65535".
QString wholeNumber(qint64 min, qint64 max)
{
    return QCoreApplication::translate("SessionSettingsJson", "a whole number from %1 to %2").arg(min).arg(max);
}

template<typename Int>
void readInteger(const JsonReader &object, const QString &key, Int *out, qint64 min = 0,
                 qint64 max = std::numeric_limits<Int>::max())
{
    object.member(key).expecting(wholeNumber(min, max)).integer(out, min, max);
}

void readInteger(const JsonReader &object, const IntSetting &setting, int *out)
{
    object.member(QLatin1String(setting.key)).expecting(wholeNumber(setting.min, setting.max)).integer(out, setting);
}

// Every number a field table describes, each in its range.
template <typename Struct>
void readFields(const JsonReader &object, const NumberFields<Struct> &fields, Struct *out)
{
    for (const NumberField<Struct> &field : fields) {
        const JsonReader value = object.member(QLatin1String(field.key)).expecting(field.rangeText());
        if (value.isMissing())
            continue;
        if (field.isWhole()) {
            qint64 whole = 0;
            if (value.integer(&whole, qint64(field.min), qint64(field.max)))
                field.set(out, double(whole));
        } else {
            double number = 0;
            if (value.number(&number, field.min, field.max))
                field.set(out, number);
        }
    }
}

// Application heartbeat messages: `key` as text, or `key`Base64.
void readBytes(const JsonReader &object, const QString &key, QByteArray *out)
{
    QString text;
    if (object.has(key)) {
        if (object.member(key).string(&text))
            *out = text.toUtf8();
        return;
    }
    const JsonReader base64 = object.member(key + QStringLiteral("Base64"));
    if (base64.isMissing() || !base64.string(&text))
        return;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        base64.fail(QCoreApplication::translate("SessionSettingsJson", "must be base64"));
    else
        *out = *decoded;
}

void readLimits(const JsonReader &r, LimitSettings *limits)
{
    r.object(nullptr);
    readFields(r, limitFields(), limits);
    r.member(QStringLiteral("overflowPolicy")).choice(&limits->overflowPolicy, {}, &overflowPolicyFromName);
}

void readHeartbeat(const JsonReader &r, HeartbeatSettings *heartbeat)
{
    r.object(nullptr);
    r.member(QStringLiteral("kind")).choice(&heartbeat->kind, {}, &heartbeatKindFromName);
    readInteger(r, HeartbeatSettings::kInterval, &heartbeat->intervalMs);
    readInteger(r, HeartbeatSettings::kTimeout, &heartbeat->timeoutMs);
    r.member(QStringLiteral("onMiss")).choice(&heartbeat->onMiss, {}, &heartbeatMissOutcomeFromName);
    readBytes(r, QStringLiteral("appPing"), &heartbeat->appPing);
    readBytes(r, QStringLiteral("appPong"), &heartbeat->appPong);
    r.member(QStringLiteral("appBinary")).boolean(&heartbeat->appBinary);
    r.member(QStringLiteral("answerAppPing")).boolean(&heartbeat->answerAppPing);
}

void readReconnect(const JsonReader &r, ReconnectSettings *reconnect)
{
    r.object(nullptr);
    r.member(QStringLiteral("enabled")).boolean(&reconnect->enabled);
    readFields(r, reconnectFields(), reconnect);
}

void readHeaders(const JsonReader &headers, QList<QPair<QString, QString>> *out)
{
    headers.forEach([out](const JsonReader &item) {
        const JsonReader pair =
            item.expecting(QCoreApplication::translate("SessionSettingsJson", "a [name, value] pair"));
        QJsonArray array;
        QString name;
        QString value;
        if (!pair.array(&array, Need::Required))
            return false;
        if (array.size() != 2)
            return pair.refuse();
        if (!pair.item(0).string(&name, Need::Required) || !pair.item(1).string(&value, Need::Required))
            return false;
        out->append({name, value});
        return true;
    });
}

void readAuth(const JsonReader &auth, AuthSettings *out)
{
    auth.object(nullptr);
    auth.member(QStringLiteral("kind")).choice(&out->kind, {}, &authKindFromName);
    auth.member(QStringLiteral("token")).string(&out->token);
    auth.member(QStringLiteral("user")).string(&out->user);
    auth.member(QStringLiteral("password")).string(&out->password);
    auth.member(QStringLiteral("keyName")).string(&out->keyName);
    auth.member(QStringLiteral("keyValue")).string(&out->keyValue);
}

void readTls(const JsonReader &tls, TlsSettings *out)
{
    tls.object(nullptr);
    tls.member(QStringLiteral("caFile")).string(&out->caFile);
    tls.member(QStringLiteral("certificateFile")).string(&out->certificateFile);
    tls.member(QStringLiteral("keyFile")).string(&out->keyFile);
    tls.member(QStringLiteral("acceptInvalidCertificate")).boolean(&out->acceptInvalidCertificate);
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
        {QStringLiteral("revealSecrets"), settings.revealSecrets},
        {QStringLiteral("limits"), limitsToJson(settings.limits)},
        {QStringLiteral("heartbeat"), heartbeatToJson(settings.heartbeat)},
        {QStringLiteral("reconnect"), reconnectToJson(settings.reconnect)},
    };
    insertFields(&object, clientFields(), settings);
    if (!omitted.isEmpty())
        object.insert(QStringLiteral("omittedSecrets"), stringArray(omitted));
    return object;
}

bool clientSettingsFromJson(const QJsonObject &object, ClientSettings *settings, QString *error)
{
    // Every field is read, the first problem reported: the reader keeps it.
    ClientSettings result;
    const JsonReader r(object, QStringLiteral("settings"));
    QString url;
    if (r.member(QStringLiteral("url")).string(&url) && !url.isEmpty()) {
        result.url = QUrl(url);
        if (!result.url.isValid())
            r.member(QStringLiteral("url")).fail(QCoreApplication::translate("SessionSettingsJson", "must be a valid URL"));
    }
    readHeaders(r.member(QStringLiteral("headers")), &result.headers);
    r.member(QStringLiteral("subprotocols")).stringList(&result.subprotocols);
    r.member(QStringLiteral("origin")).string(&result.origin);
    readAuth(r.member(QStringLiteral("auth")), &result.auth);
    readTls(r.member(QStringLiteral("tls")), &result.tls);
    readFields(r, clientFields(), &result);
    r.member(QStringLiteral("revealSecrets")).boolean(&result.revealSecrets);
    readLimits(r.member(QStringLiteral("limits")), &result.limits);
    readHeartbeat(r.member(QStringLiteral("heartbeat")), &result.heartbeat);
    readReconnect(r.member(QStringLiteral("reconnect")), &result.reconnect);
    if (!r.ok()) {
        *error = r.error().toString();
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
        {QStringLiteral("allowedOrigins"), stringArray(settings.allowedOrigins)},
        {QStringLiteral("tokenQueryParameter"), settings.tokenQueryParameter},
        {QStringLiteral("subprotocols"), stringArray(settings.subprotocols)},
        {QStringLiteral("revealSecrets"), settings.revealSecrets},
        {QStringLiteral("replyMode"), serverReplyModeName(settings.replyMode)},
        {QStringLiteral("limits"), limitsToJson(settings.limits)},
        {QStringLiteral("heartbeat"), heartbeatToJson(settings.heartbeat)},
    };
    insertFields(&object, serverFields(), settings);
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
    const JsonReader r(object, QStringLiteral("settings"));
    r.member(QStringLiteral("host")).string(&result.host);
    readInteger(r, QStringLiteral("port"), &result.port);
    r.member(QStringLiteral("certificateFile")).string(&result.certificateFile);
    r.member(QStringLiteral("keyFile")).string(&result.keyFile);
    readFields(r, serverFields(), &result);
    r.member(QStringLiteral("allowedOrigins")).stringList(&result.allowedOrigins);
    r.member(QStringLiteral("token")).string(&result.token);
    r.member(QStringLiteral("tokenQueryParameter")).string(&result.tokenQueryParameter);
    r.member(QStringLiteral("subprotocols")).stringList(&result.subprotocols);
    r.member(QStringLiteral("revealSecrets")).boolean(&result.revealSecrets);
    // Files written before the server documents had modes have none: silent, as they were.
    r.member(QStringLiteral("replyMode")).choice(&result.replyMode, {}, &serverReplyModeFromName);
    readLimits(r.member(QStringLiteral("limits")), &result.limits);
    readHeartbeat(r.member(QStringLiteral("heartbeat")), &result.heartbeat);
    if (!r.ok()) {
        *error = r.error().toString();
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
