#include "connectionbar.h"

#include "common/elidedlabel.h"
#include "common/statelight.h"
#include "common/themecolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Sockscope {

ConnectionBar::ConnectionBar(bool serverMode, QWidget *parent)
    : QWidget(parent),
      m_serverMode(serverMode),
      m_connect(new QPushButton(this)),
      m_settings(new QPushButton(tr("Settings…"), this)),
      m_light(new StateLight(this)),
      m_state(new QLabel(this)),
      m_detail(new ElidedLabel(this)),
      m_uptime(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);

    if (serverMode)
        addServerFields(row);
    else
        addClientFields(row);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    connect(m_connect, &QPushButton::clicked, this, &ConnectionBar::trigger);
    m_settings->setObjectName(QStringLiteral("settingsButton"));
    m_settings->setToolTip(serverMode ? tr("Every server setting: TLS, origins, token, subprotocols, heartbeat, limits")
                                      : tr("Every connection setting: headers, subprotocols, auth, TLS, heartbeat, reconnect, limits"));
    connect(m_settings, &QPushButton::clicked, this, &ConnectionBar::settingsRequested);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_detail->setObjectName(QStringLiteral("detailLabel"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A server's URL, ws://127.0.0.1:65535, stays whole down to a narrow window; longer ones elide.
    m_detail->setMinimumChars(22);
    m_uptime->setObjectName(QStringLiteral("uptimeLabel"));
    m_uptime->setToolTip(tr("How long the connection has been open"));
    m_uptime->setMinimumWidth(m_uptime->fontMetrics().horizontalAdvance(QStringLiteral("00 min 00 s")));
    m_uptime->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    row->addWidget(m_connect);
    row->addWidget(m_settings);
    row->addSpacing(8);
    row->addWidget(m_light);
    row->addWidget(m_state);
    if (serverMode)
        row->addWidget(m_detail, 1);
    else
        row->addWidget(m_detail);
    row->addWidget(m_uptime);
    setActive(false);
    setState(DocumentState::Idle, tr("idle", "connection state"));
    validateUrl();
}

void ConnectionBar::addClientFields(QHBoxLayout *row)
{
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("WebSocket"), int(Mode::WebSocket));
    m_mode->addItem(tr("MCP"), int(Mode::Mcp));
    m_mode->setToolTip(tr("MCP offers the subprotocol \"mcp\" when no other subprotocol is set"));
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT modeChanged(mode()); });
    m_url = new QComboBox(this);
    m_url->setObjectName(QStringLiteral("urlCombo"));
    m_url->setEditable(true);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    m_url->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_url->lineEdit()->setObjectName(QStringLiteral("urlEdit"));
    m_url->lineEdit()->setPlaceholderText(QStringLiteral("ws://127.0.0.1:8080/ws"));
    m_url->setToolTip(tr("ws:// or wss:// URL to connect to; recent URLs are in the list"));
    connect(m_url, &QComboBox::editTextChanged, this, [this](const QString &text) {
        validateUrl();
        Q_EMIT urlEdited(text);
    });
    connect(m_url->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (!m_active)
            trigger();
    });
    row->addWidget(m_mode);
    row->addWidget(m_url, 1);
}

void ConnectionBar::addServerFields(QHBoxLayout *row)
{
    auto *hostLabel = new QLabel(tr("Host:"), this);
    hostLabel->setObjectName(QStringLiteral("hostLabel"));
    m_host = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    // An address, not a sentence: the room beside it goes to the URL peers connect to.
    m_host->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_host->setToolTip(tr("IP address to listen on; 127.0.0.1 is reachable from this machine only, 0.0.0.0 from others too"));
    hostLabel->setBuddy(m_host);
    auto *portLabel = new QLabel(tr("Port:"), this);
    portLabel->setObjectName(QStringLiteral("portLabel"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free"));
    m_port->setToolTip(tr("Port to listen on; 0 picks a free one"));
    portLabel->setBuddy(m_port);
    row->addWidget(hostLabel);
    row->addWidget(m_host);
    row->addWidget(portLabel);
    row->addWidget(m_port);
}

ConnectionBar::Mode ConnectionBar::mode() const
{
    return m_mode ? Mode(m_mode->currentData().toInt()) : Mode::WebSocket;
}

void ConnectionBar::setMode(Mode mode)
{
    if (m_mode)
        m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

QUrl ConnectionBar::url() const
{
    return QUrl(urlText().trimmed(), QUrl::StrictMode);
}

QString ConnectionBar::urlText() const
{
    return m_url ? m_url->currentText() : QString();
}

void ConnectionBar::setUrl(const QString &url)
{
    if (m_url)
        m_url->setEditText(url);
}

bool ConnectionBar::isUrlValid() const
{
    const QUrl u = url();
    return u.isValid() && (u.scheme() == QLatin1String("ws") || u.scheme() == QLatin1String("wss")) && !u.host().isEmpty();
}

void ConnectionBar::setUrlHistory(const QStringList &urls)
{
    if (!m_url)
        return;
    const QString current = m_url->currentText();
    QSignalBlocker blocker(m_url);
    m_url->clear();
    m_url->addItems(urls);
    m_url->setEditText(current);
}

QString ConnectionBar::host() const
{
    return m_host ? m_host->text().trimmed() : QString();
}

void ConnectionBar::setHost(const QString &host)
{
    if (m_host)
        m_host->setText(host);
}

quint16 ConnectionBar::port() const
{
    return m_port ? quint16(m_port->value()) : 0;
}

void ConnectionBar::setPort(quint16 port)
{
    if (m_port)
        m_port->setValue(port);
}

void ConnectionBar::validateUrl()
{
    if (!m_url)
        return;
    const bool ok = isUrlValid() || urlText().trimmed().isEmpty();
    QPalette pal = m_url->lineEdit()->palette();
    pal.setColor(QPalette::Text, ok ? palette().color(QPalette::Text) : ThemeColors::problem(palette()));
    m_url->lineEdit()->setPalette(pal);
    m_url->setToolTip(ok ? tr("ws:// or wss:// URL to connect to; recent URLs are in the list")
                         : tr("Not a ws:// or wss:// URL with a host"));
    if (!m_active)
        m_connect->setEnabled(isUrlValid());
}

void ConnectionBar::setActive(bool active)
{
    m_active = active;
    if (m_serverMode) {
        m_connect->setText(active ? tr("Stop") : tr("Start"));
        m_connect->setToolTip(active ? tr("Stop listening and close every peer (F5)") : tr("Start listening (F5)"));
        m_host->setEnabled(!active);
        m_port->setEnabled(!active);
        m_connect->setEnabled(true);
    } else {
        m_connect->setText(active ? tr("Disconnect") : tr("Connect"));
        m_connect->setToolTip(active ? tr("Close the connection and stop reconnecting (F5)") : tr("Connect to the URL (F5)"));
        m_connect->setEnabled(active || isUrlValid());
    }
}

void ConnectionBar::setState(DocumentState state, const QString &text)
{
    m_light->setState(state);
    m_state->setText(text);
    m_light->setToolTip(text);
}

QString ConnectionBar::stateText() const
{
    return m_state->text();
}

void ConnectionBar::setUptime(const QString &uptime)
{
    m_uptime->setText(uptime);
}

void ConnectionBar::setDetail(const QString &detail)
{
    m_detail->setText(detail);
}

void ConnectionBar::trigger()
{
    if (m_active)
        Q_EMIT disconnectRequested();
    else if (m_serverMode || isUrlValid())
        Q_EMIT connectRequested();
}

} // namespace Sockscope
