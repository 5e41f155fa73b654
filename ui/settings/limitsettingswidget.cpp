#include "limitsettingswidget.h"

#include "limits/limitfields.h"

#include "spinboxes.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

namespace Sockscope {

LimitSettingsWidget::LimitSettingsWidget(QWidget *parent)
    : QWidget(parent),
      m_numbers(this, limitFields())
{
    setObjectName(QStringLiteral("limitSettings"));
    const LimitSettings d;
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("limitPolicy"));
    m_policy->addItem(tr("Wait: pause sending, stop reading answered peers"), int(OverflowPolicy::Wait));
    m_policy->addItem(tr("Refuse the new message"), int(OverflowPolicy::Reject));
    m_policy->addItem(tr("Drop the oldest queued messages"), int(OverflowPolicy::DropOldest));
    m_policy->addItem(tr("Close the connection (1008)"), int(OverflowPolicy::Close));
    m_policy->setToolTip(SpinBoxes::withDefault(tr("What a full send queue does with the next message; it is always reported."),
                                                overflowPolicyName(d.overflowPolicy)));

    auto *form = new QFormLayout(this);
    m_numbers.addRow(form, "maxIncomingMessageBytes");
    m_numbers.addRow(form, "outgoingFrameBytes");
    m_numbers.addRow(form, "sendQueueBytes");
    form->addRow(tr("When the queue is full:"), m_policy);
    m_numbers.addRow(form, "socketBufferBytes");
    setSettings(d);
}

LimitSettings LimitSettingsWidget::settings() const
{
    LimitSettings s;
    m_numbers.read(&s);
    s.overflowPolicy = OverflowPolicy(m_policy->currentData().toInt());
    return s;
}

void LimitSettingsWidget::setSettings(const LimitSettings &s)
{
    m_numbers.write(s);
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(int(s.overflowPolicy))));
}

} // namespace Sockscope
