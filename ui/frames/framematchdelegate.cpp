#include "framematchdelegate.h"

#include "framesmodel.h"

#include "common/themecolors.h"

#include <QApplication>
#include <QPainter>

namespace Sockscope {

namespace {

// A regular expression that matches the empty string would highlight nothing useful and
// loop forever without this bound on the matches a cell can show.
constexpr int kMaxMatchesPerCell = 256;

} // namespace

FrameMatchDelegate::FrameMatchDelegate(const FramesModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{
    setObjectName(QStringLiteral("frameMatchDelegate"));
}

void FrameMatchDelegate::update() const
{
    const FrameFilter &filter = m_model->filter();
    if (filter.text == m_filter.text && filter.regex == m_filter.regex && filter.caseSensitive == m_filter.caseSensitive)
        return;
    m_filter = filter;
    m_regex = QRegularExpression();
    if (filter.regex && !filter.text.isEmpty()) {
        m_regex.setPattern(filter.text);
        m_regex.setPatternOptions(filter.caseSensitive ? QRegularExpression::NoPatternOption
                                                       : QRegularExpression::CaseInsensitiveOption);
    }
}

QList<FrameMatchDelegate::Range> FrameMatchDelegate::matches(const QString &text) const
{
    update();
    QList<Range> ranges;
    if (m_filter.text.isEmpty() || text.isEmpty())
        return ranges;
    if (m_filter.regex) {
        if (!m_regex.isValid())
            return ranges;
        QRegularExpressionMatchIterator it = m_regex.globalMatch(text);
        while (it.hasNext() && ranges.size() < kMaxMatchesPerCell) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0)
                ranges.append({match.capturedStart(), match.capturedLength()});
        }
        return ranges;
    }
    const Qt::CaseSensitivity cs = m_filter.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    qsizetype from = 0;
    while (ranges.size() < kMaxMatchesPerCell) {
        const qsizetype at = text.indexOf(m_filter.text, from, cs);
        if (at < 0)
            break;
        ranges.append({at, m_filter.text.size()});
        from = at + m_filter.text.size();
    }
    return ranges;
}

void FrameMatchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QList<Range> ranges = matches(opt.text);
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // Where and how the style would put the text: its rectangle, margin and elision.
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);
    const QString text = opt.text;
    const QFontMetrics metrics(opt.font);
    const QString shown = metrics.elidedText(text, opt.textElideMode, textRect.width());
    const qsizetype visible = shown == text ? text.size() : shown.size() - 1; // before the "…"

    // The background, selection and focus as usual, then the text over the highlights.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setClipRect(textRect);
    painter->setFont(opt.font);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    const int flags = int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, flags, shown);
    const QColor background = ThemeColors::searchMatch(opt.palette);
    const QColor ink = ThemeColors::searchMatchText(opt.palette);
    for (const Range &range : ranges) {
        if (range.start >= visible)
            break;
        const qsizetype length = qMin(range.length, visible - range.start);
        const QString part = shown.mid(range.start, length);
        const int x = textRect.left() + metrics.horizontalAdvance(shown.left(range.start));
        const QRect box(x, textRect.top() + 1, metrics.horizontalAdvance(part), textRect.height() - 2);
        painter->fillRect(box, background);
        painter->setPen(ink);
        painter->drawText(QRect(x, textRect.top(), box.width() + metrics.averageCharWidth(), textRect.height()), flags, part);
    }
    painter->restore();
}

} // namespace Sockscope
