#include "guitestsupport.h"

#include "common/themecolors.h"
#include "document/documentsettings.h"
#include "preferences/apppreferences.h"
#include "preferences/preferencesdialog.h"
#include "preferences/themepalette.h"
#include "preferences/themestyle.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;

class TestPreferences final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldHaveDefaultValues();
    void dialogRoundTripsThroughSettings();
    void heartbeatProblemsBlockOk();
    void restoreDefaultsResetsTheWidgets();
    void loadIgnoresBadValues();
    void darkThemeAppliesDarkWindow();
    void screenshots();

private:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("preferences.ini")); }
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    static void clickOk(PreferencesDialog &dialog)
    {
        child<QDialogButtonBox>(&dialog, "preferencesButtons")->button(QDialogButtonBox::Ok)->click();
    }

    QTemporaryDir m_dir;
};

void TestPreferences::initTestCase()
{
    SockscopeGuiTest::isolateSettings("tst_preferences");
    QVERIFY(m_dir.isValid());
}

void TestPreferences::shouldHaveDefaultValues()
{
    const AppPreferences p;
    QCOMPARE(p.eventCapacity, DocumentSettings().eventCapacity);
    QCOMPARE(p.theme, AppTheme::System);
    QVERIFY(p.language.isEmpty());
    QCOMPARE(p.heartbeat.kind, HeartbeatSettings().kind);
    QCOMPARE(p.heartbeat.intervalMs, HeartbeatSettings().intervalMs);
    QCOMPARE(p.limits.maxIncomingMessageBytes, LimitSettings().maxIncomingMessageBytes);
    QCOMPARE(p.limits.overflowPolicy, LimitSettings().overflowPolicy);

    // Empty settings load as the defaults.
    QSettings empty(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    AppPreferences loaded;
    loaded.eventCapacity = 1234;
    loaded.theme = AppTheme::Dark;
    loaded.load(empty);
    QVERIFY(loaded == p);

    // The dialog shows them.
    PreferencesDialog dialog(p);
    QCOMPARE(dialog.objectName(), QStringLiteral("preferencesDialog"));
    QCOMPARE(child<QSpinBox>(&dialog, "preferencesEventCapacity")->value(), int(p.eventCapacity));
    QCOMPARE(child<QComboBox>(&dialog, "preferencesTheme")->currentData().toInt(), int(AppTheme::System));
    QVERIFY(child<QComboBox>(&dialog, "preferencesLanguage")->currentData().toString().isEmpty());
    QVERIFY(!child<QLabel>(&dialog, "preferencesLanguageNote")->text().isEmpty());
    QCOMPARE(child<QTabWidget>(&dialog, "preferencesTabs")->count(), 3);
    QVERIFY(dialog.preferences() == p);
}

void TestPreferences::dialogRoundTripsThroughSettings()
{
    PreferencesDialog dialog{AppPreferences()};
    child<QSpinBox>(&dialog, "preferencesEventCapacity")->setValue(250000);
    auto *theme = child<QComboBox>(&dialog, "preferencesTheme");
    theme->setCurrentIndex(theme->findData(int(AppTheme::Dark)));
    auto *language = child<QComboBox>(&dialog, "preferencesLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    auto *kind = child<QComboBox>(&dialog, "heartbeatKind");
    kind->setCurrentIndex(kind->findData(int(HeartbeatKind::App)));
    child<QSpinBox>(&dialog, "heartbeatInterval")->setValue(1500);
    child<QSpinBox>(&dialog, "heartbeatTimeout")->setValue(700);
    auto *onMiss = child<QComboBox>(&dialog, "heartbeatOnMiss");
    onMiss->setCurrentIndex(onMiss->findData(int(HeartbeatMissOutcome::Close)));
    child<QLineEdit>(&dialog, "heartbeatAppPing")->setText(QStringLiteral("PING"));
    child<QLineEdit>(&dialog, "heartbeatAppPong")->setText(QStringLiteral("PONG"));
    child<QDoubleSpinBox>(&dialog, "limitMaxIncoming")->setValue(0);
    child<QDoubleSpinBox>(&dialog, "limitSendQueue")->setValue(777);
    auto *policy = child<QComboBox>(&dialog, "limitPolicy");
    policy->setCurrentIndex(policy->findData(int(OverflowPolicy::DropOldest)));

    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const AppPreferences chosen = dialog.preferences();
    QCOMPARE(chosen.eventCapacity, qsizetype(250000));
    QCOMPARE(chosen.theme, AppTheme::Dark);
    QCOMPARE(chosen.language, QStringLiteral("de"));
    QCOMPARE(chosen.heartbeat.kind, HeartbeatKind::App);
    QCOMPARE(chosen.heartbeat.intervalMs, 1500);
    QCOMPARE(chosen.heartbeat.onMiss, HeartbeatMissOutcome::Close);
    QCOMPARE(chosen.heartbeat.appPing, QByteArray("PING"));
    QCOMPARE(chosen.limits.maxIncomingMessageBytes, qint64(0));
    QCOMPARE(chosen.limits.sendQueueBytes, qint64(777));
    QCOMPARE(chosen.limits.overflowPolicy, OverflowPolicy::DropOldest);
    QVERIFY(chosen != AppPreferences());

    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        chosen.save(settings);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    QSettings reread(settingsPath(), QSettings::IniFormat);
    AppPreferences loaded;
    loaded.load(reread);
    QVERIFY(loaded == chosen);

    // And a dialog opened on them shows them again.
    PreferencesDialog again(loaded);
    QVERIFY(again.preferences() == chosen);
}

void TestPreferences::heartbeatProblemsBlockOk()
{
    PreferencesDialog dialog{AppPreferences()};
    auto *kind = child<QComboBox>(&dialog, "heartbeatKind");
    kind->setCurrentIndex(kind->findData(int(HeartbeatKind::App)));
    child<QLineEdit>(&dialog, "heartbeatAppPing")->clear();
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *problems = child<QLabel>(&dialog, "preferencesProblems");
    QVERIFY(!problems->isHidden());
    QVERIFY(!problems->text().isEmpty());
    QCOMPARE(child<QTabWidget>(&dialog, "preferencesTabs")->currentWidget()->objectName(), QStringLiteral("heartbeatSettings"));
}

void TestPreferences::restoreDefaultsResetsTheWidgets()
{
    AppPreferences changed;
    changed.eventCapacity = 5000;
    changed.theme = AppTheme::Light;
    changed.limits.socketBufferBytes = 4096;
    PreferencesDialog dialog(changed);
    QVERIFY(dialog.preferences() == changed);
    child<QPushButton>(&dialog, "preferencesRestoreDefaults")->click();
    QVERIFY(dialog.preferences() == AppPreferences());
}

void TestPreferences::loadIgnoresBadValues()
{
    QSettings settings(m_dir.filePath(QStringLiteral("bad.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("preferences/eventCapacity"), 5);
    settings.setValue(QStringLiteral("preferences/theme"), QStringLiteral("purple"));
    settings.setValue(QStringLiteral("preferences/heartbeat/kind"), QStringLiteral("telepathy"));
    settings.setValue(QStringLiteral("preferences/heartbeat/intervalMs"), QStringLiteral("soon"));
    settings.setValue(QStringLiteral("preferences/limits/sendQueueBytes"), -1);
    AppPreferences loaded;
    loaded.load(settings);
    const AppPreferences d;
    QCOMPARE(loaded.eventCapacity, AppPreferences::kMinEventCapacity);
    QCOMPARE(loaded.theme, d.theme);
    QCOMPARE(loaded.heartbeat.kind, d.heartbeat.kind);
    QCOMPARE(loaded.heartbeat.intervalMs, d.heartbeat.intervalMs);
    QCOMPARE(loaded.limits.sendQueueBytes, d.limits.sendQueueBytes);
}

void TestPreferences::darkThemeAppliesDarkWindow()
{
    const QString originalStyle = QApplication::style()->name();
    QWidget window;

    AppPreferences p;
    p.theme = AppTheme::Dark;
    p.apply();
    QVERIFY(ThemeColors::isDark(QApplication::palette()));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
    // Fusion, with the few primitives it draws too faintly on a dark palette made visible.
    QVERIFY(qobject_cast<ThemeStyle *>(QApplication::style()));
    QCOMPARE(qobject_cast<ThemeStyle *>(QApplication::style())->baseStyle()->name().toLower(), QStringLiteral("fusion"));

    p.theme = AppTheme::Light;
    p.apply();
    QVERIFY(!ThemeColors::isDark(QApplication::palette()));
    QTRY_COMPARE(window.palette().color(QPalette::Window), ThemePalette::light().color(QPalette::Window));

    p.theme = AppTheme::System;
    p.apply();
    QCOMPARE(QApplication::style()->name(), originalStyle);
    QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
    QTRY_VERIFY(window.palette().color(QPalette::Window) != ThemePalette::dark().color(QPalette::Window));
}

void TestPreferences::screenshots()
{
    AppPreferences p;
    PreferencesDialog dialog(p);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!SockscopeGuiTest::screenshot(&dialog, QStringLiteral("preferences.png")).isNull());

    p.theme = AppTheme::Dark;
    p.apply();
    child<QTabWidget>(&dialog, "preferencesTabs")->setCurrentIndex(1);
    QVERIFY(!SockscopeGuiTest::screenshot(&dialog, QStringLiteral("preferences-dark.png")).isNull());
    p.theme = AppTheme::System;
    p.apply();
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
