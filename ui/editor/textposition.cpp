#include "textposition.h"

namespace Sockscope {

TextPosition TextPosition::at(const QByteArray &utf8, qsizetype byteOffset)
{
    TextPosition position;
    if (byteOffset < 0)
        return position;
    const qsizetype end = qMin(byteOffset, utf8.size());
    position.line = 1;
    position.column = 1;
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xc0) != 0x80) {
            // Continuation bytes (10xxxxxx) belong to the character before them.
            ++position.column;
        }
    }
    return position;
}

QString TextPosition::toString() const
{
    return isValid() ? QStringLiteral("%1:%2").arg(line).arg(column) : QString();
}

} // namespace Sockscope
