#pragma once

#include "document/documentsettings.h"
#include "transport/clientsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Sockscope {

class FileEdit;
class HeadersEditor;
class HeartbeatSettingsWidget;
class LimitSettingsWidget;
class LinesEdit;
class ReconnectSettingsWidget;
class RecordingSettingsWidget;

// Every ClientConnection setting (the URL is in the connection bar): handshake headers,
// subprotocols, Origin, timeouts, authentication preset, TLS files, heartbeat, reconnect,
// limits; and what the document records. Each field's tooltip names its default, taken
// from the settings structs. OK checks everything and lists what is wrong.
class ClientSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    ClientSettingsDialog(const ClientSettings &settings, const DocumentSettings &document, QWidget *parent = nullptr);

    // The URL is kept from the settings given.
    ClientSettings settings() const;
    DocumentSettings documentSettings() const;
    void setSettings(const ClientSettings &settings, const DocumentSettings &document);
    // Empty when everything is acceptable.
    QStringList problems() const;
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override;

private:
    QWidget *createHandshakePage();
    QWidget *createAuthPage();
    QWidget *createTlsPage();
    void updateAuthFields();

    ClientSettings m_base;
    DocumentSettings m_documentBase;
    QTabWidget *m_tabs;
    HeadersEditor *m_headers = nullptr;
    LinesEdit *m_subprotocols = nullptr;
    QLineEdit *m_origin = nullptr;
    QSpinBox *m_handshakeTimeout = nullptr;
    QSpinBox *m_closeTimeout = nullptr;
    QCheckBox *m_revealSecrets = nullptr;
    QComboBox *m_authKind = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_keyName = nullptr;
    QLineEdit *m_keyValue = nullptr;
    FileEdit *m_caFile = nullptr;
    FileEdit *m_certFile = nullptr;
    FileEdit *m_keyFile = nullptr;
    QCheckBox *m_acceptInvalid = nullptr;
    QLabel *m_insecureWarning = nullptr;
    HeartbeatSettingsWidget *m_heartbeat;
    ReconnectSettingsWidget *m_reconnect;
    LimitSettingsWidget *m_limits;
    RecordingSettingsWidget *m_recording;
    QLabel *m_problems;
};

} // namespace Sockscope
