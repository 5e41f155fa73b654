#pragma once

#include <QtGlobal>

namespace Sockscope {

// Incremental UTF-8 validator (RFC 3629), so a text message split across frames is
// checked as it arrives and fails on the first bad byte.
class Utf8Validator final
{
public:
    // Feeds bytes; returns false as soon as the input cannot be valid UTF-8.
    bool feed(const char *data, qsizetype size);
    // True when everything fed so far ends on a character boundary.
    bool isComplete() const { return m_state == kAccept; }
    void reset() { m_state = kAccept; }

    static bool isValid(const char *data, qsizetype size);

private:
    static constexpr quint32 kAccept = 0;
    static constexpr quint32 kReject = 12;
    quint32 m_state = kAccept;
};

} // namespace Sockscope
