#pragma once

#include "framefilter.h"

#include <QList>
#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace Sockscope {

class FramesModel;

// Paints the frames' preview cells with what the text filter matched on a highlight
// background. Works on the cell's display text at paint time, so only the rows on screen
// cost anything; the model builds nothing for it.
class FrameMatchDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Range final
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Range &other) const { return start == other.start && length == other.length; }
    };

    explicit FrameMatchDelegate(const FramesModel *model, QObject *parent = nullptr);

    // Where the model's current text filter matches `text` (plain or regular expression,
    // with its case rule), in order, not overlapping; empty without a text filter.
    QList<Range> matches(const QString &text) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Follows the model's filter: the expression is compiled once per filter, not per cell.
    void update() const;

    const FramesModel *m_model;
    mutable FrameFilter m_filter;
    mutable QRegularExpression m_regex;
};

} // namespace Sockscope
