#pragma once

#include "reconnect/reconnectsettings.h"
#include "numberfieldeditors.h"

#include <QWidget>

class QCheckBox;

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
    NumberFieldEditors<ReconnectSettings> m_numbers;
};

} // namespace Sockscope
