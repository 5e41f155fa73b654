#include "protocol/clienthandshake.h"

#include <QTest>
#include <QUrl>

using Sockscope::ClientHandshake;
using Sockscope::HeaderList;
namespace HttpHeaders = Sockscope::HttpHeaders;

Q_DECLARE_METATYPE(Sockscope::ClientHandshake::Result)

namespace {

using Result = ClientHandshake::Result;

// Parses our own request the way a server would: request line, then header pairs.
struct ParsedRequest
{
    QByteArray requestLine;
    HeaderList headers;
    bool endsWithBlankLine = false;
};

ParsedRequest parseRequest(const QByteArray &request)
{
    ParsedRequest parsed;
    parsed.endsWithBlankLine = request.endsWith("\r\n\r\n");
    const QList<QByteArray> lines = request.left(request.size() - 4).split('\n');
    parsed.requestLine = lines.value(0).chopped(lines.value(0).endsWith('\r') ? 1 : 0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        parsed.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return parsed;
}

// A handshake with its request built, and the matching correct 101 answer.
QByteArray correctAnswer(ClientHandshake &handshake, const QStringList &subprotocols = {},
                         const QByteArray &selected = {})
{
    handshake.buildRequest(QUrl(QStringLiteral("ws://example.com/chat")), {}, subprotocols, QString());
    const QByteArray key = HttpHeaders::value(handshake.requestHeaders(), "Sec-WebSocket-Key");
    QByteArray answer = "HTTP/1.1 101 Switching Protocols\r\n"
                        "Upgrade: websocket\r\n"
                        "Connection: Upgrade\r\n"
                        "Sec-WebSocket-Accept: "
        + ClientHandshake::acceptFor(key) + "\r\n";
    if (!selected.isEmpty())
        answer += "Sec-WebSocket-Protocol: " + selected + "\r\n";
    answer += "\r\n";
    return answer;
}

QStringList headerNames(const HeaderList &headers)
{
    QStringList names;
    for (const auto &header : headers)
        names.append(QString::fromLatin1(header.first));
    return names;
}

} // namespace

class tst_ClientHandshake final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveDefaultValues();
    void acceptForRfcExample();
    void headerValue();
    void buildRequest_data();
    void buildRequest();
    void buildRequestKeyIsFreshBase64();
    void acceptedSplitAtEveryByte();
    void acceptedByteByByte();
    void acceptedVariants_data();
    void acceptedVariants();
    void leftoverBytesStayInBuffer();
    void leftoverLargerThanHeaderLimit();
    void invalid_data();
    void invalid();
    void refusedWithBody_data();
    void refusedWithBody();
    void refusedWithoutLength();
    void refusedBodyIsCapped();
    void finishBeforeHead();
    void oversizedHeaderWithoutEnd();
    void oversizedHeaderInOneChunk();
};

void tst_ClientHandshake::shouldHaveDefaultValues()
{
    ClientHandshake handshake;
    QVERIFY(handshake.requestHeaders().isEmpty());
    QVERIFY(handshake.responseHeaders().isEmpty());
    QCOMPARE(handshake.httpStatus(), 0);
    QCOMPARE(handshake.httpReason(), QString());
    QCOMPARE(handshake.body(), QByteArray());
    QCOMPARE(handshake.subprotocol(), QString());
    QCOMPARE(handshake.error(), QString());
    QCOMPARE(ClientHandshake::kMaxHeaderBytes, qsizetype(64 * 1024));
    QCOMPARE(ClientHandshake::kMaxBodyBytes, qsizetype(64 * 1024));
}

void tst_ClientHandshake::acceptForRfcExample()
{
    // RFC 6455 section 1.3.
    QCOMPARE(ClientHandshake::acceptFor("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
}

void tst_ClientHandshake::headerValue()
{
    const HeaderList headers = {{"Content-Type", "text/plain"}, {"X-Twice", "first"}, {"x-twice", "second"}};
    QCOMPARE(HttpHeaders::value(headers, "content-type"), QByteArray("text/plain"));
    QCOMPARE(HttpHeaders::value(headers, "CONTENT-TYPE"), QByteArray("text/plain"));
    QCOMPARE(HttpHeaders::value(headers, "X-Twice"), QByteArray("first"));
    QCOMPARE(HttpHeaders::value(headers, "Missing"), QByteArray());
    QCOMPARE(HttpHeaders::value({}, "Anything"), QByteArray());
}

void tst_ClientHandshake::buildRequest_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<HeaderList>("extraHeaders");
    QTest::addColumn<QStringList>("subprotocols");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QByteArray>("expectedRequestLine");
    QTest::addColumn<QByteArray>("expectedHost");
    // Headers after the five standard ones, in order.
    QTest::addColumn<HeaderList>("expectedTail");

    const auto url = [](const char *text) { return QUrl(QString::fromLatin1(text)); };

    QTest::newRow("no path") << url("ws://example.com") << HeaderList() << QStringList() << QString()
                             << QByteArray("GET / HTTP/1.1") << QByteArray("example.com") << HeaderList();
    QTest::newRow("default ws port") << url("ws://example.com:80/") << HeaderList() << QStringList() << QString()
                                     << QByteArray("GET / HTTP/1.1") << QByteArray("example.com") << HeaderList();
    QTest::newRow("non-default port") << url("ws://example.com:8080/chat") << HeaderList() << QStringList() << QString()
                                      << QByteArray("GET /chat HTTP/1.1") << QByteArray("example.com:8080") << HeaderList();
    QTest::newRow("default wss port") << url("wss://example.com:443/") << HeaderList() << QStringList() << QString()
                                      << QByteArray("GET / HTTP/1.1") << QByteArray("example.com") << HeaderList();
    QTest::newRow("port 80 on wss") << url("wss://example.com:80/") << HeaderList() << QStringList() << QString()
                                    << QByteArray("GET / HTTP/1.1") << QByteArray("example.com:80") << HeaderList();
    QTest::newRow("port 443 on ws") << url("ws://example.com:443/") << HeaderList() << QStringList() << QString()
                                    << QByteArray("GET / HTTP/1.1") << QByteArray("example.com:443") << HeaderList();
    QTest::newRow("IPv4 with port") << url("ws://127.0.0.1:9001/") << HeaderList() << QStringList() << QString()
                                    << QByteArray("GET / HTTP/1.1") << QByteArray("127.0.0.1:9001") << HeaderList();
    QTest::newRow("IPv6 with port") << url("ws://[::1]:9000/x") << HeaderList() << QStringList() << QString()
                                    << QByteArray("GET /x HTTP/1.1") << QByteArray("[::1]:9000") << HeaderList();
    QTest::newRow("IPv6 default port") << url("ws://[2001:db8::1]/") << HeaderList() << QStringList() << QString()
                                       << QByteArray("GET / HTTP/1.1") << QByteArray("[2001:db8::1]") << HeaderList();
    QTest::newRow("path and query") << url("ws://h/path/sub?x=1&y=two") << HeaderList() << QStringList() << QString()
                                    << QByteArray("GET /path/sub?x=1&y=two HTTP/1.1") << QByteArray("h") << HeaderList();
    QTest::newRow("query without path") << url("ws://h?x=1") << HeaderList() << QStringList() << QString()
                                        << QByteArray("GET /?x=1 HTTP/1.1") << QByteArray("h") << HeaderList();
    QTest::newRow("fragment not sent") << url("ws://h/p?q=1#frag") << HeaderList() << QStringList() << QString()
                                       << QByteArray("GET /p?q=1 HTTP/1.1") << QByteArray("h") << HeaderList();
    QTest::newRow("encoded path") << url("ws://h/a b/%C3%A9") << HeaderList() << QStringList() << QString()
                                  << QByteArray("GET /a%20b/%C3%A9 HTTP/1.1") << QByteArray("h") << HeaderList();
    QTest::newRow("one subprotocol") << url("ws://h/") << HeaderList() << QStringList{QStringLiteral("mcp")} << QString()
                                     << QByteArray("GET / HTTP/1.1") << QByteArray("h")
                                     << HeaderList{{"Sec-WebSocket-Protocol", "mcp"}};
    QTest::newRow("subprotocols joined")
        << url("ws://h/") << HeaderList() << QStringList{QStringLiteral("mcp"), QStringLiteral("chat.v2")} << QString()
        << QByteArray("GET / HTTP/1.1") << QByteArray("h") << HeaderList{{"Sec-WebSocket-Protocol", "mcp, chat.v2"}};
    QTest::newRow("origin") << url("ws://h/") << HeaderList() << QStringList() << QStringLiteral("https://example.com")
                            << QByteArray("GET / HTTP/1.1") << QByteArray("h")
                            << HeaderList{{"Origin", "https://example.com"}};
    QTest::newRow("extra headers in order")
        << url("ws://h/") << HeaderList{{"Authorization", "Bearer t0k"}, {"X-B", "2"}, {"X-A", "1"}} << QStringList()
        << QString() << QByteArray("GET / HTTP/1.1") << QByteArray("h")
        << HeaderList{{"Authorization", "Bearer t0k"}, {"X-B", "2"}, {"X-A", "1"}};
    QTest::newRow("everything")
        << url("wss://[::1]:8443/mcp?session=1") << HeaderList{{"Cookie", "a=b"}, {"X-Trace", "7"}}
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} << QStringLiteral("null")
        << QByteArray("GET /mcp?session=1 HTTP/1.1") << QByteArray("[::1]:8443")
        << HeaderList{{"Sec-WebSocket-Protocol", "a, b, c"}, {"Origin", "null"}, {"Cookie", "a=b"}, {"X-Trace", "7"}};
}

void tst_ClientHandshake::buildRequest()
{
    QFETCH(QUrl, url);
    QFETCH(HeaderList, extraHeaders);
    QFETCH(QStringList, subprotocols);
    QFETCH(QString, origin);
    QFETCH(QByteArray, expectedRequestLine);
    QFETCH(QByteArray, expectedHost);
    QFETCH(HeaderList, expectedTail);

    QVERIFY(url.isValid());
    ClientHandshake handshake;
    const QByteArray request = handshake.buildRequest(url, extraHeaders, subprotocols, origin);
    const ParsedRequest parsed = parseRequest(request);

    QVERIFY(parsed.endsWithBlankLine);
    QCOMPARE(parsed.requestLine, expectedRequestLine);
    QCOMPARE(parsed.headers, handshake.requestHeaders());
    QCOMPARE(parsed.headers.size(), 5 + expectedTail.size());

    const QStringList standard = {QStringLiteral("Host"), QStringLiteral("Upgrade"), QStringLiteral("Connection"),
                                  QStringLiteral("Sec-WebSocket-Key"), QStringLiteral("Sec-WebSocket-Version")};
    QCOMPARE(headerNames(parsed.headers.mid(0, 5)), standard);
    QCOMPARE(parsed.headers.at(0).second, expectedHost);
    QCOMPARE(parsed.headers.at(1).second, QByteArray("websocket"));
    QCOMPARE(parsed.headers.at(2).second, QByteArray("Upgrade"));
    QCOMPARE(parsed.headers.at(4).second, QByteArray("13"));
    QCOMPARE(parsed.headers.mid(5), expectedTail);
}

void tst_ClientHandshake::buildRequestKeyIsFreshBase64()
{
    ClientHandshake first;
    ClientHandshake second;
    first.buildRequest(QUrl(QStringLiteral("ws://h/")), {}, {}, QString());
    second.buildRequest(QUrl(QStringLiteral("ws://h/")), {}, {}, QString());
    const QByteArray key1 = HttpHeaders::value(first.requestHeaders(), "Sec-WebSocket-Key");
    const QByteArray key2 = HttpHeaders::value(second.requestHeaders(), "Sec-WebSocket-Key");

    QCOMPARE(key1.size(), 24);
    const auto decoded = QByteArray::fromBase64Encoding(key1, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), 16);
    QVERIFY(key1 != key2);
}

// The 101 answer cut in two at every byte: NeedMore (buffer untouched) until the
// head is complete, then Accepted with the rest left in the buffer.
void tst_ClientHandshake::acceptedSplitAtEveryByte()
{
    const QByteArray frames("\x81\x02hi\x89\x00", 6);
    ClientHandshake reference;
    const qsizetype headSize = correctAnswer(reference).size();

    for (qsizetype cut = 0; cut <= headSize + frames.size(); ++cut) {
        ClientHandshake handshake;
        const QByteArray stream = correctAnswer(handshake) + frames;
        QCOMPARE(stream.size(), headSize + frames.size());
        QByteArray buffer = stream.left(cut);
        const Result first = handshake.feed(buffer);
        if (cut < headSize) {
            QVERIFY2(first == Result::NeedMore, qPrintable(QStringLiteral("cut %1").arg(cut)));
            QCOMPARE(buffer, stream.left(cut));
            buffer += stream.mid(cut);
            QCOMPARE(handshake.feed(buffer), Result::Accepted);
            QCOMPARE(buffer, frames);
        } else {
            QVERIFY2(first == Result::Accepted, qPrintable(QStringLiteral("cut %1").arg(cut)));
            QCOMPARE(buffer, frames.left(cut - headSize));
        }
        QCOMPARE(handshake.httpStatus(), 101);
        QCOMPARE(handshake.httpReason(), QStringLiteral("Switching Protocols"));
        QCOMPARE(handshake.error(), QString());
        QCOMPARE(handshake.subprotocol(), QString());
    }
}

void tst_ClientHandshake::acceptedByteByByte()
{
    ClientHandshake handshake;
    const QByteArray answer = correctAnswer(handshake);
    QByteArray buffer;
    for (qsizetype i = 0; i + 1 < answer.size(); ++i) {
        buffer.append(answer.at(i));
        QCOMPARE(handshake.feed(buffer), Result::NeedMore);
    }
    buffer.append(answer.back());
    QCOMPARE(handshake.feed(buffer), Result::Accepted);
    QVERIFY(buffer.isEmpty());
    QCOMPARE(handshake.responseHeaders().size(), 3);
    QCOMPARE(handshake.responseHeaders().at(0), (QPair<QByteArray, QByteArray>("Upgrade", "websocket")));
}

// Case and token lists as real servers send them.
void tst_ClientHandshake::acceptedVariants_data()
{
    QTest::addColumn<QByteArray>("upgrade");
    QTest::addColumn<QByteArray>("connection");
    QTest::addColumn<QByteArray>("headerNameCase"); // "lower", "upper" or "mixed"
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QByteArray>("selected");

    QTest::newRow("plain") << QByteArray("websocket") << QByteArray("Upgrade") << QByteArray("mixed") << QStringList()
                           << QByteArray();
    QTest::newRow("WebSocket, upgrade") << QByteArray("WebSocket") << QByteArray("upgrade") << QByteArray("mixed")
                                        << QStringList() << QByteArray();
    QTest::newRow("connection token list") << QByteArray("websocket") << QByteArray("keep-alive, Upgrade")
                                           << QByteArray("mixed") << QStringList() << QByteArray();
    QTest::newRow("lower-case names") << QByteArray("websocket") << QByteArray("Upgrade") << QByteArray("lower")
                                      << QStringList() << QByteArray();
    QTest::newRow("upper-case names") << QByteArray("websocket") << QByteArray("Upgrade") << QByteArray("upper")
                                      << QStringList() << QByteArray();
    QTest::newRow("subprotocol selected")
        << QByteArray("websocket") << QByteArray("Upgrade") << QByteArray("mixed")
        << QStringList{QStringLiteral("chat"), QStringLiteral("mcp")} << QByteArray("mcp");
    QTest::newRow("subprotocol offered, none selected")
        << QByteArray("websocket") << QByteArray("Upgrade") << QByteArray("mixed")
        << QStringList{QStringLiteral("chat"), QStringLiteral("mcp")} << QByteArray();
}

void tst_ClientHandshake::acceptedVariants()
{
    QFETCH(QByteArray, upgrade);
    QFETCH(QByteArray, connection);
    QFETCH(QByteArray, headerNameCase);
    QFETCH(QStringList, offered);
    QFETCH(QByteArray, selected);

    const auto name = [&](const char *mixed) {
        const QByteArray n(mixed);
        return headerNameCase == "lower" ? n.toLower() : (headerNameCase == "upper" ? n.toUpper() : n);
    };

    ClientHandshake handshake;
    handshake.buildRequest(QUrl(QStringLiteral("ws://h/")), {}, offered, QString());
    const QByteArray key = HttpHeaders::value(handshake.requestHeaders(), "Sec-WebSocket-Key");
    QByteArray buffer = "HTTP/1.1 101 Switching Protocols\r\n" + name("Upgrade") + ": " + upgrade + "\r\n"
        + name("Connection") + ":" + connection + "\r\n" + name("Sec-WebSocket-Accept") + ":   "
        + ClientHandshake::acceptFor(key) + "  \r\n";
    if (!selected.isEmpty())
        buffer += name("Sec-WebSocket-Protocol") + ": " + selected + "\r\n";
    buffer += "\r\n";

    QCOMPARE(handshake.feed(buffer), Result::Accepted);
    QVERIFY(buffer.isEmpty());
    QCOMPARE(handshake.subprotocol(), QString::fromLatin1(selected));
    QCOMPARE(handshake.error(), QString());
}

void tst_ClientHandshake::leftoverBytesStayInBuffer()
{
    ClientHandshake handshake;
    const QByteArray leftover = QByteArray("\x81\x05hello", 7) + QByteArray(1000, 'z');
    QByteArray buffer = correctAnswer(handshake) + leftover;
    QCOMPARE(handshake.feed(buffer), Result::Accepted);
    QCOMPARE(buffer, leftover);
}

// Only the head counts toward the header limit, not the frames that follow it.
void tst_ClientHandshake::leftoverLargerThanHeaderLimit()
{
    ClientHandshake handshake;
    const QByteArray leftover = QByteArray("\x82\x7f\x00\x00\x00\x00\x00\x02\x00\x00", 10)
        + QByteArray(2 * ClientHandshake::kMaxHeaderBytes, 'f');
    QByteArray buffer = correctAnswer(handshake) + leftover;
    QCOMPARE(handshake.feed(buffer), Result::Accepted);
    QCOMPARE(buffer, leftover);
}

// What is wrong with the answer; a word the error message must contain.
void tst_ClientHandshake::invalid_data()
{
    QTest::addColumn<QByteArray>("from");   // replaced in the correct answer...
    QTest::addColumn<QByteArray>("to");     // ...by this ("" removes the line)
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("wrong accept") << QByteArray("Sec-WebSocket-Accept: ") << QByteArray("Sec-WebSocket-Accept: x")
                                  << QStringList() << QStringLiteral("Sec-WebSocket-Accept");
    QTest::newRow("missing accept") << QByteArray("Sec-WebSocket-Accept") << QByteArray("X-Ignored") << QStringList()
                                    << QStringLiteral("Sec-WebSocket-Accept");
    QTest::newRow("missing Upgrade") << QByteArray("Upgrade: websocket\r\n") << QByteArray() << QStringList()
                                     << QStringLiteral("Upgrade");
    QTest::newRow("Upgrade: h2c") << QByteArray("Upgrade: websocket") << QByteArray("Upgrade: h2c") << QStringList()
                                  << QStringLiteral("Upgrade");
    QTest::newRow("missing Connection") << QByteArray("Connection: Upgrade\r\n") << QByteArray() << QStringList()
                                        << QStringLiteral("Connection");
    QTest::newRow("Connection: close") << QByteArray("Connection: Upgrade") << QByteArray("Connection: close")
                                       << QStringList() << QStringLiteral("Connection");
    QTest::newRow("unoffered subprotocol")
        << QByteArray("\r\n\r\n") << QByteArray("\r\nSec-WebSocket-Protocol: evil\r\n\r\n")
        << QStringList{QStringLiteral("chat")} << QStringLiteral("evil");
    QTest::newRow("subprotocol when none offered")
        << QByteArray("\r\n\r\n") << QByteArray("\r\nSec-WebSocket-Protocol: chat\r\n\r\n") << QStringList()
        << QStringLiteral("chat");
    QTest::newRow("extension")
        << QByteArray("\r\n\r\n") << QByteArray("\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n")
        << QStringList() << QStringLiteral("permessage-deflate");
    QTest::newRow("malformed header line") << QByteArray("\r\n\r\n") << QByteArray("\r\nno colon here\r\n\r\n")
                                           << QStringList() << QStringLiteral("no colon here");
    QTest::newRow("not HTTP") << QByteArray("HTTP/1.1 101 Switching Protocols") << QByteArray("SSH-2.0-OpenSSH_9.2")
                              << QStringList() << QStringLiteral("SSH-2.0");
    QTest::newRow("HTTP/2 status line") << QByteArray("HTTP/1.1 101") << QByteArray("HTTP/2 101") << QStringList()
                                        << QStringLiteral("HTTP/2");
    QTest::newRow("status not a number") << QByteArray("HTTP/1.1 101") << QByteArray("HTTP/1.1 abc") << QStringList()
                                         << QStringLiteral("abc");
    QTest::newRow("status line alone") << QByteArray("HTTP/1.1 101 Switching Protocols") << QByteArray("HTTP/1.1")
                                       << QStringList() << QStringLiteral("HTTP/1.1");
}

void tst_ClientHandshake::invalid()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QStringList, offered);
    QFETCH(QString, errorMentions);

    ClientHandshake handshake;
    QByteArray answer = correctAnswer(handshake, offered);
    QVERIFY(answer.contains(from));
    answer.replace(from, to);

    QByteArray buffer = answer;
    QCOMPARE(handshake.feed(buffer), Result::Invalid);
    QVERIFY2(handshake.error().contains(errorMentions), qPrintable(handshake.error()));
    QCOMPARE(handshake.subprotocol(), QString());
}

void tst_ClientHandshake::refusedWithBody_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("403 with body") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 9\r\n"
                                                 "Content-Type: text/plain\r\n\r\nforbidden")
                                   << 403 << QStringLiteral("Forbidden") << QByteArray("forbidden");
    QTest::newRow("404 reason with spaces") << QByteArray("HTTP/1.1 404 Not Found\r\ncontent-length: 4\r\n\r\nnope")
                                            << 404 << QStringLiteral("Not Found") << QByteArray("nope");
    QTest::newRow("empty body") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n") << 401
                                << QStringLiteral("Unauthorized") << QByteArray();
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 500\r\nContent-Length: 3\r\n\r\nerr") << 500 << QString()
                                      << QByteArray("err");
    QTest::newRow("HTTP/1.0 200") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nhello") << 200
                                  << QStringLiteral("OK") << QByteArray("hello");
    QTest::newRow("body with CRLFs") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 8\r\n\r\na\r\n\r\nb\r\n")
                                     << 400 << QStringLiteral("Bad Request") << QByteArray("a\r\n\r\nb\r\n");
}

void tst_ClientHandshake::refusedWithBody()
{
    QFETCH(QByteArray, response);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QByteArray, body);

    const qsizetype headSize = response.indexOf("\r\n\r\n") + 4;
    for (qsizetype cut = 0; cut <= response.size(); ++cut) {
        ClientHandshake handshake;
        handshake.buildRequest(QUrl(QStringLiteral("ws://h/")), {}, {}, QString());
        QByteArray buffer = response.left(cut);
        const Result first = handshake.feed(buffer);
        if (cut < response.size()) {
            const bool bodyComplete = cut >= headSize && body.isEmpty();
            QVERIFY2(first == (bodyComplete ? Result::Refused : Result::NeedMore),
                     qPrintable(QStringLiteral("cut %1").arg(cut)));
            if (bodyComplete)
                continue;
            buffer += response.mid(cut);
            QCOMPARE(handshake.feed(buffer), Result::Refused);
        } else {
            QCOMPARE(first, Result::Refused);
        }
        QVERIFY(buffer.isEmpty());
        QCOMPARE(handshake.httpStatus(), status);
        QCOMPARE(handshake.httpReason(), reason);
        QCOMPARE(handshake.body(), body);
        QCOMPARE(handshake.finish(), Result::Refused);
    }
}

void tst_ClientHandshake::refusedWithoutLength()
{
    ClientHandshake handshake;
    handshake.buildRequest(QUrl(QStringLiteral("ws://h/")), {}, {}, QString());
    QByteArray buffer("HTTP/1.1 502 Bad Gateway\r\nServer: test\r\n\r\nupstream ");
    QCOMPARE(handshake.feed(buffer), Result::NeedMore);
    QVERIFY(buffer.isEmpty());
    buffer = "is down";
    QCOMPARE(handshake.feed(buffer), Result::NeedMore);
    QVERIFY(buffer.isEmpty());
    QCOMPARE(handshake.finish(), Result::Refused);
    QCOMPARE(handshake.httpStatus(), 502);
    QCOMPARE(handshake.httpReason(), QStringLiteral("Bad Gateway"));
    QCOMPARE(handshake.body(), QByteArray("upstream is down"));
    QCOMPARE(handshake.responseHeaders(), (HeaderList{{"Server", "test"}}));
}

void tst_ClientHandshake::refusedBodyIsCapped()
{
    ClientHandshake handshake;
    handshake.buildRequest(QUrl(QStringLiteral("ws://h/")), {}, {}, QString());
    QByteArray buffer = "HTTP/1.1 413 Payload Too Large\r\nContent-Length: 100000\r\n\r\n" + QByteArray(100000, 'b');
    QCOMPARE(handshake.feed(buffer), Result::Refused);
    QCOMPARE(handshake.body(), QByteArray(ClientHandshake::kMaxBodyBytes, 'b'));
}

void tst_ClientHandshake::finishBeforeHead()
{
    ClientHandshake handshake;
    handshake.buildRequest(QUrl(QStringLiteral("ws://h/")), {}, {}, QString());
    QByteArray buffer("HTTP/1.1 101 Switching");
    QCOMPARE(handshake.feed(buffer), Result::NeedMore);
    QCOMPARE(handshake.finish(), Result::Invalid);
    QVERIFY(!handshake.error().isEmpty());
}

void tst_ClientHandshake::oversizedHeaderWithoutEnd()
{
    ClientHandshake handshake;
    handshake.buildRequest(QUrl(QStringLiteral("ws://h/")), {}, {}, QString());
    const QByteArray start("HTTP/1.1 101 Switching Protocols\r\nX-Padding: ");
    QByteArray buffer = start + QByteArray(ClientHandshake::kMaxHeaderBytes - start.size(), 'p');
    QCOMPARE(buffer.size(), ClientHandshake::kMaxHeaderBytes);
    QCOMPARE(handshake.feed(buffer), Result::NeedMore);
    buffer.append('p');
    QCOMPARE(handshake.feed(buffer), Result::Invalid);
    QVERIFY(handshake.error().contains(QString::number(ClientHandshake::kMaxHeaderBytes)));
}

// The header limit must not depend on how the bytes arrive: a head larger than the
// limit is refused even when it comes complete in one read.
void tst_ClientHandshake::oversizedHeaderInOneChunk()
{
    ClientHandshake handshake;
    const QByteArray answer = correctAnswer(handshake);
    QByteArray buffer = answer;
    buffer.insert(answer.indexOf("\r\n") + 2,
                  "X-Padding: " + QByteArray(ClientHandshake::kMaxHeaderBytes, 'p') + "\r\n");
    QVERIFY(buffer.indexOf("\r\n\r\n") > ClientHandshake::kMaxHeaderBytes);
    QCOMPARE(handshake.feed(buffer), Result::Invalid);
    QVERIFY(handshake.error().contains(QString::number(ClientHandshake::kMaxHeaderBytes)));
}

QTEST_GUILESS_MAIN(tst_ClientHandshake)
#include "tst_clienthandshake.moc"
