#include "protocol/serverhandshake.h"

#include <QtTest>

using namespace Sockscope;

// The server side of the opening handshake, Sans-I/O: every request is fed whole and one
// byte at a time, and both must end the same way (the split is the network's choice).
class TstServerHandshake : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        ServerHandshake::Result result = ServerHandshake::Result::NeedMore;
        int status = 0;
        QString error;
        QByteArray rest;
    };

    static Outcome feedWhole(const QByteArray &input)
    {
        ServerHandshake handshake;
        QByteArray buffer = input;
        const ServerHandshake::Result result = handshake.feed(buffer);
        return {result, handshake.errorStatus(), handshake.error(), buffer};
    }

    static Outcome feedByteByByte(const QByteArray &input)
    {
        ServerHandshake handshake;
        QByteArray buffer;
        ServerHandshake::Result result = ServerHandshake::Result::NeedMore;
        for (qsizetype i = 0; i < input.size() && result == ServerHandshake::Result::NeedMore; ++i) {
            buffer += input.at(i);
            result = handshake.feed(buffer);
            if (result != ServerHandshake::Result::NeedMore)
                buffer += input.mid(i + 1);
        }
        return {result, handshake.errorStatus(), handshake.error(), buffer};
    }

    static QByteArray request(const QByteArray &firstLine, const QByteArray &extra = {})
    {
        return firstLine + "\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" + extra + "\r\n";
    }

private Q_SLOTS:
    void outcome_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("result");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorPart");

        const int complete = int(ServerHandshake::Result::Complete);
        const int invalid = int(ServerHandshake::Result::Invalid);
        const int needMore = int(ServerHandshake::Result::NeedMore);
        QTest::newRow("valid") << request("GET /mcp HTTP/1.1") << complete << 0 << QString();
        QTest::newRow("valid, a frame follows") << request("GET / HTTP/1.1") + "\x81\x80" << complete << 0 << QString();
        QTest::newRow("unfinished") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << needMore << 0 << QString();
        QTest::newRow("TLS hello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << invalid << 400
                                   << QStringLiteral("not an HTTP request");
        // Found by fuzz_handshake: the whole request said "malformed request line", the same
        // bytes split before the blank line said "not an HTTP request".
        QTest::newRow("not a request line, head complete") << QByteArray(": U\r\nHost: x\r\n\r\n") << invalid << 400
                                                            << QStringLiteral("not an HTTP request");
        QTest::newRow("malformed request line") << request("GET /") << invalid << 400
                                                << QStringLiteral("malformed request line");
        QTest::newRow("HTTP/1.0") << request("GET / HTTP/1.0") << invalid << 400 << QStringLiteral("HTTP/1.1");
        QTest::newRow("POST") << request("POST / HTTP/1.1") << invalid << 405 << QStringLiteral("not GET");
        QTest::newRow("version 8") << request("GET / HTTP/1.1").replace("Version: 13", "Version: 8") << invalid << 426
                                   << QStringLiteral("Sec-WebSocket-Version");
        QTest::newRow("headers too large") << request("GET / HTTP/1.1", "X-Big: " + QByteArray(20000, 'a') + "\r\n")
                                           << invalid << 431 << QStringLiteral("exceed");
        QTest::newRow("no end, too large") << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') << invalid << 431
                                           << QStringLiteral("exceed");
    }

    void outcome()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, result);
        QFETCH(int, status);
        QFETCH(QString, errorPart);

        const Outcome whole = feedWhole(input);
        QCOMPARE(int(whole.result), result);
        if (result == int(ServerHandshake::Result::Invalid)) {
            QCOMPARE(whole.status, status);
            QVERIFY2(whole.error.contains(errorPart), qPrintable(whole.error));
        }
        const Outcome bytes = feedByteByByte(input);
        QCOMPARE(int(bytes.result), int(whole.result));
        QCOMPARE(bytes.status, whole.status);
        QCOMPARE(bytes.error, whole.error);
        if (result == int(ServerHandshake::Result::Complete))
            QCOMPARE(bytes.rest, whole.rest);
    }
};

QTEST_GUILESS_MAIN(TstServerHandshake)
#include "tst_serverhandshake.moc"
