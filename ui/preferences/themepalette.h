#pragma once

#include "apppreferences.h"

#include <QPalette>

namespace Sockscope {

// The light and dark application palettes, and switching between them and the system's.
// Light and dark use the Fusion style, which follows the palette on every platform (the
// native Windows and macOS styles ignore much of it); "system" restores the style Sockscope
// started with and the platform palette.
class ThemePalette final
{
public:
    static QPalette light();
    static QPalette dark();
    static void apply(AppTheme theme);
};

} // namespace Sockscope
