#include "themestyle.h"

#include "common/themecolors.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace Sockscope {

namespace {

// How much of the highlight colour a checked tool button's background takes over the window's.
constexpr int kTintPercent = 35;

QColor blend(const QColor &base, const QColor &accent, int accentPercent)
{
    const auto mix = [accentPercent](int a, int b) { return (a * (100 - accentPercent) + b * accentPercent) / 100; };
    return QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()), mix(base.blue(), accent.blue()));
}

} // namespace

ThemeStyle::ThemeStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("sockscopeThemeStyle"));
}

QColor ThemeStyle::indicatorBorder(const QPalette &palette)
{
    return ThemeColors::readable(palette.color(QPalette::Mid), {palette.color(QPalette::Window), palette.color(QPalette::Base)});
}

QColor ThemeStyle::checkedToolTint(const QPalette &palette)
{
    return blend(palette.color(QPalette::Window), palette.color(QPalette::Highlight), kTintPercent);
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    switch (element) {
    case PE_IndicatorCheckBox:
    case PE_IndicatorRadioButton: {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (!(option->state & State_Enabled))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
        painter->setPen(QPen(indicatorBorder(option->palette), 1));
        painter->setBrush(Qt::NoBrush);
        const QRectF frame = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(frame);
        else
            painter->drawRoundedRect(frame, 1, 1);
        painter->restore();
        return;
    }
    case PE_PanelButtonTool:
        if ((option->state & State_On) && (option->state & State_AutoRaise)) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(QPen(option->palette.color(QPalette::Highlight), 1));
            painter->setBrush(checkedToolTint(option->palette));
            painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            painter->restore();
            return;
        }
        break;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace Sockscope
