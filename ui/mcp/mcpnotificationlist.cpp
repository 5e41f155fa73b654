#include "mcpnotificationlist.h"

#include "common/elidedlabel.h"
#include "common/themecolors.h"
#include "mcp/mcpreply.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Sockscope {

namespace {

enum Column { TimeColumn, KindColumn, MessageColumn };

// RFC 5424 levels, as MCP names them, least severe first.
const QStringList &levels()
{
    static const QStringList names{QStringLiteral("debug"),    QStringLiteral("info"),  QStringLiteral("notice"),
                                   QStringLiteral("warning"),  QStringLiteral("error"), QStringLiteral("critical"),
                                   QStringLiteral("alert"),    QStringLiteral("emergency")};
    return names;
}

QString compact(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

McpNotificationList::McpNotificationList(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_level(new QComboBox(this)), m_clear(new QPushButton(this)),
      m_count(new ElidedLabel(this))
{
    setObjectName(QStringLiteral("notificationList"));
    auto *title = new QLabel(tr("Notifications"), this);
    title->setObjectName(QStringLiteral("notificationsTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    // Words may be cut in a narrow panel; the controls keep their size.
    title->setMinimumWidth(1);
    m_count->setObjectName(QStringLiteral("notificationCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    // Its whole text when there is room (an ignored size hint left it no width at all beside
    // the stretch), a few characters when there is not.
    constexpr int countCharacters = 4;
    m_count->setMinimumChars(countCharacters);

    // The header stays narrow: the panel must fit beside the frames in a small window.
    auto *levelLabel = new QLabel(tr("Log level:"), this);
    levelLabel->setObjectName(QStringLiteral("logLevelLabel"));
    levelLabel->setMinimumWidth(1);
    m_level->setObjectName(QStringLiteral("logLevelCombo"));
    // Whole when there is room; a level name still fits when there is not.
    constexpr int levelCharacters = 14; // "emergency" and the arrow
    m_level->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * levelCharacters);
    m_level->addItem(tr("(server default)"));
    for (const QString &level : levels())
        m_level->addItem(level, level);
    m_level->setToolTip(tr("Ask the server to send log messages of this level and above (logging/setLevel)"));
    levelLabel->setBuddy(m_level);
    connect(m_level, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            Q_EMIT loggingLevelRequested(m_level->itemData(index).toString());
    });
    m_clear->setObjectName(QStringLiteral("clearNotificationsButton"));
    m_clear->setText(tr("Clear"));
    connect(m_clear, &QPushButton::clicked, this, &McpNotificationList::clear);

    m_tree->setObjectName(QStringLiteral("notificationTree"));
    constexpr int minimumRows = 3;
    m_tree->setMinimumHeight(fontMetrics().lineSpacing() * (minimumRows + 1)); // and the header
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Time"), tr("Kind"), tr("Message")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title);
    header->addWidget(m_count);
    header->addStretch(1);
    header->addWidget(levelLabel);
    header->addWidget(m_level);
    header->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_tree, 1);
    setLoggingAvailable(false);
    updateCount();
}

int McpNotificationList::rowCount() const
{
    return m_tree->topLevelItemCount();
}

QString McpNotificationList::messageAt(int row) const
{
    if (QProgressBar *bar = progressBarAt(row))
        return bar->text();
    const QTreeWidgetItem *item = m_tree->topLevelItem(row);
    return item ? item->text(MessageColumn) : QString();
}

QString McpNotificationList::kindAt(int row) const
{
    const QTreeWidgetItem *item = m_tree->topLevelItem(row);
    return item ? item->text(KindColumn) : QString();
}

QProgressBar *McpNotificationList::progressBarAt(int row) const
{
    QTreeWidgetItem *item = m_tree->topLevelItem(row);
    return item ? qobject_cast<QProgressBar *>(m_tree->itemWidget(item, MessageColumn)) : nullptr;
}

void McpNotificationList::setLoggingAvailable(bool available)
{
    m_level->setEnabled(available);
    if (!available)
        m_level->setCurrentIndex(0);
}

QTreeWidgetItem *McpNotificationList::appendRow(const QString &kind, const QString &text)
{
    auto *item = new QTreeWidgetItem({QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")), kind, text});
    item->setToolTip(MessageColumn, text);
    // Follow the newest only when the list already shows it.
    const bool atBottom = m_tree->verticalScrollBar()->value() == m_tree->verticalScrollBar()->maximum();
    m_tree->addTopLevelItem(item);
    trim();
    if (atBottom)
        m_tree->scrollToItem(item);
    updateCount();
    return item;
}

void McpNotificationList::addNote(const QString &kind, const QString &text, bool problem)
{
    QTreeWidgetItem *item = appendRow(kind, text);
    if (problem) {
        item->setForeground(KindColumn, ThemeColors::problem(palette()));
        item->setForeground(MessageColumn, ThemeColors::problem(palette()));
    }
}

void McpNotificationList::addNotification(const QString &method, const QJsonObject &params)
{
    if (method == QLatin1String("notifications/progress"))
        return;
    if (method == QLatin1String("notifications/message")) {
        const QString level = params.value(QLatin1String("level")).toString();
        const QString logger = params.value(QLatin1String("logger")).toString();
        const QString data = compact(params.value(QLatin1String("data")));
        QTreeWidgetItem *item = appendRow(level, logger.isEmpty() ? data : QStringLiteral("[%1] %2").arg(logger, data));
        const int severity = int(levels().indexOf(level));
        QColor color;
        if (severity >= levels().indexOf(QLatin1String("error")))
            color = ThemeColors::problem(palette());
        else if (severity == levels().indexOf(QLatin1String("warning")))
            color = ThemeColors::busy(palette());
        else if (severity == levels().indexOf(QLatin1String("debug")))
            color = ThemeColors::idle(palette());
        if (color.isValid()) {
            item->setForeground(KindColumn, color);
            item->setForeground(MessageColumn, color);
        }
        return;
    }
    QString text;
    if (method == QLatin1String("notifications/tools/list_changed"))
        text = tr("The tools changed; the list is read again.");
    else if (method == QLatin1String("notifications/resources/list_changed"))
        text = tr("The resources changed; the list is read again.");
    else if (method == QLatin1String("notifications/prompts/list_changed"))
        text = tr("The prompts changed; the list is read again.");
    else if (method == QLatin1String("notifications/resources/updated"))
        text = tr("Resource updated: %1").arg(params.value(QLatin1String("uri")).toString());
    else if (method == QLatin1String("notifications/cancelled"))
        text = tr("The server cancelled request %1: %2")
                   .arg(compact(params.value(QLatin1String("requestId"))), params.value(QLatin1String("reason")).toString());
    else
        text = params.isEmpty() ? method : QStringLiteral("%1 %2").arg(method, compact(params));
    appendRow(method.section(QLatin1Char('/'), 1), text);
}

void McpNotificationList::trackProgress(McpReply *reply, const QString &title)
{
    QTreeWidgetItem *item = appendRow(tr("progress"), QString());
    auto *bar = new QProgressBar(m_tree);
    bar->setObjectName(QStringLiteral("progressBar"));
    bar->setRange(0, 0); // busy until the first notification says how far
    bar->setFormat(tr("%1: waiting").arg(title));
    bar->setTextVisible(true);
    m_tree->setItemWidget(item, MessageColumn, bar);
    connect(reply, &McpReply::progressed, bar, [bar, title](double progress, double total, const QString &message) {
        // The bar counts in thousandths so fractional progress moves it too.
        constexpr int scale = 1000;
        if (total > 0) {
            bar->setRange(0, scale);
            bar->setValue(int(std::min(1.0, progress / total) * scale));
        } else {
            bar->setRange(0, 0);
        }
        const QString amount = total > 0 ? QStringLiteral("%1/%2").arg(progress).arg(total) : QString::number(progress);
        bar->setFormat(message.isEmpty() ? QStringLiteral("%1: %2").arg(title, amount)
                                         : QStringLiteral("%1: %2 (%3)").arg(title, message, amount));
    });
    connect(reply, &McpReply::finished, bar, [this, bar, reply, title] {
        if (!reply->isError()) {
            if (bar->maximum() == 0)
                bar->setRange(0, 1);
            bar->setValue(bar->maximum());
            bar->setFormat(tr("%1: done").arg(title));
            return;
        }
        // A bar that stopped part way shows no text at all: the row says what happened
        // instead, and why, in colours that read on any theme.
        const bool cancelled = reply->failure() == McpReply::Failure::Cancelled;
        const QString text = cancelled ? tr("%1: cancelled").arg(title) : tr("%1: failed: %2").arg(title, reply->errorText());
        for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
            QTreeWidgetItem *candidate = m_tree->topLevelItem(row);
            if (m_tree->itemWidget(candidate, MessageColumn) != bar)
                continue;
            m_tree->removeItemWidget(candidate, MessageColumn);
            candidate->setText(MessageColumn, text);
            candidate->setToolTip(MessageColumn, text);
            if (!cancelled) {
                candidate->setForeground(KindColumn, ThemeColors::problem(palette()));
                candidate->setForeground(MessageColumn, ThemeColors::problem(palette()));
            }
            break;
        }
    });
}

void McpNotificationList::trim()
{
    while (m_tree->topLevelItemCount() > MaxRows)
        delete m_tree->takeTopLevelItem(0);
}

void McpNotificationList::clear()
{
    m_tree->clear();
    updateCount();
}

void McpNotificationList::updateCount()
{
    m_count->setText(rowCount() == 0 ? QString() : tr("%n row(s)", nullptr, rowCount()));
}

} // namespace Sockscope
