#include "serversettingsdialog.h"

#include "server/serverfields.h"

#include "fileedit.h"
#include "headerseditor.h"
#include "heartbeatsettingswidget.h"
#include "limitsettingswidget.h"
#include "linesedit.h"
#include "recordingsettingswidget.h"
#include "spinboxes.h"


#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <limits>

namespace Sockscope {

ServerSettingsDialog::ServerSettingsDialog(const ServerSettings &settings, const DocumentSettings &document, QWidget *parent)
    : SettingsDialog(QStringLiteral("serverSettingsDialog"), tr("Server Settings"), parent),
      m_heartbeat(new HeartbeatSettingsWidget(false, this)),
      m_limits(new LimitSettingsWidget(this)),
      m_recording(new RecordingSettingsWidget(this))
{
    tabs()->addTab(createListenPage(), tr("Listening"));
    tabs()->addTab(createAccessPage(), tr("Access"));
    tabs()->addTab(m_heartbeat, tr("Heartbeat"));
    tabs()->addTab(m_limits, tr("Limits"));
    tabs()->addTab(m_recording, tr("Recording"));
    addButtons();
    setSettings(settings, document);
}

QWidget *ServerSettingsDialog::createListenPage()
{
    const ServerSettings d;
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("listenPage"));
    m_host = new QLineEdit(page);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setToolTip(SpinBoxes::withDefault(tr("IP address to listen on; anything but loopback is reachable from other machines."), d.host));
    m_port = SpinBoxes::count(page, QStringLiteral("serverPort"), 0, 65535, d.port, tr("Port to listen on; 0 picks a free one."));
    m_port->setGroupSeparatorShown(false);
    m_port->setSpecialValueText(tr("any free"));
    const QString pem = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    m_certFile = new FileEdit(pem, page);
    m_certFile->setObjectName(QStringLiteral("serverCertFile"));
    m_certFile->setToolTip(tr("With a key: serve wss:// with this PEM certificate. Default: none (ws://)."));
    m_keyFile = new FileEdit(pem, page);
    m_keyFile->setObjectName(QStringLiteral("serverKeyFile"));
    m_keyFile->setToolTip(tr("PEM private key of the certificate (RSA or EC). Default: none."));
    m_numbers.emplace(page, serverFields());
    m_revealSecrets = new QCheckBox(tr("Show credentials in the frames instead of \"[redacted]\""), page);
    m_revealSecrets->setObjectName(QStringLiteral("serverRevealSecrets"));
    m_revealSecrets->setToolTip(SpinBoxes::withDefault(tr("Tokens in the peers' recorded handshake headers and query."), tr("redacted")));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("TLS certificate:"), m_certFile);
    form->addRow(tr("TLS key:"), m_keyFile);
    for (const char *key : {"maxConnections", "maxPendingHandshakes", "handshakeTimeoutMs", "closeTimeoutMs", "idleTimeoutMs"})
        m_numbers->addRow(form, key);
    form->addRow(QString(), m_revealSecrets);
    return page;
}

QWidget *ServerSettingsDialog::createAccessPage()
{
    const ServerSettings d;
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("accessPage"));
    m_origins = new LinesEdit(page);
    m_origins->setObjectName(QStringLiteral("serverOrigins"));
    m_origins->setToolTip(tr("Accept only these Origin headers, one per line; others get HTTP 403. Default: any origin."));
    m_token = new QLineEdit(page);
    m_token->setObjectName(QStringLiteral("serverToken"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_token->setToolTip(tr("Require this token as \"Authorization: Bearer TOKEN\" or in the query parameter below; others get HTTP 401. Default: no token."));
    m_tokenParameter = new QLineEdit(page);
    m_tokenParameter->setObjectName(QStringLiteral("serverTokenParameter"));
    m_tokenParameter->setToolTip(SpinBoxes::withDefault(tr("Query parameter that may carry the token."), d.tokenQueryParameter));
    m_subprotocols = new LinesEdit(page);
    m_subprotocols->setObjectName(QStringLiteral("serverSubprotocols"));
    m_subprotocols->setToolTip(SpinBoxes::withDefault(tr("Subprotocols to select, one per line, only when a client offers one."),
                                                      d.subprotocols.join(QStringLiteral(", "))));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Allowed origins:"), m_origins);
    form->addRow(tr("Token:"), m_token);
    form->addRow(tr("Token parameter:"), m_tokenParameter);
    form->addRow(tr("Subprotocols:"), m_subprotocols);
    return page;
}

ServerSettings ServerSettingsDialog::settings() const
{
    ServerSettings s;
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->value());
    s.certificateFile = m_certFile->path();
    s.keyFile = m_keyFile->path();
    m_numbers->read(&s);
    s.allowedOrigins = m_origins->lines();
    s.token = m_token->text();
    s.tokenQueryParameter = m_tokenParameter->text().trimmed();
    s.subprotocols = m_subprotocols->lines();
    s.revealSecrets = m_revealSecrets->isChecked();
    s.limits = m_limits->settings();
    s.heartbeat = m_heartbeat->settings();
    return s;
}

DocumentSettings ServerSettingsDialog::documentSettings() const
{
    return m_recording->settings(m_documentBase);
}

void ServerSettingsDialog::setSettings(const ServerSettings &s, const DocumentSettings &document)
{
    m_documentBase = document;
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_certFile->setPath(s.certificateFile);
    m_keyFile->setPath(s.keyFile);
    m_numbers->write(s);
    m_revealSecrets->setChecked(s.revealSecrets);
    m_origins->setLines(s.allowedOrigins);
    m_token->setText(s.token);
    m_tokenParameter->setText(s.tokenQueryParameter);
    m_subprotocols->setLines(s.subprotocols);
    m_heartbeat->setSettings(s.heartbeat);
    m_limits->setSettings(s.limits);
    m_recording->setSettings(document);
}

QStringList ServerSettingsDialog::problems() const
{
    QStringList list;
    const ServerSettings s = settings();
    const bool namedHost = s.host.isEmpty() || s.host == QLatin1String("*")
                           || s.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    if (!namedHost && QHostAddress(s.host).isNull())
        list.append(tr("\"%1\" is not an IP address to listen on.").arg(s.host));
    if (!m_certFile->isAcceptable())
        list.append(tr("The certificate file %1 cannot be read.").arg(s.certificateFile));
    if (!m_keyFile->isAcceptable())
        list.append(tr("The key file %1 cannot be read.").arg(s.keyFile));
    if (s.certificateFile.isEmpty() != s.keyFile.isEmpty())
        list.append(tr("wss:// needs both a certificate and its key."));
    if (!s.token.isEmpty() && s.tokenQueryParameter.isEmpty())
        list.append(tr("The token needs a query parameter name."));
    for (const QString &subprotocol : s.subprotocols) {
        if (!HeadersEditor::isToken(subprotocol))
            list.append(tr("\"%1\" is not a valid subprotocol name.").arg(subprotocol));
    }
    list += m_heartbeat->problems();
    list += m_recording->problems();
    return list;
}

} // namespace Sockscope
