#include "clientsettingsdialog.h"

#include "transport/clientfields.h"

#include "fileedit.h"
#include "headerseditor.h"
#include "heartbeatsettingswidget.h"
#include "limitsettingswidget.h"
#include "linesedit.h"
#include "reconnectsettingswidget.h"
#include "recordingsettingswidget.h"
#include "spinboxes.h"

#include "common/themecolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sockscope {

ClientSettingsDialog::ClientSettingsDialog(const ClientSettings &settings, const DocumentSettings &document, QWidget *parent)
    : SettingsDialog(QStringLiteral("clientSettingsDialog"), tr("Connection Settings"), parent),
      m_heartbeat(new HeartbeatSettingsWidget(true, this)),
      m_reconnect(new ReconnectSettingsWidget(this)),
      m_limits(new LimitSettingsWidget(this)),
      m_recording(new RecordingSettingsWidget(this))
{
    tabs()->addTab(createHandshakePage(), tr("Handshake"));
    tabs()->addTab(createAuthPage(), tr("Authentication"));
    tabs()->addTab(createTlsPage(), tr("TLS"));
    tabs()->addTab(m_heartbeat, tr("Heartbeat"));
    tabs()->addTab(m_reconnect, tr("Reconnect"));
    tabs()->addTab(m_limits, tr("Limits"));
    tabs()->addTab(m_recording, tr("Recording"));
    addButtons();
    setSettings(settings, document);
}

QWidget *ClientSettingsDialog::createHandshakePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("handshakePage"));
    m_headers = new HeadersEditor(page);
    m_headers->setToolTip(tr("Extra headers of the opening handshake, sent in this order. Default: none."));
    m_subprotocols = new LinesEdit(page);
    m_subprotocols->setObjectName(QStringLiteral("subprotocolsEdit"));
    m_subprotocols->setToolTip(tr("Subprotocols to offer, one per line, most preferred first. Default: none (MCP mode offers \"mcp\")."));
    m_origin = new QLineEdit(page);
    m_origin->setObjectName(QStringLiteral("originEdit"));
    m_origin->setPlaceholderText(QStringLiteral("https://example.com"));
    m_origin->setToolTip(tr("Origin header to send. Default: none."));
    m_numbers.emplace(page, clientFields());
    m_revealSecrets = new QCheckBox(tr("Show credentials in the frames instead of \"[redacted]\""), page);
    m_revealSecrets->setObjectName(QStringLiteral("revealSecrets"));
    m_revealSecrets->setToolTip(SpinBoxes::withDefault(tr("Tokens and passwords in recorded handshake headers."), tr("redacted")));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Headers:"), m_headers);
    form->addRow(tr("Subprotocols:"), m_subprotocols);
    form->addRow(tr("Origin:"), m_origin);
    m_numbers->addRow(form, "handshakeTimeoutMs");
    m_numbers->addRow(form, "closeTimeoutMs");
    form->addRow(QString(), m_revealSecrets);
    return page;
}

QWidget *ClientSettingsDialog::createAuthPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("authPage"));
    m_authKind = new QComboBox(page);
    m_authKind->setObjectName(QStringLiteral("authKind"));
    m_authKind->addItem(tr("None"), int(AuthKind::None));
    m_authKind->addItem(tr("Bearer token"), int(AuthKind::Bearer));
    m_authKind->addItem(tr("Basic (user and password)"), int(AuthKind::Basic));
    m_authKind->addItem(tr("API key in a header"), int(AuthKind::ApiKeyHeader));
    m_authKind->addItem(tr("API key in a query parameter"), int(AuthKind::ApiKeyQuery));
    m_authKind->setToolTip(SpinBoxes::withDefault(tr("Credentials added to the opening handshake. Over plain ws:// to another machine they travel unencrypted, and a warning says so."),
                                                  tr("none")));
    const auto edit = [page](const QString &name, bool secret) {
        auto *e = new QLineEdit(page);
        e->setObjectName(name);
        if (secret)
            e->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        return e;
    };
    m_token = edit(QStringLiteral("authToken"), true);
    m_user = edit(QStringLiteral("authUser"), false);
    m_password = edit(QStringLiteral("authPassword"), true);
    m_keyName = edit(QStringLiteral("authKeyName"), false);
    m_keyName->setPlaceholderText(QStringLiteral("X-API-Key"));
    m_keyValue = edit(QStringLiteral("authKeyValue"), true);
    connect(m_authKind, &QComboBox::currentIndexChanged, this, &ClientSettingsDialog::updateAuthFields);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Method:"), m_authKind);
    form->addRow(tr("Token:"), m_token);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Key name:"), m_keyName);
    form->addRow(tr("Key value:"), m_keyValue);
    return page;
}

QWidget *ClientSettingsDialog::createTlsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("tlsPage"));
    const QString pem = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    m_caFile = new FileEdit(pem, page);
    m_caFile->setObjectName(QStringLiteral("tlsCaFile"));
    m_caFile->setToolTip(tr("Extra trusted CA certificates for wss://. Default: the system's only."));
    m_certFile = new FileEdit(pem, page);
    m_certFile->setObjectName(QStringLiteral("tlsCertFile"));
    m_certFile->setToolTip(tr("Client certificate, if the server asks for one. Default: none."));
    m_keyFile = new FileEdit(pem, page);
    m_keyFile->setObjectName(QStringLiteral("tlsKeyFile"));
    m_keyFile->setToolTip(tr("Private key of the client certificate. Default: none."));
    m_acceptInvalid = new QCheckBox(tr("Accept an invalid server certificate"), page);
    m_acceptInvalid->setObjectName(QStringLiteral("tlsAcceptInvalid"));
    m_acceptInvalid->setToolTip(SpinBoxes::withDefault(tr("For test servers with self-signed certificates; every connection logs a warning."), tr("off")));
    m_insecureWarning = new QLabel(tr("Certificate checks are off: anyone between you and the server can read and change the traffic."), page);
    m_insecureWarning->setObjectName(QStringLiteral("tlsInsecureWarning"));
    m_insecureWarning->setWordWrap(true);
    QPalette pal = m_insecureWarning->palette();
    pal.setColor(QPalette::WindowText, ThemeColors::problem(pal));
    m_insecureWarning->setPalette(pal);
    connect(m_acceptInvalid, &QCheckBox::toggled, m_insecureWarning, &QWidget::setVisible);
    auto *form = new QFormLayout(page);
    form->addRow(tr("CA certificates:"), m_caFile);
    form->addRow(tr("Client certificate:"), m_certFile);
    form->addRow(tr("Client key:"), m_keyFile);
    form->addRow(QString(), m_acceptInvalid);
    form->addRow(QString(), m_insecureWarning);
    return page;
}

void ClientSettingsDialog::updateAuthFields()
{
    const auto kind = AuthKind(m_authKind->currentData().toInt());
    m_token->setEnabled(kind == AuthKind::Bearer);
    m_user->setEnabled(kind == AuthKind::Basic);
    m_password->setEnabled(kind == AuthKind::Basic);
    m_keyName->setEnabled(kind == AuthKind::ApiKeyHeader || kind == AuthKind::ApiKeyQuery);
    m_keyValue->setEnabled(kind == AuthKind::ApiKeyHeader || kind == AuthKind::ApiKeyQuery);
}

ClientSettings ClientSettingsDialog::settings() const
{
    ClientSettings s = m_base;
    s.headers = m_headers->headers();
    s.subprotocols = m_subprotocols->lines();
    s.origin = m_origin->text().trimmed();
    m_numbers->read(&s);
    s.revealSecrets = m_revealSecrets->isChecked();
    s.auth.kind = AuthKind(m_authKind->currentData().toInt());
    s.auth.token = m_token->text();
    s.auth.user = m_user->text();
    s.auth.password = m_password->text();
    s.auth.keyName = m_keyName->text().trimmed();
    s.auth.keyValue = m_keyValue->text();
    s.tls.caFile = m_caFile->path();
    s.tls.certificateFile = m_certFile->path();
    s.tls.keyFile = m_keyFile->path();
    s.tls.acceptInvalidCertificate = m_acceptInvalid->isChecked();
    s.heartbeat = m_heartbeat->settings();
    s.reconnect = m_reconnect->settings();
    s.limits = m_limits->settings();
    return s;
}

DocumentSettings ClientSettingsDialog::documentSettings() const
{
    return m_recording->settings(m_documentBase);
}

void ClientSettingsDialog::setSettings(const ClientSettings &s, const DocumentSettings &document)
{
    m_base = s;
    m_documentBase = document;
    m_headers->setHeaders(s.headers);
    m_subprotocols->setLines(s.subprotocols);
    m_origin->setText(s.origin);
    m_numbers->write(s);
    m_revealSecrets->setChecked(s.revealSecrets);
    m_authKind->setCurrentIndex(qMax(0, m_authKind->findData(int(s.auth.kind))));
    m_token->setText(s.auth.token);
    m_user->setText(s.auth.user);
    m_password->setText(s.auth.password);
    m_keyName->setText(s.auth.keyName);
    m_keyValue->setText(s.auth.keyValue);
    m_caFile->setPath(s.tls.caFile);
    m_certFile->setPath(s.tls.certificateFile);
    m_keyFile->setPath(s.tls.keyFile);
    m_acceptInvalid->setChecked(s.tls.acceptInvalidCertificate);
    m_insecureWarning->setVisible(s.tls.acceptInvalidCertificate);
    m_heartbeat->setSettings(s.heartbeat);
    m_reconnect->setSettings(s.reconnect);
    m_limits->setSettings(s.limits);
    m_recording->setSettings(document);
    updateAuthFields();
}

QStringList ClientSettingsDialog::problems() const
{
    QStringList list = m_headers->problems();
    const ClientSettings s = settings();
    for (const QString &subprotocol : s.subprotocols) {
        if (!HeadersEditor::isToken(subprotocol))
            list.append(tr("\"%1\" is not a valid subprotocol name.").arg(subprotocol));
    }
    if (s.origin.contains(QLatin1Char('\n')) || s.origin.contains(QLatin1Char('\r')))
        list.append(tr("The Origin contains a line break."));
    switch (s.auth.kind) {
    case AuthKind::Bearer:
        if (s.auth.token.isEmpty())
            list.append(tr("Bearer authentication needs a token."));
        break;
    case AuthKind::Basic:
        if (s.auth.user.isEmpty())
            list.append(tr("Basic authentication needs a user."));
        if (s.auth.user.contains(QLatin1Char(':')))
            list.append(tr("A Basic authentication user may not contain \":\"."));
        break;
    case AuthKind::ApiKeyHeader:
        if (!HeadersEditor::isToken(s.auth.keyName))
            list.append(tr("The API key needs a header name (letters, digits and !#$%&'*+-.^_`|~)."));
        break;
    case AuthKind::ApiKeyQuery:
        if (s.auth.keyName.isEmpty())
            list.append(tr("The API key needs a query parameter name."));
        break;
    case AuthKind::None:
        break;
    }
    if (!m_caFile->isAcceptable())
        list.append(tr("The CA file %1 cannot be read.").arg(s.tls.caFile));
    if (!m_certFile->isAcceptable())
        list.append(tr("The certificate file %1 cannot be read.").arg(s.tls.certificateFile));
    if (!m_keyFile->isAcceptable())
        list.append(tr("The key file %1 cannot be read.").arg(s.tls.keyFile));
    if (s.tls.certificateFile.isEmpty() != s.tls.keyFile.isEmpty())
        list.append(tr("A client certificate and its key go together."));
    list += m_heartbeat->problems();
    list += m_reconnect->problems();
    list += m_recording->problems();
    return list;
}

} // namespace Sockscope
