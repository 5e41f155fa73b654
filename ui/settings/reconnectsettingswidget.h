#pragma once

#include "reconnect/reconnectsettings.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace Sockscope {

// ReconnectSettings: on or off, exponential backoff (initial delay, factor, cap, jitter),
// attempt limit and when a stable connection starts the backoff afresh.
class ReconnectSettingsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ReconnectSettingsWidget(QWidget *parent = nullptr);

    ReconnectSettings settings() const;
    void setSettings(const ReconnectSettings &settings);
    QStringList problems() const;

private:
    void updateEnabled();

    QCheckBox *m_enabled;
    QSpinBox *m_initial;
    QDoubleSpinBox *m_factor;
    QSpinBox *m_maxDelay;
    QDoubleSpinBox *m_jitter;
    QSpinBox *m_maxAttempts;
    QSpinBox *m_resetAfter;
};

} // namespace Sockscope
