#include "limitsettingswidget.h"

#include "spinboxes.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

namespace Sockscope {

LimitSettingsWidget::LimitSettingsWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("limitSettings"));
    const LimitSettings d;
    m_maxIncoming = SpinBoxes::bytes(this, QStringLiteral("limitMaxIncoming"), d.maxIncomingMessageBytes,
                                     tr("A larger incoming message closes the connection with 1009; 0 = no limit."));
    m_frameSize = SpinBoxes::bytes(this, QStringLiteral("limitFrameSize"), d.outgoingFrameBytes,
                                   tr("Outgoing messages larger than this go out as several frames; 0 = never fragment."));
    m_queue = SpinBoxes::bytes(this, QStringLiteral("limitSendQueue"), d.sendQueueBytes,
                               tr("High-water mark on bytes accepted for sending but not yet written."));
    m_queue->setMinimum(1);
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("limitPolicy"));
    m_policy->addItem(tr("Wait: pause sending, stop reading answered peers"), int(OverflowPolicy::Wait));
    m_policy->addItem(tr("Refuse the new message"), int(OverflowPolicy::Reject));
    m_policy->addItem(tr("Drop the oldest queued messages"), int(OverflowPolicy::DropOldest));
    m_policy->addItem(tr("Close the connection (1008)"), int(OverflowPolicy::Close));
    m_policy->setToolTip(SpinBoxes::withDefault(tr("What a full send queue does with the next message; it is always reported."),
                                                overflowPolicyName(d.overflowPolicy)));
    m_socketBuffer = SpinBoxes::bytes(this, QStringLiteral("limitSocketBuffer"), d.socketBufferBytes,
                                      tr("Bytes handed to the operating system at once; the rest waits in the send queue."));
    m_socketBuffer->setMinimum(1);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Largest incoming message:"), m_maxIncoming);
    form->addRow(tr("Outgoing frame size:"), m_frameSize);
    form->addRow(tr("Send queue limit:"), m_queue);
    form->addRow(tr("When the queue is full:"), m_policy);
    form->addRow(tr("Socket buffer:"), m_socketBuffer);
    setSettings(d);
}

LimitSettings LimitSettingsWidget::settings() const
{
    LimitSettings s;
    s.maxIncomingMessageBytes = qint64(m_maxIncoming->value());
    s.outgoingFrameBytes = qint64(m_frameSize->value());
    s.sendQueueBytes = qint64(m_queue->value());
    s.overflowPolicy = OverflowPolicy(m_policy->currentData().toInt());
    s.socketBufferBytes = qint64(m_socketBuffer->value());
    return s;
}

void LimitSettingsWidget::setSettings(const LimitSettings &s)
{
    m_maxIncoming->setValue(double(s.maxIncomingMessageBytes));
    m_frameSize->setValue(double(s.outgoingFrameBytes));
    m_queue->setValue(double(s.sendQueueBytes));
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(int(s.overflowPolicy))));
    m_socketBuffer->setValue(double(s.socketBufferBytes));
}

} // namespace Sockscope
