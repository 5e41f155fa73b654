#include "themepalette.h"

#include "themestyle.h"

#include <QApplication>
#include <QStyle>

namespace Sockscope {

namespace {

struct Colors
{
    QColor window, text, base, alternateBase, button, light, midlight, mid, dark, shadow, highlight, link,
        linkVisited, placeholder, disabledText, toolTipBase;
};

QPalette makePalette(const Colors &c, const QColor &highlightedText, const QColor &brightText)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, brightText);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    return p;
}

// The style Sockscope started with, remembered the first time a theme replaces it.
QString &originalStyleName()
{
    static QString name;
    return name;
}

void useStyle(const QString &name)
{
    if (qobject_cast<ThemeStyle *>(QApplication::style())
        || QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

} // namespace

QPalette ThemePalette::light()
{
    // Fusion's own light colours.
    Colors c;
    c.window = QColor(0xef, 0xef, 0xef);
    c.text = Qt::black;
    c.base = Qt::white;
    c.alternateBase = QColor(0xf7, 0xf7, 0xf7);
    c.toolTipBase = QColor(0xff, 0xff, 0xdc);
    c.button = c.window;
    c.light = Qt::white;
    c.midlight = QColor(0xca, 0xca, 0xca);
    c.mid = QColor(0xb8, 0xb8, 0xb8);
    c.dark = QColor(0x9f, 0x9f, 0x9f);
    c.shadow = QColor(0x76, 0x76, 0x76);
    c.highlight = QColor(0x30, 0x8c, 0xc6);
    c.link = QColor(0x00, 0x55, 0xcc);
    c.linkVisited = QColor(0x80, 0x30, 0xa0);
    c.placeholder = QColor(0x6a, 0x6a, 0x6a); // 4.5:1 on white and on the window, as hints are read
    c.disabledText = QColor(0xa0, 0xa0, 0xa0);
    return makePalette(c, Qt::white, Qt::white);
}

QPalette ThemePalette::dark()
{
    Colors c;
    c.window = QColor(0x35, 0x35, 0x35);
    c.text = QColor(0xee, 0xee, 0xee);
    c.base = QColor(0x25, 0x25, 0x25);
    c.alternateBase = QColor(0x2e, 0x2e, 0x2e);
    c.toolTipBase = QColor(0x42, 0x42, 0x42);
    c.button = c.window;
    c.light = QColor(0x50, 0x50, 0x50);
    c.midlight = QColor(0x45, 0x45, 0x45);
    c.mid = QColor(0x2b, 0x2b, 0x2b);
    c.dark = QColor(0x20, 0x20, 0x20);
    c.shadow = QColor(0x14, 0x14, 0x14);
    c.highlight = QColor(0x2a, 0x82, 0xda);
    c.link = QColor(0x6c, 0xb4, 0xff);
    c.linkVisited = QColor(0xc0, 0x9c, 0xff);
    c.placeholder = QColor(0xa0, 0xa0, 0xa0); // 4.5:1 on the window and the views
    c.disabledText = QColor(0x7f, 0x7f, 0x7f);
    return makePalette(c, Qt::white, QColor(0xff, 0x60, 0x60));
}

void ThemePalette::apply(AppTheme theme)
{
    QString &original = originalStyleName();
    if (theme == AppTheme::System) {
        if (!original.isEmpty())
            useStyle(original);
        // A palette with nothing set resolves entirely to the platform's and the style's.
        QApplication::setPalette(QPalette());
        return;
    }
    if (original.isEmpty())
        original = QApplication::style()->name();
    if (!qobject_cast<ThemeStyle *>(QApplication::style()))
        QApplication::setStyle(new ThemeStyle);
    QApplication::setPalette(theme == AppTheme::Dark ? dark() : light());
}

} // namespace Sockscope
