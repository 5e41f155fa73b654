#include "hexdump.h"

#include <QCoreApplication>

namespace Sockscope {

QString HexDump::dump(const QByteArray &data, qsizetype maxBytes)
{
    static const char digits[] = "0123456789abcdef";
    const qsizetype shown = qMin(data.size(), maxBytes);
    QString out;
    out.reserve((shown / 16 + 2) * 78);
    for (qsizetype line = 0; line < shown; line += 16) {
        out += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (line + i < shown) {
                const auto byte = quint8(data.at(line + i));
                out += QLatin1Char(digits[byte >> 4]);
                out += QLatin1Char(digits[byte & 0xf]);
                out += QLatin1Char(' ');
                ascii += (byte >= 0x20 && byte < 0x7f) ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == 7)
                out += QLatin1Char(' ');
        }
        out += QStringLiteral(" |") + ascii + QStringLiteral("|\n");
    }
    if (data.size() > shown) {
        out += tr("… %n more byte(s)", nullptr, int(data.size() - shown));
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Sockscope
