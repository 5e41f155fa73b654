// ThemeColors: every colour Sockscope draws text in reads at 4.5:1 (WCAG AA) on the window and
// the views, in the light and dark themes and in a platform palette as pale as Fusion's default;
// the contrast ratio itself against known values.

#include "common/themecolors.h"
#include "preferences/themepalette.h"
#include "preferences/themestyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QStyleOptionButton>
#include <QTest>
#include <QToolButton>

using Sockscope::ThemeColors;
using Sockscope::AppTheme;
using Sockscope::ThemeStyle;
using Sockscope::ThemePalette;

Q_DECLARE_METATYPE(QPalette)
Q_DECLARE_METATYPE(Sockscope::AppTheme)

class TestThemeColors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatio();
    void readableKeepsWhatAlreadyReads();
    void textColoursRead_data();
    void textColoursRead();
    void togglesShowTheirState_data();
    void togglesShowTheirState();
    void checkBoxesHaveAVisibleFrame_data();
    void checkBoxesHaveAVisibleFrame();
};

void TestThemeColors::contrastRatio()
{
    QCOMPARE(qRound(ThemeColors::contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(ThemeColors::contrast(Qt::white, Qt::white), 1.0);
    // Fusion's disabled grey on white, which dim rows used to be: 2.6:1.
    QCOMPARE(qRound(ThemeColors::contrast(QColor(0xa0, 0xa0, 0xa0), Qt::white) * 10), 26);
    QCOMPARE(ThemeColors::contrast(Qt::red, Qt::blue), ThemeColors::contrast(Qt::blue, Qt::red));
}

void TestThemeColors::readableKeepsWhatAlreadyReads()
{
    const QColor dark(0x0b, 0x5c, 0xad);
    QCOMPARE(ThemeColors::readable(dark, {Qt::white}), dark);
    const QColor pale(0xd2, 0x99, 0x22);
    const QColor fixed = ThemeColors::readable(pale, {Qt::white, QColor(0xef, 0xef, 0xef)});
    QVERIFY(ThemeColors::contrast(fixed, QColor(0xef, 0xef, 0xef)) >= ThemeColors::kTextContrast);
    QCOMPARE(fixed.hslHue(), pale.hslHue()); // still amber, only darker
}

void TestThemeColors::textColoursRead_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << ThemePalette::light();
    QTest::newRow("dark") << ThemePalette::dark();
    QPalette pale = ThemePalette::light();
    pale.setColor(QPalette::Disabled, QPalette::Text, QColor(0xbe, 0xbe, 0xbe));
    pale.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf4, 0xf4));
    QTest::newRow("pale platform palette") << pale;
}

void TestThemeColors::textColoursRead()
{
    QFETCH(QPalette, palette);
    const QList<QColor> surfaces = {palette.color(QPalette::Window), palette.color(QPalette::Base)};
    const QList<std::pair<const char *, QColor>> colours = {
        {"incoming", ThemeColors::incoming(palette)}, {"outgoing", ThemeColors::outgoing(palette)},
        {"problem", ThemeColors::problem(palette)},   {"good", ThemeColors::good(palette)},
        {"busy", ThemeColors::busy(palette)},         {"idle", ThemeColors::idle(palette)},
        {"attention", ThemeColors::attentionText(palette)},
    };
    for (const auto &[name, colour] : colours) {
        for (const QColor &surface : surfaces) {
            QVERIFY2(ThemeColors::contrast(colour, surface) >= ThemeColors::kTextContrast,
                     qPrintable(QStringLiteral("%1 %2 on %3: %4").arg(QLatin1String(name), colour.name(), surface.name())
                                    .arg(ThemeColors::contrast(colour, surface))));
        }
    }
    // Hints (placeholder text, "appears here" lines) read too.
    for (const QColor &surface : surfaces) {
        QVERIFY2(ThemeColors::contrast(palette.color(QPalette::PlaceholderText), surface) >= ThemeColors::kTextContrast
                     || (palette != ThemePalette::light() && palette != ThemePalette::dark()),
                 qPrintable(palette.color(QPalette::PlaceholderText).name() + QLatin1String(" on ") + surface.name()));
    }
    // Dim rows (local events) on both row colours.
    const QColor dim = ThemeColors::local(palette);
    for (const QColor &row : {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)})
        QVERIFY2(ThemeColors::contrast(dim, row) >= ThemeColors::kTextContrast, qPrintable(dim.name() + QLatin1String(" on ") + row.name()));
    // Still dimmer than ordinary text.
    QVERIFY(ThemeColors::contrast(dim, palette.color(QPalette::Base)) < ThemeColors::contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)));
}

void TestThemeColors::togglesShowTheirState_data()
{
    QTest::addColumn<AppTheme>("theme");
    QTest::newRow("light") << AppTheme::Light;
    QTest::newRow("dark") << AppTheme::Dark;
}

namespace {

// How far apart (in one channel of 255) two mean colours must be for a change of state to be seen
// at a glance on a small button; Fusion's own checked auto-raise button moves its mean by less.
constexpr int kVisibleChange = 24;

// The mean colour of a widget as drawn.
QColor meanColour(QWidget *widget)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    qint64 r = 0, g = 0, b = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            r += qRed(pixel);
            g += qGreen(pixel);
            b += qBlue(pixel);
        }
    }
    const qint64 n = qMax<qint64>(1, qint64(image.width()) * image.height());
    return QColor(int(r / n), int(g / n), int(b / n));
}

} // namespace

// A checked toggle (an auto-raise tool button such as Follow) looks different from an unchecked
// one at a glance in both themes: Fusion's sunken panel all but vanished on the dark window.
void TestThemeColors::togglesShowTheirState()
{
    QFETCH(AppTheme, theme);
    ThemePalette::apply(theme);
    QVERIFY(qobject_cast<ThemeStyle *>(QApplication::style()));
    QWidget window;
    auto *button = new QToolButton(&window);
    button->setText(QStringLiteral("Follow"));
    button->setCheckable(true);
    button->setAutoRaise(true);
    window.resize(120, 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QColor off = meanColour(button);
    button->setChecked(true);
    const QColor on = meanColour(button);
    const int change = qMax(qAbs(on.red() - off.red()), qMax(qAbs(on.green() - off.green()), qAbs(on.blue() - off.blue())));
    QVERIFY2(change >= kVisibleChange, qPrintable(on.name() + QLatin1String(" vs ") + off.name()));
    // The text on the tint reads as well as ordinary text must.
    const QPalette palette = button->palette();
    QVERIFY(ThemeColors::contrast(ThemeStyle::checkedToolTint(palette), palette.color(QPalette::ButtonText)) >= ThemeColors::kTextContrast);
    ThemePalette::apply(AppTheme::System);
}

void TestThemeColors::checkBoxesHaveAVisibleFrame_data()
{
    togglesShowTheirState_data();
}

// The frame of a check box (Errors only) stands out from the window at 4.5:1.
void TestThemeColors::checkBoxesHaveAVisibleFrame()
{
    QFETCH(AppTheme, theme);
    ThemePalette::apply(theme);
    QWidget window;
    auto *box = new QCheckBox(QStringLiteral("Errors only"), &window);
    window.resize(160, 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    const QImage image = box->grab().toImage();
    const QColor background = box->palette().color(QPalette::Window);
    double best = 1;
    for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
        for (int x = indicator.left(); x <= indicator.right(); ++x)
            best = qMax(best, ThemeColors::contrast(QColor(image.pixel(x, y)), background));
    }
    QVERIFY2(best >= ThemeColors::kTextContrast, qPrintable(QString::number(best)));
    ThemePalette::apply(AppTheme::System);
}

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
