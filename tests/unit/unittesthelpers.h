#pragma once

#include "protocol/frameparser.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

// Helpers shared by the protocol unit tests: byte strings written as numbers (so hex
// escapes never swallow the next letter), frames built by hand (so malformed ones are
// possible and the parser is not tested with its own writer), and a FrameHandler that
// records every call.
namespace SockscopeUnitTest {

inline QByteArray bytesOf(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(qsizetype(values.size()));
    for (int value : values)
        out.append(char(value));
    return out;
}

// A payload whose bytes depend on their position, so a reordering or an off-by-one
// shows. Text payloads stay ASCII.
inline QByteArray patternPayload(qsizetype size, bool text)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = text ? char('a' + i % 26) : char((i * 7 + 3) % 256);
    return out;
}

// Wire-order key bytes 0x37 0xfa 0x21 0x3d, as in RFC 6455 section 5.7.
constexpr unsigned char kMaskKey[4] = {0x37, 0xfa, 0x21, 0x3d};

// One frame, assembled byte by byte. `firstByte` is FIN|RSV|opcode as on the wire.
// `lengthForm` 0 picks the shortest length encoding; 126 or 127 forces the 16-bit or
// 64-bit one. `declaredLength` < 0 writes the real payload length.
inline QByteArray rawFrame(int firstByte, const QByteArray &payload, bool masked,
                           int lengthForm = 0, qint64 declaredLength = -1)
{
    const quint64 length = quint64(declaredLength < 0 ? payload.size() : declaredLength);
    QByteArray out;
    out.append(char(firstByte));
    const int maskBit = masked ? 0x80 : 0x00;
    int form = lengthForm;
    if (form == 0)
        form = length < 126 ? 0 : (length <= 0xFFFF ? 126 : 127);
    if (form == 0) {
        out.append(char(maskBit | int(length)));
    } else if (form == 126) {
        out.append(char(maskBit | 126));
        out.append(char((length >> 8) & 0xFF));
        out.append(char(length & 0xFF));
    } else {
        out.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((length >> shift) & 0xFF));
    }
    if (masked) {
        for (unsigned char b : kMaskKey)
            out.append(char(b));
        for (qsizetype i = 0; i < payload.size(); ++i)
            out.append(char(uchar(payload.at(i)) ^ kMaskKey[i % 4]));
    } else {
        out.append(payload);
    }
    return out;
}

inline QByteArray closePayload(int code, const QByteArray &reason = {})
{
    QByteArray out;
    out.append(char((code >> 8) & 0xFF));
    out.append(char(code & 0xFF));
    out.append(reason);
    return out;
}

// Records every FrameHandler call, in order, as one line each in `log`, plus the full
// arguments in the typed lists.
class RecordingFrameHandler final : public Sockscope::FrameHandler
{
public:
    struct Message
    {
        bool isText;
        QByteArray data;
        int frameCount;
    };
    struct Close
    {
        quint16 code;
        QString reason;
        qint64 wireSize;
    };
    struct Error
    {
        quint16 closeCode;
        QString message;
    };

    void onMessage(bool isText, const QByteArray &data, int frameCount) override
    {
        messages.append({isText, data, frameCount});
        log.append(QStringLiteral("%1 %2 bytes in %3 frames")
                       .arg(isText ? QStringLiteral("text") : QStringLiteral("binary"))
                       .arg(data.size())
                       .arg(frameCount));
    }
    void onPing(const QByteArray &payload) override
    {
        pings.append(payload);
        log.append(QStringLiteral("ping ") + QString::fromLatin1(payload.toHex()));
    }
    void onPong(const QByteArray &payload) override
    {
        pongs.append(payload);
        log.append(QStringLiteral("pong ") + QString::fromLatin1(payload.toHex()));
    }
    void onCloseFrame(quint16 code, const QString &reason, qint64 wireSize) override
    {
        closes.append({code, reason, wireSize});
        log.append(QStringLiteral("close %1").arg(code));
    }
    void onProtocolError(quint16 closeCode, const QString &message) override
    {
        errors.append({closeCode, message});
        log.append(QStringLiteral("error %1").arg(closeCode));
    }

    QStringList log;
    QList<Message> messages;
    QList<QByteArray> pings;
    QList<QByteArray> pongs;
    QList<Close> closes;
    QList<Error> errors;
};

} // namespace SockscopeUnitTest
