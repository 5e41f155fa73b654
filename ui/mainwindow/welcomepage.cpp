#include "welcomepage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

constexpr int kEntryChars = 64; // a recent entry is elided beyond this many average characters

QPushButton *actionButton(const QString &name, const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setToolTip(toolTip);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomeContent"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 40, 48, 40);

    auto *title = new QLabel(tr("Sockscope"), page);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *subtitle = new QLabel(tr("Inspector and test harness for WebSocket and for MCP over WebSocket."), page);
    subtitle->setObjectName(QStringLiteral("welcomeSubtitle"));
    subtitle->setWordWrap(true);

    auto *body = new QLabel(page);
    body->setObjectName(QStringLiteral("welcomeBody"));
    body->setTextFormat(Qt::RichText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->setText(tr("<p>A <b>client</b> connects to a server and shows every frame both ways, JSON-RPC "
                     "requests paired with their responses, and the connection's numbers. A <b>server</b> "
                     "listens, lists its peers, and sends to one peer, a group or all of them.</p>"
                     "<p>The same binary works without a display:</p>"
                     "<pre>sockscope connect ws://127.0.0.1:8080 --send '{\"a\":1}' --count 1\n"
                     "sockscope serve --port 0 --echo</pre>"));

    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(20);
    layout->addWidget(createButtons(page));
    layout->addSpacing(20);
    layout->addWidget(createRecent(page));
    layout->addSpacing(20);
    layout->addWidget(body);
    layout->addStretch(1);
    setWidget(page);
    setRecentUrls({});
    setRecentSessions({});
}

QWidget *WelcomePage::createButtons(QWidget *parent)
{
    // Two short rows, so the longest language still fits a narrow window.
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("welcomeButtons"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    QPushButton *client = actionButton(QStringLiteral("welcomeNewClient"), tr("New Client…"),
                                       tr("Connect to a ws:// or wss:// server (Ctrl+N)"), box);
    connect(client, &QPushButton::clicked, this, &WelcomePage::newClientRequested);
    QPushButton *mcp = actionButton(QStringLiteral("welcomeNewMcpClient"), tr("New MCP Client…"),
                                    tr("Connect to an MCP server over WebSocket: initialise, list and call its tools "
                                       "(Ctrl+Shift+M)"),
                                    box);
    connect(mcp, &QPushButton::clicked, this, &WelcomePage::newMcpClientRequested);
    QPushButton *server = actionButton(QStringLiteral("welcomeNewServer"), tr("New Server…"),
                                       tr("Listen for WebSocket clients (Ctrl+Shift+N)"), box);
    connect(server, &QPushButton::clicked, this, &WelcomePage::newServerRequested);
    QPushButton *mock = actionButton(QStringLiteral("welcomeNewMock"), tr("New Mock Server…"),
                                     tr("Run a mock MCP server for the client you are building (Ctrl+Shift+K)"), box);
    connect(mock, &QPushButton::clicked, this, &WelcomePage::newMockRequested);
    QPushButton *open = actionButton(QStringLiteral("welcomeOpenSession"), tr("Open Session…"),
                                     tr("Open a recorded session file to browse it or replay it (Ctrl+O)"), box);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openSessionRequested);
    grid->addWidget(client, 0, 0);
    grid->addWidget(mcp, 0, 1);
    grid->addWidget(open, 0, 2);
    grid->addWidget(server, 1, 0);
    grid->addWidget(mock, 1, 1);
    grid->setColumnStretch(3, 1);
    return box;
}

QWidget *WelcomePage::createRecent(QWidget *parent)
{
    // Two columns of equal width: the URLs, the session files.
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("welcomeRecent"));
    auto *columns = new QHBoxLayout(box);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(32);
    const auto column = [box, columns](const QString &name, const QString &title) {
        auto *list = new QVBoxLayout;
        list->setSpacing(0);
        auto *label = new QLabel(title, box);
        label->setObjectName(name);
        list->addWidget(label);
        auto *entries = new QVBoxLayout;
        entries->setSpacing(0);
        list->addLayout(entries);
        // The columns share the width whatever their entries ask for.
        list->addSpacerItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Expanding));
        columns->addLayout(list, 1);
        return entries;
    };
    m_urls = column(QStringLiteral("welcomeRecentUrlsTitle"), tr("<b>Recent URLs</b>"));
    m_sessions = column(QStringLiteral("welcomeRecentSessionsTitle"), tr("<b>Recent Sessions</b>"));
    return box;
}

void WelcomePage::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    // The entries take the link colour of the theme in use.
    if (event->type() == QEvent::PaletteChange && m_urls) {
        setRecentUrls(m_urlItems);
        setRecentSessions(m_sessionItems);
    }
}

void WelcomePage::setRecentUrls(const QStringList &urls)
{
    m_urlItems = urls;
    fillList(m_urls, urls, QStringLiteral("welcomeRecentUrl"), tr("The URLs you connect to appear here."), false);
}

void WelcomePage::setRecentSessions(const QStringList &paths)
{
    m_sessionItems = paths;
    fillList(m_sessions, paths, QStringLiteral("welcomeRecentSession"),
             tr("Session files you record, save or open appear here."), true);
}

void WelcomePage::fillList(QVBoxLayout *list, const QStringList &items, const QString &prefix, const QString &none, bool files)
{
    while (QLayoutItem *item = list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (items.isEmpty()) {
        auto *empty = new QLabel(none, widget());
        empty->setObjectName(prefix + QStringLiteral("None"));
        empty->setWordWrap(true);
        empty->setForegroundRole(QPalette::PlaceholderText);
        list->addWidget(empty);
        return;
    }
    const QFontMetrics metrics = fontMetrics();
    for (int row = 0; row < items.size(); ++row) {
        const QString item = items.at(row);
        const QString text = files ? QFileInfo(item).fileName() : item;
        auto *entry = new QToolButton(widget());
        entry->setObjectName(prefix + QString::number(row));
        entry->setAutoRaise(true);
        entry->setCursor(Qt::PointingHandCursor);
        // An & in a URL is text, not a mnemonic.
        entry->setText(metrics.elidedText(text, Qt::ElideMiddle, metrics.averageCharWidth() * kEntryChars)
                           .replace(QLatin1Char('&'), QStringLiteral("&&")));
        entry->setToolTip(files ? tr("Open %1").arg(QDir::toNativeSeparators(item)) : tr("Open a client for %1").arg(item));
        QPalette linkPalette = entry->palette();
        linkPalette.setColor(QPalette::ButtonText, palette().color(QPalette::Link));
        entry->setPalette(linkPalette);
        if (files) {
            connect(entry, &QToolButton::clicked, this, [this, item] { Q_EMIT sessionChosen(item); });
        } else {
            connect(entry, &QToolButton::clicked, this, [this, item] { Q_EMIT urlChosen(item); });
        }
        list->addWidget(entry);
    }
}

} // namespace Sockscope
