#pragma once

#include <QByteArray>
#include <QString>

namespace Sockscope {

// A place in UTF-8 text as people count it: line and column from 1, the column in characters
// (a multi-byte character counts once). The one way a JSON error position is shown, so the
// composer and the detail pane name the same place ("3:14", line:column).
struct TextPosition final
{
    int line = 0;   // 0: no position
    int column = 0;

    bool isValid() const { return line > 0; }
    // The position of UTF-8 byte `byteOffset` (clamped to the text; the end of the text is
    // the column after its last character).
    static TextPosition at(const QByteArray &utf8, qsizetype byteOffset);
    // "line:column", or an empty string when invalid.
    QString toString() const;
};

} // namespace Sockscope
