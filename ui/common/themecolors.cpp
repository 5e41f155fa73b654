#include "themecolors.h"

namespace Sockscope {

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor ThemeColors::incoming(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6c, 0xb6, 0xff) : QColor(0x0b, 0x5c, 0xad);
}

QColor ThemeColors::outgoing(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x7e, 0xd3, 0x8a) : QColor(0x1a, 0x7f, 0x37);
}

QColor ThemeColors::local(const QPalette &palette)
{
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor ThemeColors::problem(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc5, 0x1f, 0x1f);
}

QColor ThemeColors::good(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x3f, 0xb9, 0x50) : QColor(0x2d, 0xa4, 0x4e);
}

QColor ThemeColors::busy(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0xd2, 0x99, 0x22);
}

QColor ThemeColors::idle(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8b, 0x94, 0x9e) : QColor(0x9a, 0xa0, 0xa6);
}

QColor ThemeColors::searchMatch(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x9e, 0x6a, 0x03) : QColor(0xff, 0xd3, 0x3d);
}

QColor ThemeColors::searchMatchText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xff, 0xff) : QColor(0x1f, 0x1f, 0x1f);
}

} // namespace Sockscope
