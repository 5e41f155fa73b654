#include "heartbeatsettingswidget.h"

#include "spinboxes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace Sockscope {

HeartbeatSettingsWidget::HeartbeatSettingsWidget(bool canReconnect, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("heartbeatSettings"));
    const HeartbeatSettings d;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("heartbeatKind"));
    m_kind->addItem(tr("Off"), int(HeartbeatKind::Off));
    m_kind->addItem(tr("RFC 6455 ping"), int(HeartbeatKind::Rfc));
    m_kind->addItem(tr("MCP ping request"), int(HeartbeatKind::Mcp));
    m_kind->addItem(tr("Application message"), int(HeartbeatKind::App));
    m_kind->setToolTip(SpinBoxes::withDefault(tr("How to check that the peer is still there."), tr("off")));
    m_interval = SpinBoxes::milliseconds(this, QStringLiteral("heartbeatInterval"), HeartbeatSettings::kInterval.min, d.intervalMs,
                                         tr("Time between two heartbeats."));
    m_timeout = SpinBoxes::milliseconds(this, QStringLiteral("heartbeatTimeout"), HeartbeatSettings::kTimeout.min, d.timeoutMs,
                                        tr("A heartbeat unanswered this long is missed."));
    m_onMiss = new QComboBox(this);
    m_onMiss->setObjectName(QStringLiteral("heartbeatOnMiss"));
    m_onMiss->addItem(tr("Log it"), int(HeartbeatMissOutcome::Log));
    m_onMiss->addItem(tr("Close the connection"), int(HeartbeatMissOutcome::Close));
    if (canReconnect)
        m_onMiss->addItem(tr("Reconnect"), int(HeartbeatMissOutcome::Reconnect));
    m_onMiss->setToolTip(SpinBoxes::withDefault(tr("What a missed heartbeat does."), heartbeatMissOutcomeName(d.onMiss)));
    m_appPing = new QLineEdit(this);
    m_appPing->setObjectName(QStringLiteral("heartbeatAppPing"));
    m_appPing->setToolTip(SpinBoxes::withDefault(tr("The application heartbeat message."), QString::fromUtf8(d.appPing)));
    m_appPong = new QLineEdit(this);
    m_appPong->setObjectName(QStringLiteral("heartbeatAppPong"));
    m_appPong->setToolTip(SpinBoxes::withDefault(tr("The answer expected to the application heartbeat."), QString::fromUtf8(d.appPong)));
    m_appBinary = new QCheckBox(tr("Send and expect them as binary messages"), this);
    m_appBinary->setObjectName(QStringLiteral("heartbeatAppBinary"));
    m_appBinary->setToolTip(SpinBoxes::withDefault(tr("Application heartbeats as binary instead of text messages."), tr("text")));
    m_answer = new QCheckBox(tr("Answer the peer's application ping with the pong"), this);
    m_answer->setObjectName(QStringLiteral("heartbeatAnswer"));
    m_answer->setToolTip(SpinBoxes::withDefault(tr("Whatever the heartbeat kind, answer an incoming application ping."), tr("off")));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HeartbeatSettingsWidget::updateEnabled);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Heartbeat:"), m_kind);
    form->addRow(tr("Interval:"), m_interval);
    form->addRow(tr("Timeout:"), m_timeout);
    form->addRow(tr("When missed:"), m_onMiss);
    form->addRow(tr("Application ping:"), m_appPing);
    form->addRow(tr("Application pong:"), m_appPong);
    form->addRow(QString(), m_appBinary);
    form->addRow(QString(), m_answer);
    setSettings(d);
}

HeartbeatSettings HeartbeatSettingsWidget::settings() const
{
    HeartbeatSettings s;
    s.kind = HeartbeatKind(m_kind->currentData().toInt());
    s.intervalMs = m_interval->value();
    s.timeoutMs = m_timeout->value();
    s.onMiss = HeartbeatMissOutcome(m_onMiss->currentData().toInt());
    s.appPing = m_appPing->text().toUtf8();
    s.appPong = m_appPong->text().toUtf8();
    s.appBinary = m_appBinary->isChecked();
    s.answerAppPing = m_answer->isChecked();
    return s;
}

void HeartbeatSettingsWidget::setSettings(const HeartbeatSettings &s)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(s.kind))));
    m_interval->setValue(s.intervalMs);
    m_timeout->setValue(s.timeoutMs);
    m_onMiss->setCurrentIndex(qMax(0, m_onMiss->findData(int(s.onMiss))));
    m_appPing->setText(QString::fromUtf8(s.appPing));
    m_appPong->setText(QString::fromUtf8(s.appPong));
    m_appBinary->setChecked(s.appBinary);
    m_answer->setChecked(s.answerAppPing);
    updateEnabled();
}

QStringList HeartbeatSettingsWidget::problems() const
{
    QStringList list;
    const HeartbeatSettings s = settings();
    if ((s.kind == HeartbeatKind::App || s.answerAppPing) && s.appPing.isEmpty())
        list.append(tr("The application heartbeat needs a ping message."));
    if ((s.kind == HeartbeatKind::App || s.answerAppPing) && s.appPong.isEmpty())
        list.append(tr("The application heartbeat needs a pong message."));
    return list;
}

void HeartbeatSettingsWidget::updateEnabled()
{
    const auto kind = HeartbeatKind(m_kind->currentData().toInt());
    const bool on = kind != HeartbeatKind::Off;
    m_interval->setEnabled(on);
    m_timeout->setEnabled(on);
    m_onMiss->setEnabled(on);
}

} // namespace Sockscope
