#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QMenu;

namespace Sockscope {

// A most-recent-first list kept in QSettings under one key (the recent URLs, the recent
// session files): each item once, at most `capacity`, saved at every change.
class RecentList final : public QObject
{
    Q_OBJECT

public:
    RecentList(const QString &settingsKey, int capacity, QObject *parent = nullptr);

    QStringList items() const { return m_items; }
    // Puts `item` first (moving it up when listed already).
    void add(const QString &item);
    void remove(const QString &item);
    void clear();

    // Fills `menu` with one action per item, `label` as its text and `open` when triggered,
    // then a separator and `clearText` (named `clearName`), enabled when there is anything.
    void fillMenu(QMenu *menu, const std::function<QString(const QString &)> &label,
                  const std::function<void(const QString &)> &open, const QString &clearText, const QString &clearName);

Q_SIGNALS:
    void changed(const QStringList &items);

private:
    void save();

    QString m_key;
    int m_capacity;
    QStringList m_items;
};

} // namespace Sockscope
