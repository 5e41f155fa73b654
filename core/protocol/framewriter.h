#pragma once

#include "opcode.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace Sockscope {

// Sans-I/O RFC 6455 frame encoder. Clients mask every frame with a fresh key from a
// securely seeded generator; servers never mask.
class FrameWriter final
{
public:
    explicit FrameWriter(bool mask);
    Q_DISABLE_COPY_MOVE(FrameWriter)

    // Appends one frame to `out`.
    void appendFrame(QByteArray &out, OpCode opcode, bool fin, const char *data, qsizetype size);
    // Appends a whole message, split into frames of at most `maxFrameBytes` payload
    // bytes (0 means one frame). Returns the number of frames written.
    int appendMessage(QByteArray &out, bool isText, const QByteArray &data, qint64 maxFrameBytes);
    // A close frame; code NoStatus writes an empty payload.
    void appendClose(QByteArray &out, quint16 code, const QByteArray &reasonUtf8);

    // The reason as it fits a close frame: at most 123 bytes, never cut inside a
    // UTF-8 sequence.
    static QByteArray closeReasonOnWire(const QByteArray &reasonUtf8);

    static void applyMask(char *data, qsizetype size, quint32 key);
    static qsizetype headerSize(qint64 payloadSize, bool masked);

private:
    bool m_mask;
    QRandomGenerator m_random;
};

} // namespace Sockscope
