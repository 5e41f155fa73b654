#include "guitestsupport.h"

#include "peers/kickdialog.h"
#include "settings/clientsettingsdialog.h"
#include "settings/headerseditor.h"
#include "settings/serversettingsdialog.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;

namespace {

ClientSettings unusualClientSettings(const QString &pemPath)
{
    ClientSettings s;
    s.url = QUrl(QStringLiteral("wss://example.com/ws"));
    s.headers = {{QStringLiteral("X-Trace"), QStringLiteral("abc")}, {QStringLiteral("X-Second"), QStringLiteral("two words")}};
    s.subprotocols = {QStringLiteral("mcp"), QStringLiteral("graphql-ws")};
    s.origin = QStringLiteral("https://app.example.com");
    s.auth.kind = AuthKind::ApiKeyHeader;
    s.auth.keyName = QStringLiteral("X-API-Key");
    s.auth.keyValue = QStringLiteral("secret");
    s.auth.token = QStringLiteral("kept-token");
    s.auth.user = QStringLiteral("ada");
    s.auth.password = QStringLiteral("pw");
    s.tls.caFile = pemPath;
    s.tls.certificateFile = pemPath;
    s.tls.keyFile = pemPath;
    s.tls.acceptInvalidCertificate = true;
    s.handshakeTimeoutMs = 1234;
    s.closeTimeoutMs = 4321;
    s.revealSecrets = true;
    s.limits.maxIncomingMessageBytes = qint64(5) * 1024 * 1024 * 1024;
    s.limits.outgoingFrameBytes = 0;
    s.limits.sendQueueBytes = 777;
    s.limits.overflowPolicy = OverflowPolicy::DropOldest;
    s.limits.socketBufferBytes = 4096;
    s.heartbeat.kind = HeartbeatKind::App;
    s.heartbeat.intervalMs = 1500;
    s.heartbeat.timeoutMs = 700;
    s.heartbeat.onMiss = HeartbeatMissOutcome::Reconnect;
    s.heartbeat.appPing = "PING";
    s.heartbeat.appPong = "PONG";
    s.heartbeat.appBinary = true;
    s.heartbeat.answerAppPing = true;
    s.reconnect.enabled = true;
    s.reconnect.initialDelayMs = 250;
    s.reconnect.factor = 1.5;
    s.reconnect.maxDelayMs = 9000;
    s.reconnect.jitter = 0.35;
    s.reconnect.maxAttempts = 7;
    s.reconnect.resetAfterMs = 60000;
    return s;
}

void compareClient(const ClientSettings &a, const ClientSettings &b)
{
    QCOMPARE(a.url, b.url);
    QCOMPARE(a.headers, b.headers);
    QCOMPARE(a.subprotocols, b.subprotocols);
    QCOMPARE(a.origin, b.origin);
    QCOMPARE(a.auth.kind, b.auth.kind);
    QCOMPARE(a.auth.token, b.auth.token);
    QCOMPARE(a.auth.user, b.auth.user);
    QCOMPARE(a.auth.password, b.auth.password);
    QCOMPARE(a.auth.keyName, b.auth.keyName);
    QCOMPARE(a.auth.keyValue, b.auth.keyValue);
    QCOMPARE(a.tls.caFile, b.tls.caFile);
    QCOMPARE(a.tls.certificateFile, b.tls.certificateFile);
    QCOMPARE(a.tls.keyFile, b.tls.keyFile);
    QCOMPARE(a.tls.acceptInvalidCertificate, b.tls.acceptInvalidCertificate);
    QCOMPARE(a.handshakeTimeoutMs, b.handshakeTimeoutMs);
    QCOMPARE(a.closeTimeoutMs, b.closeTimeoutMs);
    QCOMPARE(a.revealSecrets, b.revealSecrets);
    QCOMPARE(a.limits.maxIncomingMessageBytes, b.limits.maxIncomingMessageBytes);
    QCOMPARE(a.limits.outgoingFrameBytes, b.limits.outgoingFrameBytes);
    QCOMPARE(a.limits.sendQueueBytes, b.limits.sendQueueBytes);
    QCOMPARE(a.limits.overflowPolicy, b.limits.overflowPolicy);
    QCOMPARE(a.limits.socketBufferBytes, b.limits.socketBufferBytes);
    QCOMPARE(a.heartbeat.kind, b.heartbeat.kind);
    QCOMPARE(a.heartbeat.intervalMs, b.heartbeat.intervalMs);
    QCOMPARE(a.heartbeat.timeoutMs, b.heartbeat.timeoutMs);
    QCOMPARE(a.heartbeat.onMiss, b.heartbeat.onMiss);
    QCOMPARE(a.heartbeat.appPing, b.heartbeat.appPing);
    QCOMPARE(a.heartbeat.appPong, b.heartbeat.appPong);
    QCOMPARE(a.heartbeat.appBinary, b.heartbeat.appBinary);
    QCOMPARE(a.heartbeat.answerAppPing, b.heartbeat.answerAppPing);
    QCOMPARE(a.reconnect.enabled, b.reconnect.enabled);
    QCOMPARE(a.reconnect.initialDelayMs, b.reconnect.initialDelayMs);
    QCOMPARE(a.reconnect.factor, b.reconnect.factor);
    QCOMPARE(a.reconnect.maxDelayMs, b.reconnect.maxDelayMs);
    QCOMPARE(a.reconnect.jitter, b.reconnect.jitter);
    QCOMPARE(a.reconnect.maxAttempts, b.reconnect.maxAttempts);
    QCOMPARE(a.reconnect.resetAfterMs, b.reconnect.resetAfterMs);
}

} // namespace

// The settings dialogs: every field round-trips, defaults show in tooltips, and bad input
// is refused with a reason.
class TestSettingsDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SockscopeGuiTest::isolateSettings("tst_settingsdialogs");
        QVERIFY(m_dir.isValid());
        m_pem = m_dir.filePath(QStringLiteral("test.pem"));
        QFile file(m_pem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    }

    void clientDefaultsRoundTrip()
    {
        const ClientSettings defaults;
        ClientSettingsDialog dialog(defaults, DocumentSettings());
        QCOMPARE(dialog.objectName(), QStringLiteral("clientSettingsDialog"));
        QCOMPARE(dialog.tabs()->count(), 7);
        compareClient(dialog.settings(), defaults);
        QVERIFY(dialog.problems().isEmpty());
        QCOMPARE(dialog.documentSettings().eventCapacity, DocumentSettings().eventCapacity);
    }

    void clientRoundTrip()
    {
        const ClientSettings original = unusualClientSettings(m_pem);
        DocumentSettings document;
        document.eventCapacity = 5000;
        document.pairing.idKey = QStringLiteral("request_id");
        document.pairing.methodKey = QStringLiteral("type");
        document.pairing.errorTypes = {QStringLiteral("tool_error"), QStringLiteral("failure")};
        document.pairing.timeoutMs = 1000;
        ClientSettingsDialog dialog(original, document);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        compareClient(dialog.settings(), original);
        const DocumentSettings back = dialog.documentSettings();
        QCOMPARE(back.eventCapacity, 5000);
        QCOMPARE(back.pairing.idKey, QStringLiteral("request_id"));
        QCOMPARE(back.pairing.methodKey, QStringLiteral("type"));
        QCOMPARE(back.pairing.errorTypes, document.pairing.errorTypes);
        QCOMPARE(back.pairing.timeoutMs, 1000);
        // Through the widgets: a new handshake timeout typed in.
        auto *timeout = dialog.findChild<QSpinBox *>(QStringLiteral("handshakeTimeout"));
        QVERIFY(timeout);
        timeout->setValue(2500);
        QCOMPARE(dialog.settings().handshakeTimeoutMs, 2500);
    }

    void tooltipsNameTheDefaults()
    {
        ClientSettingsDialog dialog{ClientSettings(), DocumentSettings()};
        auto *timeout = dialog.findChild<QSpinBox *>(QStringLiteral("handshakeTimeout"));
        QVERIFY(timeout->toolTip().contains(QStringLiteral("10,000 ms")) || timeout->toolTip().contains(QStringLiteral("10000 ms")));
        auto *queue = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("limitSendQueue"));
        QVERIFY(queue->toolTip().contains(QStringLiteral("16.0 MiB")));
        auto *interval = dialog.findChild<QSpinBox *>(QStringLiteral("heartbeatInterval"));
        QVERIFY(interval->toolTip().contains(QStringLiteral("Default")));
    }

    void clientProblemsAreReported()
    {
        ClientSettings s;
        s.auth.kind = AuthKind::Bearer;
        s.headers = {{QStringLiteral("Bad Name"), QStringLiteral("v")}};
        s.tls.certificateFile = m_pem;
        s.subprotocols = {QStringLiteral("no spaces allowed")};
        s.heartbeat.kind = HeartbeatKind::App;
        s.heartbeat.appPing.clear();
        ClientSettingsDialog dialog(s, DocumentSettings());
        const QStringList problems = dialog.problems();
        QCOMPARE(problems.size(), 5);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *shown = dialog.findChild<QLabel *>(QStringLiteral("settingsProblems"));
        QVERIFY(shown->text().contains(QStringLiteral("Bearer")));
        // A missing file is a problem too.
        s = ClientSettings();
        s.tls.caFile = m_dir.filePath(QStringLiteral("missing.pem"));
        QCOMPARE(ClientSettingsDialog(s, DocumentSettings()).problems().size(), 1);
    }

    void serverRoundTrip()
    {
        ServerSettings s;
        s.host = QStringLiteral("0.0.0.0");
        s.port = 8765;
        s.certificateFile = m_pem;
        s.keyFile = m_pem;
        s.maxConnections = 3;
        s.maxPendingHandshakes = 9;
        s.allowedOrigins = {QStringLiteral("https://a.example"), QStringLiteral("https://b.example")};
        s.token = QStringLiteral("t0k3n");
        s.tokenQueryParameter = QStringLiteral("access_token");
        s.subprotocols = {QStringLiteral("mcp"), QStringLiteral("chat")};
        s.handshakeTimeoutMs = 111;
        s.closeTimeoutMs = 222;
        s.idleTimeoutMs = 333;
        s.revealSecrets = true;
        s.limits.sendQueueBytes = 12345;
        s.limits.overflowPolicy = OverflowPolicy::Close;
        s.heartbeat.kind = HeartbeatKind::Rfc;
        s.heartbeat.onMiss = HeartbeatMissOutcome::Close;
        ServerSettingsDialog dialog(s, DocumentSettings());
        QCOMPARE(dialog.objectName(), QStringLiteral("serverSettingsDialog"));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        const ServerSettings back = dialog.settings();
        QCOMPARE(back.host, s.host);
        QCOMPARE(back.port, s.port);
        QCOMPARE(back.certificateFile, s.certificateFile);
        QCOMPARE(back.keyFile, s.keyFile);
        QCOMPARE(back.maxConnections, s.maxConnections);
        QCOMPARE(back.maxPendingHandshakes, s.maxPendingHandshakes);
        QCOMPARE(back.allowedOrigins, s.allowedOrigins);
        QCOMPARE(back.token, s.token);
        QCOMPARE(back.tokenQueryParameter, s.tokenQueryParameter);
        QCOMPARE(back.subprotocols, s.subprotocols);
        QCOMPARE(back.handshakeTimeoutMs, s.handshakeTimeoutMs);
        QCOMPARE(back.closeTimeoutMs, s.closeTimeoutMs);
        QCOMPARE(back.idleTimeoutMs, s.idleTimeoutMs);
        QCOMPARE(back.revealSecrets, s.revealSecrets);
        QCOMPARE(back.limits.sendQueueBytes, s.limits.sendQueueBytes);
        QCOMPARE(back.limits.overflowPolicy, s.limits.overflowPolicy);
        QCOMPARE(back.heartbeat.kind, s.heartbeat.kind);
        QCOMPARE(back.heartbeat.onMiss, s.heartbeat.onMiss);
        // Servers cannot reconnect: the choice is not offered.
        ServerSettings defaults;
        ServerSettingsDialog plain(defaults, DocumentSettings());
        QVERIFY(plain.problems().isEmpty());
        QCOMPARE(plain.settings().subprotocols, defaults.subprotocols);
        QCOMPARE(plain.settings().maxConnections, defaults.maxConnections);
    }

    void serverProblemsAreReported()
    {
        ServerSettings s;
        s.host = QStringLiteral("not-an-address");
        s.keyFile = m_pem;
        s.token = QStringLiteral("x");
        s.tokenQueryParameter.clear();
        ServerSettingsDialog dialog(s, DocumentSettings());
        QCOMPARE(dialog.problems().size(), 3);
    }

    void headerNamesAreTokens()
    {
        QVERIFY(HeadersEditor::isToken(QStringLiteral("X-Api-Key")));
        QVERIFY(!HeadersEditor::isToken(QStringLiteral("a b")));
        QVERIFY(!HeadersEditor::isToken(QStringLiteral("a:b")));
        QVERIFY(!HeadersEditor::isToken(QString()));
    }

    void kickDialogAcceptsOnlySendableCodes()
    {
        KickDialog dialog(3);
        QCOMPARE(dialog.code(), quint16(1000));
        QVERIFY(dialog.isValid());
        dialog.setCode(1006);
        QVERIFY(!dialog.isValid());
        dialog.setCode(4001);
        dialog.setReason(QString(124, QLatin1Char('r')));
        QVERIFY(!dialog.isValid());
        dialog.setReason(QStringLiteral("bye"));
        QVERIFY(dialog.isValid());
        QCOMPARE(dialog.reason(), QStringLiteral("bye"));
    }

private:
    QTemporaryDir m_dir;
    QString m_pem;
};

QTEST_MAIN(TestSettingsDialogs)
#include "tst_settingsdialogs.moc"
