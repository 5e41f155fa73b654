#pragma once

#include "apppreferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace Sockscope {

class HeartbeatSettingsWidget;
class LimitSettingsWidget;

// Edits AppPreferences: the frames kept, the default heartbeat and limits of new
// connections, the theme and the language (the language takes effect on the next start).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const AppPreferences &preferences, QWidget *parent = nullptr);

    AppPreferences preferences() const;
    void setPreferences(const AppPreferences &preferences);

    // The Edit > Preferences entry point: loads the preferences from QSettings, shows the
    // dialog, and on OK saves and applies them. Returns whether they were accepted.
    static bool showPreferences(QWidget *parent);

    void accept() override;

private:
    QWidget *createGeneralPage();

    QTabWidget *m_tabs;
    QSpinBox *m_eventCapacity;
    QComboBox *m_theme;
    QComboBox *m_language;
    HeartbeatSettingsWidget *m_heartbeat;
    LimitSettingsWidget *m_limits;
    QLabel *m_problems;
};

} // namespace Sockscope
