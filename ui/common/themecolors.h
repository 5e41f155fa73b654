#pragma once

#include <QColor>
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
};

} // namespace Sockscope
