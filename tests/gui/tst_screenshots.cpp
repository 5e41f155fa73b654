// The pictures in docs/screenshots, and what they must show: four scenes (a client
// document talking to an echo server, the MCP panel calling a tool of the mock MCP server,
// a server document with two peers, a mock server document with a client that called a
// tool), each on real sockets on 127.0.0.1, in a 1366 x 768 window, in English and German,
// light and dark. In every one the window keeps its size, no label, button, tab, column
// title or placeholder is cut short, and the theme's colours fill the picture;
// germanIsComplete (its own CTest entry, tst_screenshots_german) says which strings the German
// window still shows in English. With SOCKSCOPE_SCREENSHOT_DIR set, each picture is saved as
// <scene>.png (English, light), <scene>-dark.png, <scene>-de.png and <scene>-de-dark.png.
#include "documentscene.h"
#include "guitestsupport.h"
#include "recordingtranslator.h"
#include "testpaths.h"
#include "translationcatalogue.h"
#include "uiaudit.h"

#include "frames/framesmodel.h"
#include "frames/framesview.h"
#include "mainwindow/mainwindow.h"
#include "peers/peersmodel.h"
#include "preferences/themepalette.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Sockscope;
using SockscopeGuiTest::VisibleText;

namespace {

// The laptop screen the pictures are taken at.
const QSize kScreen(1366, 768);
// At least this share of a picture is the theme's window or base colour.
constexpr double kMinThemeShare = 0.5;

QString fileName(const QString &scene, bool german, bool dark)
{
    return scene + (german ? QStringLiteral("-de") : QString()) + (dark ? QStringLiteral("-dark") : QString())
           + QStringLiteral(".png");
}

QString germanTsFile()
{
    return SockscopeTest::sourceDir() + QStringLiteral("/translations/sockscope_de.ts");
}

// English or German for as long as it lives, as `sockscope --lang` sets it: the compiled
// translation (noting what it lacks), Qt's own German strings when installed, the locale.
class LanguageScope final
{
public:
    explicit LanguageScope(bool german)
        : m_previous(QLocale())
    {
        if (!german) {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            return;
        }
        const QLocale locale(QLocale::German, QLocale::Germany);
        QLocale::setDefault(locale);
        m_loaded = m_own.load(QStringLiteral(":/i18n/sockscope_de.qm")) && QCoreApplication::installTranslator(&m_own);
        if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~LanguageScope()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_own);
        QLocale::setDefault(m_previous);
    }
    Q_DISABLE_COPY_MOVE(LanguageScope)

    bool isLoaded() const { return m_loaded; }
    QSet<QString> missed() const { return m_own.missed(); }

private:
    QLocale m_previous;
    SockscopeGuiTest::RecordingTranslator m_own;
    QTranslator m_qt;
    bool m_loaded = false;
};

// The share of `image` painted in the palette's window or base colour.
double themeShare(const QImage &image, const QPalette &palette)
{
    const QRgb window = palette.color(QPalette::Window).rgb();
    const QRgb base = palette.color(QPalette::Base).rgb();
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 matching = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            matching += (line[x] == window || line[x] == base) ? 1 : 0;
    }
    return double(matching) / double(qMax<qint64>(1, qint64(rgb.width()) * rgb.height()));
}

QString listed(const QStringList &lines)
{
    return QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "));
}

// The cells that hold words for people rather than data: the frames' direction and kind
// and the preview of events that carry no message (state changes, open, close, notices);
// the peers' state and MCP session.
QList<VisibleText> vocabularyCells(QWidget *window)
{
    QList<VisibleText> texts;
    for (const FramesView *view : window->findChildren<FramesView *>()) {
        auto *model = qobject_cast<FramesModel *>(view->model());
        if (!model)
            continue;
        texts += SockscopeGuiTest::visibleCells(view, [model](const QModelIndex &index) {
            const int column = index.column();
            const EventKind kind = model->recordAtRow(index.row())->event.kind;
            return column == FramesModel::DirectionColumn || column == FramesModel::KindColumn
                   || (column == FramesModel::PreviewColumn && kind != EventKind::Text && kind != EventKind::Binary);
        });
    }
    for (const QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (qobject_cast<const PeersModel *>(view->model())) {
            texts += SockscopeGuiTest::visibleCells(view, [](const QModelIndex &index) {
                return index.column() == PeersModel::StateColumn || index.column() == PeersModel::SessionColumn;
            });
        }
    }
    return texts;
}

// Which of `texts` are English although the catalogue has German for them.
QStringList untranslatedTexts(const QList<VisibleText> &texts, const SockscopeGuiTest::TranslationCatalogue &catalogue,
                              const QSet<QString> &missed)
{
    QStringList found;
    for (const VisibleText &text : texts) {
        const QString reason = catalogue.untranslated(text.text, missed);
        const QString line = QStringLiteral("%1: \"%2\": %3").arg(text.where, text.text, reason);
        if (!reason.isEmpty() && !found.contains(line))
            found.append(line);
    }
    return found;
}

} // namespace

class TestScreenshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void catalogueTellsEnglishFromGerman();
    void untranslatedTextIsFoundInAWindow();
    void clippedTextIsFound();
    void scenes_data();
    void scenes();
    void germanIsComplete_data();
    void germanIsComplete();

private:
    SockscopeGuiTest::TranslationCatalogue m_catalogue;
};

void TestScreenshots::initTestCase()
{
    SockscopeGuiTest::isolateSettings("tst_screenshots");
    QString error;
    QVERIFY2(m_catalogue.load(germanTsFile(), &error), qPrintable(error));
    QVERIFY(m_catalogue.messageCount() > 1000);
}

void TestScreenshots::init()
{
    // Each picture starts from the same window layout, not the one the previous closed with.
    QSettings().clear();
}

void TestScreenshots::cleanupTestCase()
{
    ThemePalette::apply(AppTheme::System);
}

// The catalogue on a small translation file: what is English, what is German or the same in
// both languages.
void TestScreenshots::catalogueTellsEnglishFromGerman()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("test_de.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>A</name>
  <message><source>&amp;Connect</source><translation>&amp;Verbinden</translation></message>
  <message><source>JSON</source><translation>JSON</translation></message>
  <message><source>text</source><translation>Text</translation></message>
  <message><source>whole number</source><translation type="unfinished"></translation></message>
  <message><source>Old words</source><translation type="vanished">Alte Wörter</translation></message>
  <message><source>Faults: %1</source><translation>Fehler: %1</translation></message>
  <message numerus="yes"><source>%n peer(s)</source><translation><numerusform>%n Gegenstelle</numerusform><numerusform>%n Gegenstellen</numerusform></translation></message>
</context>
<context><name>B</name>
  <message><source>text</source><translation>text</translation></message>
  <message><source>Close</source><translation>Schließen</translation></message>
  <message><source>idle</source><translation>inaktiv</translation></message>
  <message><source>open</source><translation>offen</translation></message>
</context>
</TS>
)");
    file.close();
    SockscopeGuiTest::TranslationCatalogue catalogue;
    QString error;
    QVERIFY2(catalogue.load(path, &error), qPrintable(error));
    QCOMPARE(catalogue.messageCount(), 10); // the vanished one is not compiled

    QVERIFY(!catalogue.untranslated(QStringLiteral("Connect")).isEmpty());
    QVERIFY(!catalogue.untranslated(QStringLiteral("&Connect")).isEmpty());
    QVERIFY(catalogue.untranslated(QStringLiteral("Verbinden")).isEmpty());
    QVERIFY(catalogue.untranslated(QStringLiteral("JSON")).isEmpty()); // the same in German
    QVERIFY(catalogue.untranslated(QStringLiteral("text")).isEmpty()); // "text" in context B
    QVERIFY(!catalogue.untranslated(QStringLiteral("Close")).isEmpty());
    QVERIFY(!catalogue.untranslated(QStringLiteral("whole number")).isEmpty()); // no translation yet
    QVERIFY(catalogue.untranslated(QStringLiteral("Old words")).isEmpty());     // not in the program
    QVERIFY(!catalogue.untranslated(QStringLiteral("Faults: latency 300 ms")).isEmpty());
    QVERIFY(catalogue.untranslated(QStringLiteral("Fehler: Latenz 300 ms")).isEmpty());
    QVERIFY(!catalogue.untranslated(QStringLiteral("2 peer(s)")).isEmpty());
    QVERIFY(catalogue.untranslated(QStringLiteral("2 Gegenstellen")).isEmpty());
    QVERIFY(catalogue.untranslated(QStringLiteral("something else")).isEmpty());
    // Joined for display: each part counts.
    QVERIFY(catalogue.untranslated(QStringLiteral("idle → open")).contains(QLatin1String("part \"idle\"")));
    QVERIFY(!catalogue.untranslated(QStringLiteral("inaktiv → open")).isEmpty());
    QVERIFY(catalogue.untranslated(QStringLiteral("inaktiv → offen")).isEmpty());
    QVERIFY(catalogue.untranslated(QStringLiteral("bereit · JSON · 2025-11-25")).isEmpty());
    QVERIFY(!catalogue.untranslated(QStringLiteral("Brand new"), {QStringLiteral("Brand new")}).isEmpty());
    // A source missed at runtime that is also some translation is German.
    QVERIFY(catalogue.untranslated(QStringLiteral("JSON"), {QStringLiteral("JSON")}).isEmpty());
}

// A window in German with English left in it: each English string is found, wherever it
// shows, and nothing German or the same in both languages is.
void TestScreenshots::untranslatedTextIsFoundInAWindow()
{
    const LanguageScope language(true);
    QVERIFY(language.isLoaded());
    QCOMPARE(QCoreApplication::translate("Sockscope::SchemaField", "whole number"), QStringLiteral("ganze Zahl"));
    // A string the .ts file does not have: tr() shows it in English and the translator notes it.
    QCOMPARE(QCoreApplication::translate("TestScreenshots", "A sentence nobody translated"),
             QStringLiteral("A sentence nobody translated"));
    QVERIFY(language.missed().contains(QStringLiteral("A sentence nobody translated")));

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *english = new QLabel(QStringLiteral("whole number"), &window);
    english->setObjectName(QStringLiteral("englishLabel"));
    auto *german = new QLabel(QCoreApplication::translate("Sockscope::SchemaField", "whole number"), &window);
    german->setObjectName(QStringLiteral("germanLabel"));
    auto *same = new QPushButton(QStringLiteral("JSON-RPC"), &window);
    same->setObjectName(QStringLiteral("sameButton"));
    auto *missed = new QPushButton(QStringLiteral("A sentence nobody translated"), &window);
    missed->setObjectName(QStringLiteral("missedButton"));
    auto *placeholder = new QLineEdit(&window);
    placeholder->setObjectName(QStringLiteral("placeholderEdit"));
    placeholder->setPlaceholderText(QStringLiteral("whole number"));
    auto *tree = new QTreeWidget(&window);
    tree->setObjectName(QStringLiteral("tree"));
    tree->setHeaderLabels({QStringLiteral("Name"), QStringLiteral("whole number")});
    tree->addTopLevelItem(new QTreeWidgetItem(QStringList{QStringLiteral("whole number"), QStringLiteral("42")}));
    for (QWidget *widget : std::initializer_list<QWidget *>{english, german, same, missed, placeholder, tree})
        layout->addWidget(widget);
    window.resize(600, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QStringList found = untranslatedTexts(SockscopeGuiTest::visibleTexts(&window)
                                                    + SockscopeGuiTest::visibleCells(tree, [](const QModelIndex &) { return true; }),
                                                m_catalogue, language.missed());
    const QString all = listed(found);
    QVERIFY2(found.size() == 5, qPrintable(all));
    for (const char *where : {"QLabel \"englishLabel\"", "\"missedButton\"", "\"placeholderEdit\" placeholder",
                              "section 1", "\"tree\" cell 0,0"})
        QVERIFY2(all.contains(QLatin1String(where)), qPrintable(QStringLiteral("%1 in %2").arg(QLatin1String(where), all)));
}

// The clipping check finds a squeezed label, button and tab and leaves alone what wraps or
// elides by design.
void TestScreenshots::clippedTextIsFound()
{
    QWidget window;
    auto *label = new QLabel(QStringLiteral("A label with a good many words in it"), &window);
    label->setObjectName(QStringLiteral("squeezedLabel"));
    label->setGeometry(0, 0, 40, 20);
    auto *wrapped = new QLabel(QStringLiteral("A wrapped label with a good many words in it"), &window);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 30, 40, 60);
    auto *button = new QPushButton(QStringLiteral("A button with a long text"), &window);
    button->setObjectName(QStringLiteral("squeezedButton"));
    button->setGeometry(0, 100, 40, 30);
    auto *roomy = new QPushButton(QStringLiteral("OK"), &window);
    roomy->setGeometry(0, 140, roomy->sizeHint().width(), 30);
    auto *tabs = new QTabWidget(&window);
    tabs->setObjectName(QStringLiteral("squeezedTabs"));
    tabs->addTab(new QWidget, QStringLiteral("First tab with a long title"));
    tabs->addTab(new QWidget, QStringLiteral("Second tab with a long title"));
    tabs->setGeometry(0, 180, 120, 80);
    auto *edit = new QLineEdit(&window);
    edit->setObjectName(QStringLiteral("squeezedEdit"));
    edit->setPlaceholderText(QStringLiteral("A placeholder with a good many words in it"));
    edit->setClearButtonEnabled(true);
    edit->setGeometry(200, 0, 120, 30);
    auto *tree = new QTreeWidget(&window);
    tree->setObjectName(QStringLiteral("squeezedTree"));
    tree->setHeaderLabels({QStringLiteral("A column title with a good many words in it"), QStringLiteral("Short")});
    tree->header()->setStretchLastSection(false);
    tree->header()->resizeSection(0, 40);
    tree->setGeometry(200, 40, 190, 100);
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QStringList found = SockscopeGuiTest::clippedWidgets(&window);
    const QString all = listed(found);
    QVERIFY2(all.contains(QLatin1String("QLabel \"squeezedLabel\"")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("QPushButton \"squeezedButton\"")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Second tab with a long title")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("wrapped")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("\"OK\"")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("QLineEdit \"squeezedEdit\"")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("A column title with a good many words in it")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("Short")), qPrintable(all));
    QVERIFY2(found.size() == 6, qPrintable(all)); // both tabs

    label->resize(label->sizeHint());
    button->resize(button->sizeHint());
    tabs->resize(tabs->sizeHint().width() * 2, 80);
    edit->resize(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 60, 30);
    tree->header()->resizeSection(0, tree->header()->sectionSizeHint(0));
    SockscopeGuiTest::settle();
    QVERIFY2(SockscopeGuiTest::clippedWidgets(&window).isEmpty(), qPrintable(listed(SockscopeGuiTest::clippedWidgets(&window))));
}

void TestScreenshots::scenes_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<bool>("german");
    QTest::addColumn<bool>("dark");
    for (const QString &scene : SockscopeGuiTest::DocumentScene::names()) {
        for (const bool german : {false, true}) {
            for (const bool dark : {false, true}) {
                const QString row = QStringLiteral("%1 %2 %3")
                                        .arg(scene, german ? QStringLiteral("German") : QStringLiteral("English"),
                                             dark ? QStringLiteral("dark") : QStringLiteral("light"));
                QTest::newRow(qPrintable(row)) << scene << german << dark;
            }
        }
    }
}

void TestScreenshots::scenes()
{
    QFETCH(QString, scene);
    QFETCH(bool, german);
    QFETCH(bool, dark);
    const LanguageScope language(german);
    QVERIFY(!german || language.isLoaded());
    ThemePalette::apply(dark ? AppTheme::Dark : AppTheme::Light);

    MainWindow window;
    window.resize(kScreen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SockscopeGuiTest::DocumentScene fixture(&window);
    fixture.build(scene);
    if (QTest::currentTestFailed())
        return;

    const QImage image = SockscopeGuiTest::screenshot(&window, fileName(scene, german, dark));
    // Nothing made the window grow past the screen.
    QCOMPARE(window.size(), kScreen);
    QCOMPARE(image.size(), kScreen * image.devicePixelRatio());
    // Every label, button and tab has the room its text asks for.
    const QStringList clipped = SockscopeGuiTest::clippedWidgets(&window);
    QVERIFY2(clipped.isEmpty(), qPrintable(QStringLiteral("%1 clipped:%2").arg(clipped.size()).arg(listed(clipped))));
    // The picture is in the theme's colours (the dark one dark).
    const double share = themeShare(image, QApplication::palette());
    QVERIFY2(share >= kMinThemeShare, qPrintable(QString::number(share)));
}

void TestScreenshots::germanIsComplete_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<bool>("dark");
    for (const QString &scene : SockscopeGuiTest::DocumentScene::names()) {
        QTest::newRow(qPrintable(scene + QStringLiteral(" light"))) << scene << false;
        QTest::newRow(qPrintable(scene + QStringLiteral(" dark"))) << scene << true;
    }
}

// Every string the German window shows is German (or the same in both languages).
void TestScreenshots::germanIsComplete()
{
    QFETCH(QString, scene);
    QFETCH(bool, dark);
    const LanguageScope language(true);
    QVERIFY(language.isLoaded());
    ThemePalette::apply(dark ? AppTheme::Dark : AppTheme::Light);
    MainWindow window;
    window.resize(kScreen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SockscopeGuiTest::DocumentScene fixture(&window);
    fixture.build(scene);
    if (QTest::currentTestFailed())
        return;
    const QStringList english = untranslatedTexts(SockscopeGuiTest::visibleTexts(&window) + vocabularyCells(&window),
                                                  m_catalogue, language.missed());
    if (!english.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 strings shown in English:%2").arg(english.size()).arg(listed(english))));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
