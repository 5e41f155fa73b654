#pragma once

#include "common/documentstate.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Sockscope {

class ElidedLabel;
class StateLight;

// Above every document. A client: mode (plain WebSocket or MCP), the URL with its history,
// connect/disconnect, settings, state light, state and uptime. A server: host and port,
// start/stop, settings, state light, state, the URL peers connect to, and uptime.
class ConnectionBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { WebSocket, Mcp };

    ConnectionBar(bool serverMode, QWidget *parent = nullptr);

    bool isServerMode() const { return m_serverMode; }
    Mode mode() const;
    void setMode(Mode mode);
    // Client: the URL as typed (check isUrlValid()).
    QUrl url() const;
    QString urlText() const;
    void setUrl(const QString &url);
    bool isUrlValid() const;
    void setUrlHistory(const QStringList &urls);
    // Server.
    QString host() const;
    void setHost(const QString &host);
    quint16 port() const;
    void setPort(quint16 port);

    // Whether the button connects (false) or disconnects (true).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setState(DocumentState state, const QString &text);
    QString stateText() const;
    void setUptime(const QString &uptime);
    void setDetail(const QString &detail);

    // The button, as if clicked.
    void trigger();

Q_SIGNALS:
    void connectRequested();
    void disconnectRequested();
    void settingsRequested();
    void modeChanged(Sockscope::ConnectionBar::Mode mode);
    // Client: the URL edit changed (the document's tab title follows).
    void urlEdited(const QString &text);

private:
    // The mode and the URL of a client; the host and the port of a server.
    void addClientFields(QHBoxLayout *row);
    void addServerFields(QHBoxLayout *row);
    void validateUrl();

    bool m_serverMode;
    bool m_active = false;
    QComboBox *m_mode = nullptr;
    QComboBox *m_url = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QPushButton *m_connect;
    QPushButton *m_settings;
    StateLight *m_light;
    QLabel *m_state;
    ElidedLabel *m_detail;
    QLabel *m_uptime;
};

} // namespace Sockscope
