#include "protocol/closecode.h"
#include "protocol/frameparser.h"
#include "protocol/framewriter.h"
#include "protocol/utf8validator.h"
#include "unittesthelpers.h"

#include <QSet>
#include <QTest>

#include <cstring>

using Sockscope::FrameParser;
using Sockscope::FrameWriter;
using Sockscope::OpCode;
using Sockscope::Utf8Validator;
using SockscopeUnitTest::bytesOf;
using SockscopeUnitTest::patternPayload;
using SockscopeUnitTest::RecordingFrameHandler;
namespace CloseCode = Sockscope::CloseCode;

namespace {

struct WireFrame
{
    bool fin = false;
    int rsv = 0;
    int opcode = 0;
    bool masked = false;
    QByteArray maskKey;
    QByteArray payload; // unmasked
};

// An independent, naive reading of frames, to check what the writer put on the wire.
QList<WireFrame> splitFrames(const QByteArray &wire, bool *ok)
{
    QList<WireFrame> frames;
    qsizetype pos = 0;
    *ok = false;
    while (pos < wire.size()) {
        if (wire.size() - pos < 2)
            return frames;
        WireFrame frame;
        const auto b0 = uchar(wire.at(pos));
        const auto b1 = uchar(wire.at(pos + 1));
        frame.fin = b0 & 0x80;
        frame.rsv = b0 & 0x70;
        frame.opcode = b0 & 0x0F;
        frame.masked = b1 & 0x80;
        quint64 length = b1 & 0x7F;
        pos += 2;
        int extra = length == 126 ? 2 : (length == 127 ? 8 : 0);
        if (extra > 0) {
            if (wire.size() - pos < extra)
                return frames;
            length = 0;
            for (int i = 0; i < extra; ++i)
                length = (length << 8) | uchar(wire.at(pos + i));
            pos += extra;
        }
        if (frame.masked) {
            if (wire.size() - pos < 4)
                return frames;
            frame.maskKey = wire.mid(pos, 4);
            pos += 4;
        }
        if (quint64(wire.size() - pos) < length)
            return frames;
        frame.payload = wire.mid(pos, qsizetype(length));
        for (qsizetype i = 0; frame.masked && i < frame.payload.size(); ++i)
            frame.payload[i] = char(uchar(frame.payload.at(i)) ^ uchar(frame.maskKey.at(i % 4)));
        pos += qsizetype(length);
        frames.append(frame);
    }
    *ok = true;
    return frames;
}

// Masking parses as a server (masked frames required), no masking as a client.
FrameParser::Role readerFor(bool masked)
{
    return masked ? FrameParser::Role::Server : FrameParser::Role::Client;
}

void naiveMask(QByteArray &data, const uchar key[4])
{
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char(uchar(data.at(i)) ^ key[i % 4]);
}

} // namespace

class tst_FrameWriter final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveDefaultValues();
    void headerSize_data();
    void headerSize();
    void roundTrip_data();
    void roundTrip();
    void maskKeyIsOnTheWire();
    void appendFrameOpcodesAndFin_data();
    void appendFrameOpcodesAndFin();
    void appendFrameKeepsExistingBytes();
    void appendMessage_data();
    void appendMessage();
    void applyMask_data();
    void applyMask();
    void applyMaskTwiceRestores();
    void appendClose_data();
    void appendClose();
    void appendCloseWithoutStatus();
};

void tst_FrameWriter::shouldHaveDefaultValues()
{
    // An empty unmasked frame is exactly two bytes, a masked one adds the key.
    FrameWriter plain(false);
    QByteArray out;
    plain.appendFrame(out, OpCode::Text, true, nullptr, 0);
    QCOMPARE(out, bytesOf({0x81, 0x00}));

    FrameWriter masking(true);
    QByteArray masked;
    masking.appendFrame(masked, OpCode::Binary, true, nullptr, 0);
    QCOMPARE(masked.size(), 6);
    QCOMPARE(uchar(masked.at(0)), uchar(0x82));
    QCOMPARE(uchar(masked.at(1)), uchar(0x80));
}

void tst_FrameWriter::headerSize_data()
{
    QTest::addColumn<qint64>("payloadSize");
    QTest::addColumn<int>("expected");

    QTest::newRow("0") << qint64(0) << 2;
    QTest::newRow("125") << qint64(125) << 2;
    QTest::newRow("126") << qint64(126) << 4;
    QTest::newRow("65535") << qint64(65535) << 4;
    QTest::newRow("65536") << qint64(65536) << 10;
    QTest::newRow("1 GiB") << qint64(1) * 1024 * 1024 * 1024 << 10;
}

void tst_FrameWriter::headerSize()
{
    QFETCH(qint64, payloadSize);
    QFETCH(int, expected);

    QCOMPARE(FrameWriter::headerSize(payloadSize, false), qsizetype(expected));
    QCOMPARE(FrameWriter::headerSize(payloadSize, true), qsizetype(expected + 4));
}

void tst_FrameWriter::roundTrip_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("mask");
    QTest::addColumn<bool>("isText");

    for (const int size : {0, 1, 125, 126, 127, 65535, 65536, 1024 * 1024}) {
        for (const bool mask : {false, true}) {
            for (const bool isText : {true, false}) {
                QTest::addRow("%d %s %s", size, mask ? "masked" : "unmasked", isText ? "text" : "binary")
                    << size << mask << isText;
            }
        }
    }
}

void tst_FrameWriter::roundTrip()
{
    QFETCH(int, size);
    QFETCH(bool, mask);
    QFETCH(bool, isText);

    const QByteArray payload = patternPayload(size, isText);
    FrameWriter writer(mask);
    QByteArray wire;
    QCOMPARE(writer.appendMessage(wire, isText, payload, 0), 1);
    QCOMPARE(wire.size(), FrameWriter::headerSize(size, mask) + size);

    bool ok = false;
    const QList<WireFrame> frames = splitFrames(wire, &ok);
    QVERIFY(ok);
    QCOMPARE(frames.size(), 1);
    QVERIFY(frames.at(0).fin);
    QCOMPARE(frames.at(0).rsv, 0);
    QCOMPARE(frames.at(0).opcode, isText ? 0x1 : 0x2);
    QCOMPARE(frames.at(0).masked, mask);
    QCOMPARE(frames.at(0).payload, payload);

    RecordingFrameHandler handler;
    FrameParser parser(readerFor(mask), &handler, 0);
    parser.feed(wire);
    QCOMPARE(handler.log.size(), 1);
    QCOMPARE(handler.messages.size(), 1);
    QCOMPARE(handler.messages.at(0).isText, isText);
    QCOMPARE(handler.messages.at(0).frameCount, 1);
    QCOMPARE(handler.messages.at(0).data, payload);
}

void tst_FrameWriter::maskKeyIsOnTheWire()
{
    FrameWriter writer(true);
    const QByteArray payload = patternPayload(64, false);
    QByteArray wire;
    writer.appendFrame(wire, OpCode::Binary, true, payload.constData(), payload.size());

    // Unmask with the key from the header: the naive loop must give the payload back.
    const auto *key = reinterpret_cast<const uchar *>(wire.constData() + 2);
    QByteArray body = wire.mid(6);
    naiveMask(body, key);
    QCOMPARE(body, payload);

    // Each frame draws a fresh key: eight frames sharing one key would mean no randomness.
    QSet<QByteArray> keys;
    for (int i = 0; i < 8; ++i) {
        QByteArray frame;
        writer.appendFrame(frame, OpCode::Text, true, "x", 1);
        keys.insert(frame.mid(2, 4));
    }
    QVERIFY(keys.size() > 1);
}

void tst_FrameWriter::appendFrameOpcodesAndFin_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("fin");
    QTest::addColumn<int>("firstByte");

    QTest::newRow("text fin") << int(OpCode::Text) << true << 0x81;
    QTest::newRow("text not fin") << int(OpCode::Text) << false << 0x01;
    QTest::newRow("binary fin") << int(OpCode::Binary) << true << 0x82;
    QTest::newRow("continuation not fin") << int(OpCode::Continuation) << false << 0x00;
    QTest::newRow("continuation fin") << int(OpCode::Continuation) << true << 0x80;
    QTest::newRow("close") << int(OpCode::Close) << true << 0x88;
    QTest::newRow("ping") << int(OpCode::Ping) << true << 0x89;
    QTest::newRow("pong") << int(OpCode::Pong) << true << 0x8A;
}

void tst_FrameWriter::appendFrameOpcodesAndFin()
{
    QFETCH(int, opcode);
    QFETCH(bool, fin);
    QFETCH(int, firstByte);

    for (const bool mask : {false, true}) {
        FrameWriter writer(mask);
        QByteArray wire;
        writer.appendFrame(wire, static_cast<OpCode>(opcode), fin, "abc", 3);
        QCOMPARE(int(uchar(wire.at(0))), firstByte);
        QCOMPARE(int(uchar(wire.at(1))), (mask ? 0x80 : 0x00) | 3);
        bool ok = false;
        const QList<WireFrame> frames = splitFrames(wire, &ok);
        QVERIFY(ok);
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames.at(0).payload, QByteArray("abc"));
    }
}

void tst_FrameWriter::appendFrameKeepsExistingBytes()
{
    FrameWriter writer(false);
    QByteArray wire("prefix");
    writer.appendFrame(wire, OpCode::Text, true, "abc", 3);
    QCOMPARE(wire, QByteArray("prefix") + bytesOf({0x81, 0x03}) + QByteArray("abc"));
    writer.appendMessage(wire, false, "de", 0);
    QCOMPARE(wire, QByteArray("prefix") + bytesOf({0x81, 0x03}) + QByteArray("abc") + bytesOf({0x82, 0x02})
                 + QByteArray("de"));
}

void tst_FrameWriter::appendMessage_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<qint64>("maxFrameBytes");
    QTest::addColumn<int>("expectedFrames");

    QTest::newRow("empty, no fragmenting") << 0 << qint64(0) << 1;
    QTest::newRow("empty, fragmenting") << 0 << qint64(5) << 1;
    QTest::newRow("no fragmenting") << 1000 << qint64(0) << 1;
    QTest::newRow("negative means no fragmenting") << 1000 << qint64(-1) << 1;
    QTest::newRow("exactly one frame") << 10 << qint64(10) << 1;
    QTest::newRow("one byte over") << 11 << qint64(10) << 2;
    QTest::newRow("even split") << 10 << qint64(5) << 2;
    QTest::newRow("uneven split") << 10 << qint64(3) << 4;
    QTest::newRow("one byte frames") << 100 << qint64(1) << 100;
    QTest::newRow("1 MiB in 64 KiB frames") << 1024 * 1024 << qint64(64 * 1024) << 16;
    QTest::newRow("70000 in 65536") << 70000 << qint64(65536) << 2;
}

void tst_FrameWriter::appendMessage()
{
    QFETCH(int, size);
    QFETCH(qint64, maxFrameBytes);
    QFETCH(int, expectedFrames);

    for (const bool mask : {false, true}) {
        for (const bool isText : {true, false}) {
            const QByteArray payload = patternPayload(size, isText);
            FrameWriter writer(mask);
            QByteArray wire;
            QCOMPARE(writer.appendMessage(wire, isText, payload, maxFrameBytes), expectedFrames);

            bool ok = false;
            const QList<WireFrame> frames = splitFrames(wire, &ok);
            QVERIFY(ok);
            QCOMPARE(frames.size(), expectedFrames);
            QByteArray joined;
            for (qsizetype i = 0; i < frames.size(); ++i) {
                const WireFrame &frame = frames.at(i);
                QCOMPARE(frame.opcode, i == 0 ? (isText ? 0x1 : 0x2) : 0x0);
                QCOMPARE(frame.fin, i + 1 == frames.size());
                QCOMPARE(frame.masked, mask);
                if (maxFrameBytes > 0)
                    QVERIFY(frame.payload.size() <= maxFrameBytes);
                joined += frame.payload;
            }
            QCOMPARE(joined, payload);

            RecordingFrameHandler handler;
            FrameParser parser(readerFor(mask), &handler, 0);
            parser.feed(wire);
            QCOMPARE(handler.log.size(), 1);
            QCOMPARE(handler.messages.size(), 1);
            QCOMPARE(handler.messages.at(0).isText, isText);
            QCOMPARE(handler.messages.at(0).frameCount, expectedFrames);
            QCOMPARE(handler.messages.at(0).data, payload);
        }
    }
}

void tst_FrameWriter::applyMask_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("offset");

    for (int size = 0; size <= 17; ++size) {
        QTest::addRow("size %d aligned", size) << size << 0;
        QTest::addRow("size %d unaligned", size) << size << 3;
    }
    QTest::newRow("size 1000 unaligned") << 1000 << 1;
}

// The word-at-a-time mask against a byte loop, for every tail length.
void tst_FrameWriter::applyMask()
{
    QFETCH(int, size);
    QFETCH(int, offset);

    const QList<QByteArray> keys = {bytesOf({0x37, 0xFA, 0x21, 0x3D}), bytesOf({0x01, 0x02, 0x03, 0x04}),
                                    bytesOf({0xFF, 0x00, 0x80, 0x7F}), bytesOf({0x00, 0x00, 0x00, 0x00})};
    for (const QByteArray &keyBytes : keys) {
        quint32 key;
        std::memcpy(&key, keyBytes.constData(), 4);

        QByteArray buffer = QByteArray(offset, 'G') + patternPayload(size, false) + QByteArray("GUARD");
        QByteArray expected = patternPayload(size, false);
        naiveMask(expected, reinterpret_cast<const uchar *>(keyBytes.constData()));

        FrameWriter::applyMask(buffer.data() + offset, size, key);
        QCOMPARE(buffer.mid(offset, size), expected);
        QCOMPARE(buffer.left(offset), QByteArray(offset, 'G'));
        QCOMPARE(buffer.right(5), QByteArray("GUARD"));
    }
}

void tst_FrameWriter::applyMaskTwiceRestores()
{
    const QByteArray original = patternPayload(37, false);
    QByteArray data = original;
    FrameWriter::applyMask(data.data(), data.size(), 0xDEADBEEF);
    QVERIFY(data != original);
    FrameWriter::applyMask(data.data(), data.size(), 0xDEADBEEF);
    QCOMPARE(data, original);
}

void tst_FrameWriter::appendClose_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("expectedReason");

    const QByteArray eAcute = bytesOf({0xC3, 0xA9});
    const QByteArray euro = bytesOf({0xE2, 0x82, 0xAC});
    const QByteArray emoji = bytesOf({0xF0, 0x9F, 0x98, 0x80});
    const QByteArray a120 = QByteArray(120, 'a');

    QTest::newRow("no reason") << 1000 << QByteArray() << QByteArray();
    QTest::newRow("short reason") << 1001 << QByteArray("bye") << QByteArray("bye");
    QTest::newRow("123 ascii kept") << 3000 << QByteArray(123, 'r') << QByteArray(123, 'r');
    QTest::newRow("124 ascii cut to 123") << 3000 << QByteArray(124, 'r') << QByteArray(123, 'r');
    QTest::newRow("1000 ascii cut to 123") << 4000 << QByteArray(1000, 'r') << QByteArray(123, 'r');
    QTest::newRow("2-byte char ends at 123") << 1000 << (a120 + "a" + eAcute) << (a120 + "a" + eAcute);
    QTest::newRow("2-byte char across 123") << 1000 << (a120 + "aa" + eAcute) << (a120 + "aa");
    QTest::newRow("2-byte char across 123, more after")
        << 1000 << (a120 + "aa" + eAcute + "tail") << (a120 + "aa");
    QTest::newRow("3-byte char ends at 123") << 1000 << (a120 + euro + "x") << (a120 + euro);
    QTest::newRow("3-byte char across 123 (1 byte in)") << 1000 << (a120 + "aa" + euro) << (a120 + "aa");
    QTest::newRow("3-byte char across 123 (2 bytes in)") << 1000 << (a120 + "a" + euro) << (a120 + "a");
    QTest::newRow("4-byte char across 123 (3 bytes in)") << 1000 << (a120 + emoji) << a120;
    QTest::newRow("4-byte char across 123 (1 byte in)") << 1000 << (a120 + "aa" + emoji) << (a120 + "aa");
    QTest::newRow("4-byte char ends at 123") << 1000 << (QByteArray(119, 'a') + emoji + "z") << (QByteArray(119, 'a') + emoji);
    QTest::newRow("all 2-byte chars") << 1000 << eAcute.repeated(100) << eAcute.repeated(61);
    QTest::newRow("all 4-byte chars") << 1000 << emoji.repeated(40) << emoji.repeated(30);
}

void tst_FrameWriter::appendClose()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, expectedReason);

    for (const bool mask : {false, true}) {
        FrameWriter writer(mask);
        QByteArray wire;
        writer.appendClose(wire, quint16(code), reason);

        bool ok = false;
        const QList<WireFrame> frames = splitFrames(wire, &ok);
        QVERIFY(ok);
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames.at(0).opcode, 0x8);
        QVERIFY(frames.at(0).fin);
        QVERIFY(frames.at(0).payload.size() <= 125);
        QCOMPARE((int(uchar(frames.at(0).payload.at(0))) << 8) | int(uchar(frames.at(0).payload.at(1))), code);
        const QByteArray sentReason = frames.at(0).payload.mid(2);
        QCOMPARE(sentReason, expectedReason);
        QVERIFY(Utf8Validator::isValid(sentReason.constData(), sentReason.size()));

        RecordingFrameHandler handler;
        FrameParser parser(readerFor(mask), &handler, 0);
        parser.feed(wire);
        QCOMPARE(handler.log, QStringList{QStringLiteral("close %1").arg(code)});
        QCOMPARE(handler.closes.at(0).reason, QString::fromUtf8(expectedReason));
        QCOMPARE(handler.closes.at(0).wireSize, qint64(wire.size()));
    }
}

void tst_FrameWriter::appendCloseWithoutStatus()
{
    for (const bool mask : {false, true}) {
        FrameWriter writer(mask);
        QByteArray wire;
        // NoStatus writes an empty payload, whatever reason is passed.
        writer.appendClose(wire, CloseCode::NoStatus, "ignored");
        QCOMPARE(wire.size(), mask ? 6 : 2);
        QCOMPARE(uchar(wire.at(0)), uchar(0x88));
        QCOMPARE(uchar(wire.at(1)), uchar(mask ? 0x80 : 0x00));

        RecordingFrameHandler handler;
        FrameParser parser(readerFor(mask), &handler, 0);
        parser.feed(wire);
        QCOMPARE(handler.log, QStringList{QStringLiteral("close 1005")});
        QCOMPARE(handler.closes.at(0).reason, QString());
    }
}

QTEST_GUILESS_MAIN(tst_FrameWriter)
#include "tst_framewriter.moc"
