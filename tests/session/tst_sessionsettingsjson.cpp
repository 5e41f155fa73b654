// Connection settings as JSON in session headers: every field of ClientSettings and
// ServerSettings round-trips, secrets are left out (and named) unless kept, and wrong types
// are refused with the field's path.

#include "session/sessionsettingsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sockscope;

Q_DECLARE_METATYPE(Sockscope::ClientSettings)

namespace {

ClientSettings everyClientField()
{
    ClientSettings s;
    s.url = QUrl(QStringLiteral("wss://alice:s3cr3t-url-pw@example.com:8443/mcp?x=1&y=%C3%A4"));
    s.headers = {{QStringLiteral("X-Trace"), QStringLiteral("t1")},
                 {QStringLiteral("Authorization"), QStringLiteral("Bearer s3cr3t-header")},
                 {QStringLiteral("cookie"), QStringLiteral("session=s3cr3t-cookie")},
                 {QStringLiteral("Proxy-Authorization"), QStringLiteral("Basic s3cr3t-proxy")},
                 {QStringLiteral("X-Trace"), QStringLiteral("t2")}};
    s.subprotocols = {QStringLiteral("mcp"), QStringLiteral("chat")};
    s.origin = QStringLiteral("https://app.example");
    s.auth.kind = AuthKind::ApiKeyQuery;
    s.auth.token = QStringLiteral("s3cr3t-token");
    s.auth.user = QStringLiteral("alice");
    s.auth.password = QStringLiteral("s3cr3t-password");
    s.auth.keyName = QStringLiteral("api_key");
    s.auth.keyValue = QStringLiteral("s3cr3t-key");
    s.tls.caFile = QStringLiteral("/etc/ca.pem");
    s.tls.certificateFile = QStringLiteral("/etc/client.pem");
    s.tls.keyFile = QStringLiteral("/etc/client.key");
    s.tls.acceptInvalidCertificate = true;
    s.handshakeTimeoutMs = 1234;
    s.closeTimeoutMs = 2345;
    s.revealSecrets = true;
    s.limits.maxIncomingMessageBytes = qint64(1) << 40;
    s.limits.outgoingFrameBytes = 0;
    s.limits.sendQueueBytes = 777;
    s.limits.overflowPolicy = OverflowPolicy::DropOldest;
    s.limits.socketBufferBytes = 4096;
    s.heartbeat.kind = HeartbeatKind::App;
    s.heartbeat.intervalMs = 111;
    s.heartbeat.timeoutMs = 222;
    s.heartbeat.onMiss = HeartbeatMissOutcome::Reconnect;
    s.heartbeat.appPing = QByteArray("\x00\xff\x01", 3);
    s.heartbeat.appPong = "p\xc3\xb6ng";
    s.heartbeat.appBinary = true;
    s.heartbeat.answerAppPing = true;
    s.reconnect.enabled = true;
    s.reconnect.initialDelayMs = 10;
    s.reconnect.factor = 1.5;
    s.reconnect.maxDelayMs = 999;
    s.reconnect.jitter = 0.25;
    s.reconnect.maxAttempts = 7;
    s.reconnect.resetAfterMs = 3;
    return s;
}

ServerSettings everyServerField()
{
    ServerSettings s;
    s.host = QStringLiteral("::1");
    s.port = 65535;
    s.certificateFile = QStringLiteral("/etc/server.pem");
    s.keyFile = QStringLiteral("/etc/server.key");
    s.maxConnections = 5;
    s.maxPendingHandshakes = 6;
    s.allowedOrigins = {QStringLiteral("https://a"), QStringLiteral("https://b")};
    s.token = QStringLiteral("s3cr3t-server-token");
    s.tokenQueryParameter = QStringLiteral("access_token");
    s.subprotocols = {};
    s.handshakeTimeoutMs = 1;
    s.closeTimeoutMs = 2;
    s.idleTimeoutMs = 3;
    s.revealSecrets = true;
    s.replyMode = ServerReplyMode::Broadcast;
    s.limits.overflowPolicy = OverflowPolicy::Close;
    s.heartbeat.kind = HeartbeatKind::Mcp;
    s.heartbeat.onMiss = HeartbeatMissOutcome::Close;
    return s;
}

// Empty when equal; otherwise the first field that differs.
QString difference(const ClientSettings &a, const ClientSettings &b)
{
#define CHECK(field) \
    if (!(a.field == b.field)) \
        return QStringLiteral(#field);
    CHECK(url) CHECK(headers) CHECK(subprotocols) CHECK(origin)
    CHECK(auth.kind) CHECK(auth.token) CHECK(auth.user) CHECK(auth.password) CHECK(auth.keyName) CHECK(auth.keyValue)
    CHECK(tls.caFile) CHECK(tls.certificateFile) CHECK(tls.keyFile) CHECK(tls.acceptInvalidCertificate)
    CHECK(handshakeTimeoutMs) CHECK(closeTimeoutMs) CHECK(revealSecrets)
    CHECK(limits.maxIncomingMessageBytes) CHECK(limits.outgoingFrameBytes) CHECK(limits.sendQueueBytes)
    CHECK(limits.overflowPolicy) CHECK(limits.socketBufferBytes)
    CHECK(heartbeat.kind) CHECK(heartbeat.intervalMs) CHECK(heartbeat.timeoutMs) CHECK(heartbeat.onMiss)
    CHECK(heartbeat.appPing) CHECK(heartbeat.appPong) CHECK(heartbeat.appBinary) CHECK(heartbeat.answerAppPing)
    CHECK(reconnect.enabled) CHECK(reconnect.initialDelayMs) CHECK(reconnect.factor) CHECK(reconnect.maxDelayMs)
    CHECK(reconnect.jitter) CHECK(reconnect.maxAttempts) CHECK(reconnect.resetAfterMs)
    return {};
}

QString difference(const ServerSettings &a, const ServerSettings &b)
{
    CHECK(host) CHECK(port) CHECK(certificateFile) CHECK(keyFile) CHECK(maxConnections) CHECK(maxPendingHandshakes)
    CHECK(allowedOrigins) CHECK(token) CHECK(tokenQueryParameter) CHECK(subprotocols) CHECK(handshakeTimeoutMs)
    CHECK(closeTimeoutMs) CHECK(idleTimeoutMs) CHECK(revealSecrets) CHECK(replyMode)
    CHECK(limits.maxIncomingMessageBytes) CHECK(limits.outgoingFrameBytes) CHECK(limits.sendQueueBytes)
    CHECK(limits.overflowPolicy) CHECK(limits.socketBufferBytes)
    CHECK(heartbeat.kind) CHECK(heartbeat.intervalMs) CHECK(heartbeat.timeoutMs) CHECK(heartbeat.onMiss)
    CHECK(heartbeat.appPing) CHECK(heartbeat.appPong) CHECK(heartbeat.appBinary) CHECK(heartbeat.answerAppPing)
#undef CHECK
    return {};
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_SessionSettingsJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authKindNames();
    void defaultsRoundTrip();
    void clientRoundTrip_data();
    void clientRoundTrip();
    void serverRoundTrip();
    void serverReplyModeOfOlderFiles();
    void clientSecretsOmitted();
    void queryTokensOmitted();
    void serverSecretsOmitted();
    void connectionInfo();
    void missingFieldsKeepDefaults();
    void badClientSettings_data();
    void badClientSettings();
};

void tst_SessionSettingsJson::authKindNames()
{
    const QStringList names = {QStringLiteral("none"), QStringLiteral("bearer"), QStringLiteral("basic"),
                               QStringLiteral("api-key-header"), QStringLiteral("api-key-query")};
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(authKindName(AuthKind(i)), names.at(i));
        AuthKind kind = AuthKind::None;
        QVERIFY(authKindFromName(names.at(i), &kind));
        QCOMPARE(kind, AuthKind(i));
    }
    AuthKind kind = AuthKind::Basic;
    QVERIFY(!authKindFromName(QStringLiteral("Bearer"), &kind));
    QCOMPARE(kind, AuthKind::Basic);
}

void tst_SessionSettingsJson::defaultsRoundTrip()
{
    QString error;
    ClientSettings client;
    client.url = QUrl(QStringLiteral("ws://127.0.0.1:8080"));
    ClientSettings clientBack;
    QVERIFY2(clientSettingsFromJson(clientSettingsToJson(client, false), &clientBack, &error), qPrintable(error));
    QVERIFY2(difference(client, clientBack).isEmpty(), qPrintable(difference(client, clientBack)));
    QVERIFY(!clientSettingsToJson(client, false).contains(QStringLiteral("omittedSecrets")));
    ServerSettings server;
    ServerSettings serverBack;
    serverBack.port = 99;
    QVERIFY2(serverSettingsFromJson(serverSettingsToJson(server, false), &serverBack, &error), qPrintable(error));
    QVERIFY2(difference(server, serverBack).isEmpty(), qPrintable(difference(server, serverBack)));
}

void tst_SessionSettingsJson::clientRoundTrip_data()
{
    QTest::addColumn<ClientSettings>("settings");
    QTest::newRow("every field") << everyClientField();
    for (int kind = 0; kind <= int(AuthKind::ApiKeyQuery); ++kind) {
        ClientSettings s = everyClientField();
        s.auth.kind = AuthKind(kind);
        QTest::addRow("auth %s", qPrintable(authKindName(s.auth.kind))) << s;
    }
    for (const HeartbeatKind kind : {HeartbeatKind::Off, HeartbeatKind::Rfc, HeartbeatKind::Mcp}) {
        ClientSettings s = everyClientField();
        s.heartbeat.kind = kind;
        s.heartbeat.appPing = "ping";
        s.heartbeat.onMiss = HeartbeatMissOutcome::Log;
        s.limits.overflowPolicy = OverflowPolicy::Reject;
        QTest::addRow("heartbeat %s", qPrintable(heartbeatKindName(kind))) << s;
    }
    ClientSettings plain;
    plain.url = QUrl(QStringLiteral("ws://[::1]:1/"));
    QTest::newRow("IPv6, no extras") << plain;
}

void tst_SessionSettingsJson::clientRoundTrip()
{
    QFETCH(ClientSettings, settings);
    const QJsonObject json = clientSettingsToJson(settings, true);
    QVERIFY(!json.contains(QStringLiteral("omittedSecrets")));
    // Through text, as in a file.
    const QJsonObject parsed = QJsonDocument::fromJson(text(json)).object();
    ClientSettings back;
    QString error;
    QVERIFY2(clientSettingsFromJson(parsed, &back, &error), qPrintable(error));
    QVERIFY2(difference(settings, back).isEmpty(), qPrintable(difference(settings, back)));
    QCOMPARE(clientSettingsToJson(back, true), json);
}

void tst_SessionSettingsJson::serverRoundTrip()
{
    const ServerSettings settings = everyServerField();
    const QJsonObject json = serverSettingsToJson(settings, true);
    QCOMPARE(json.value(QStringLiteral("token")).toString(), QStringLiteral("s3cr3t-server-token"));
    ServerSettings back;
    QString error;
    QVERIFY2(serverSettingsFromJson(QJsonDocument::fromJson(text(json)).object(), &back, &error), qPrintable(error));
    QVERIFY2(difference(settings, back).isEmpty(), qPrintable(difference(settings, back)));
}

void tst_SessionSettingsJson::clientSecretsOmitted()
{
    const ClientSettings settings = everyClientField();
    const QJsonObject json = clientSettingsToJson(settings, false);
    const QByteArray written = text(json);
    QVERIFY2(!written.contains("s3cr3t"), written.constData());
    QCOMPARE(json.value(QStringLiteral("omittedSecrets")).toArray(),
             (QJsonArray{QStringLiteral("url.password"), QStringLiteral("headers.Authorization"), QStringLiteral("headers.cookie"),
                         QStringLiteral("headers.Proxy-Authorization"), QStringLiteral("auth.token"),
                         QStringLiteral("auth.password"), QStringLiteral("auth.keyValue")}));

    ClientSettings back;
    QString error;
    QVERIFY2(clientSettingsFromJson(json, &back, &error), qPrintable(error));
    QVERIFY(back.auth.token.isEmpty());
    QVERIFY(back.auth.password.isEmpty());
    QVERIFY(back.auth.keyValue.isEmpty());
    QVERIFY(back.url.password().isEmpty());
    QCOMPARE(back.url.userName(), QStringLiteral("alice"));
    QCOMPARE(back.auth.user, QStringLiteral("alice"));
    QCOMPARE(back.auth.keyName, QStringLiteral("api_key"));
    QCOMPARE(back.auth.kind, AuthKind::ApiKeyQuery);
    // The other headers stay, in order.
    QCOMPARE(back.headers, (QList<QPair<QString, QString>>{{QStringLiteral("X-Trace"), QStringLiteral("t1")},
                                                           {QStringLiteral("X-Trace"), QStringLiteral("t2")}}));
    // Everything else survives.
    ClientSettings expected = settings;
    expected.url.setPassword(QString());
    expected.headers = back.headers;
    expected.auth.token.clear();
    expected.auth.password.clear();
    expected.auth.keyValue.clear();
    QVERIFY2(difference(expected, back).isEmpty(), qPrintable(difference(expected, back)));
}

void tst_SessionSettingsJson::queryTokensOmitted()
{
    // A token typed into the URL itself (common for MCP over WebSocket) is a secret too.
    ClientSettings settings;
    settings.url = QUrl(QStringLiteral("ws://127.0.0.1:9/mcp?room=a&token=s3cr3t-q&Access_Token=s3cr3t-a"));
    const QJsonObject json = clientSettingsToJson(settings, false);
    QVERIFY2(!text(json).contains("s3cr3t"), text(json).constData());
    QCOMPARE(json.value(QStringLiteral("omittedSecrets")).toArray(),
             (QJsonArray{QStringLiteral("url.query.token"), QStringLiteral("url.query.Access_Token")}));
    QCOMPARE(json.value(QStringLiteral("url")).toString(),
             QStringLiteral("ws://127.0.0.1:9/mcp?room=a&token=[redacted]&Access_Token=[redacted]"));
    const SessionConnectionInfo info = clientConnectionInfo(1, settings, false);
    QVERIFY(!info.url.contains(QStringLiteral("s3cr3t")));
    QVERIFY(!info.label.contains(QStringLiteral("s3cr3t")));
    QVERIFY(clientConnectionInfo(1, settings, true).secretsKept);
    QCOMPARE(clientSettingsToJson(settings, true).value(QStringLiteral("url")).toString(), settings.url.toString(QUrl::FullyEncoded));
}

void tst_SessionSettingsJson::serverSecretsOmitted()
{
    const QJsonObject json = serverSettingsToJson(everyServerField(), false);
    QVERIFY(!text(json).contains("s3cr3t"));
    QCOMPARE(json.value(QStringLiteral("omittedSecrets")).toArray(), QJsonArray{QStringLiteral("token")});
    ServerSettings back;
    QString error;
    QVERIFY(serverSettingsFromJson(json, &back, &error));
    QVERIFY(back.token.isEmpty());
    QCOMPARE(back.tokenQueryParameter, QStringLiteral("access_token"));
}

void tst_SessionSettingsJson::connectionInfo()
{
    const ClientSettings settings = everyClientField();
    const SessionConnectionInfo omitted = clientConnectionInfo(7, settings, false);
    QCOMPARE(omitted.connectionId, quint32(7));
    QCOMPARE(omitted.role, QStringLiteral("client"));
    QVERIFY(!omitted.secretsKept);
    QVERIFY(!omitted.url.contains(QStringLiteral("s3cr3t")));
    QVERIFY(!omitted.label.contains(QStringLiteral("alice")));
    const SessionConnectionInfo kept = clientConnectionInfo(7, settings, true);
    QVERIFY(kept.secretsKept);
    QVERIFY(kept.url.contains(QStringLiteral("s3cr3t-url-pw")));
    ClientSettings plain;
    plain.url = QUrl(QStringLiteral("ws://h/"));
    QVERIFY(!clientConnectionInfo(1, plain, true).secretsKept); // nothing secret to keep

    const SessionConnectionInfo server = serverConnectionInfo(2, QStringLiteral("mock"), QStringLiteral("ws://127.0.0.1:9/"),
                                                              everyServerField(), true);
    QCOMPARE(server.role, QStringLiteral("mock"));
    QVERIFY(server.secretsKept);
    QVERIFY(!serverConnectionInfo(2, QStringLiteral("server"), {}, everyServerField(), false).secretsKept);
}

void tst_SessionSettingsJson::missingFieldsKeepDefaults()
{
    ClientSettings settings = everyClientField();
    QString error;
    QVERIFY(clientSettingsFromJson({{QStringLiteral("url"), QStringLiteral("ws://x/")},
                                    {QStringLiteral("heartbeat"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("rfc")}}},
                                    {QStringLiteral("fromTheFuture"), 1}},
                                   &settings, &error));
    QCOMPARE(settings.url, QUrl(QStringLiteral("ws://x/")));
    QCOMPARE(settings.heartbeat.kind, HeartbeatKind::Rfc);
    QCOMPARE(settings.heartbeat.intervalMs, HeartbeatSettings().intervalMs);
    QCOMPARE(settings.handshakeTimeoutMs, ClientSettings().handshakeTimeoutMs);
    QVERIFY(settings.headers.isEmpty());
    QCOMPARE(settings.auth.kind, AuthKind::None);
}

void tst_SessionSettingsJson::badClientSettings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("url a number") << QByteArray(R"({"url": 1})") << QStringLiteral("settings.url: must be a string");
    QTest::newRow("headers not pairs") << QByteArray(R"({"headers": [["a"]]})") << QStringLiteral("settings.headers[0]: must be a [name, value] pair");
    QTest::newRow("subprotocols mixed") << QByteArray(R"({"subprotocols": ["a", 1]})") << QStringLiteral("settings.subprotocols[1]: must be a string");
    QTest::newRow("auth kind unknown") << QByteArray(R"({"auth": {"kind": "oauth"}})") << QStringLiteral("settings.auth.kind: must be a known name, not \"oauth\"");
    QTest::newRow("auth not an object") << QByteArray(R"({"auth": "bearer"})") << QStringLiteral("settings.auth: must be an object");
    QTest::newRow("tls flag a string") << QByteArray(R"({"tls": {"acceptInvalidCertificate": "yes"}})") << QStringLiteral("settings.tls.acceptInvalidCertificate: must be true or false");
    QTest::newRow("timeout fractional") << QByteArray(R"({"handshakeTimeoutMs": 1.5})") << QStringLiteral("settings.handshakeTimeoutMs: must be a whole number");
    QTest::newRow("timeout negative") << QByteArray(R"({"closeTimeoutMs": -1})") << QStringLiteral("settings.closeTimeoutMs: must be a whole number");
    QTest::newRow("timeout zero") << QByteArray(R"({"handshakeTimeoutMs": 0})")
                                  << QStringLiteral("settings.handshakeTimeoutMs: must be a whole number from 1 to 2147483647");
    QTest::newRow("timeout too big") << QByteArray(R"({"closeTimeoutMs": 3000000000})") << QStringLiteral("settings.closeTimeoutMs:");
    QTest::newRow("overflow policy") << QByteArray(R"({"limits": {"overflowPolicy": "panic"}})") << QStringLiteral("settings.limits.overflowPolicy:");
    // The heartbeat's interval and timeout have one range everywhere (HeartbeatSettings::kInterval):
    // the file refuses what the settings dialog and --ping-interval refuse.
    QTest::newRow("heartbeat interval 0") << QByteArray(R"({"heartbeat": {"intervalMs": 0}})") << QStringLiteral("settings.heartbeat.intervalMs: must be a whole number from 1 to 2147483647");
    QTest::newRow("heartbeat timeout 0") << QByteArray(R"({"heartbeat": {"timeoutMs": 0}})") << QStringLiteral("settings.heartbeat.timeoutMs: must be a whole number from 1 to 2147483647");
    QTest::newRow("heartbeat interval too big") << QByteArray(R"({"heartbeat": {"intervalMs": 1e12}})") << QStringLiteral("settings.heartbeat.intervalMs:");
    QTest::newRow("heartbeat interval 1e300") << QByteArray(R"({"heartbeat": {"intervalMs": 1e300}})")
                                              << QStringLiteral("settings.heartbeat.intervalMs: must be a whole number from 1 to 2147483647, not 1e+300");
    QTest::newRow("send queue -1e300") << QByteArray(R"({"limits": {"sendQueueBytes": -1e300}})")
                                       << QStringLiteral("settings.limits.sendQueueBytes: must be a whole number from 1 to 9007199254740992, not -1e+300");
    QTest::newRow("send queue 2^63") << QByteArray(R"({"limits": {"sendQueueBytes": 9223372036854775808}})")
                                     << QStringLiteral("settings.limits.sendQueueBytes: must be a whole number from 1 to 9007199254740992");
    QTest::newRow("max attempts 9.3e18") << QByteArray(R"({"reconnect": {"maxAttempts": 9.3e18}})")
                                         << QStringLiteral("settings.reconnect.maxAttempts: must be a whole number from 0 to 2147483647, not 9.3e+18");
    QTest::newRow("heartbeat outcome") << QByteArray(R"({"heartbeat": {"onMiss": 3}})") << QStringLiteral("settings.heartbeat.onMiss:");
    QTest::newRow("heartbeat bad base64") << QByteArray(R"({"heartbeat": {"appPingBase64": "@@"}})") << QStringLiteral("settings.heartbeat.appPingBase64: must be base64");
    QTest::newRow("reconnect jitter") << QByteArray(R"({"reconnect": {"jitter": 2}})") << QStringLiteral("settings.reconnect.jitter: must be a number from 0 to 1");
}

void tst_SessionSettingsJson::badClientSettings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    ClientSettings settings;
    settings.origin = QStringLiteral("untouched");
    QString error;
    QVERIFY(!clientSettingsFromJson(QJsonDocument::fromJson(json).object(), &settings, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(settings.origin, QStringLiteral("untouched"));

    ServerSettings server;
    QVERIFY(!serverSettingsFromJson(QJsonDocument::fromJson(R"({"port": 70000})").object(), &server, &error));
    QVERIFY2(error.contains(QStringLiteral("settings.port: must be a whole number from 0 to 65535")), qPrintable(error));
}

void tst_SessionSettingsJson::serverReplyModeOfOlderFiles()
{
    // Written by name; a file from before the modes existed reads as silent, as those servers were.
    QCOMPARE(serverSettingsToJson(everyServerField(), false).value(QStringLiteral("replyMode")).toString(), QStringLiteral("broadcast"));
    ServerSettings settings;
    settings.replyMode = ServerReplyMode::Echo;
    QString error;
    QVERIFY2(serverSettingsFromJson(QJsonDocument::fromJson(R"({"host": "127.0.0.1", "port": 0})").object(), &settings, &error),
             qPrintable(error));
    QCOMPARE(settings.replyMode, ServerReplyMode::Silent);
    QVERIFY(serverSettingsFromJson(QJsonDocument::fromJson(R"({"replyMode": "echo"})").object(), &settings, &error));
    QCOMPARE(settings.replyMode, ServerReplyMode::Echo);
    QVERIFY(!serverSettingsFromJson(QJsonDocument::fromJson(R"({"replyMode": "shout"})").object(), &settings, &error));
    QVERIFY2(error.contains(QStringLiteral("settings.replyMode: must be a known name, not \"shout\"")), qPrintable(error));
    QCOMPARE(settings.replyMode, ServerReplyMode::Echo); // untouched by a refused file
}

QTEST_GUILESS_MAIN(tst_SessionSettingsJson)
#include "tst_sessionsettingsjson.moc"
