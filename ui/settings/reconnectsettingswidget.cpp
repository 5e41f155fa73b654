#include "reconnectsettingswidget.h"

#include "reconnect/reconnectfields.h"

#include "spinboxes.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include <limits>

namespace Sockscope {

ReconnectSettingsWidget::ReconnectSettingsWidget(QWidget *parent)
    : QWidget(parent),
      m_numbers(this, reconnectFields())
{
    setObjectName(QStringLiteral("reconnectSettings"));
    m_enabled = new QCheckBox(tr("Reconnect after the connection drops"), this);
    m_enabled->setObjectName(QStringLiteral("reconnectEnabled"));
    m_enabled->setToolTip(SpinBoxes::withDefault(tr("Try again with exponential backoff and jitter; every attempt is logged."), tr("off")));
    m_numbers.editor("maxAttempts")->setSpecialValueText(tr("unlimited"));
    connect(m_enabled, &QCheckBox::toggled, this, &ReconnectSettingsWidget::updateEnabled);

    auto *form = new QFormLayout(this);
    form->addRow(QString(), m_enabled);
    for (const char *key : {"initialDelayMs", "factor", "maxDelayMs", "jitter", "maxAttempts", "resetAfterMs"})
        m_numbers.addRow(form, key);
    setSettings(ReconnectSettings());
}

ReconnectSettings ReconnectSettingsWidget::settings() const
{
    ReconnectSettings s;
    s.enabled = m_enabled->isChecked();
    m_numbers.read(&s);
    return s;
}

void ReconnectSettingsWidget::setSettings(const ReconnectSettings &s)
{
    m_enabled->setChecked(s.enabled);
    m_numbers.write(s);
    updateEnabled();
}

QStringList ReconnectSettingsWidget::problems() const
{
    QStringList list;
    const ReconnectSettings s = settings();
    if (s.enabled && s.maxDelayMs < s.initialDelayMs)
        list.append(tr("The longest reconnect delay is shorter than the first one."));
    return list;
}

void ReconnectSettingsWidget::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    for (QAbstractSpinBox *editor : m_numbers.editors())
        editor->setEnabled(on);
}

} // namespace Sockscope
