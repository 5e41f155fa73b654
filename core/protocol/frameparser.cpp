#include "frameparser.h"

#include "closecode.h"
#include "opcode.h"
#include "framewriter.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

namespace Sockscope {

FrameParser::FrameParser(Role role, FrameHandler *handler, qint64 maxMessageBytes)
    : m_role(role), m_handler(handler), m_maxMessageBytes(maxMessageBytes)
{
}

void FrameParser::feed(const QByteArray &bytes)
{
    if (m_failed)
        return;
    if (m_offset == m_buffer.size()) {
        // Common case: nothing left over, parse the caller's buffer without copying.
        m_buffer = bytes;
        m_offset = 0;
    } else {
        m_buffer.append(bytes);
    }
    while (!m_failed && parseOne()) {
    }
    if (m_failed) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 0) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
}

void FrameParser::fail(quint16 closeCode, const QString &message)
{
    m_failed = true;
    m_message.clear();
    m_handler->onProtocolError(closeCode, message);
}

void FrameParser::rejectMessage(quint16 closeCode, const QString &message, bool fin)
{
    m_message.clear();
    m_inMessage = !fin;
    m_discarding = !fin;
    m_handler->onProtocolError(closeCode, message);
}

QString FrameParser::headerProblem(bool fin, quint8 rsv, quint8 opcode, bool masked, quint64 shortLength) const
{
    if (rsv != 0)
        return tr("reserved bits set in a frame header without a negotiated extension");
    const bool control = opcode & 0x8;
    if (!(opcode <= 0x2 || (opcode >= 0x8 && opcode <= 0xA)))
        return tr("unknown opcode 0x%1").arg(opcode, 0, 16);
    if (control && !fin)
        return tr("fragmented control frame");
    if (control && shortLength > 125)
        return tr("control frame payload longer than 125 bytes");
    if (m_role == Role::Server && !masked)
        return tr("unmasked frame from a client");
    if (m_role == Role::Client && masked)
        return tr("masked frame from a server");
    return {};
}

QString FrameParser::sequenceProblem(quint8 opcode) const
{
    if (opcode == 0x0 && !m_inMessage)
        return tr("continuation frame without a message to continue");
    if (opcode != 0x0 && m_inMessage)
        return tr("new data frame while a fragmented message is unfinished");
    return {};
}

bool FrameParser::parseOne()
{
    if (m_skipBytes > 0) {
        const quint64 take = qMin<quint64>(m_skipBytes, quint64(m_buffer.size() - m_offset));
        m_offset += qsizetype(take);
        m_skipBytes -= take;
        return m_skipBytes == 0;
    }
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < 2)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData() + m_offset);
    const bool fin = p[0] & 0x80;
    const quint8 opcode = p[0] & 0x0F;
    const bool masked = p[1] & 0x80;
    quint64 length = p[1] & 0x7F;
    qsizetype header = 2;
    if (const QString problem = headerProblem(fin, p[0] & 0x70, opcode, masked, length); !problem.isEmpty()) {
        fail(CloseCode::ProtocolError, problem);
        return false;
    }

    if (length == 126) {
        if (available < 4)
            return false;
        length = qFromBigEndian<quint16>(p + 2);
        header = 4;
    } else if (length == 127) {
        if (available < 10)
            return false;
        length = qFromBigEndian<quint64>(p + 2);
        header = 10;
        if (length >> 63) {
            fail(CloseCode::ProtocolError, tr("frame length has its most significant bit set"));
            return false;
        }
    }

    const bool control = opcode & 0x8;
    const qsizetype maskBytes = masked ? 4 : 0;
    // Enforce the limit from the header, before buffering anything of the payload.
    if (!control) {
        if (const QString problem = sequenceProblem(opcode); !problem.isEmpty()) {
            fail(CloseCode::ProtocolError, problem);
            return false;
        }
        if (skipsRefusedFrame(opcode, fin, header, maskBytes, length))
            return true;
    }

    if (quint64(available) < quint64(header + maskBytes) + length)
        return false;

    const char *payloadStart = m_buffer.constData() + m_offset + header + maskBytes;
    const qsizetype payloadLength = qsizetype(length);
    QByteArray payload(payloadStart, payloadLength);
    if (masked) {
        quint32 key;
        std::memcpy(&key, p + header, 4);
        FrameWriter::applyMask(payload.data(), payloadLength, key);
    }
    const qint64 wireSize = header + maskBytes + payloadLength;
    m_offset += header + maskBytes + payloadLength;

    if (control) {
        deliverControl(opcode, payload, wireSize);
        return !m_failed;
    }
    deliverData(opcode, fin, payload);
    return true;
}

bool FrameParser::skipsRefusedFrame(quint8 opcode, bool fin, qsizetype header, qsizetype maskBytes, quint64 length)
{
    const quint64 total = quint64(opcode == 0x0 ? m_message.size() : 0) + length;
    const bool tooBig = m_maxMessageBytes > 0 && total > quint64(m_maxMessageBytes);
    if (!m_discarding && !tooBig)
        return false;
    // Skip this frame's mask key and payload as they arrive, never buffering them.
    m_offset += header;
    m_skipBytes = quint64(maskBytes) + length;
    if (m_discarding) {
        m_discarding = !fin;
        m_inMessage = !fin;
    } else {
        rejectMessage(CloseCode::MessageTooBig,
                      tr("incoming message of at least %1 bytes exceeds the limit of %2 bytes").arg(total).arg(m_maxMessageBytes),
                      fin);
    }
    return true;
}

void FrameParser::deliverData(quint8 opcode, bool fin, const QByteArray &payload)
{
    if (opcode != 0x0) {
        m_inMessage = true;
        m_messageIsText = opcode == 0x1;
        m_messageFrames = 0;
        m_utf8.reset();
        if (fin) {
            // Unfragmented message: no assembly copy.
            m_inMessage = false;
            if (m_messageIsText && !Utf8Validator::isValid(payload.constData(), payload.size())) {
                rejectMessage(CloseCode::InvalidPayload, tr("text message is not valid UTF-8"), true);
                return;
            }
            m_handler->onMessage(m_messageIsText, payload, 1);
            return;
        }
    }
    ++m_messageFrames;
    if (m_messageIsText && !m_utf8.feed(payload.constData(), payload.size())) {
        rejectMessage(CloseCode::InvalidPayload, tr("text message is not valid UTF-8"), fin);
        return;
    }
    m_message.append(payload);
    if (fin) {
        if (m_messageIsText && !m_utf8.isComplete()) {
            rejectMessage(CloseCode::InvalidPayload, tr("text message ends inside a UTF-8 sequence"), true);
            return;
        }
        m_inMessage = false;
        QByteArray message;
        message.swap(m_message);
        m_handler->onMessage(m_messageIsText, message, m_messageFrames);
    }
}

void FrameParser::deliverControl(quint8 opcode, const QByteArray &payload, qint64 wireSize)
{
    switch (static_cast<OpCode>(opcode)) {
    case OpCode::Ping:
        m_handler->onPing(payload);
        return;
    case OpCode::Pong:
        m_handler->onPong(payload);
        return;
    case OpCode::Close: {
        if (payload.isEmpty()) {
            m_handler->onCloseFrame(CloseCode::NoStatus, QString(), wireSize);
            return;
        }
        if (payload.size() == 1) {
            fail(CloseCode::ProtocolError, tr("close frame with a one-byte payload"));
            return;
        }
        const quint16 code = qFromBigEndian<quint16>(payload.constData());
        if (!CloseCode::isSendable(code)) {
            fail(CloseCode::ProtocolError, tr("close frame with code %1, which may not be sent").arg(code));
            return;
        }
        if (!Utf8Validator::isValid(payload.constData() + 2, payload.size() - 2)) {
            fail(CloseCode::InvalidPayload, tr("close reason is not valid UTF-8"));
            return;
        }
        m_handler->onCloseFrame(code, QString::fromUtf8(payload.constData() + 2, payload.size() - 2), wireSize);
        return;
    }
    default:
        break;
    }
}

} // namespace Sockscope
