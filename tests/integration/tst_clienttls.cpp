// wss:// against QWebSocketServer in SecureMode with a self-signed certificate made at
// test time by openssl: refused without the CA, opens with tls.caFile, and opens with
// acceptInvalidCertificate only with a visible warning.

#include "clienttestsupport.h"
#include "echoserver.h"
#include "eventrecorder.h"
#include "tlsfixture.h"

#include "transport/clientconnection.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace Sockscope;
using namespace SockscopeTest;

class TestClientTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificateFails();
    void caFileTrustsServer();
    void acceptInvalidCertificateWarns();
    void unreadableCaFileIsASettingsError();
    void wssToPlainServer();
    void clientCertificate_data();
    void clientCertificate();

private:
    std::unique_ptr<TlsFixture> m_tls;
};

void TestClientTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    m_tls = std::make_unique<TlsFixture>();
    QString error;
    QVERIFY2(m_tls->generate(&error), qPrintable(error));
}

void TestClientTls::untrustedCertificateFails()
{
    EchoServer server(m_tls->serverConfiguration());
    QVERIFY(server.listen());
    QCOMPARE(server.url().scheme(), QStringLiteral("wss"));
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);

    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("tls")});
    const QJsonObject details = recorder.error(QStringLiteral("tls")).details;
    QVERIFY(!details.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!details.value(QStringLiteral("tlsErrors")).toArray().isEmpty());
    QCOMPARE(opened.count(), 0);
    QCOMPARE(recorder.count(EventKind::Open), 0);
    QVERIFY2(recorder.warnings().isEmpty(), recorder.dump().constData());
    QCOMPARE(server.connectionCount(), 0); // no WebSocket handshake reached the server
    QCOMPARE(client.state(), ConnectionState::Closed);
}

void TestClientTls::caFileTrustsServer()
{
    EchoServer server(m_tls->serverConfiguration());
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url());
    settings.tls.caFile = m_tls->certificateFile();
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy received(&client, &ClientConnection::messageReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QVERIFY(client.sendText("over tls"));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, kWaitMs);
    QCOMPARE(received.at(0).at(0).toByteArray(), QByteArray("over tls"));
    QCOMPARE(server.texts(), QList<QByteArray>{QByteArray("over tls")});
    QCOMPARE(recorder.first(EventKind::Open).details.value(QStringLiteral("url")).toString(), server.url().toString());
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
    QVERIFY2(recorder.warnings().isEmpty(), recorder.dump().constData());

    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), ConnectionState::Closed, kWaitMs);
    QCOMPARE(recorder.count(EventKind::Close, Direction::In), 1);
}

void TestClientTls::acceptInvalidCertificateWarns()
{
    EchoServer server(m_tls->serverConfiguration());
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url());
    settings.tls.acceptInvalidCertificate = true;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy received(&client, &ClientConnection::messageReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QStringList ids;
    for (const Event &warning : recorder.warnings())
        ids.append(warning.details.value(QStringLiteral("error")).toString());
    QCOMPARE(ids, (QStringList{QStringLiteral("certificate-checks-off"), QStringLiteral("certificate-accepted")}));
    for (const Event &warning : recorder.warnings()) {
        QCOMPARE(warning.direction, Direction::Local);
        QVERIFY(!warning.details.value(QStringLiteral("message")).toString().isEmpty());
    }
    // The warning comes before the connection is used.
    QVERIFY(recorder.warnings().first().sequence < recorder.first(EventKind::Open).sequence);
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());

    QVERIFY(client.sendBinary("\x01\x02"));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, kWaitMs);
    client.close();
}

void TestClientTls::unreadableCaFileIsASettingsError()
{
    EchoServer server(m_tls->serverConfiguration());
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url());
    settings.tls.caFile = m_tls->keyFile() + QStringLiteral(".missing");
    settings.reconnect.enabled = true; // retrying cannot fix a settings error
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("tls-config")});
    QCOMPARE(recorder.count(EventKind::ReconnectAttempt), 0);
    QCOMPARE(server.connectionCount(), 0);
}

void TestClientTls::wssToPlainServer()
{
    EchoServer server; // ws:// only
    QVERIFY(server.listen());
    QUrl url = server.url();
    url.setScheme(QStringLiteral("wss"));
    ClientSettings settings = quickSettings(url);
    // Qt's server waits for an HTTP request that never comes: the TLS ClientHello
    // goes unanswered, so it is our handshake timeout that ends the attempt.
    settings.handshakeTimeoutMs = 500;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("handshake-timeout")});
    QCOMPARE(recorder.count(EventKind::Open), 0);
    QCOMPARE(server.connectionCount(), 0);
}

void TestClientTls::clientCertificate_data()
{
    QTest::addColumn<bool>("presentCertificate");
    QTest::newRow("certificate presented") << true;
    QTest::newRow("none presented") << false;
}

void TestClientTls::clientCertificate()
{
    QFETCH(bool, presentCertificate);
    // The server trusts our self-signed certificate as a CA and demands a client
    // certificate; the client presents the same one.
    QSslConfiguration serverConfig = m_tls->serverConfiguration();
    serverConfig.setCaCertificates(QSslCertificate::fromPath(m_tls->certificateFile()));
    serverConfig.setPeerVerifyMode(QSslSocket::VerifyPeer);
    EchoServer server(serverConfig);
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url());
    settings.tls.caFile = m_tls->certificateFile();
    if (presentCertificate) {
        settings.tls.certificateFile = m_tls->certificateFile();
        settings.tls.keyFile = m_tls->keyFile();
    }
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();

    if (presentCertificate) {
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(server.lastClient()->peerCertificate, QSslCertificate::fromPath(m_tls->certificateFile()).value(0));
        QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
        client.close();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QCOMPARE(opened.count(), 0);
        QCOMPARE(recorder.errors().size(), 1);
        QCOMPARE(server.connectionCount(), 0);
    }
}

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_clienttls.moc"
