#pragma once

#include "heartbeat/heartbeatsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Sockscope {

// HeartbeatSettings: kind (off, RFC ping, MCP ping, application message), interval,
// timeout, what a miss does (reconnect only for clients), the application messages, and
// whether to answer the peer's application pings.
class HeartbeatSettingsWidget final : public QWidget
{
    Q_OBJECT

public:
    HeartbeatSettingsWidget(bool canReconnect, QWidget *parent = nullptr);

    HeartbeatSettings settings() const;
    void setSettings(const HeartbeatSettings &settings);
    QStringList problems() const;

private:
    void updateEnabled();

    QComboBox *m_kind;
    QSpinBox *m_interval;
    QSpinBox *m_timeout;
    QComboBox *m_onMiss;
    QLineEdit *m_appPing;
    QLineEdit *m_appPong;
    QCheckBox *m_appBinary;
    QCheckBox *m_answer;
};

} // namespace Sockscope
