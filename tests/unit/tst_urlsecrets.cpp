#include "common/urlsecrets.h"

#include <QtTest>

using namespace Sockscope;

// Secrets in URLs (docs/SECURITY.md): what is redacted where a URL leaves the connection.
class TstUrlSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redact_data()
    {
        // Lists are comma-separated.
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("alsoSecret");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QByteArray>("redacted");

        QTest::newRow("nothing secret") << QByteArray("ws://127.0.0.1:9/mcp?room=a&n=1") << QByteArray()
                                        << QByteArray("ws://127.0.0.1:9/mcp?room=a&n=1") << QByteArray();
        QTest::newRow("password") << QByteArray("wss://alice:pw@example.com/") << QByteArray()
                                  << QByteArray("wss://alice:%5Bredacted%5D@example.com/") << QByteArray("url.password");
        QTest::newRow("token") << QByteArray("ws://h/?token=abc&x=1") << QByteArray()
                               << QByteArray("ws://h/?token=[redacted]&x=1") << QByteArray("url.query.token");
        QTest::newRow("case-insensitive, order kept")
            << QByteArray("ws://h/?a=1&API_KEY=k&b=2&Sig=s") << QByteArray()
            << QByteArray("ws://h/?a=1&API_KEY=[redacted]&b=2&Sig=[redacted]")
            << QByteArray("url.query.API_KEY,url.query.Sig");
        QTest::newRow("repeated") << QByteArray("ws://h/?token=a&token=b") << QByteArray()
                                  << QByteArray("ws://h/?token=[redacted]&token=[redacted]")
                                  << QByteArray("url.query.token");
        QTest::newRow("named by the settings") << QByteArray("ws://h/?x-key=k&q=1") << QByteArray("x-key")
                                               << QByteArray("ws://h/?x-key=[redacted]&q=1")
                                               << QByteArray("url.query.x-key");
        QTest::newRow("empty value stays") << QByteArray("ws://h/?token=&x=1") << QByteArray()
                                           << QByteArray("ws://h/?token=&x=1") << QByteArray();
        QTest::newRow("encoded value") << QByteArray("ws://h/?access_token=a%26b%3Dc&q=%C3%A4") << QByteArray()
                                       << QByteArray("ws://h/?access_token=[redacted]&q=%C3%A4")
                                       << QByteArray("url.query.access_token");
        QTest::newRow("both") << QByteArray("ws://u:p@h/?key=k") << QByteArray()
                              << QByteArray("ws://u:%5Bredacted%5D@h/?key=[redacted]")
                              << QByteArray("url.password,url.query.key");
    }

    void redact()
    {
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, alsoSecret);
        QFETCH(QByteArray, expected);
        QFETCH(QByteArray, redacted);
        const auto list = [](const QByteArray &text) {
            return text.isEmpty() ? QStringList() : QString::fromUtf8(text).split(QLatin1Char(','));
        };
        QStringList what;
        const QUrl result = redactUrlSecrets(QUrl::fromEncoded(url), list(alsoSecret), &what);
        QCOMPARE(result.toEncoded(), expected);
        QCOMPARE(what, list(redacted));
        // Redacting again changes nothing more.
        QCOMPARE(redactUrlSecrets(result, list(alsoSecret)), result);
    }

    void names()
    {
        QVERIFY(isSecretQueryName(QStringLiteral("token")));
        QVERIFY(isSecretQueryName(QStringLiteral("Access_Token")));
        QVERIFY(isSecretQueryName(QStringLiteral("client_secret")));
        QVERIFY(!isSecretQueryName(QStringLiteral("room")));
        QVERIFY(!isSecretQueryName(QStringLiteral("tokens_per_minute")));
    }
};

QTEST_GUILESS_MAIN(TstUrlSecrets)
#include "tst_urlsecrets.moc"
