#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

namespace Sockscope {

// The few colours the panels add, chosen to read on the current palette, light or dark:
// the window follows the system palette and only these accents are ours.
class ThemeColors final
{
public:
    static bool isDark(const QPalette &palette);
    static QColor incoming(const QPalette &palette);
    static QColor outgoing(const QPalette &palette);
    static QColor local(const QPalette &palette);
    static QColor problem(const QPalette &palette);
    static QColor good(const QPalette &palette);
    static QColor busy(const QPalette &palette);
    static QColor idle(const QPalette &palette);
    // Behind text that a search matched, and the text on it.
    static QColor searchMatch(const QPalette &palette);
    static QColor searchMatchText(const QPalette &palette);
    // Amber text for a state worth noticing (waiting, paused), readable on the window.
    static QColor attentionText(const QPalette &palette);

    // WCAG 2 contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // `color` darkened (on a light background) or lightened (on a dark one) just enough to reach
    // `ratio` against every background given: text must read at 4.5:1 (WCAG AA).
    static QColor readable(const QColor &color, const QList<QColor> &backgrounds, double ratio = kTextContrast);
    static constexpr double kTextContrast = 4.5;
};

} // namespace Sockscope
