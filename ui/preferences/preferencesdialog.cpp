#include "preferencesdialog.h"

#include "common/themecolors.h"
#include "settings/heartbeatsettingswidget.h"
#include "settings/limitsettingswidget.h"
#include "settings/spinboxes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sockscope {

PreferencesDialog::PreferencesDialog(const AppPreferences &preferences, QWidget *parent)
    : QDialog(parent),
      m_tabs(new QTabWidget(this)),
      m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_tabs->setObjectName(QStringLiteral("preferencesTabs"));
    m_tabs->addTab(createGeneralPage(), tr("General"));

    // New connections start with these; each document's settings dialog can change them.
    m_heartbeat = new HeartbeatSettingsWidget(false, m_tabs);
    m_heartbeat->setToolTip(tr("The heartbeat new connections start with."));
    m_tabs->addTab(m_heartbeat, tr("Default Heartbeat"));
    m_limits = new LimitSettingsWidget(m_tabs);
    m_limits->setToolTip(tr("The limits new connections start with."));
    m_tabs->addTab(m_limits, tr("Default Limits"));

    m_problems->setObjectName(QStringLiteral("preferencesProblems"));
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    QPalette problemPalette = m_problems->palette();
    problemPalette.setColor(QPalette::WindowText, ThemeColors::problem(problemPalette));
    m_problems->setPalette(problemPalette);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("preferencesRestoreDefaults"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(AppPreferences()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    setPreferences(preferences);
}

QWidget *PreferencesDialog::createGeneralPage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("preferencesGeneralPage"));
    const AppPreferences d;

    m_eventCapacity = SpinBoxes::count(page, QStringLiteral("preferencesEventCapacity"), int(AppPreferences::kMinEventCapacity),
                                       int(AppPreferences::kMaxEventCapacity), int(d.eventCapacity),
                                       tr("Frames each new document keeps; older ones are dropped and counted."));

    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_theme->addItem(tr("Follow the system"), int(AppTheme::System));
    m_theme->addItem(tr("Light"), int(AppTheme::Light));
    m_theme->addItem(tr("Dark"), int(AppTheme::Dark));
    m_theme->setToolTip(SpinBoxes::withDefault(tr("The colours of the whole application; applied on OK."), tr("follow the system")));

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(tr("System language"), QString());
    // Language names in their own language, as language pickers usually show them.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setToolTip(SpinBoxes::withDefault(tr("The language of the application. --lang on the command line overrides it."),
                                                  tr("system language")));

    auto *languageNote = new QLabel(tr("The language changes the next time Sockscope starts."), page);
    languageNote->setObjectName(QStringLiteral("preferencesLanguageNote"));
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false); // drawn greyed, as a hint

    auto *form = new QFormLayout(page);
    form->addRow(tr("Frames kept per document:"), m_eventCapacity);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), languageNote);
    return page;
}

AppPreferences PreferencesDialog::preferences() const
{
    AppPreferences p;
    p.eventCapacity = m_eventCapacity->value();
    p.theme = AppTheme(m_theme->currentData().toInt());
    p.language = m_language->currentData().toString();
    p.heartbeat = m_heartbeat->settings();
    p.limits = m_limits->settings();
    return p;
}

void PreferencesDialog::setPreferences(const AppPreferences &p)
{
    m_eventCapacity->setValue(int(p.eventCapacity));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(p.theme))));
    m_language->setCurrentIndex(qMax(0, m_language->findData(p.language)));
    m_heartbeat->setSettings(p.heartbeat);
    m_limits->setSettings(p.limits);
    m_problems->setVisible(false);
}

void PreferencesDialog::accept()
{
    const QStringList problems = m_heartbeat->problems();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        m_problems->setVisible(true);
        m_tabs->setCurrentWidget(m_heartbeat);
        return;
    }
    QDialog::accept();
}

bool PreferencesDialog::showPreferences(QWidget *parent)
{
    QSettings settings;
    AppPreferences current;
    current.load(settings);
    PreferencesDialog dialog(current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const AppPreferences chosen = dialog.preferences();
    chosen.save(settings);
    chosen.apply();
    return true;
}

} // namespace Sockscope
