#include "framesview.h"

#include "framematchdelegate.h"
#include "framesmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace Sockscope {

FramesView::FramesView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("framesView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setShowGrid(false);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setCornerButtonEnabled(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    horizontalHeader()->setObjectName(QStringLiteral("framesHeader"));
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    applyRowHeight();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        // Scrolling back to the bottom resumes following.
        m_wasAtBottom = isAtBottom();
    });
}

void FramesView::applyRowHeight()
{
    // One fixed height for every row: the view never measures a million rows.
    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
}

void FramesView::setFramesModel(FramesModel *model)
{
    m_model = model;
    setModel(model);
    setItemDelegateForColumn(FramesModel::PreviewColumn, new FrameMatchDelegate(model, this));
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &FramesView::onAboutToInsert);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FramesView::onInserted);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &FramesView::onAboutToRemove);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FramesView::onRemoved);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &FramesView::onAboutToReset);
    connect(model, &QAbstractItemModel::modelReset, this, &FramesView::onReset);
    QHeaderView *header = horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    // Wide enough for a typical value and for the column's title, with the margins the
    // style puts around a cell's text.
    const auto width = [this](const QString &sample) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.text = sample;
        option.features |= QStyleOptionViewItem::HasDisplay;
        return style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), this).width() + 6;
    };
    const auto fit = [&](int column, const QString &sample) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(width(sample), width(title) + 8));
    };
    // Seven digits (a million frames and more) in the widest digit of the font.
    QChar widestDigit = QLatin1Char('0');
    for (char digit = '1'; digit <= '9'; ++digit) {
        if (metrics.horizontalAdvance(QLatin1Char(digit)) > metrics.horizontalAdvance(widestDigit))
            widestDigit = QLatin1Char(digit);
    }
    fit(FramesModel::NumberColumn, QString(7, widestDigit));
    fit(FramesModel::TimeColumn, QStringLiteral("00:00:00.000"));
    fit(FramesModel::DeltaColumn, QStringLiteral("000.0 ms"));
    fit(FramesModel::DirectionColumn, QStringLiteral("• local"));
    fit(FramesModel::KindColumn, QStringLiteral("reconnect"));
    fit(FramesModel::PeerColumn, QStringLiteral("Peer"));
    fit(FramesModel::SizeColumn, QStringLiteral("00,000"));
    fit(FramesModel::MethodColumn, QStringLiteral("resources/read"));
    fit(FramesModel::IdColumn, QStringLiteral("Id00"));
    fit(FramesModel::LatencyColumn, QStringLiteral("000.0 ms"));
}

void FramesView::setFollowTail(bool follow)
{
    if (m_followTail == follow)
        return;
    m_followTail = follow;
    if (follow) {
        scrollToBottom();
        m_wasAtBottom = true;
    }
    Q_EMIT followTailChanged(follow);
}

bool FramesView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void FramesView::onAboutToInsert()
{
    m_wasAtBottom = isAtBottom();
}

void FramesView::onInserted()
{
    if (m_followTail && m_wasAtBottom)
        scrollToBottom();
}

void FramesView::onAboutToRemove(const QModelIndex &, int first, int last)
{
    // Eviction removes rows at the top: keep what the user reads in place.
    m_wasAtBottom = isAtBottom();
    m_removing = first == 0 ? last + 1 : 0;
    m_scrollBeforeRemove = verticalScrollBar()->value();
}

void FramesView::onRemoved()
{
    if (m_removing > 0 && !(m_followTail && m_wasAtBottom))
        verticalScrollBar()->setValue(qMax(0, m_scrollBeforeRemove - m_removing));
    m_removing = 0;
}

void FramesView::onAboutToReset()
{
    m_wasAtBottom = isAtBottom();
    m_currentBeforeReset = currentStoreIndex();
}

void FramesView::onReset()
{
    // A filter change or a clear: keep the selected record if it is still shown.
    if (m_currentBeforeReset != FrameRecord::NoIndex && showStoreIndex(m_currentBeforeReset)) {
        m_currentBeforeReset = FrameRecord::NoIndex;
        return;
    }
    m_currentBeforeReset = FrameRecord::NoIndex;
    if (m_followTail)
        scrollToBottom();
    if (m_lastReported != FrameRecord::NoIndex) {
        m_lastReported = FrameRecord::NoIndex;
        Q_EMIT currentRecordChanged(FrameRecord::NoIndex);
    }
}

QList<int> FramesView::selectedRowNumbers() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QItemSelectionRange &range : selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

quint64 FramesView::currentStoreIndex() const
{
    const QModelIndex current = currentIndex();
    if (!m_model || !current.isValid())
        return FrameRecord::NoIndex;
    return m_model->indexAtRow(current.row());
}

bool FramesView::showStoreIndex(quint64 storeIndex)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOfIndex(storeIndex);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, FramesModel::NumberColumn);
    setCurrentIndex(index);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void FramesView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    const quint64 index = current.isValid() && m_model ? m_model->indexAtRow(current.row()) : FrameRecord::NoIndex;
    if (index == m_lastReported)
        return;
    m_lastReported = index;
    Q_EMIT currentRecordChanged(index);
}

bool FramesView::event(QEvent *event)
{
    // Take Ctrl+C before the window's Copy action does, to copy whole rows.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void FramesView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        Q_EMIT copyRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void FramesView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyRowHeight();
    if (event->type() == QEvent::PaletteChange && m_model)
        m_model->setPalette(palette());
}

} // namespace Sockscope
