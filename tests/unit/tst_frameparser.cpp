#include "protocol/closecode.h"
#include "protocol/frameparser.h"
#include "unittesthelpers.h"

#include <QTest>

using Sockscope::FrameParser;
using SockscopeUnitTest::bytesOf;
using SockscopeUnitTest::closePayload;
using SockscopeUnitTest::patternPayload;
using SockscopeUnitTest::rawFrame;
using SockscopeUnitTest::RecordingFrameHandler;
namespace CloseCode = Sockscope::CloseCode;

Q_DECLARE_METATYPE(Sockscope::FrameParser::Role)

namespace {

constexpr qint64 kNoLimit = 0;
constexpr int kFin = 0x80;

// Frames as the given parser role expects them: clients receive unmasked frames,
// servers masked ones.
QByteArray frameFor(FrameParser::Role role, int firstByte, const QByteArray &payload)
{
    return rawFrame(firstByte, payload, role == FrameParser::Role::Server);
}

const char *roleName(FrameParser::Role role)
{
    return role == FrameParser::Role::Server ? "server" : "client";
}

} // namespace

class tst_FrameParser final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveDefaultValues();
    void singleFrame_data();
    void singleFrame();
    void severalFramesInOneFeed();
    void bytesOneAtATime_data();
    void bytesOneAtATime();
    void splitAtEveryByte();
    void fragmentedMessage_data();
    void fragmentedMessage();
    void controlFramesInsideFragmentedMessage_data();
    void controlFramesInsideFragmentedMessage();
    void controlFramePayloads_data();
    void controlFramePayloads();
    void closeFrame_data();
    void closeFrame();
    void protocolError_data();
    void protocolError();
    void protocolErrorFedOneByteAtATime_data();
    void protocolErrorFedOneByteAtATime();
    void errorFromHeaderAlone_data();
    void errorFromHeaderAlone();
    void messageTooBigFromHeader_data();
    void messageTooBigFromHeader();
    void messageAtExactLimitPasses_data();
    void messageAtExactLimitPasses();
    void fragmentedMessageOverLimit();
    void setMaxMessageBytesAppliesToNextFrame();
    void validFramesBeforeErrorAreDelivered();
    void inputAfterErrorIsIgnored_data();
    void messageErrorSkipsOnlyThatMessage_data();
    void messageErrorSkipsOnlyThatMessage();
    void inputAfterErrorIsIgnored();
    void bufferedBytes();
    void unfinishedBytesLeavesOutRejectedMessages();
    void utf8SplitAcrossFragments_data();
    void utf8SplitAcrossFragments();
};

void tst_FrameParser::shouldHaveDefaultValues()
{
    RecordingFrameHandler handler;
    FrameParser parser(FrameParser::Role::Client, &handler, kNoLimit);
    QVERIFY(!parser.hasFailed());
    QCOMPARE(parser.bufferedBytes(), 0);
    parser.feed(QByteArray());
    QVERIFY(!parser.hasFailed());
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(handler.log.isEmpty());
}

void tst_FrameParser::singleFrame_data()
{
    QTest::addColumn<FrameParser::Role>("role");
    QTest::addColumn<bool>("isText");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("expectedHeaderBytes");

    const QList<QPair<int, int>> sizes = {{0, 2}, {1, 2}, {125, 2}, {126, 4}, {127, 4},
                                          {65535, 4}, {65536, 10}, {100000, 10}};
    for (const FrameParser::Role role : {FrameParser::Role::Client, FrameParser::Role::Server}) {
        for (const bool isText : {true, false}) {
            for (const auto &size : sizes) {
                const int header = size.second + (role == FrameParser::Role::Server ? 4 : 0);
                QTest::addRow("%s %s %d", roleName(role), isText ? "text" : "binary", size.first)
                    << role << isText << size.first << header;
            }
        }
    }
}

void tst_FrameParser::singleFrame()
{
    QFETCH(FrameParser::Role, role);
    QFETCH(bool, isText);
    QFETCH(int, size);
    QFETCH(int, expectedHeaderBytes);

    const QByteArray payload = patternPayload(size, isText);
    const QByteArray wire = frameFor(role, kFin | (isText ? 0x1 : 0x2), payload);
    QCOMPARE(wire.size(), expectedHeaderBytes + size);

    RecordingFrameHandler handler;
    FrameParser parser(role, &handler, kNoLimit);
    parser.feed(wire);

    QCOMPARE(handler.log.size(), 1);
    QCOMPARE(handler.messages.size(), 1);
    QCOMPARE(handler.messages.at(0).isText, isText);
    QCOMPARE(handler.messages.at(0).frameCount, 1);
    QCOMPARE(handler.messages.at(0).data, payload);
    QVERIFY(!parser.hasFailed());
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_FrameParser::severalFramesInOneFeed()
{
    const QByteArray wire = rawFrame(kFin | 0x1, "one", false) + rawFrame(kFin | 0x9, "p", false)
        + rawFrame(kFin | 0x2, bytesOf({0, 1, 2}), false) + rawFrame(kFin | 0xA, "q", false)
        + rawFrame(kFin | 0x1, "three", false);

    RecordingFrameHandler handler;
    FrameParser parser(FrameParser::Role::Client, &handler, kNoLimit);
    parser.feed(wire);

    QCOMPARE(handler.log, QStringList({QStringLiteral("text 3 bytes in 1 frames"), QStringLiteral("ping 70"),
                                       QStringLiteral("binary 3 bytes in 1 frames"), QStringLiteral("pong 71"),
                                       QStringLiteral("text 5 bytes in 1 frames")}));
    QCOMPARE(handler.messages.at(0).data, QByteArray("one"));
    QCOMPARE(handler.messages.at(1).data, bytesOf({0, 1, 2}));
    QCOMPARE(handler.messages.at(2).data, QByteArray("three"));
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_FrameParser::bytesOneAtATime_data()
{
    QTest::addColumn<FrameParser::Role>("role");

    QTest::newRow("client") << FrameParser::Role::Client;
    QTest::newRow("server") << FrameParser::Role::Server;
}

// Every callback fires exactly when the last byte of its frame arrives, not before.
void tst_FrameParser::bytesOneAtATime()
{
    QFETCH(FrameParser::Role, role);

    const QByteArray text = patternPayload(300, true); // 16-bit length
    const QByteArray binary = patternPayload(70000, false); // 64-bit length
    const QList<QByteArray> frames = {
        frameFor(role, kFin | 0x1, text),
        frameFor(role, kFin | 0x9, "ping!"),
        frameFor(role, 0x2, binary.left(5)),
        frameFor(role, kFin | 0xA, QByteArray()),
        frameFor(role, kFin | 0x0, binary.mid(5)),
        frameFor(role, kFin | 0x8, closePayload(1000, "bye")),
    };
    // How many log lines exist once each frame is complete.
    const QList<int> logAfterFrame = {1, 2, 2, 3, 4, 5};

    RecordingFrameHandler handler;
    FrameParser parser(role, &handler, kNoLimit);
    for (qsizetype f = 0; f < frames.size(); ++f) {
        const QByteArray &frame = frames.at(f);
        const int before = handler.log.size();
        for (qsizetype i = 0; i < frame.size(); ++i) {
            parser.feed(frame.mid(i, 1));
            if (i + 1 < frame.size())
                QCOMPARE(handler.log.size(), before);
        }
        QCOMPARE(handler.log.size(), logAfterFrame.at(f));
    }

    QCOMPARE(handler.log, QStringList({QStringLiteral("text 300 bytes in 1 frames"),
                                       QStringLiteral("ping 70696e6721"),
                                       QStringLiteral("pong "),
                                       QStringLiteral("binary 70000 bytes in 2 frames"),
                                       QStringLiteral("close 1000")}));
    QCOMPARE(handler.messages.at(0).data, text);
    QCOMPARE(handler.messages.at(1).data, binary);
    QCOMPARE(handler.closes.at(0).reason, QStringLiteral("bye"));
    QVERIFY(!parser.hasFailed());
    QCOMPARE(parser.bufferedBytes(), 0);
}

// The same stream cut in two at every byte gives the same calls.
void tst_FrameParser::splitAtEveryByte()
{
    const QByteArray wire = rawFrame(0x1, "frag", true) + rawFrame(kFin | 0x9, "pp", true)
        + rawFrame(kFin | 0x0, patternPayload(130, true), true) + rawFrame(kFin | 0x2, "bin", true)
        + rawFrame(kFin | 0x8, QByteArray(), true);
    const QStringList expected = {QStringLiteral("ping 7070"), QStringLiteral("text 134 bytes in 2 frames"),
                                  QStringLiteral("binary 3 bytes in 1 frames"), QStringLiteral("close 1005")};

    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        RecordingFrameHandler handler;
        FrameParser parser(FrameParser::Role::Server, &handler, kNoLimit);
        parser.feed(wire.left(cut));
        parser.feed(wire.mid(cut));
        QVERIFY2(handler.log == expected, qPrintable(QStringLiteral("cut %1: %2").arg(cut).arg(handler.log.join(u'|'))));
        QCOMPARE(handler.messages.at(0).data, QByteArray("frag") + patternPayload(130, true));
    }
}

void tst_FrameParser::fragmentedMessage_data()
{
    QTest::addColumn<bool>("isText");
    QTest::addColumn<QList<QByteArray>>("fragments");

    QTest::newRow("text, 2 fragments") << true << QList<QByteArray>{"Hel", "lo"};
    QTest::newRow("text, 5 fragments") << true << QList<QByteArray>{"a", "bb", "ccc", "dddd", "eeeee"};
    QTest::newRow("binary, 3 fragments") << false << QList<QByteArray>{bytesOf({0, 1}), bytesOf({0xFF}), bytesOf({2})};
    QTest::newRow("empty first and last fragments") << true << QList<QByteArray>{"", "middle", ""};
    QTest::newRow("all fragments empty") << false << QList<QByteArray>{"", "", ""};
    QTest::newRow("large fragments")
        << false << QList<QByteArray>{patternPayload(70000, false), patternPayload(200, false), patternPayload(1, false)};
}

void tst_FrameParser::fragmentedMessage()
{
    QFETCH(bool, isText);
    QFETCH(QList<QByteArray>, fragments);

    QByteArray wire;
    QByteArray whole;
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        const int opcode = i == 0 ? (isText ? 0x1 : 0x2) : 0x0;
        const int fin = i + 1 == fragments.size() ? kFin : 0;
        wire += rawFrame(fin | opcode, fragments.at(i), false);
        whole += fragments.at(i);
    }

    RecordingFrameHandler handler;
    FrameParser parser(FrameParser::Role::Client, &handler, kNoLimit);
    parser.feed(wire);

    QCOMPARE(handler.log.size(), 1);
    QCOMPARE(handler.messages.size(), 1);
    QCOMPARE(handler.messages.at(0).isText, isText);
    QCOMPARE(handler.messages.at(0).data, whole);
    QCOMPARE(handler.messages.at(0).frameCount, int(fragments.size()));
    QCOMPARE(parser.bufferedBytes(), 0);

    // A second message on the same parser starts afresh.
    handler.log.clear();
    parser.feed(rawFrame(kFin | 0x1, "next", false));
    QCOMPARE(handler.log, QStringList{QStringLiteral("text 4 bytes in 1 frames")});
    QCOMPARE(handler.messages.at(1).data, QByteArray("next"));
}

void tst_FrameParser::controlFramesInsideFragmentedMessage_data()
{
    QTest::addColumn<FrameParser::Role>("role");

    QTest::newRow("client") << FrameParser::Role::Client;
    QTest::newRow("server") << FrameParser::Role::Server;
}

void tst_FrameParser::controlFramesInsideFragmentedMessage()
{
    QFETCH(FrameParser::Role, role);

    const QByteArray wire = frameFor(role, 0x1, "one ") + frameFor(role, kFin | 0x9, "p1")
        + frameFor(role, 0x0, "two ") + frameFor(role, kFin | 0xA, "p2")
        + frameFor(role, kFin | 0x8, closePayload(1001, "going")) + frameFor(role, kFin | 0x0, "three");

    RecordingFrameHandler handler;
    FrameParser parser(role, &handler, kNoLimit);
    parser.feed(wire);

    QCOMPARE(handler.log, QStringList({QStringLiteral("ping 7031"), QStringLiteral("pong 7032"),
                                       QStringLiteral("close 1001"), QStringLiteral("text 13 bytes in 3 frames")}));
    QCOMPARE(handler.messages.at(0).data, QByteArray("one two three"));
    QCOMPARE(handler.closes.at(0).reason, QStringLiteral("going"));
    QVERIFY(!parser.hasFailed());
}

void tst_FrameParser::controlFramePayloads_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("ping empty") << 0x9 << QByteArray();
    QTest::newRow("ping binary") << 0x9 << bytesOf({0x00, 0xFF, 0x80});
    QTest::newRow("ping 125 bytes") << 0x9 << patternPayload(125, false);
    QTest::newRow("pong empty") << 0xA << QByteArray();
    QTest::newRow("pong 125 bytes") << 0xA << patternPayload(125, false);
}

void tst_FrameParser::controlFramePayloads()
{
    QFETCH(int, opcode);
    QFETCH(QByteArray, payload);

    for (const FrameParser::Role role : {FrameParser::Role::Client, FrameParser::Role::Server}) {
        RecordingFrameHandler handler;
        FrameParser parser(role, &handler, kNoLimit);
        parser.feed(frameFor(role, kFin | opcode, payload));
        QCOMPARE(handler.log.size(), 1);
        if (opcode == 0x9) {
            QCOMPARE(handler.pings, QList<QByteArray>{payload});
            QCOMPARE(handler.pongs.size(), 0);
        } else {
            QCOMPARE(handler.pongs, QList<QByteArray>{payload});
            QCOMPARE(handler.pings.size(), 0);
        }
    }
}

void tst_FrameParser::closeFrame_data()
{
    QTest::addColumn<FrameParser::Role>("role");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedReason");
    QTest::addColumn<int>("expectedWireSize");

    for (const FrameParser::Role role : {FrameParser::Role::Client, FrameParser::Role::Server}) {
        const int mask = role == FrameParser::Role::Server ? 4 : 0;
        QTest::addRow("%s no payload -> 1005", roleName(role))
            << role << QByteArray() << int(CloseCode::NoStatus) << QString() << 2 + mask;
        QTest::addRow("%s code only", roleName(role))
            << role << closePayload(1000) << 1000 << QString() << 4 + mask;
        QTest::addRow("%s code and reason", roleName(role))
            << role << closePayload(1001, "server restart") << 1001 << QStringLiteral("server restart") << 18 + mask;
        QTest::addRow("%s UTF-8 reason", roleName(role))
            << role << closePayload(4000, bytesOf({0x6E, 0xC3, 0xA9})) << 4000 << QStringLiteral("n\u00e9") << 7 + mask;
        QTest::addRow("%s 123-byte reason", roleName(role))
            << role << closePayload(3000, patternPayload(123, true)) << 3000
            << QString::fromLatin1(patternPayload(123, true)) << 127 + mask;
        QTest::addRow("%s code 1014", roleName(role))
            << role << closePayload(1014) << 1014 << QString() << 4 + mask;
        QTest::addRow("%s code 4999", roleName(role))
            << role << closePayload(4999) << 4999 << QString() << 4 + mask;
    }
}

void tst_FrameParser::closeFrame()
{
    QFETCH(FrameParser::Role, role);
    QFETCH(QByteArray, payload);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedReason);
    QFETCH(int, expectedWireSize);

    RecordingFrameHandler handler;
    FrameParser parser(role, &handler, kNoLimit);
    parser.feed(frameFor(role, kFin | 0x8, payload));

    QCOMPARE(handler.log.size(), 1);
    QCOMPARE(handler.closes.size(), 1);
    QCOMPARE(int(handler.closes.at(0).code), expectedCode);
    QCOMPARE(handler.closes.at(0).reason, expectedReason);
    QCOMPARE(handler.closes.at(0).wireSize, qint64(expectedWireSize));
    QVERIFY(!parser.hasFailed());
}

// role, the whole input, the close code the error must carry.
void tst_FrameParser::protocolError_data()
{
    QTest::addColumn<FrameParser::Role>("role");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("expectedCode");

    const auto client = FrameParser::Role::Client;
    const auto server = FrameParser::Role::Server;
    const int protocol = CloseCode::ProtocolError;
    const int invalidData = CloseCode::InvalidPayload;

    QTest::newRow("rsv1") << client << rawFrame(kFin | 0x40 | 0x1, "x", false) << protocol;
    QTest::newRow("rsv2") << client << rawFrame(kFin | 0x20 | 0x2, "x", false) << protocol;
    QTest::newRow("rsv3") << server << rawFrame(kFin | 0x10 | 0x1, "x", true) << protocol;
    QTest::newRow("rsv on a ping") << client << rawFrame(kFin | 0x40 | 0x9, "", false) << protocol;
    for (const int opcode : {0x3, 0x4, 0x5, 0x6, 0x7, 0xB, 0xC, 0xD, 0xE, 0xF}) {
        QTest::addRow("unknown opcode 0x%x", opcode) << client << rawFrame(kFin | opcode, "x", false) << protocol;
    }
    QTest::newRow("fragmented ping") << client << rawFrame(0x9, "p", false) << protocol;
    QTest::newRow("fragmented pong") << server << rawFrame(0xA, "p", true) << protocol;
    QTest::newRow("fragmented close") << client << rawFrame(0x8, closePayload(1000), false) << protocol;
    QTest::newRow("ping of 126 bytes") << client << rawFrame(kFin | 0x9, patternPayload(126, false), false) << protocol;
    QTest::newRow("close of 126 bytes")
        << client << rawFrame(kFin | 0x8, closePayload(1000, patternPayload(124, true)), false) << protocol;
    QTest::newRow("pong with 64-bit length")
        << client << rawFrame(kFin | 0xA, patternPayload(200, false), false, 127) << protocol;
    QTest::newRow("unmasked frame to server") << server << rawFrame(kFin | 0x1, "hi", false) << protocol;
    QTest::newRow("unmasked ping to server") << server << rawFrame(kFin | 0x9, "", false) << protocol;
    QTest::newRow("masked frame to client") << client << rawFrame(kFin | 0x1, "hi", true) << protocol;
    QTest::newRow("masked close to client") << client << rawFrame(kFin | 0x8, QByteArray(), true) << protocol;
    QTest::newRow("continuation without start") << client << rawFrame(kFin | 0x0, "tail", false) << protocol;
    QTest::newRow("non-final continuation without start") << client << rawFrame(0x0, "tail", false) << protocol;
    QTest::newRow("text frame mid-message")
        << client << (rawFrame(0x1, "a", false) + rawFrame(kFin | 0x1, "b", false)) << protocol;
    QTest::newRow("binary frame mid-message")
        << server << (rawFrame(0x1, "a", true) + rawFrame(0x2, "b", true)) << protocol;
    QTest::newRow("64-bit length with top bit set")
        << client << (bytesOf({kFin | 0x2, 127, 0x80, 0, 0, 0, 0, 0, 0, 1}) + QByteArray("x")) << protocol;
    QTest::newRow("1-byte close payload") << client << rawFrame(kFin | 0x8, bytesOf({0x03}), false) << protocol;
    for (const int code : {0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535}) {
        QTest::addRow("close code %d", code) << client << rawFrame(kFin | 0x8, closePayload(code), false) << protocol;
    }
    QTest::newRow("close code 1006 with reason")
        << server << rawFrame(kFin | 0x8, closePayload(1006, "abnormal"), true) << protocol;

    QTest::newRow("text overlong") << client << rawFrame(kFin | 0x1, bytesOf({0xC0, 0x80}), false) << invalidData;
    QTest::newRow("text surrogate") << client << rawFrame(kFin | 0x1, bytesOf({0xED, 0xA0, 0x80}), false) << invalidData;
    QTest::newRow("text above U+10FFFF")
        << server << rawFrame(kFin | 0x1, bytesOf({0xF4, 0x90, 0x80, 0x80}), true) << invalidData;
    QTest::newRow("text ends inside a sequence")
        << client << rawFrame(kFin | 0x1, QByteArray("ok") + bytesOf({0xE2, 0x82}), false) << invalidData;
    QTest::newRow("text invalid in a large frame")
        << client << rawFrame(kFin | 0x1, patternPayload(1000, true) + bytesOf({0xFF}), false) << invalidData;
    QTest::newRow("invalid across fragments")
        << client << (rawFrame(0x1, bytesOf({0x61, 0xE2}), false) + rawFrame(kFin | 0x0, bytesOf({0x28, 0xA1}), false))
        << invalidData;
    QTest::newRow("fragmented message ends inside a sequence")
        << client << (rawFrame(0x1, bytesOf({0x61, 0xF0, 0x9F}), false) + rawFrame(kFin | 0x0, bytesOf({0x98}), false))
        << invalidData;
    QTest::newRow("invalid close reason")
        << client << rawFrame(kFin | 0x8, closePayload(1000, bytesOf({0x62, 0xC0, 0xAF})), false) << invalidData;
    QTest::newRow("close reason ends inside a sequence")
        << server << rawFrame(kFin | 0x8, closePayload(1000, bytesOf({0xE2, 0x82})), true) << invalidData;
}

// Broken framing, and a broken close frame, end parsing; a rejected message does not.
static bool isFatal(int code, const QByteArray &input)
{
    return code == CloseCode::ProtocolError || (uchar(input.at(0)) & 0x0F) == 0x8;
}

void tst_FrameParser::protocolError()
{
    QFETCH(FrameParser::Role, role);
    QFETCH(QByteArray, input);
    QFETCH(int, expectedCode);

    RecordingFrameHandler handler;
    FrameParser parser(role, &handler, kNoLimit);
    parser.feed(input);

    QCOMPARE(handler.log, QStringList{QStringLiteral("error %1").arg(expectedCode)});
    QVERIFY(!handler.errors.at(0).message.isEmpty());
    QCOMPARE(parser.hasFailed(), isFatal(expectedCode, input));
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_FrameParser::protocolErrorFedOneByteAtATime_data()
{
    protocolError_data();
}

void tst_FrameParser::protocolErrorFedOneByteAtATime()
{
    QFETCH(FrameParser::Role, role);
    QFETCH(QByteArray, input);
    QFETCH(int, expectedCode);

    RecordingFrameHandler handler;
    FrameParser parser(role, &handler, kNoLimit);
    for (qsizetype i = 0; i < input.size(); ++i)
        parser.feed(input.mid(i, 1));

    QCOMPARE(handler.log, QStringList{QStringLiteral("error %1").arg(expectedCode)});
    QCOMPARE(parser.hasFailed(), isFatal(expectedCode, input));
}

// Errors visible in the first two bytes fire before any length, mask or payload arrives.
void tst_FrameParser::errorFromHeaderAlone_data()
{
    QTest::addColumn<FrameParser::Role>("role");
    QTest::addColumn<QByteArray>("firstBytes");

    QTest::newRow("rsv1") << FrameParser::Role::Client << bytesOf({kFin | 0x40 | 0x1, 5});
    QTest::newRow("unknown opcode") << FrameParser::Role::Client << bytesOf({kFin | 0x3, 5});
    QTest::newRow("fragmented ping") << FrameParser::Role::Client << bytesOf({0x9, 5});
    QTest::newRow("control over 125") << FrameParser::Role::Client << bytesOf({kFin | 0x9, 126});
    QTest::newRow("unmasked to server") << FrameParser::Role::Server << bytesOf({kFin | 0x1, 127});
    QTest::newRow("masked to client") << FrameParser::Role::Client << bytesOf({kFin | 0x1, 0x80 | 5});
    QTest::newRow("continuation without start") << FrameParser::Role::Client << bytesOf({0x0, 5});
}

void tst_FrameParser::errorFromHeaderAlone()
{
    QFETCH(FrameParser::Role, role);
    QFETCH(QByteArray, firstBytes);

    RecordingFrameHandler handler;
    FrameParser parser(role, &handler, kNoLimit);
    parser.feed(firstBytes);
    QCOMPARE(handler.log, QStringList{QStringLiteral("error 1002")});
}

// The limit is checked from the declared length: the error fires once the header is
// in, without any of the payload.
void tst_FrameParser::messageTooBigFromHeader_data()
{
    QTest::addColumn<FrameParser::Role>("role");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("7-bit length") << FrameParser::Role::Client << qint64(100) << bytesOf({kFin | 0x1, 101});
    QTest::newRow("16-bit length") << FrameParser::Role::Client << qint64(1000) << bytesOf({kFin | 0x2, 126, 0x03, 0xE9});
    QTest::newRow("64-bit length")
        << FrameParser::Role::Client << qint64(70000) << bytesOf({kFin | 0x2, 127, 0, 0, 0, 0, 0, 1, 0x11, 0x71});
    QTest::newRow("64-bit length, 1 TiB")
        << FrameParser::Role::Client << qint64(16 * 1024 * 1024) << bytesOf({kFin | 0x2, 127, 0, 0, 1, 0, 0, 0, 0, 0});
    // The largest length a frame may announce, masked: the bytes to skip (mask key + length)
    // exceed what a signed 64-bit count holds. Found by the frameparser fuzz target.
    QTest::newRow("masked 64-bit length, 2^63 - 1")
        << FrameParser::Role::Server << qint64(16 * 1024 * 1024)
        << bytesOf({kFin | 0x2, 0x80 | 127, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff});
    QTest::newRow("masked 16-bit length, no mask key yet")
        << FrameParser::Role::Server << qint64(200) << bytesOf({kFin | 0x1, 0x80 | 126, 0x00, 0xC9});
    QTest::newRow("first fragment over the limit")
        << FrameParser::Role::Client << qint64(10) << bytesOf({0x1, 11});
}

void tst_FrameParser::messageTooBigFromHeader()
{
    QFETCH(FrameParser::Role, role);
    QFETCH(qint64, limit);
    QFETCH(QByteArray, header);

    RecordingFrameHandler handler;
    FrameParser parser(role, &handler, limit);
    // All but the last header byte: nothing can be decided yet.
    parser.feed(header.left(header.size() - 1));
    QVERIFY(handler.log.isEmpty());
    QVERIFY(!parser.hasFailed());
    parser.feed(header.right(1));
    QCOMPARE(handler.log, QStringList{QStringLiteral("error 1009")});
    // Not fatal: the framing is intact, the rest of the message is skipped unbuffered.
    QVERIFY(!parser.hasFailed());
    QVERIFY(parser.bufferedBytes() > 0);
    QCOMPARE(parser.unfinishedBytes(), 0);
    parser.feed(QByteArray(5, 'x')); // less than any row announces: all skipped
    QCOMPARE(handler.log, QStringList{QStringLiteral("error 1009")});
}

void tst_FrameParser::messageAtExactLimitPasses_data()
{
    QTest::addColumn<int>("size");

    QTest::newRow("100") << 100;
    QTest::newRow("126") << 126;
    QTest::newRow("70000") << 70000;
}

void tst_FrameParser::messageAtExactLimitPasses()
{
    QFETCH(int, size);

    RecordingFrameHandler handler;
    FrameParser parser(FrameParser::Role::Client, &handler, size);
    parser.feed(rawFrame(kFin | 0x2, patternPayload(size, false), false));
    QCOMPARE(handler.log, QStringList{QStringLiteral("binary %1 bytes in 1 frames").arg(size)});

    // The same size, in fragments.
    const QByteArray payload = patternPayload(size, true);
    parser.feed(rawFrame(0x1, payload.left(size / 2), false) + rawFrame(kFin | 0x0, payload.mid(size / 2), false));
    QCOMPARE(handler.log.size(), 2);
    QCOMPARE(handler.log.at(1), QStringLiteral("text %1 bytes in 2 frames").arg(size));
    QCOMPARE(handler.messages.at(1).data, payload);
    QVERIFY(!parser.hasFailed());
}

void tst_FrameParser::fragmentedMessageOverLimit()
{
    RecordingFrameHandler handler;
    FrameParser parser(FrameParser::Role::Client, &handler, 10);
    parser.feed(rawFrame(0x1, "123456", false));
    QVERIFY(handler.log.isEmpty());
    // 6 + 5 > 10: the second header alone is enough.
    parser.feed(bytesOf({0x0, 5}));
    QCOMPARE(handler.log, QStringList{QStringLiteral("error 1009")});
    // The rejected frame's payload is still to be skipped, unbuffered.
    QCOMPARE(parser.bufferedBytes(), 5);
    // The rest of the message is skipped; the next message arrives.
    parser.feed(QByteArray("abcde") + rawFrame(kFin | 0x0, "x", false) + rawFrame(kFin | 0x1, "ok", false));
    QCOMPARE(handler.log, QStringList({QStringLiteral("error 1009"), QStringLiteral("text 2 bytes in 1 frames")}));
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_FrameParser::setMaxMessageBytesAppliesToNextFrame()
{
    RecordingFrameHandler handler;
    FrameParser parser(FrameParser::Role::Client, &handler, kNoLimit);
    parser.feed(rawFrame(kFin | 0x2, patternPayload(5000, false), false));
    QCOMPARE(handler.log, QStringList{QStringLiteral("binary 5000 bytes in 1 frames")});

    parser.setMaxMessageBytes(4999);
    parser.feed(bytesOf({kFin | 0x2, 126, 0x13, 0x88}));
    QCOMPARE(handler.log, QStringList({QStringLiteral("binary 5000 bytes in 1 frames"), QStringLiteral("error 1009")}));
}

void tst_FrameParser::validFramesBeforeErrorAreDelivered()
{
    const QByteArray wire = rawFrame(kFin | 0x1, "first", false) + rawFrame(kFin | 0x9, "p", false)
        + rawFrame(kFin | 0x8, bytesOf({0x03}), false) // 1-byte close payload
        + rawFrame(kFin | 0x1, "never", false) + rawFrame(kFin | 0x9, "q", false);

    RecordingFrameHandler handler;
    FrameParser parser(FrameParser::Role::Client, &handler, kNoLimit);
    parser.feed(wire);
    QCOMPARE(handler.log, QStringList({QStringLiteral("text 5 bytes in 1 frames"), QStringLiteral("ping 70"),
                                       QStringLiteral("error 1002")}));
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_FrameParser::inputAfterErrorIsIgnored_data()
{
    QTest::addColumn<QByteArray>("badInput");
    QTest::addColumn<int>("expectedCode");

    QTest::newRow("reserved bits") << rawFrame(kFin | 0x40 | 0x1, "x", false) << int(CloseCode::ProtocolError);
    QTest::newRow("bad close code") << rawFrame(kFin | 0x8, closePayload(1005), false) << int(CloseCode::ProtocolError);
    QTest::newRow("invalid close reason")
        << rawFrame(kFin | 0x8, closePayload(1000, bytesOf({0xC0})), false) << int(CloseCode::InvalidPayload);
}

// 1009 and 1007 reject one message; the framing is intact, so what follows, and above
// all the peer's answer to our close, is still read.
void tst_FrameParser::messageErrorSkipsOnlyThatMessage_data()
{
    QTest::addColumn<QByteArray>("badMessage");
    QTest::addColumn<int>("expectedCode");

    QTest::newRow("invalid UTF-8") << rawFrame(kFin | 0x1, bytesOf({0xFF}), false) << int(CloseCode::InvalidPayload);
    QTest::newRow("too big, one frame")
        << rawFrame(kFin | 0x2, patternPayload(5000, false), false) << int(CloseCode::MessageTooBig);
    QTest::newRow("too big, in fragments")
        << (rawFrame(0x2, patternPayload(800, false), false) + rawFrame(0x0, patternPayload(800, false), false)
            + rawFrame(kFin | 0x0, patternPayload(800, false), false))
        << int(CloseCode::MessageTooBig);
    QTest::newRow("invalid UTF-8 in the middle of a fragmented message")
        << (rawFrame(0x1, "part", false) + rawFrame(0x0, bytesOf({0xC0}), false) + rawFrame(kFin | 0x0, "rest", false))
        << int(CloseCode::InvalidPayload);
}

void tst_FrameParser::messageErrorSkipsOnlyThatMessage()
{
    QFETCH(QByteArray, badMessage);
    QFETCH(int, expectedCode);

    // Fed whole and byte by byte: the same log.
    for (const bool byteByByte : {false, true}) {
        RecordingFrameHandler handler;
        FrameParser parser(FrameParser::Role::Client, &handler, 1000);
        const QByteArray wire = badMessage + rawFrame(kFin | 0x9, "p", false) + rawFrame(kFin | 0x1, "after", false)
            + rawFrame(kFin | 0x8, closePayload(1000), false);
        if (byteByByte) {
            for (qsizetype i = 0; i < wire.size(); ++i)
                parser.feed(wire.mid(i, 1));
        } else {
            parser.feed(wire);
        }
        QCOMPARE(handler.log, QStringList({QStringLiteral("error %1").arg(expectedCode), QStringLiteral("ping 70"),
                                           QStringLiteral("text 5 bytes in 1 frames"), QStringLiteral("close 1000")}));
        QVERIFY(!parser.hasFailed());
        QCOMPARE(parser.bufferedBytes(), 0);
    }
}

void tst_FrameParser::inputAfterErrorIsIgnored()
{
    QFETCH(QByteArray, badInput);
    QFETCH(int, expectedCode);

    RecordingFrameHandler handler;
    FrameParser parser(FrameParser::Role::Client, &handler, 1000);
    parser.feed(badInput);
    QCOMPARE(handler.log, QStringList{QStringLiteral("error %1").arg(expectedCode)});

    // Good frames, bad frames and a continuation of whatever was going on: all ignored.
    parser.feed(rawFrame(kFin | 0x1, "hello", false));
    parser.feed(rawFrame(kFin | 0x9, "ping", false));
    parser.feed(rawFrame(kFin | 0x0, "tail", false));
    parser.feed(rawFrame(kFin | 0x8, closePayload(1000), false));
    parser.feed(rawFrame(kFin | 0x40 | 0x1, "x", false));
    for (int i = 0; i < 20; ++i)
        parser.feed(bytesOf({kFin | 0x1, 0}));

    QCOMPARE(handler.log.size(), 1);
    QVERIFY(parser.hasFailed());
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_FrameParser::bufferedBytes()
{
    RecordingFrameHandler handler;
    FrameParser parser(FrameParser::Role::Client, &handler, kNoLimit);

    const QByteArray frame = rawFrame(kFin | 0x2, patternPayload(300, false), false);
    parser.feed(frame.left(100));
    QCOMPARE(parser.bufferedBytes(), 100);
    QVERIFY(handler.log.isEmpty());
    parser.feed(frame.mid(100));
    QCOMPARE(parser.bufferedBytes(), 0);
    QCOMPARE(handler.log.size(), 1);

    // An unfinished fragmented message counts, as does a partial next frame.
    parser.feed(rawFrame(0x1, "abcdefg", false));
    QCOMPARE(parser.bufferedBytes(), 7);
    parser.feed(bytesOf({kFin | 0x0, 3, 'h'}));
    QCOMPARE(parser.bufferedBytes(), 7 + 3);
    parser.feed(QByteArray("ij"));
    QCOMPARE(parser.bufferedBytes(), 0);
    QCOMPARE(handler.log, QStringList({QStringLiteral("binary 300 bytes in 1 frames"),
                                       QStringLiteral("text 10 bytes in 2 frames")}));
}

// What is lost when the connection ends now (the channel's truncated-message report): bytes
// received of a message still to be delivered, never those of a message already rejected,
// and never the part of a rejected frame that was announced but not received.
void tst_FrameParser::unfinishedBytesLeavesOutRejectedMessages()
{
    RecordingFrameHandler handler;
    FrameParser parser(FrameParser::Role::Client, &handler, 1000);
    QCOMPARE(parser.unfinishedBytes(), 0);

    const QByteArray frame = rawFrame(kFin | 0x2, patternPayload(300, false), false);
    parser.feed(frame.left(100));
    QCOMPARE(parser.unfinishedBytes(), 100);
    QCOMPARE(parser.bufferedBytes(), 100);
    parser.feed(frame.mid(100));
    QCOMPARE(parser.unfinishedBytes(), 0);

    // A frame announcing 1 TiB: rejected from its header; the rest is skipped as it comes.
    parser.feed(bytesOf({kFin | 0x2, 127, 0, 0, 1, 0, 0, 0, 0, 0}) + QByteArray(500, 'z'));
    QCOMPARE(handler.log.constLast(), QStringLiteral("error 1009"));
    QCOMPARE(parser.bufferedBytes(), (qint64(1) << 40) - 500);
    QCOMPARE(parser.unfinishedBytes(), 0);

    // A fragmented message rejected in its second fragment, between its frames.
    FrameParser second(FrameParser::Role::Client, &handler, 1000);
    second.feed(rawFrame(0x1, patternPayload(800, true), false) + rawFrame(0x0, patternPayload(800, true), false));
    QCOMPARE(handler.log.constLast(), QStringLiteral("error 1009"));
    QCOMPARE(second.unfinishedBytes(), 0);
    second.feed(bytesOf({0x0}));  // half of the next continuation's header
    QCOMPARE(second.unfinishedBytes(), 0);

    // An unfinished fragmented message within the limit counts whole.
    FrameParser third(FrameParser::Role::Client, &handler, 1000);
    third.feed(rawFrame(0x1, "abcdefg", false) + bytesOf({kFin | 0x0, 3, 'h'}));
    QCOMPARE(third.unfinishedBytes(), 7 + 3);
}

void tst_FrameParser::utf8SplitAcrossFragments_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("2-byte") << (QByteArray("x") + bytesOf({0xC3, 0xA9}) + QByteArray("y"));
    QTest::newRow("3-byte") << (QByteArray("x") + bytesOf({0xE2, 0x82, 0xAC}) + QByteArray("y"));
    QTest::newRow("4-byte") << (QByteArray("x") + bytesOf({0xF0, 0x9F, 0x98, 0x80}) + QByteArray("y"));
    QTest::newRow("several")
        << (bytesOf({0xF0, 0x9F, 0x98, 0x80, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF4, 0x8F, 0xBF, 0xBF}));
}

// A valid text message cut into fragments at any byte, or into one-byte fragments.
void tst_FrameParser::utf8SplitAcrossFragments()
{
    QFETCH(QByteArray, text);

    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        RecordingFrameHandler handler;
        FrameParser parser(FrameParser::Role::Client, &handler, kNoLimit);
        parser.feed(rawFrame(0x1, text.left(cut), false) + rawFrame(kFin | 0x0, text.mid(cut), false));
        QVERIFY2(handler.log == QStringList{QStringLiteral("text %1 bytes in 2 frames").arg(text.size())},
                 qPrintable(QStringLiteral("cut %1: %2").arg(cut).arg(handler.log.join(u'|'))));
        QCOMPARE(handler.messages.at(0).data, text);
    }

    QByteArray wire;
    for (qsizetype i = 0; i < text.size(); ++i)
        wire += rawFrame((i == 0 ? 0x1 : 0x0) | (i + 1 == text.size() ? kFin : 0), text.mid(i, 1), false);
    RecordingFrameHandler handler;
    FrameParser parser(FrameParser::Role::Client, &handler, kNoLimit);
    parser.feed(wire);
    QCOMPARE(handler.log, QStringList{QStringLiteral("text %1 bytes in %1 frames").arg(text.size())});
    QCOMPARE(handler.messages.at(0).data, text);
}

QTEST_GUILESS_MAIN(tst_FrameParser)
#include "tst_frameparser.moc"
