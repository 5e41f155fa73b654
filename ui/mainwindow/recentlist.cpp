#include "recentlist.h"

#include <QMenu>
#include <QSettings>

namespace Sockscope {

RecentList::RecentList(const QString &settingsKey, int capacity, QObject *parent)
    : QObject(parent), m_key(settingsKey), m_capacity(qMax(1, capacity))
{
    QSettings settings;
    m_items = settings.value(m_key).toStringList();
    while (m_items.size() > m_capacity)
        m_items.removeLast();
}

void RecentList::add(const QString &item)
{
    if (item.isEmpty())
        return;
    m_items.removeAll(item);
    m_items.prepend(item);
    while (m_items.size() > m_capacity)
        m_items.removeLast();
    save();
}

void RecentList::remove(const QString &item)
{
    if (m_items.removeAll(item) > 0)
        save();
}

void RecentList::clear()
{
    m_items.clear();
    save();
}

void RecentList::save()
{
    QSettings settings;
    settings.setValue(m_key, m_items);
    Q_EMIT changed(m_items);
}

void RecentList::fillMenu(QMenu *menu, const std::function<QString(const QString &)> &label,
                          const std::function<void(const QString &)> &open, const QString &clearText, const QString &clearName)
{
    menu->clear();
    menu->setToolTipsVisible(true);
    for (const QString &item : std::as_const(m_items)) {
        QAction *action = menu->addAction(label(item), this, [open, item] { open(item); });
        action->setToolTip(item);
    }
    if (!m_items.isEmpty())
        menu->addSeparator();
    QAction *clearAction = menu->addAction(clearText, this, &RecentList::clear);
    clearAction->setObjectName(clearName);
    clearAction->setEnabled(!m_items.isEmpty());
}

} // namespace Sockscope
