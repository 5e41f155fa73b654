#pragma once

#include "document/documentsettings.h"
#include "transport/clientsettings.h"

#include "numberfieldeditors.h"
#include "settingsdialog.h"

#include <optional>

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
class ClientSettingsDialog final : public SettingsDialog
{
    Q_OBJECT

public:
    ClientSettingsDialog(const ClientSettings &settings, const DocumentSettings &document, QWidget *parent = nullptr);

    // The URL is kept from the settings given.
    ClientSettings settings() const;
    DocumentSettings documentSettings() const;
    void setSettings(const ClientSettings &settings, const DocumentSettings &document);
    QStringList problems() const override;

private:
    QWidget *createHandshakePage();
    QWidget *createAuthPage();
    QWidget *createTlsPage();
    void updateAuthFields();

    ClientSettings m_base;
    DocumentSettings m_documentBase;
    HeadersEditor *m_headers = nullptr;
    LinesEdit *m_subprotocols = nullptr;
    QLineEdit *m_origin = nullptr;
    std::optional<NumberFieldEditors<ClientSettings>> m_numbers; // made with the handshake page
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
};

} // namespace Sockscope
