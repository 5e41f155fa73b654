#pragma once

#include "utf8validator.h"

#include <limits>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Sockscope {

// What the frame parser hands on: whole messages, control frames and the first
// protocol violation (after which it ignores all further input).
class FrameHandler
{
public:
    virtual ~FrameHandler() = default;
    virtual void onMessage(bool isText, const QByteArray &data, int frameCount) = 0;
    virtual void onPing(const QByteArray &payload) = 0;
    virtual void onPong(const QByteArray &payload) = 0;
    // code is CloseCode::NoStatus when the frame carried no code.
    virtual void onCloseFrame(quint16 code, const QString &reason, qint64 wireSize) = 0;
    // closeCode is what the endpoint should close with: 1002, 1007 or 1009.
    virtual void onProtocolError(quint16 closeCode, const QString &message) = 0;
};

// Sans-I/O RFC 6455 frame parser: feed it bytes in any split, it reassembles fragmented
// messages, validates UTF-8 as it goes and enforces the message size limit before
// buffering a payload.
//
// A broken frame (1002) ends parsing for good: the byte stream can no longer be trusted.
// An oversized message (1009) or invalid UTF-8 (1007) leaves the framing intact, so the
// parser reports it, skips the rest of that message without buffering it, and goes on
// delivering control frames, such as the peer's answer to the close that follows.
class FrameParser final
{
    Q_DECLARE_TR_FUNCTIONS(FrameParser)

public:
    enum class Role { Client, Server }; // which end parses: servers require masked frames

    FrameParser(Role role, FrameHandler *handler, qint64 maxMessageBytes);
    Q_DISABLE_COPY_MOVE(FrameParser)

    void setMaxMessageBytes(qint64 bytes) { m_maxMessageBytes = bytes; }
    void feed(const QByteArray &bytes);
    bool hasFailed() const { return m_failed; }
    // Bytes of an unfinished frame or message held (or still being skipped).
    // A skipped frame may announce up to 2^63 - 1 bytes; the sum saturates rather than wraps.
    qint64 bufferedBytes() const
    {
        const quint64 held = quint64(m_buffer.size() - m_offset + m_message.size()) + m_skipBytes;
        return held > quint64(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                                  : qint64(held);
    }
    // Bytes received of a frame or message not delivered yet: what is lost if the connection
    // ends now. A message already rejected (1009, 1007) does not count: it has been reported,
    // and the rest of it, still being skipped, was never received.
    qint64 unfinishedBytes() const
    {
        return m_skipBytes > 0 || m_discarding ? 0 : m_buffer.size() - m_offset + m_message.size();
    }

private:
    bool parseOne();
    // Why a frame header (its first two bytes) breaks RFC 6455 here; empty when it does not.
    QString headerProblem(bool fin, quint8 rsv, quint8 opcode, bool masked, quint64 shortLength) const;
    // Why a data frame does not fit the message in progress; empty when it does.
    QString sequenceProblem(quint8 opcode) const;
    // A data frame over the size limit, or of a message already refused: skipped as it arrives.
    bool skipsRefusedFrame(quint8 opcode, bool fin, qsizetype header, qsizetype maskBytes, quint64 length);
    // A data frame's payload: a whole message delivered, or a fragment added to the message.
    void deliverData(quint8 opcode, bool fin, const QByteArray &payload);
    void fail(quint16 closeCode, const QString &message);
    // Reports a message-level error and discards the rest of the message.
    void rejectMessage(quint16 closeCode, const QString &message, bool fin);
    void deliverControl(quint8 opcode, const QByteArray &payload, qint64 wireSize);

    Role m_role;
    FrameHandler *m_handler;
    qint64 m_maxMessageBytes;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_failed = false;
    // The fragmented message being assembled.
    bool m_inMessage = false;
    bool m_messageIsText = false;
    int m_messageFrames = 0;
    QByteArray m_message;
    Utf8Validator m_utf8;
    // Discarding a rejected message: payload bytes still to skip, and whether its
    // continuation frames are still to come.
    quint64 m_skipBytes = 0; // the mask key and a 63-bit length: may exceed qint64
    bool m_discarding = false;
};

} // namespace Sockscope
