// The session file format: header JSON, writer and streaming reader round trips (every event
// kind, exact bytes, exact 64-bit integers, unknown fields kept), a table of bad files each
// refused with the file, the line and what is wrong, torn last lines, limits, the loader,
// 200,000 events streamed, and the shipped example.

#include "sessiontesthelpers.h"

#include "event/eventjson.h"
#include "session/sessionheader.h"
#include "session/sessionloader.h"
#include "session/sessionreader.h"
#include "session/sessionsettingsjson.h"
#include "session/sessionwriter.h"
#include "testpaths.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace Sockscope;

Q_DECLARE_METATYPE(Sockscope::Event)
Q_DECLARE_METATYPE(QVector<Sockscope::Event>)

namespace {

constexpr qint64 k2e62 = qint64(1) << 62;

QByteArray validHeader(const QByteArray &extraMembers = {})
{
    return "{\n    \"format\": \"sockscope-session\",\n    \"version\": \"1.0\"" + extraMembers + "\n}\n";
}

QByteArray line(const Event &e)
{
    return eventToJsonLine(e) + '\n';
}

SessionHeader richHeader()
{
    SessionHeader header = newSessionHeader();
    header.notes = QStringLiteral("first line\nsecond line with {braces} and \"quotes\" and a \\ backslash\n\tand a tab } {");
    SessionConnectionInfo client;
    client.connectionId = 1;
    client.role = QStringLiteral("client");
    client.label = QStringLiteral("ws://127.0.0.1:8080/mcp");
    client.url = client.label;
    client.settings = {{QStringLiteral("url"), client.url}};
    client.extra = {{QStringLiteral("futureConnectionField"), QJsonArray{1, 2, 3}}};
    SessionConnectionInfo server;
    server.connectionId = 4000000000u;
    server.role = QStringLiteral("mock");
    server.secretsKept = true;
    server.startedMidConnection = true;
    server.recordingStartedAt = QStringLiteral("2026-11-22T10:00:05.000Z");
    server.openPeers = {{2, QStringLiteral("2026-11-22T10:00:01.250Z"), QStringLiteral("mcp")},
                        {7, QStringLiteral("2026-11-22T10:00:04.000Z"), QString()}};
    header.connections = {client, server};
    header.replay = {{QStringLiteral("timing"), QStringLiteral("fast")}, {QStringLiteral("responseTimeoutMs"), 2500}};
    header.assertions = {QJsonObject{{QStringLiteral("type"), QStringLiteral("exists")}}};
    header.extra = {{QStringLiteral("futureTopLevel"), QJsonObject{{QStringLiteral("x"), QStringLiteral("}{")}}},
                    {QStringLiteral("aNumber"), k2e62 + 1}};
    return header;
}

QVector<Event> everyKind()
{
    QVector<Event> events;
    quint64 seq = 1;
    for (int k = 0; k <= int(EventKind::Notice); ++k) {
        const auto kind = static_cast<EventKind>(k);
        for (const Direction direction : {Direction::In, Direction::Out, Direction::Local}) {
            QByteArray payload;
            if (kind == EventKind::Text)
                payload = "text \xf0\x9f\x98\x80 \x01\x1f";
            else if (kind == EventKind::Binary || kind == EventKind::Ping || kind == EventKind::Pong)
                payload = SessionTest::allBytes().left(kind == EventKind::Binary ? 256 : 125);
            Event e = SessionTest::testEvent(seq++, kind, direction, payload,
                            k % 2 ? QJsonObject{{QStringLiteral("code"), 1000}, {QStringLiteral("reason"), QStringLiteral("bye")}}
                                  : QJsonObject());
            e.peerId = quint32(k % 3);
            events.append(e);
        }
    }
    return events;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    SessionTest::writeAll(path, bytes);
    return path;
}

} // namespace

class tst_SessionFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues();
    void headerJsonRoundTrip();
    void headerTextIsPrettyAndOrdered();
    void roundTrip_data();
    void roundTrip();
    void unknownFieldsWrittenBack();
    void acceptedVariants_data();
    void acceptedVariants();
    void badFiles_data();
    void badFiles();
    void tornTail_data();
    void tornTail();
    void eventCountMismatchWarns();
    void limits();
    void writeErrors();
    void writerCountMismatchSavesNothing();
    void loaderFilter();
    void streaming200k();
    void exampleFileLoads();
};

void tst_SessionFormat::shouldHaveDefaultValues()
{
    const SessionHeader header;
    QCOMPARE(header.majorVersion, 1);
    QCOMPARE(header.minorVersion, 1); // 1.1: startedMidConnection
    QCOMPARE(header.eventCount, qint64(-1));
    QVERIFY(header.connections.isEmpty());
    QVERIFY(header.connection(1) == nullptr);
    const SessionHeader fresh = newSessionHeader();
    QCOMPARE(fresh.application, QStringLiteral("sockscope " SOCKSCOPE_VERSION));
    QVERIFY(fresh.createdAt.endsWith(QLatin1Char('Z')));
    QCOMPARE(fresh.createdAt.size(), 24); // 2026-11-22T10:00:00.000Z

    SessionReader reader;
    QVERIFY(!reader.tolerateTornTail());
    QCOMPARE(reader.eventsRead(), qint64(0));
    QCOMPARE(reader.lineNumber(), qint64(0));
    Event e;
    QCOMPARE(reader.next(&e), SessionReader::Status::Error); // not open
    QCOMPARE(SessionReader::kMaxHeaderBytes, qint64(16) << 20);
    QCOMPARE(SessionReader::kMaxLineBytes, qint64(256) << 20);
}

void tst_SessionFormat::headerJsonRoundTrip()
{
    SessionHeader header = richHeader();
    header.eventCount = 42;
    header.minorVersion = 7; // a newer 1.x is read and written back as such
    const QJsonObject json = sessionHeaderToJson(header);
    QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("1.7"));
    SessionHeader back;
    QString error;
    QVERIFY2(sessionHeaderFromJson(json, &back, &error), qPrintable(error));
    QCOMPARE(sessionHeaderToJson(back), json);
    QCOMPARE(back.notes, header.notes);
    QCOMPARE(back.eventCount, qint64(42));
    QCOMPARE(back.connections.size(), 2);
    QVERIFY(back.connection(4000000000u));
    QCOMPARE(back.connection(4000000000u)->role, QStringLiteral("mock"));
    QVERIFY(back.connection(4000000000u)->secretsKept);
    QCOMPARE(back.connection(1)->extra, header.connections.at(0).extra);
    // A whole recording says nothing about it; one started mid-connection says so.
    QVERIFY(!back.connection(1)->startedMidConnection);
    QVERIFY(!json.value(QStringLiteral("connections")).toArray().at(0).toObject().contains(QStringLiteral("startedMidConnection")));
    const SessionConnectionInfo *mid = back.connection(4000000000u);
    QVERIFY(mid->startedMidConnection);
    QCOMPARE(mid->recordingStartedAt, QStringLiteral("2026-11-22T10:00:05.000Z"));
    QCOMPARE(mid->openPeers.size(), 2);
    QCOMPARE(mid->openPeers.at(0).peerId, 2u);
    QCOMPARE(mid->openPeers.at(0).openedAt, QStringLiteral("2026-11-22T10:00:01.250Z"));
    QCOMPARE(mid->openPeers.at(0).subprotocol, QStringLiteral("mcp"));
    QVERIFY(mid->openPeers.at(1).subprotocol.isEmpty());
    QVERIFY(mid->extra.isEmpty()); // known fields, not unknown ones

    SessionConnectionInfo client;
    client.connectionId = 5;
    client.role = QStringLiteral("client");
    client.startedMidConnection = true;
    client.recordingStartedAt = QStringLiteral("2026-11-22T10:00:05.000Z");
    client.openedAt = QStringLiteral("2026-11-22T09:59:00.000Z");
    client.subprotocol = QStringLiteral("mcp");
    SessionHeader clientHeader = newSessionHeader();
    clientHeader.connections = {client};
    const QJsonObject clientJson = sessionHeaderToJson(clientHeader).value(QStringLiteral("connections")).toArray().at(0).toObject();
    QCOMPARE(clientJson.value(QStringLiteral("startedMidConnection")), QJsonValue(true));
    QCOMPARE(clientJson.value(QStringLiteral("openedAt")).toString(), client.openedAt);
    QCOMPARE(clientJson.value(QStringLiteral("subprotocol")).toString(), QStringLiteral("mcp"));
    QVERIFY(!clientJson.contains(QStringLiteral("openPeers")));
    QCOMPARE(back.extra, header.extra);
    QCOMPARE(back.extra.value(QStringLiteral("aNumber")).toInteger(), k2e62 + 1);
    QCOMPARE(back.replay, header.replay);
    QCOMPARE(back.assertions, header.assertions);
}

void tst_SessionFormat::headerTextIsPrettyAndOrdered()
{
    const SessionHeader header = richHeader();
    const QByteArray text = sessionHeaderToText(header);
    QVERIFY(text.startsWith("{\n    \"format\": \"sockscope-session\",\n    \"version\": \"1.1\",\n    \"createdAt\": "));
    QVERIFY(text.endsWith("\n}\n"));
    QVERIFY(text.indexOf("\"notes\"") < text.indexOf("\"connections\""));
    QVERIFY(text.indexOf("\"assertions\"") < text.indexOf("\"futureTopLevel\""));
    QVERIFY(!text.contains("eventCount")); // unknown: a journal
    QVERIFY(text.count('\n') > 10);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object(), sessionHeaderToJson(header));
}

void tst_SessionFormat::roundTrip_data()
{
    QTest::addColumn<QVector<Event>>("events");

    QTest::newRow("no events") << QVector<Event>();
    QTest::newRow("every kind and direction") << everyKind();
    QVector<Event> binary;
    for (const EventKind kind : {EventKind::Binary, EventKind::Ping, EventKind::Pong})
        binary.append(SessionTest::testEvent(quint64(binary.size() + 1), kind, Direction::In, SessionTest::allBytes().left(kind == EventKind::Binary ? 256 : 125)));
    QByteArray reversed = SessionTest::allBytes();
    std::reverse(reversed.begin(), reversed.end());
    binary.append(SessionTest::testEvent(4, EventKind::Binary, Direction::Out, reversed.repeated(300)));
    binary.append(SessionTest::testEvent(5, EventKind::Binary, Direction::Out, QByteArray()));
    QTest::newRow("binary byte-exact") << binary;
    QVector<Event> text;
    QByteArray controls;
    for (int c = 0; c < 0x20; ++c)
        controls += char(c);
    text.append(SessionTest::testEvent(1, EventKind::Text, Direction::In, controls + "\x7f"));
    text.append(SessionTest::testEvent(2, EventKind::Text, Direction::In, QStringLiteral("non-BMP \U0001F600 \U00010348 \U0010FFFF, BMP \u00e4\u20ac\uFFFD").toUtf8()));
    text.append(SessionTest::testEvent(3, EventKind::Text, Direction::Out, "quotes \" backslash \\ slash / line\nbreak\r\n"));
    text.append(SessionTest::testEvent(4, EventKind::Text, Direction::Out, QByteArray()));
    text.append(SessionTest::testEvent(5, EventKind::Text, Direction::Out, QByteArray(100000, 'x')));
    QTest::newRow("text with control chars and non-BMP") << text;
    QVector<Event> big;
    Event a = SessionTest::testEvent(quint64(1) << 53, EventKind::Text, Direction::In, "a");
    a.sequence += 1; // 2^53 + 1: not representable as a double
    a.wallMs = 1763805600123;
    a.monotonicNs = k2e62 + 12345;
    a.connectionId = 4294967295u;
    a.peerId = 4294967295u;
    a.size = k2e62 + 7; // a wire size kept even when the payload was not
    Event b = SessionTest::testEvent(quint64(1) << 62, EventKind::StateChange, Direction::Local);
    b.monotonicNs = -k2e62 - 3;
    b.wallMs = 4102444799999; // 2099-12-31T23:59:59.999Z
    b.details = {{QStringLiteral("latencyNs"), k2e62 + 99}};
    big << a << b;
    QTest::newRow("64-bit integers") << big;
    QVector<Event> unknown;
    unknown.append(SessionTest::testEvent(1, EventKind::Notice, Direction::Local, {},
                         {{QStringLiteral("notice"), QStringLiteral("from-the-future")},
                          {QStringLiteral("nested"), QJsonObject{{QStringLiteral("deep"), QJsonArray{QJsonValue::Null, true, 1.5}}}},
                          {QStringLiteral("message"), QStringLiteral("multi\nline { } \" message")}}));
    QTest::newRow("unknown event fields") << unknown;
}

void tst_SessionFormat::roundTrip()
{
    QFETCH(QVector<Event>, events);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("round trip.sockscope"));
    const SessionHeader header = richHeader();
    QString error;
    QVERIFY2(writeSession(path, header, events, &error), qPrintable(error));

    SessionReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.header().eventCount, qint64(events.size()));
    QCOMPARE(reader.header().notes, header.notes);
    QCOMPARE(reader.header().extra, header.extra);
    QCOMPARE(reader.header().connections.at(0).extra, header.connections.at(0).extra);
    Event e;
    for (const Event &expected : events) {
        QVERIFY2(reader.next(&e) == SessionReader::Status::Event, qPrintable(reader.errorString()));
        const QString difference = SessionTest::eventDifference(e, expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    QCOMPARE(reader.next(&e), SessionReader::Status::End);
    QCOMPARE(reader.next(&e), SessionReader::Status::End);
    QCOMPARE(reader.eventsRead(), qint64(events.size()));
    QVERIFY2(reader.warning().isEmpty(), qPrintable(reader.warning()));

    // Through the loader too, and written again byte for byte.
    LoadedSession loaded;
    QVERIFY2(loadSession(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.events.size(), events.size());
    QCOMPARE(loaded.recoveredEvents, qint64(-1));
    const QString again = dir.filePath(QStringLiteral("again.sockscope"));
    QVERIFY2(writeSession(again, loaded.header, loaded.events, &error), qPrintable(error));
    QCOMPARE(SessionTest::readAll(again), SessionTest::readAll(path));
}

void tst_SessionFormat::unknownFieldsWrittenBack()
{
    QTemporaryDir dir;
    const QByteArray bytes = validHeader(",\n    \"fromVersion1_9\": {\"keep\": [1, 2]},\n    \"connections\": [{\"conn\": 3, "
                                         "\"role\": \"server\", \"peerCount\": 12}]")
        + "{\"seq\":1,\"time\":\"2026-11-22T10:00:00.000Z\",\"monotonicNs\":5,\"conn\":3,\"peer\":2,\"dir\":\"in\","
          "\"kind\":\"text\",\"size\":2,\"text\":\"hi\",\"newField\":{\"a\":1}}\n";
    const QString path = writeFile(dir, QStringLiteral("unknown.sockscope"), bytes);
    LoadedSession loaded;
    QString error;
    QVERIFY2(loadSession(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.header.extra.value(QStringLiteral("fromVersion1_9")).toObject().value(QStringLiteral("keep")).toArray().size(), 2);
    QCOMPARE(loaded.header.connection(3)->extra.value(QStringLiteral("peerCount")).toInt(), 12);
    QCOMPARE(loaded.events.at(0).details.value(QStringLiteral("newField")).toObject().value(QStringLiteral("a")).toInt(), 1);

    const QString out = dir.filePath(QStringLiteral("out.sockscope"));
    QVERIFY2(writeSession(out, loaded.header, loaded.events, &error), qPrintable(error));
    const QByteArray written = SessionTest::readAll(out);
    QVERIFY(written.contains("\"fromVersion1_9\": {"));
    QVERIFY(written.contains("\"peerCount\": 12"));
    QVERIFY(written.contains("\"newField\":{\"a\":1}"));
}

void tst_SessionFormat::acceptedVariants_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("events");

    const QByteArray ev = line(SessionTest::textEvent(1));
    const QByteArray compact = "{\"format\":\"sockscope-session\",\"version\":\"1.0\"}\n";
    QTest::newRow("compact header") << compact + ev << 1;
    QTest::newRow("header only, no newline") << QByteArray("{\"format\":\"sockscope-session\",\"version\":\"1.0\"}") << 0;
    QTest::newRow("newer minor version") << QByteArray("{\"format\":\"sockscope-session\",\"version\":\"1.42\",\"x\":1}\n") + ev << 1;
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + compact + ev << 1;
    QTest::newRow("blank lines before and between") << "\n  \n" + compact + "\n" + ev + "\n\n" + line(SessionTest::textEvent(2)) << 2;
    QByteArray crlf = validHeader() + ev + line(SessionTest::textEvent(2));
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF line endings") << crlf << 2;
    QByteArray noFinalNewline = validHeader() + ev + eventToJsonLine(SessionTest::textEvent(2));
    QTest::newRow("last event without newline") << noFinalNewline << 2;
    QTest::newRow("braces and quotes in strings") << QByteArray("{\"format\": \"sockscope-session\", \"version\": \"1.0\",\n"
                                                                "\"notes\": \"}}} \\\" {{{ \\\\\"\n}\n")
                                                         + ev
                                                  << 1;
}

void tst_SessionFormat::acceptedVariants()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, events);

    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    SessionReader reader;
    QVERIFY2(reader.openDevice(&buffer, QStringLiteral("variant.sockscope")), qPrintable(reader.errorString()));
    Event e;
    int count = 0;
    SessionReader::Status status;
    while ((status = reader.next(&e)) == SessionReader::Status::Event && count < 100)
        ++count;
    QVERIFY2(status == SessionReader::Status::End, qPrintable(reader.errorString()));
    QCOMPARE(count, events);
    QVERIFY2(reader.warning().isEmpty(), qPrintable(reader.warning()));
}

// Each row: the file's bytes, a phrase the error must contain, and the line it names (0 = none).
void tst_SessionFormat::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("line");

    const QByteArray ev = line(SessionTest::textEvent(1));
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty") << 0;
    QTest::newRow("only blank lines") << QByteArray("\n \n\t\n") << QStringLiteral("the file is empty") << 0;
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("not a Sockscope session file") << 0;
    QTest::newRow("plain text") << QByteArray("hello world\n") << QStringLiteral("does not begin with a JSON object") << 0;
    QTest::newRow("JSON array") << QByteArray("[{\"format\":\"sockscope-session\"}]\n") << QStringLiteral("does not begin with a JSON object") << 0;
    QTest::newRow("mock configuration") << QByteArray("{\"format\": \"sockscope-mock\", \"version\": 1}\n")
                                        << QStringLiteral("the format is \"sockscope-mock\"") << 0;
    QTest::newRow("JSON without format") << QByteArray("{\"version\": \"1.0\"}\n") << QStringLiteral("no \"format\"") << 0;
    QTest::newRow("format not a string") << QByteArray("{\"format\": 1}\n") << QStringLiteral("no \"format\"") << 0;
    QTest::newRow("newer major version")
        << QByteArray("{\"format\": \"sockscope-session\", \"version\": \"2.0\", \"new\": true}\n") + ev
        << QStringLiteral("written by a newer Sockscope (session format 2.0); this version reads 1.x") << 0;
    QTest::newRow("major version 0") << QByteArray("{\"format\": \"sockscope-session\", \"version\": \"0.9\"}\n")
                                     << QStringLiteral("unsupported session format 0.9") << 0;
    QTest::newRow("version a number") << QByteArray("{\"format\": \"sockscope-session\", \"version\": 1}\n")
                                      << QStringLiteral("MAJOR.MINOR") << 0;
    QTest::newRow("version missing") << QByteArray("{\"format\": \"sockscope-session\"}\n") << QStringLiteral("MAJOR.MINOR") << 0;
    QTest::newRow("truncated header") << QByteArray("{\n    \"format\": \"sockscope-session\",\n    \"notes\": \"cut {")
                                      << QStringLiteral("the header is incomplete") << 3;
    QTest::newRow("header not JSON") << QByteArray("{\n\"format\": \"sockscope-session\"\n\"version\": \"1.0\"\n}\n")
                                     << QStringLiteral("the header is not valid JSON") << 3;
    QTest::newRow("event on the header's line") << QByteArray("{\"format\":\"sockscope-session\",\"version\":\"1.0\"} {\"seq\":1}\n")
                                                << QStringLiteral("unexpected text after the header") << 1;
    QTest::newRow("notes not a string") << validHeader(",\n\"notes\": 5") << QStringLiteral("notes: must be a string") << 0;
    QTest::newRow("connections not an array") << validHeader(",\n\"connections\": {}") << QStringLiteral("connections: must be an array") << 0;
    QTest::newRow("connection without conn") << validHeader(",\n\"connections\": [{\"role\": \"client\"}]")
                                             << QStringLiteral("connections[0].conn") << 0;
    QTest::newRow("connection with bad role") << validHeader(",\n\"connections\": [{\"conn\": 1, \"role\": \"proxy\"}]")
                                              << QStringLiteral("connections[0].role") << 0;
    QTest::newRow("connection twice") << validHeader(",\n\"connections\": [{\"conn\": 1, \"role\": \"client\"}, {\"conn\": 1, \"role\": \"server\"}]")
                                      << QStringLiteral("connection 1 appears twice") << 0;
    QTest::newRow("startedMidConnection not a boolean")
        << validHeader(",\n\"connections\": [{\"conn\": 1, \"role\": \"client\", \"startedMidConnection\": \"yes\"}]")
        << QStringLiteral("connections[0].startedMidConnection") << 0;
    QTest::newRow("openedAt not a string")
        << validHeader(",\n\"connections\": [{\"conn\": 1, \"role\": \"client\", \"openedAt\": 5}]")
        << QStringLiteral("connections[0].openedAt") << 0;
    QTest::newRow("open peer without id")
        << validHeader(",\n\"connections\": [{\"conn\": 1, \"role\": \"server\", \"openPeers\": [{\"openedAt\": \"\"}]}]")
        << QStringLiteral("connections[0].openPeers[0].peer") << 0;
    QTest::newRow("replay not an object") << validHeader(",\n\"replay\": []") << QStringLiteral("replay: must be an object") << 0;
    QTest::newRow("assertions not an array") << validHeader(",\n\"assertions\": {}") << QStringLiteral("assertions: must be an array") << 0;
    QTest::newRow("negative eventCount") << validHeader(",\n\"eventCount\": -1") << QStringLiteral("eventCount: must be a whole number of at least 0") << 0;
    QTest::newRow("fractional eventCount") << validHeader(",\n\"eventCount\": 1.5") << QStringLiteral("eventCount: must be a whole number of at least 0") << 0;
    // Numbers no integer can hold are refused by comparing them before any conversion (no undefined behaviour).
    QTest::newRow("eventCount 1e300") << validHeader(",\n\"eventCount\": 1e300")
                                      << QStringLiteral("eventCount: must be a whole number of at least 0, not 1e+300") << 0;
    QTest::newRow("eventCount 2^63") << validHeader(",\n\"eventCount\": 9223372036854775808")
                                     << QStringLiteral("eventCount: must be a whole number of at least 0, not 9223372036854776000") << 0;
    QTest::newRow("conn 1e300") << validHeader(",\n\"connections\": [{\"conn\": 1e300, \"role\": \"client\"}]")
                                << QStringLiteral("connections[0].conn: must be a connection id (an integer from 1), not 1e+300") << 0;
    QTest::newRow("open peer -1e300")
        << validHeader(",\n\"connections\": [{\"conn\": 1, \"role\": \"server\", \"openPeers\": [{\"peer\": -1e300}]}]")
        << QStringLiteral("connections[0].openPeers[0].peer: must be a peer id (an integer from 1), not -1e+300") << 0;
    // Event lines: the header above spans 4 lines.
    QTest::newRow("event not JSON") << validHeader() + "not json\n" + ev << QStringLiteral("not valid JSON") << 5;
    QTest::newRow("event an array") << validHeader() + ev + "[1, 2]\n" + ev << QStringLiteral("an event must be a JSON object") << 6;
    QTest::newRow("event without kind")
        << validHeader() + ev + "{\"seq\":2,\"time\":\"2026-11-22T10:00:00.000Z\",\"monotonicNs\":1,\"conn\":1,\"dir\":\"in\"}\n"
        << QStringLiteral("unknown or missing event kind") << 6;
    QTest::newRow("event without seq")
        << validHeader() + "{\"time\":\"2026-11-22T10:00:00.000Z\",\"monotonicNs\":1,\"conn\":1,\"dir\":\"in\",\"kind\":\"state\"}\n"
        << QStringLiteral("seq") << 5;
    QTest::newRow("event with fractional monotonicNs")
        << validHeader() + "{\"seq\":1,\"time\":\"2026-11-22T10:00:00.000Z\",\"monotonicNs\":1.5,\"conn\":1,\"dir\":\"in\",\"kind\":\"state\"}\n"
        << QStringLiteral("monotonicNs") << 5;
    QTest::newRow("bad base64")
        << validHeader() + "{\"seq\":1,\"time\":\"2026-11-22T10:00:00.000Z\",\"monotonicNs\":1,\"conn\":1,\"dir\":\"in\",\"kind\":\"binary\",\"base64\":\"@@\"}\n"
        << QStringLiteral("base64") << 5;
    QTest::newRow("broken last line with newline") << validHeader() + ev + "{\"seq\":2,\"ti\n"
                                                   << QStringLiteral("not valid JSON") << 6;
}

void tst_SessionFormat::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(int, line);

    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.sockscope"), bytes);
    for (const bool tolerant : {false, true}) {
        SessionReader reader;
        reader.setTolerateTornTail(tolerant);
        QString error;
        if (reader.open(path)) {
            Event e;
            SessionReader::Status status;
            int guard = 0;
            while ((status = reader.next(&e)) == SessionReader::Status::Event && ++guard < 100) {
            }
            QCOMPARE(status, SessionReader::Status::Error);
            QCOMPARE(reader.next(&e), SessionReader::Status::Error);
        }
        error = reader.errorString();
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        if (line > 0)
            QVERIFY2(error.contains(QStringLiteral(": line %1: ").arg(line)), qPrintable(error));
        else
            QVERIFY2(!error.contains(QStringLiteral(": line ")), qPrintable(error));
    }
    LoadedSession loaded;
    QString error;
    QVERIFY(!loadSession(path, &loaded, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_SessionFormat::tornTail_data()
{
    QTest::addColumn<bool>("journal");
    QTest::newRow("journal: tolerated") << true;
    QTest::newRow("final file: warned") << false;
}

void tst_SessionFormat::tornTail()
{
    QFETCH(bool, journal);

    QTemporaryDir dir;
    QByteArray bytes = validHeader();
    for (quint64 seq = 1; seq <= 3; ++seq)
        bytes += line(SessionTest::textEvent(seq));
    const QByteArray partial = eventToJsonLine(SessionTest::textEvent(4)).left(40);
    bytes += partial;
    const QString path = writeFile(dir, QStringLiteral("torn.sockscope"), bytes);

    SessionReader reader;
    reader.setTolerateTornTail(journal);
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    Event e;
    for (quint64 seq = 1; seq <= 3; ++seq) {
        QCOMPARE(reader.next(&e), SessionReader::Status::Event);
        QCOMPARE(e.sequence, seq);
    }
    QCOMPARE(reader.next(&e), SessionReader::Status::End);
    QCOMPARE(reader.droppedBytes(), qint64(40));
    QVERIFY(reader.errorString().isEmpty());
    if (journal) {
        QCOMPARE(reader.warning(), QStringLiteral("dropped a partial last line (40 bytes)"));
    } else {
        QVERIFY2(reader.warning().startsWith(path + QStringLiteral(": line 8: the file ends in a partial line (40 bytes)")),
                 qPrintable(reader.warning()));
        QVERIFY(reader.warning().contains(QStringLiteral("cut short")));
    }
    // The loader reads what is there and passes the warning on.
    LoadedSession loaded;
    QString error;
    QVERIFY2(loadSession(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.events.size(), 3);
    QVERIFY(loaded.warning.contains(QStringLiteral("partial")));
}

void tst_SessionFormat::eventCountMismatchWarns()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("short.sockscope"),
                                   validHeader(",\n\"eventCount\": 3") + line(SessionTest::textEvent(1)));
    LoadedSession loaded;
    QString error;
    QVERIFY2(loadSession(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.events.size(), 1);
    QVERIFY2(loaded.warning.contains(QStringLiteral("the header says 3 events, but the file holds 1")), qPrintable(loaded.warning));
}

void tst_SessionFormat::limits()
{
    QByteArray bytes = validHeader(",\n\"notes\": \"" + QByteArray(2000, 'n') + "\"") + line(SessionTest::textEvent(1))
        + line(SessionTest::textEvent(2, QByteArray(5000, 'x')));
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        SessionReader reader;
        reader.setLimits(1000, 1 << 20);
        QVERIFY(!reader.openDevice(&buffer, QStringLiteral("big-header")));
        QVERIFY2(reader.errorString().contains(QStringLiteral("the header is larger than")), qPrintable(reader.errorString()));
    }
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        SessionReader reader;
        reader.setLimits(1 << 20, 4096);
        QVERIFY2(reader.openDevice(&buffer, QStringLiteral("long-line")), qPrintable(reader.errorString()));
        Event e;
        QCOMPARE(reader.next(&e), SessionReader::Status::Event);
        QCOMPARE(reader.next(&e), SessionReader::Status::Error);
        QVERIFY2(reader.errorString().startsWith(QStringLiteral("long-line: line 7: the line is longer than the limit of")),
                 qPrintable(reader.errorString()));
    }
}

void tst_SessionFormat::writeErrors()
{
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/x.sockscope"));
    QVERIFY(!writeSession(missing, newSessionHeader(), QVector<Event>{SessionTest::textEvent(1)}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + missing + QStringLiteral(": ")), qPrintable(error));

    // A folder nobody may write to. Root ignores permission bits, but not sysfs.
    QString readOnly = dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    if (::geteuid() == 0)
        readOnly = QStringLiteral("/sys");
    const QString target = readOnly + QStringLiteral("/x.sockscope");
    error.clear();
    QVERIFY(!writeSession(target, newSessionHeader(), QVector<Event>{SessionTest::textEvent(1)}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + target + QStringLiteral(": ")), qPrintable(error));
    QVERIFY(!QFile::exists(target));
    QFile::setPermissions(dir.filePath(QStringLiteral("read-only")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void tst_SessionFormat::writerCountMismatchSavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("count.sockscope"));
    SessionHeader header = newSessionHeader();
    header.eventCount = 5;
    int produced = 0;
    QString error;
    QVERIFY(!writeSession(path, header, [&](Event *e) {
        if (produced == 3)
            return false;
        *e = SessionTest::textEvent(quint64(++produced));
        return true;
    }, &error));
    QVERIFY2(error.contains(QStringLiteral("the header promises 5 events, but 3 were given")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void tst_SessionFormat::loaderFilter()
{
    QTemporaryDir dir;
    QVector<Event> events;
    for (quint64 seq = 1; seq <= 10; ++seq) {
        Event e = SessionTest::textEvent(seq);
        e.connectionId = seq % 2 ? 1 : 2;
        events.append(e);
    }
    const QString path = dir.filePath(QStringLiteral("two.sockscope"));
    QString error;
    QVERIFY(writeSession(path, newSessionHeader(), events, &error));
    LoadedSession loaded;
    QVERIFY2(loadSession(path, &loaded, &error, [](const Event &e) { return e.connectionId == 2; }), qPrintable(error));
    QCOMPARE(loaded.events.size(), 5);
    for (const Event &e : std::as_const(loaded.events))
        QCOMPARE(e.connectionId, quint32(2));
    QCOMPARE(loaded.header.eventCount, qint64(10));
    QVERIFY(loaded.warning.isEmpty());

    QVERIFY(!loadSession(dir.filePath(QStringLiteral("absent.sockscope")), &loaded, &error));
    QVERIFY2(error.contains(QStringLiteral("absent.sockscope: no such file")), qPrintable(error));
}

// Written from a producer and read back counting: neither side holds the events.
void tst_SessionFormat::streaming200k()
{
    constexpr qint64 count = 200000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sockscope"));
    SessionHeader header = newSessionHeader();
    header.eventCount = count;
    qint64 produced = 0;
    QString error;
    QVERIFY2(writeSession(path, header, [&](Event *e) {
        if (produced == count)
            return false;
        ++produced;
        *e = SessionTest::testEvent(quint64(produced), produced % 10 ? EventKind::Text : EventKind::Binary,
                                produced % 2 ? Direction::In : Direction::Out,
                                "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(produced) + ",\"result\":{}}");
        return true;
    }, &error), qPrintable(error));

    SessionReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.header().eventCount, count);
    Event e;
    qint64 read = 0;
    quint64 lastSeq = 0;
    bool ordered = true;
    while (reader.next(&e) == SessionReader::Status::Event) {
        ordered = ordered && e.sequence == lastSeq + 1;
        lastSeq = e.sequence;
        ++read;
    }
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    QVERIFY(ordered);
    QCOMPARE(read, count);
    QCOMPARE(reader.eventsRead(), count);
    QCOMPARE(reader.lineNumber(), count + sessionHeaderToText(header).count('\n'));
}

void tst_SessionFormat::exampleFileLoads()
{
    const QString path = SockscopeTest::sourceDir() + QStringLiteral("/resources/sessions/example.sockscope");
    LoadedSession loaded;
    QString error;
    QVERIFY2(loadSession(path, &loaded, &error), qPrintable(error));
    QVERIFY2(loaded.warning.isEmpty(), qPrintable(loaded.warning));
    QCOMPARE(loaded.header.eventCount, qint64(loaded.events.size()));
    QCOMPARE(loaded.header.replay.value(QStringLiteral("timing")).toString(), QStringLiteral("fast"));
    QVERIFY(loaded.header.assertions.isEmpty());
    QCOMPARE(loaded.header.connections.size(), 1);
    const SessionConnectionInfo &connection = loaded.header.connections.at(0);
    QCOMPARE(connection.role, QStringLiteral("client"));
    ClientSettings settings;
    QVERIFY2(clientSettingsFromJson(connection.settings, &settings, &error), qPrintable(error));
    QCOMPARE(settings.url.toString(), connection.url);
    QStringList methods;
    for (const Event &e : std::as_const(loaded.events)) {
        QCOMPARE(e.connectionId, connection.connectionId);
        if (e.kind == EventKind::Text && e.direction == Direction::Out)
            methods.append(QJsonDocument::fromJson(e.payload).object().value(QStringLiteral("method")).toString());
    }
    QCOMPARE(methods, (QStringList{QStringLiteral("initialize"), QStringLiteral("notifications/initialized"),
                                   QStringLiteral("tools/list"), QStringLiteral("tools/call")}));
}

QTEST_GUILESS_MAIN(tst_SessionFormat)
#include "tst_sessionformat.moc"
