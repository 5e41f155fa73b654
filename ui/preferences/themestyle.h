#pragma once

#include <QProxyStyle>

namespace Sockscope {

// Fusion, as the light and dark themes use it, with two things it draws too faintly for a dark
// palette made visible: the frame of a check box or radio button (Fusion darkens the window
// colour for it, nearly invisible on a dark window) gets a border that reads at 4.5:1, and a
// checked auto-raise tool button (Pause, Follow, .*, Aa, Record, Raw JSON: Fusion's faint sunken
// panel) gets a tint of the highlight colour and a highlight frame, so its state shows at a
// glance. Text colours are left alone. Installed by ThemePalette::apply for light and dark.
class ThemeStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    ThemeStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // The border of a check box's or radio button's indicator on `palette`.
    static QColor indicatorBorder(const QPalette &palette);
    // The background of a checked tool button on `palette`.
    static QColor checkedToolTint(const QPalette &palette);
};

} // namespace Sockscope
