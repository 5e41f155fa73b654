// Fuzz target: the RFC 6455 frame parser. Selector byte: bit 0 = server role (requires
// masked frames), bits 1-2 = message size limit (125 B, 1 KiB, 64 KiB, 16 MiB), bits 3-7 =
// the chunk size of a second pass. Checks: the parser reports the same messages, control
// frames and errors however the bytes are split (all at once against chunk by chunk),
// nothing follows the first framing error, and no delivered message exceeds the limit.

#include "fuzztarget.h"

#include "protocol/frameparser.h"

#include <cstdlib>

using namespace Sockscope;

namespace {

class Trace final : public FrameHandler
{
public:
    explicit Trace(qint64 limit) : m_limit(limit) {}

    void onMessage(bool isText, const QByteArray &data, int frameCount) override
    {
        if (data.size() > m_limit || frameCount < 1 || m_broken)
            std::abort();
        add(isText ? "text" : "binary", data, frameCount);
    }
    void onPing(const QByteArray &payload) override { control("ping", payload); }
    void onPong(const QByteArray &payload) override { control("pong", payload); }
    void onCloseFrame(quint16 code, const QString &reason, qint64 wireSize) override
    {
        if (m_broken)
            std::abort();
        add("close", reason.toUtf8(), code);
        add("wire", {}, int(wireSize));
    }
    void onProtocolError(quint16 closeCode, const QString &message) override
    {
        if (m_broken || message.isEmpty())
            std::abort();
        if (closeCode != 1002 && closeCode != 1007 && closeCode != 1009)
            std::abort();
        if (closeCode == 1002)
            m_broken = true;
        add("error", {}, closeCode);
    }

    const QByteArray &text() const { return m_text; }

private:
    void control(const char *kind, const QByteArray &payload)
    {
        if (m_broken || payload.size() > 125)
            std::abort();
        add(kind, payload, 0);
    }
    void add(const char *kind, const QByteArray &data, int number)
    {
        m_text += kind;
        m_text += ' ';
        m_text += QByteArray::number(number);
        m_text += ' ';
        m_text += data.toHex();
        m_text += '\n';
    }

    QByteArray m_text;
    qint64 m_limit;
    bool m_broken = false;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t selector = Fuzz::takeSelector(data, size);
    const FrameParser::Role role = (selector & 1) ? FrameParser::Role::Server : FrameParser::Role::Client;
    static const qint64 limits[] = {125, 1024, 64 * 1024, 16 * 1024 * 1024};
    const qint64 limit = limits[(selector >> 1) & 3];
    const int chunk = 1 + (selector >> 3);
    const QByteArray bytes = Fuzz::bytes(data, size);

    Trace whole(limit);
    FrameParser first(role, &whole, limit);
    first.feed(bytes);

    Trace pieces(limit);
    FrameParser second(role, &pieces, limit);
    for (qsizetype at = 0; at < bytes.size(); at += chunk)
        second.feed(bytes.mid(at, chunk));

    if (whole.text() != pieces.text() || first.hasFailed() != second.hasFailed())
        std::abort();
    return 0;
}
