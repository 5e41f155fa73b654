#include "flowlayout.h"

#include <QWidget>

namespace Sockscope {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // One item per line at the narrowest.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins margins = contentsMargins();
    return {width + qMax(0, shown - 1) * spacing() + margins.left() + margins.right(),
            height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = qMax(0, spacing());
    int top = area.top();
    int index = 0;
    while (index < m_items.size()) {
        // Fill a line with as many items as fit at their preferred width (at least one).
        QList<QLayoutItem *> line;
        int used = 0;
        for (; index < m_items.size(); ++index) {
            QLayoutItem *item = m_items.at(index);
            if (item->isEmpty())
                continue;
            // The stretching widget needs only its minimum to stay on the line; it takes the rest.
            const bool stretches = item->widget() && item->widget() == m_stretch;
            const int width = qMin(stretches ? item->minimumSize().width() : item->sizeHint().width(), area.width());
            const int needed = line.isEmpty() ? width : used + gap + width;
            if (!line.isEmpty() && needed > area.width())
                break;
            line.append(item);
            used = needed;
        }
        if (line.isEmpty())
            break;
        int height = 0;
        for (const QLayoutItem *item : std::as_const(line))
            height = qMax(height, item->sizeHint().height());
        if (apply) {
            const int spare = qMax(0, area.width() - used);
            int x = area.left();
            for (QLayoutItem *item : std::as_const(line)) {
                const bool stretches = item->widget() && item->widget() == m_stretch;
                int width = stretches ? qMin(item->minimumSize().width(), area.width())
                                      : qMax(item->minimumSize().width(), qMin(item->sizeHint().width(), area.width()));
                if (stretches)
                    width += spare;
                const int itemHeight = qMin(height, item->sizeHint().height());
                item->setGeometry(QRect(x, top + (height - itemHeight) / 2, width, itemHeight));
                x += width + gap;
            }
        }
        top += height + gap;
    }
    return qMax(0, top - gap - area.top()) + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace Sockscope
