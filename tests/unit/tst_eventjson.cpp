#include "event/eventjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using Sockscope::Direction;
using Sockscope::Event;
using Sockscope::EventKind;

Q_DECLARE_METATYPE(Sockscope::Event)

namespace {

Event sampleEvent(EventKind kind, Direction direction, const QByteArray &payload = {}, const QJsonObject &details = {})
{
    Event event;
    event.sequence = 4711;
    event.monotonicNs = 987654321012345;
    event.wallMs = 1700000000123; // 2023-11-14T22:13:20.123Z
    event.connectionId = 3;
    event.peerId = 0;
    event.direction = direction;
    event.kind = kind;
    event.size = payload.size();
    event.payload = payload;
    event.details = details;
    return event;
}

QJsonObject parseLine(const QByteArray &line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    *error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
    return document.object();
}

QByteArray allBytes()
{
    QByteArray out(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        out[i] = char(i);
    return out;
}

} // namespace

class tst_EventJson final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveDefaultValues();
    void kindAndDirectionNames();
    void line_data();
    void line();
    void lineStartsWithFixedFields();
    void textIsEscaped_data();
    void textIsEscaped();
    void binaryPayloadAsBase64();
    void timeFormat_data();
    void timeFormat();
    void roundTrip_data();
    void roundTrip();
    void badInput_data();
    void badInput();
    void exactIntegers_data();
    void exactIntegers();
    void fromLine_data();
    void fromLine();
};

void tst_EventJson::shouldHaveDefaultValues()
{
    const Event event;
    QCOMPARE(event.sequence, quint64(0));
    QCOMPARE(event.monotonicNs, qint64(0));
    QCOMPARE(event.wallMs, qint64(0));
    QCOMPARE(event.connectionId, quint32(0));
    QCOMPARE(event.peerId, quint32(0));
    QCOMPARE(event.direction, Direction::Local);
    QCOMPARE(event.kind, EventKind::Error);
    QCOMPARE(event.size, qint64(0));
    QVERIFY(event.payload.isEmpty());
    QVERIFY(event.details.isEmpty());

    const QJsonObject json = Sockscope::eventToJson(event);
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("error"));
    QCOMPARE(json.value(QStringLiteral("dir")).toString(), QStringLiteral("local"));
    QCOMPARE(json.value(QStringLiteral("time")).toString(), QStringLiteral("1970-01-01T00:00:00.000Z"));
    QVERIFY(!json.contains(QStringLiteral("peer")));
    QVERIFY(!json.contains(QStringLiteral("size")));
    QVERIFY(!json.contains(QStringLiteral("text")));
    QVERIFY(!json.contains(QStringLiteral("base64")));
}

void tst_EventJson::kindAndDirectionNames()
{
    const QStringList kindNames = {QStringLiteral("open"),  QStringLiteral("text"),      QStringLiteral("binary"),
                                   QStringLiteral("ping"),  QStringLiteral("pong"),      QStringLiteral("close"),
                                   QStringLiteral("error"), QStringLiteral("state"),     QStringLiteral("reconnect"),
                                   QStringLiteral("heartbeat-miss"), QStringLiteral("refused")};
    for (int i = 0; i < kindNames.size(); ++i) {
        const auto kind = static_cast<EventKind>(i);
        QCOMPARE(Sockscope::eventKindName(kind), kindNames.at(i));
        EventKind parsed = EventKind::Open;
        QVERIFY(Sockscope::eventKindFromName(kindNames.at(i), &parsed));
        QCOMPARE(parsed, kind);
    }
    const QStringList directionNames = {QStringLiteral("in"), QStringLiteral("out"), QStringLiteral("local")};
    for (int i = 0; i < directionNames.size(); ++i) {
        const auto direction = static_cast<Direction>(i);
        QCOMPARE(Sockscope::directionName(direction), directionNames.at(i));
        Direction parsed = Direction::Local;
        QVERIFY(Sockscope::directionFromName(directionNames.at(i), &parsed));
        QCOMPARE(parsed, direction);
    }
    EventKind kind = EventKind::Ping;
    QVERIFY(!Sockscope::eventKindFromName(QStringLiteral("Text"), &kind));
    QVERIFY(!Sockscope::eventKindFromName(QString(), &kind));
    QCOMPARE(kind, EventKind::Ping);
}

void tst_EventJson::line_data()
{
    QTest::addColumn<Event>("event");

    QTest::newRow("text in") << sampleEvent(EventKind::Text, Direction::In, "hello");
    QTest::newRow("text empty") << sampleEvent(EventKind::Text, Direction::Out, "");
    QTest::newRow("binary out") << sampleEvent(EventKind::Binary, Direction::Out, allBytes());
    QTest::newRow("ping") << sampleEvent(EventKind::Ping, Direction::Out, "\x01\x02");
    QTest::newRow("pong empty") << sampleEvent(EventKind::Pong, Direction::In);
    QTest::newRow("close with details")
        << sampleEvent(EventKind::Close, Direction::In, {},
                       {{QStringLiteral("code"), 1000}, {QStringLiteral("reason"), QStringLiteral("bye \"now\"")},
                        {QStringLiteral("closedBy"), QStringLiteral("server")}});
    QTest::newRow("open with nested details")
        << sampleEvent(EventKind::Open, Direction::Local, {},
                       {{QStringLiteral("request"), QJsonArray{QJsonArray{QStringLiteral("Host"), QStringLiteral("h")}}},
                        {QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), 101}}}});
    Event withPeer = sampleEvent(EventKind::Text, Direction::In, "peer says hi");
    withPeer.peerId = 12;
    QTest::newRow("with peer") << withPeer;
    Event unicode = sampleEvent(EventKind::Text, Direction::In, QStringLiteral("gr\u00fc\u00df \u20ac \U0001F600").toUtf8());
    QTest::newRow("unicode text") << unicode;
}

// The hand-written line parses as JSON and says the same as eventToJson().
void tst_EventJson::line()
{
    QFETCH(Event, event);

    const QByteArray line = Sockscope::eventToJsonLine(event);
    QVERIFY(!line.contains('\n'));
    QString error;
    const QJsonObject parsed = parseLine(line, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + QStringLiteral(": ") + QString::fromUtf8(line)));
    QCOMPARE(parsed, Sockscope::eventToJson(event));

    QCOMPARE(parsed.value(QStringLiteral("seq")).toDouble(), 4711.0);
    QCOMPARE(parsed.value(QStringLiteral("monotonicNs")).toDouble(), 987654321012345.0);
    QCOMPARE(parsed.value(QStringLiteral("time")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
    QCOMPARE(parsed.value(QStringLiteral("conn")).toDouble(), 3.0);
    QCOMPARE(parsed.value(QStringLiteral("dir")).toString(), Sockscope::directionName(event.direction));
    QCOMPARE(parsed.value(QStringLiteral("kind")).toString(), Sockscope::eventKindName(event.kind));
    QCOMPARE(parsed.contains(QStringLiteral("peer")), event.peerId != 0);
    for (auto it = event.details.begin(); it != event.details.end(); ++it)
        QCOMPARE(parsed.value(it.key()), it.value());
}

void tst_EventJson::lineStartsWithFixedFields()
{
    Event event = sampleEvent(EventKind::Close, Direction::In, {}, {{QStringLiteral("code"), 1000}});
    QCOMPARE(Sockscope::eventToJsonLine(event),
             QByteArray("{\"seq\":4711,\"time\":\"2023-11-14T22:13:20.123Z\",\"monotonicNs\":987654321012345,"
                        "\"conn\":3,\"dir\":\"in\",\"kind\":\"close\",\"size\":0,\"code\":1000}"));
    event = sampleEvent(EventKind::Text, Direction::Out, "hi");
    event.peerId = 9;
    QCOMPARE(Sockscope::eventToJsonLine(event),
             QByteArray("{\"seq\":4711,\"time\":\"2023-11-14T22:13:20.123Z\",\"monotonicNs\":987654321012345,"
                        "\"conn\":3,\"peer\":9,\"dir\":\"out\",\"kind\":\"text\",\"size\":2,\"text\":\"hi\"}"));
}

void tst_EventJson::textIsEscaped_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("escaped"); // as it must appear between the quotes

    QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("say \\\"hi\\\"");
    QTest::newRow("backslash") << QByteArray("C:\\dir\\") << QByteArray("C:\\\\dir\\\\");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("a\\nb");
    QTest::newRow("carriage return") << QByteArray("a\rb") << QByteArray("a\\rb");
    QTest::newRow("tab") << QByteArray("a\tb") << QByteArray("a\\tb");
    QTest::newRow("backspace") << QByteArray("a\bb") << QByteArray("a\\bb");
    QTest::newRow("form feed") << QByteArray("a\fb") << QByteArray("a\\fb");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QByteArray("a\\u0000b");
    QTest::newRow("0x01") << QByteArray("\x01") << QByteArray("\\u0001");
    QTest::newRow("0x1f") << QByteArray("\x1f") << QByteArray("\\u001f");
    QTest::newRow("escape char") << QByteArray("\x1b[0m") << QByteArray("\\u001b[0m");
    QTest::newRow("slash and DEL kept") << QByteArray("a/b\x7f") << QByteArray("a/b\x7f");
    QTest::newRow("UTF-8 kept") << QByteArray("\xc3\xa9\xe2\x82\xac") << QByteArray("\xc3\xa9\xe2\x82\xac");
    QTest::newRow("JSON inside") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1}")
                                 << QByteArray("{\\\"jsonrpc\\\":\\\"2.0\\\",\\\"id\\\":1}");
}

void tst_EventJson::textIsEscaped()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, escaped);

    const Event event = sampleEvent(EventKind::Text, Direction::In, text);
    const QByteArray line = Sockscope::eventToJsonLine(event);
    QVERIFY2(line.endsWith(QByteArray(",\"text\":\"" + escaped + "\"}")), line.constData());
    for (const char c : line)
        QVERIFY2(uchar(c) >= 0x20, line.constData());

    QString error;
    const QJsonObject parsed = parseLine(line, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.value(QStringLiteral("text")).toString().toUtf8(), text);
    QCOMPARE(parsed.value(QStringLiteral("size")).toDouble(), double(text.size()));
}

void tst_EventJson::binaryPayloadAsBase64()
{
    for (const EventKind kind : {EventKind::Binary, EventKind::Ping, EventKind::Pong}) {
        const Event event = sampleEvent(kind, Direction::In, allBytes());
        const QJsonObject json = Sockscope::eventToJson(event);
        QCOMPARE(json.value(QStringLiteral("base64")).toString(), QString::fromLatin1(allBytes().toBase64()));
        QVERIFY(!json.contains(QStringLiteral("text")));
        QCOMPARE(json.value(QStringLiteral("size")).toDouble(), 256.0);

        QString error;
        const QJsonObject parsed = parseLine(Sockscope::eventToJsonLine(event), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QByteArray::fromBase64(parsed.value(QStringLiteral("base64")).toString().toLatin1()), allBytes());
    }
}

void tst_EventJson::timeFormat_data()
{
    QTest::addColumn<qint64>("wallMs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00.000Z");
    QTest::newRow("milliseconds") << qint64(1700000000123) << QStringLiteral("2023-11-14T22:13:20.123Z");
    QTest::newRow("leap day") << qint64(1709210096007) << QStringLiteral("2024-02-29T12:34:56.007Z");
}

void tst_EventJson::timeFormat()
{
    QFETCH(qint64, wallMs);
    QFETCH(QString, expected);

    Event event = sampleEvent(EventKind::Error, Direction::Local);
    event.wallMs = wallMs;
    QCOMPARE(Sockscope::eventToJson(event).value(QStringLiteral("time")).toString(), expected);

    Event back;
    QString error;
    QVERIFY(Sockscope::eventFromJson(Sockscope::eventToJson(event), &back, &error));
    QCOMPARE(back.wallMs, wallMs);
}

void tst_EventJson::roundTrip_data()
{
    QTest::addColumn<Event>("event");

    const QJsonObject details = {
        {QStringLiteral("code"), 1001},
        {QStringLiteral("reason"), QStringLiteral("going \"away\"\n")},
        {QStringLiteral("flag"), true},
        {QStringLiteral("nothing"), QJsonValue::Null},
        {QStringLiteral("list"), QJsonArray{1, QStringLiteral("two"), QJsonObject{{QStringLiteral("three"), 3}}}},
        {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QJsonObject{{QStringLiteral("b"), 2.5}}}}},
    };

    for (int k = 0; k <= int(EventKind::Refused); ++k) {
        const auto kind = static_cast<EventKind>(k);
        const bool hasPayload = kind == EventKind::Text || kind == EventKind::Binary || kind == EventKind::Ping
            || kind == EventKind::Pong;
        const QByteArray payload = !hasPayload ? QByteArray()
            : kind == EventKind::Text          ? QByteArray("line1\nline2 \"q\" \xc3\xa9")
                                               : allBytes().left(kind == EventKind::Binary ? 256 : 125);
        for (const Direction direction : {Direction::In, Direction::Out, Direction::Local}) {
            Event event = sampleEvent(kind, direction, payload, k % 2 == 0 ? details : QJsonObject());
            event.peerId = quint32(k % 3 == 0 ? 0 : 100 + k);
            event.connectionId = quint32(4000000000u);
            event.sequence = quint64(1) << 52;
            QTest::addRow("%s %s", qPrintable(Sockscope::eventKindName(kind)),
                          qPrintable(Sockscope::directionName(direction)))
                << event;
        }
    }
    Event emptyText = sampleEvent(EventKind::Text, Direction::In, QByteArray());
    QTest::newRow("empty text") << emptyText;
    Event emptyBinary = sampleEvent(EventKind::Binary, Direction::Out, QByteArray());
    QTest::newRow("empty binary") << emptyBinary;
    Event wireSizeDiffers = sampleEvent(EventKind::Binary, Direction::In, "abc");
    wireSizeDiffers.size = 1000; // a payload kept short in the store
    QTest::newRow("size differs from payload") << wireSizeDiffers;
    Event negativeTime = sampleEvent(EventKind::StateChange, Direction::Local);
    negativeTime.monotonicNs = -5;
    QTest::newRow("negative monotonic time") << negativeTime;
}

void tst_EventJson::roundTrip()
{
    QFETCH(Event, event);

    // Through the object, and through the printed line.
    QString lineError;
    const QJsonObject fromLine = parseLine(Sockscope::eventToJsonLine(event), &lineError);
    QVERIFY2(lineError.isEmpty(), qPrintable(lineError));
    for (const QJsonObject &json : {Sockscope::eventToJson(event), fromLine}) {
        Event back;
        QString error;
        QVERIFY2(Sockscope::eventFromJson(json, &back, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(back.sequence, event.sequence);
        QCOMPARE(back.monotonicNs, event.monotonicNs);
        QCOMPARE(back.wallMs, event.wallMs);
        QCOMPARE(back.connectionId, event.connectionId);
        QCOMPARE(back.peerId, event.peerId);
        QCOMPARE(back.direction, event.direction);
        QCOMPARE(back.kind, event.kind);
        QCOMPARE(back.size, event.size);
        QCOMPARE(back.payload, event.payload);
        QCOMPARE(back.details, event.details);
    }
}

// A valid object with one field changed ("" removes it); a word the error must contain.
void tst_EventJson::badInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorMentions");

    const QJsonValue remove = QJsonValue::Undefined;
    QTest::newRow("missing kind") << QStringLiteral("kind") << remove << QStringLiteral("kind");
    QTest::newRow("unknown kind") << QStringLiteral("kind") << QJsonValue(QStringLiteral("telegram"))
                                  << QStringLiteral("telegram");
    QTest::newRow("kind not a string") << QStringLiteral("kind") << QJsonValue(1) << QStringLiteral("kind");
    QTest::newRow("missing dir") << QStringLiteral("dir") << remove << QStringLiteral("direction");
    QTest::newRow("bad dir") << QStringLiteral("dir") << QJsonValue(QStringLiteral("sideways"))
                             << QStringLiteral("sideways");
    QTest::newRow("dir upper case") << QStringLiteral("dir") << QJsonValue(QStringLiteral("IN")) << QStringLiteral("IN");
    QTest::newRow("missing time") << QStringLiteral("time") << remove << QStringLiteral("time");
    QTest::newRow("bad time") << QStringLiteral("time") << QJsonValue(QStringLiteral("yesterday"))
                              << QStringLiteral("time");
    QTest::newRow("time as number") << QStringLiteral("time") << QJsonValue(1700000000123.0) << QStringLiteral("time");
    QTest::newRow("missing monotonicNs") << QStringLiteral("monotonicNs") << remove << QStringLiteral("monotonicNs");
    QTest::newRow("monotonicNs as string") << QStringLiteral("monotonicNs") << QJsonValue(QStringLiteral("12"))
                                           << QStringLiteral("monotonicNs");
    QTest::newRow("bad base64") << QStringLiteral("base64") << QJsonValue(QStringLiteral("!!!not base64!!!"))
                                << QStringLiteral("base64");
    QTest::newRow("base64 with bad padding") << QStringLiteral("base64") << QJsonValue(QStringLiteral("QUJD="))
                                             << QStringLiteral("base64");
    QTest::newRow("base64 not a string") << QStringLiteral("base64") << QJsonValue(12) << QStringLiteral("base64");
    QTest::newRow("missing seq") << QStringLiteral("seq") << remove << QStringLiteral("seq");
    QTest::newRow("negative seq") << QStringLiteral("seq") << QJsonValue(-1) << QStringLiteral("seq");
    QTest::newRow("fractional seq") << QStringLiteral("seq") << QJsonValue(1.5) << QStringLiteral("seq");
    QTest::newRow("missing conn") << QStringLiteral("conn") << remove << QStringLiteral("conn");
    QTest::newRow("conn above 32 bits") << QStringLiteral("conn") << QJsonValue(qint64(1) << 32) << QStringLiteral("conn");
    QTest::newRow("peer a string") << QStringLiteral("peer") << QJsonValue(QStringLiteral("2")) << QStringLiteral("peer");
    QTest::newRow("size fractional") << QStringLiteral("size") << QJsonValue(2.5) << QStringLiteral("size");
    QTest::newRow("monotonicNs fractional") << QStringLiteral("monotonicNs") << QJsonValue(0.5) << QStringLiteral("monotonicNs");
    QTest::newRow("monotonicNs too big") << QStringLiteral("monotonicNs") << QJsonValue(1e30) << QStringLiteral("monotonicNs");
}

// Values a double cannot hold exactly survive both the object and the printed line.
void tst_EventJson::exactIntegers_data()
{
    QTest::addColumn<quint64>("sequence");
    QTest::addColumn<qint64>("monotonicNs");
    QTest::addColumn<qint64>("size");

    const qint64 p62 = qint64(1) << 62;
    QTest::newRow("2^53 + 1") << quint64((qint64(1) << 53) + 1) << (qint64(1) << 53) + 1 << (qint64(1) << 53) + 1;
    QTest::newRow("near 2^62") << quint64(p62 + 1) << p62 + 12345 << p62 - 1;
    QTest::newRow("int64 max") << quint64(std::numeric_limits<qint64>::max()) << std::numeric_limits<qint64>::max()
                               << std::numeric_limits<qint64>::max();
    QTest::newRow("negative monotonic") << quint64(1) << -p62 - 7 << qint64(0);
}

void tst_EventJson::exactIntegers()
{
    QFETCH(quint64, sequence);
    QFETCH(qint64, monotonicNs);
    QFETCH(qint64, size);

    Event event = sampleEvent(EventKind::Binary, Direction::In, "abc");
    event.sequence = sequence;
    event.monotonicNs = monotonicNs;
    event.size = size;
    event.connectionId = 4294967295u;
    event.peerId = 4294967294u;
    const QByteArray line = Sockscope::eventToJsonLine(event);
    QVERIFY(line.contains(QByteArray(",\"monotonicNs\":" + QByteArray::number(monotonicNs) + ',')));
    QString error;
    for (const QJsonObject &json : {Sockscope::eventToJson(event), parseLine(line, &error)}) {
        Event back;
        QVERIFY2(Sockscope::eventFromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back.sequence, sequence);
        QCOMPARE(back.monotonicNs, monotonicNs);
        QCOMPARE(back.size, size);
        QCOMPARE(back.connectionId, 4294967295u);
        QCOMPARE(back.peerId, 4294967294u);
    }
    // The object form holds integers, not doubles: its compact text matches the line.
    QCOMPARE(QJsonDocument(Sockscope::eventToJson(event)).toJson(QJsonDocument::Compact).contains(QByteArray::number(monotonicNs)),
             true);
}

void tst_EventJson::fromLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("errorMentions"); // empty: accepted

    QTest::newRow("valid") << Sockscope::eventToJsonLine(sampleEvent(EventKind::Text, Direction::In, "hi")) << QString();
    QTest::newRow("not JSON") << QByteArray("{\"seq\":") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("JSON object");
    QTest::newRow("string") << QByteArray("\"text\"") << QStringLiteral("JSON");
    QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("kind");
}

void tst_EventJson::fromLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, errorMentions);

    Event event;
    QString error;
    const bool ok = Sockscope::eventFromJsonLine(line, &event, &error);
    QCOMPARE(ok, errorMentions.isEmpty());
    if (!ok)
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void tst_EventJson::badInput()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorMentions);

    QJsonObject json = Sockscope::eventToJson(sampleEvent(EventKind::Binary, Direction::In, "abc"));
    {
        // The unchanged object is fine: the failure below is the changed field's.
        Event ok;
        QString error;
        QVERIFY(Sockscope::eventFromJson(json, &ok, &error));
    }
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);

    Event sentinel = sampleEvent(EventKind::Ping, Direction::Out, "untouched");
    sentinel.sequence = 99;
    Event event = sentinel;
    QString error;
    QVERIFY(!Sockscope::eventFromJson(json, &event, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
    // The output is left alone on failure.
    QCOMPARE(event.sequence, sentinel.sequence);
    QCOMPARE(event.kind, sentinel.kind);
    QCOMPARE(event.payload, sentinel.payload);
}

QTEST_GUILESS_MAIN(tst_EventJson)
#include "tst_eventjson.moc"
