#include "framewriter.h"

#include "closecode.h"

#include <QtEndian>

#include <cstring>

namespace Sockscope {

FrameWriter::FrameWriter(bool mask)
    : m_mask(mask), m_random(QRandomGenerator::securelySeeded())
{
}

qsizetype FrameWriter::headerSize(qint64 payloadSize, bool masked)
{
    const qsizetype base = payloadSize < 126 ? 2 : (payloadSize <= 0xFFFF ? 4 : 10);
    return base + (masked ? 4 : 0);
}

void FrameWriter::applyMask(char *data, qsizetype size, quint32 key)
{
    // `key` holds the four mask bytes in wire order; XOR eight bytes at a time.
    quint64 wide = (quint64(key) << 32) | key;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 chunk;
        std::memcpy(&chunk, data + i, 8);
        chunk ^= wide;
        std::memcpy(data + i, &chunk, 8);
    }
    const auto *keyBytes = reinterpret_cast<const uchar *>(&key);
    for (; i < size; ++i)
        data[i] = char(uchar(data[i]) ^ keyBytes[i % 4]);
}

void FrameWriter::appendFrame(QByteArray &out, OpCode opcode, bool fin, const char *data, qsizetype size)
{
    const qsizetype start = out.size();
    const qsizetype header = headerSize(size, m_mask);
    out.resize(start + header + size);
    auto *p = reinterpret_cast<uchar *>(out.data() + start);
    p[0] = uchar((fin ? 0x80 : 0x00) | static_cast<quint8>(opcode));
    const uchar maskBit = m_mask ? 0x80 : 0x00;
    qsizetype pos = 2;
    if (size < 126) {
        p[1] = uchar(maskBit | uchar(size));
    } else if (size <= 0xFFFF) {
        p[1] = uchar(maskBit | 126);
        qToBigEndian<quint16>(quint16(size), p + 2);
        pos = 4;
    } else {
        p[1] = uchar(maskBit | 127);
        qToBigEndian<quint64>(quint64(size), p + 2);
        pos = 10;
    }
    if (size > 0)
        std::memcpy(p + header, data, size_t(size));
    if (m_mask) {
        const quint32 key = m_random.generate();
        std::memcpy(p + pos, &key, 4);
        applyMask(reinterpret_cast<char *>(p + header), size, key);
    }
}

int FrameWriter::appendMessage(QByteArray &out, bool isText, const QByteArray &data, qint64 maxFrameBytes)
{
    const OpCode first = isText ? OpCode::Text : OpCode::Binary;
    if (maxFrameBytes <= 0 || data.size() <= maxFrameBytes) {
        out.reserve(out.size() + headerSize(data.size(), m_mask) + data.size());
        appendFrame(out, first, true, data.constData(), data.size());
        return 1;
    }
    const qsizetype frames = (data.size() + maxFrameBytes - 1) / maxFrameBytes;
    out.reserve(out.size() + data.size() + frames * headerSize(maxFrameBytes, m_mask));
    qsizetype offset = 0;
    int count = 0;
    while (offset < data.size()) {
        qsizetype chunk = qMin<qsizetype>(maxFrameBytes, data.size() - offset);
        // Text frames end on character boundaries: RFC 6455 allows any split, but
        // some peers (Qt's own server among them) validate UTF-8 per frame.
        if (isText && offset + chunk < data.size()) {
            qsizetype back = 0;
            while (back < 3 && back < chunk - 1 && (uchar(data.at(offset + chunk - back)) & 0xC0) == 0x80)
                ++back;
            if ((uchar(data.at(offset + chunk - back)) & 0xC0) != 0x80)
                chunk -= back;
        }
        const bool fin = offset + chunk == data.size();
        appendFrame(out, count == 0 ? first : OpCode::Continuation, fin, data.constData() + offset, chunk);
        offset += chunk;
        ++count;
    }
    return count;
}

QByteArray FrameWriter::closeReasonOnWire(const QByteArray &reasonUtf8)
{
    // Control frames carry at most 125 bytes: the code plus 123 bytes of reason.
    qsizetype keep = qMin<qsizetype>(reasonUtf8.size(), 123);
    // Never cut a UTF-8 sequence in half: back up over continuation bytes.
    if (keep < reasonUtf8.size()) {
        while (keep > 0 && (uchar(reasonUtf8.at(keep)) & 0xC0) == 0x80)
            --keep;
    }
    return reasonUtf8.left(keep);
}

void FrameWriter::appendClose(QByteArray &out, quint16 code, const QByteArray &reasonUtf8)
{
    if (code == CloseCode::NoStatus) {
        appendFrame(out, OpCode::Close, true, nullptr, 0);
        return;
    }
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(code, payload.data());
    payload.append(closeReasonOnWire(reasonUtf8));
    appendFrame(out, OpCode::Close, true, payload.constData(), payload.size());
}

} // namespace Sockscope
