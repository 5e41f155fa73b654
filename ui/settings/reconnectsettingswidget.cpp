#include "reconnectsettingswidget.h"

#include "spinboxes.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include <limits>

namespace Sockscope {

ReconnectSettingsWidget::ReconnectSettingsWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reconnectSettings"));
    const ReconnectSettings d;
    m_enabled = new QCheckBox(tr("Reconnect after the connection drops"), this);
    m_enabled->setObjectName(QStringLiteral("reconnectEnabled"));
    m_enabled->setToolTip(SpinBoxes::withDefault(tr("Try again with exponential backoff and jitter; every attempt is logged."), tr("off")));
    m_initial = SpinBoxes::milliseconds(this, QStringLiteral("reconnectInitial"), 0, d.initialDelayMs, tr("Delay before the first attempt."));
    m_factor = SpinBoxes::number(this, QStringLiteral("reconnectFactor"), 1.0, 100.0, 2, d.factor,
                                 tr("Each delay is the previous one times this."));
    m_maxDelay = SpinBoxes::milliseconds(this, QStringLiteral("reconnectMaxDelay"), 0, d.maxDelayMs, tr("The longest delay."));
    m_jitter = SpinBoxes::number(this, QStringLiteral("reconnectJitter"), 0.0, 1.0, 2, d.jitter,
                                 tr("Each delay is drawn within this fraction above or below it."));
    m_maxAttempts = SpinBoxes::count(this, QStringLiteral("reconnectMaxAttempts"), 0, std::numeric_limits<int>::max(), d.maxAttempts,
                                     tr("Give up after this many attempts; 0 = never."));
    m_maxAttempts->setSpecialValueText(tr("unlimited"));
    m_resetAfter = SpinBoxes::milliseconds(this, QStringLiteral("reconnectResetAfter"), 0, d.resetAfterMs,
                                           tr("A connection open this long starts the backoff afresh."));
    connect(m_enabled, &QCheckBox::toggled, this, &ReconnectSettingsWidget::updateEnabled);

    auto *form = new QFormLayout(this);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("First delay:"), m_initial);
    form->addRow(tr("Factor:"), m_factor);
    form->addRow(tr("Longest delay:"), m_maxDelay);
    form->addRow(tr("Jitter:"), m_jitter);
    form->addRow(tr("Attempts:"), m_maxAttempts);
    form->addRow(tr("Reset after:"), m_resetAfter);
    setSettings(d);
}

ReconnectSettings ReconnectSettingsWidget::settings() const
{
    ReconnectSettings s;
    s.enabled = m_enabled->isChecked();
    s.initialDelayMs = m_initial->value();
    s.factor = m_factor->value();
    s.maxDelayMs = m_maxDelay->value();
    s.jitter = m_jitter->value();
    s.maxAttempts = m_maxAttempts->value();
    s.resetAfterMs = m_resetAfter->value();
    return s;
}

void ReconnectSettingsWidget::setSettings(const ReconnectSettings &s)
{
    m_enabled->setChecked(s.enabled);
    m_initial->setValue(s.initialDelayMs);
    m_factor->setValue(s.factor);
    m_maxDelay->setValue(s.maxDelayMs);
    m_jitter->setValue(s.jitter);
    m_maxAttempts->setValue(s.maxAttempts);
    m_resetAfter->setValue(s.resetAfterMs);
    updateEnabled();
}

QStringList ReconnectSettingsWidget::problems() const
{
    QStringList list;
    if (m_enabled->isChecked() && m_maxDelay->value() < m_initial->value())
        list.append(tr("The longest reconnect delay is shorter than the first one."));
    return list;
}

void ReconnectSettingsWidget::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_initial, m_factor, m_maxDelay, m_jitter, m_maxAttempts, m_resetAfter})
        w->setEnabled(on);
}

} // namespace Sockscope
