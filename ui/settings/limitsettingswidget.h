#pragma once

#include "limits/limitsettings.h"
#include "numberfieldeditors.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace Sockscope {

// LimitSettings: incoming message limit, outgoing frame size, send queue high-water mark,
// what a full queue does, and how much goes to the socket at once.
class LimitSettingsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit LimitSettingsWidget(QWidget *parent = nullptr);

    LimitSettings settings() const;
    void setSettings(const LimitSettings &settings);

private:
    NumberFieldEditors<LimitSettings> m_numbers;
    QComboBox *m_policy;
};

} // namespace Sockscope
