#include "utf8validator.h"

#include <cstring>

namespace Sockscope {

namespace {

// Björn Höhrmann's UTF-8 DFA (MIT licence): character classes, then transitions in
// multiples of 12. Rejects overlongs, surrogates and code points above U+10FFFF.
const quint8 kUtf8d[] = {
    // byte -> character class
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,
    7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,
    8,8,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
    10,3,3,3,3,3,3,3,3,3,3,3,3,4,3,3,11,6,6,6,5,8,8,8,8,8,8,8,8,8,8,8,
    // state x class -> state
    0,12,24,36,60,96,84,12,12,12,48,72,12,12,12,12,12,12,12,12,12,12,12,12,
    12,0,12,12,12,12,12,0,12,0,12,12,12,24,12,12,12,12,12,24,12,24,12,12,
    12,12,12,12,12,12,12,24,12,12,12,12,12,24,12,12,12,12,12,12,12,24,12,12,
    12,12,12,12,12,12,12,36,12,36,12,12,12,36,12,12,12,12,12,36,12,36,12,12,
    12,36,12,12,12,12,12,12,12,12,12,12,
};

} // namespace

bool Utf8Validator::feed(const char *data, qsizetype size)
{
    if (m_state == kReject)
        return false;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    quint32 state = m_state;
    while (i < size) {
        // Fast path: eight ASCII bytes at a time while between characters.
        if (state == kAccept) {
            while (i + 8 <= size) {
                quint64 word;
                std::memcpy(&word, bytes + i, sizeof word);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            if (i >= size)
                break;
        }
        const quint32 type = kUtf8d[bytes[i]];
        state = kUtf8d[256 + state + type];
        if (state == kReject) {
            m_state = kReject;
            return false;
        }
        ++i;
    }
    m_state = state;
    return true;
}

bool Utf8Validator::isValid(const char *data, qsizetype size)
{
    Utf8Validator validator;
    return validator.feed(data, size) && validator.isComplete();
}

} // namespace Sockscope
