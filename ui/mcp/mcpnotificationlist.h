#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sockscope {

class ElidedLabel;
class McpReply;

// What the server says on its own, newest last: log messages (notifications/message) with
// their level, list and resource changes, and the progress of calls as progress bars that
// end with the call. Bounded: the oldest rows go first. The level box asks the server for
// logging/setLevel.
class McpNotificationList final : public QWidget
{
    Q_OBJECT

public:
    // Rows kept; older ones are dropped.
    static constexpr int MaxRows = 1000;

    explicit McpNotificationList(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    int rowCount() const;
    // The row's text in the message column (progress rows: the bar's text).
    QString messageAt(int row) const;
    QString kindAt(int row) const;
    QProgressBar *progressBarAt(int row) const;

    // A server notification; progress is shown through trackProgress() instead.
    void addNotification(const QString &method, const QJsonObject &params);
    // A row whose bar follows the reply's notifications/progress until it finishes: done
    // fills it; a cancelled or failed call turns the row into text saying so (and why).
    void trackProgress(McpReply *reply, const QString &title);
    void addNote(const QString &kind, const QString &text, bool problem = false);
    void clear();
    // Whether the server offers logging (the level box is enabled).
    void setLoggingAvailable(bool available);

Q_SIGNALS:
    void loggingLevelRequested(const QString &level);

private:
    QTreeWidgetItem *appendRow(const QString &kind, const QString &text);
    void trim();
    void updateCount();

    QTreeWidget *m_tree;
    QComboBox *m_level;
    QPushButton *m_clear;
    ElidedLabel *m_count;
};

} // namespace Sockscope
