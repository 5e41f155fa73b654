#include "themecolors.h"

#include <algorithm>
#include <cmath>

namespace Sockscope {

namespace {

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// The accents are drawn as text (states, results, log levels) on the window and on views:
// each is made readable on both, whatever the platform palette.
QColor text(const QPalette &palette, const QColor &dark, const QColor &light)
{
    return ThemeColors::readable(ThemeColors::isDark(palette) ? dark : light,
                                 {palette.color(QPalette::Window), palette.color(QPalette::Base)});
}

} // namespace

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor ThemeColors::incoming(const QPalette &palette)
{
    return text(palette, QColor(0x6c, 0xb6, 0xff), QColor(0x0b, 0x5c, 0xad));
}

QColor ThemeColors::outgoing(const QPalette &palette)
{
    return text(palette, QColor(0x7e, 0xd3, 0x8a), QColor(0x1a, 0x7f, 0x37));
}

QColor ThemeColors::local(const QPalette &palette)
{
    // Dimmer than other rows, yet readable on both row colours; a palette's disabled text is
    // often below 4.5:1 (Fusion's light grey on white is 2.6:1).
    return readable(palette.color(QPalette::Disabled, QPalette::Text),
                    {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)});
}

QColor ThemeColors::problem(const QPalette &palette)
{
    return text(palette, QColor(0xff, 0x7b, 0x72), QColor(0xc5, 0x1f, 0x1f));
}

QColor ThemeColors::good(const QPalette &palette)
{
    return text(palette, QColor(0x3f, 0xb9, 0x50), QColor(0x2d, 0xa4, 0x4e));
}

QColor ThemeColors::busy(const QPalette &palette)
{
    return text(palette, QColor(0xe3, 0xb3, 0x41), QColor(0xd2, 0x99, 0x22));
}

QColor ThemeColors::idle(const QPalette &palette)
{
    return text(palette, QColor(0x8b, 0x94, 0x9e), QColor(0x9a, 0xa0, 0xa6));
}

QColor ThemeColors::attentionText(const QPalette &palette)
{
    return busy(palette);
}

double ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColors::readable(const QColor &color, const QList<QColor> &backgrounds, double ratio)
{
    const auto enough = [&](const QColor &candidate) {
        for (const QColor &background : backgrounds) {
            if (contrast(candidate, background) < ratio)
                return false;
        }
        return true;
    };
    if (backgrounds.isEmpty() || enough(color))
        return color;
    // Towards black on light backgrounds, towards white on dark ones, in small steps of the
    // HSL lightness (hue and saturation kept); bounded: 100 steps reach the end of the scale.
    const bool darken = luminance(backgrounds.constFirst()) > 0.18;
    QColor candidate = color.toHsl();
    for (int step = 0; step < 100 && !enough(candidate); ++step) {
        const int lightness = candidate.lightness() + (darken ? -3 : 3);
        candidate.setHsl(candidate.hslHue(), candidate.hslSaturation(), std::clamp(lightness, 0, 255), candidate.alpha());
    }
    return candidate.toRgb();
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
