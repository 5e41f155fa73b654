#pragma once

#include <QByteArray>
#include <QString>

namespace Sockscope::JsonStringScan {

// The byte scans of JSON text that find keys without a parse (JsonKeyScanner's duplicate keys,
// JsonKeyOrder's member order): where a string ends, and what a key says.

// From the opening quote at `open`: the index of the closing quote, or `size` when the string
// is not terminated. `escaped` tells whether a backslash escape was seen.
inline qsizetype closingQuote(const char *data, qsizetype size, qsizetype open, bool *escaped)
{
    *escaped = false;
    qsizetype i = open + 1;
    for (; i < size && data[i] != '"'; ++i) {
        if (data[i] == '\\') {
            *escaped = true;
            ++i;
        }
    }
    return i;
}

// The key between the quotes at `open` and `close`, escapes decoded (rare: by the JSON parser).
QString decodeKey(const QByteArray &json, qsizetype open, qsizetype close, bool escaped);

} // namespace Sockscope::JsonStringScan
