#pragma once

#include "document/documentsettings.h"
#include "server/serversettings.h"

#include "numberfieldeditors.h"
#include "settingsdialog.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Sockscope {

class FileEdit;
class HeartbeatSettingsWidget;
class LimitSettingsWidget;
class LinesEdit;
class RecordingSettingsWidget;

// Every ServerConnection setting (host and port are in the connection bar too): TLS
// certificate and key, connection and handshake limits, timeouts, allowed origins, token,
// subprotocols, heartbeat and limits per peer; and what the document records. Tooltips
// name the defaults from the settings structs; OK checks everything.
class ServerSettingsDialog final : public SettingsDialog
{
    Q_OBJECT

public:
    ServerSettingsDialog(const ServerSettings &settings, const DocumentSettings &document, QWidget *parent = nullptr);

    ServerSettings settings() const;
    DocumentSettings documentSettings() const;
    void setSettings(const ServerSettings &settings, const DocumentSettings &document);
    QStringList problems() const override;

private:
    QWidget *createListenPage();
    QWidget *createAccessPage();

    DocumentSettings m_documentBase;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    FileEdit *m_certFile = nullptr;
    FileEdit *m_keyFile = nullptr;
    std::optional<NumberFieldEditors<ServerSettings>> m_numbers; // made with the listening page
    QCheckBox *m_revealSecrets = nullptr;
    LinesEdit *m_origins = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_tokenParameter = nullptr;
    LinesEdit *m_subprotocols = nullptr;
    HeartbeatSettingsWidget *m_heartbeat;
    LimitSettingsWidget *m_limits;
    RecordingSettingsWidget *m_recording;
};

} // namespace Sockscope
