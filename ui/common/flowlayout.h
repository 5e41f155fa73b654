#pragma once

#include <QLayout>
#include <QList>

namespace Sockscope {

// Lays widgets out left to right and wraps to a new line when the width runs out, like
// words in a paragraph: a bar of many controls (the frames' filters) stays whole on a wide
// window and takes two lines on a narrow one, instead of asking the window for more width.
// One widget may stretch to fill what its line leaves over.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // The widget that takes the room its line leaves over (the filter text).
    void setStretchWidget(QWidget *widget) { m_stretch = widget; }

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures, when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    QWidget *m_stretch = nullptr;
};

} // namespace Sockscope
