#pragma once

#include "capture/framerecord.h"

#include <QTableView>

namespace Sockscope {

class FramesModel;

// The table of live frames: uniform row heights, no grid, lazy cells from FramesModel.
// It follows the newest row only while scrolled to the bottom: scroll up and it stays
// put (even while the store evicts rows above), scroll back down and it follows again.
class FramesView final : public QTableView
{
    Q_OBJECT

public:
    explicit FramesView(QWidget *parent = nullptr);

    void setFramesModel(FramesModel *model);
    FramesModel *framesModel() const { return m_model; }

    // Following is also off while the user is scrolled away from the bottom.
    bool followTail() const { return m_followTail; }
    void setFollowTail(bool follow);
    bool isAtBottom() const;

    QList<int> selectedRowNumbers() const;
    // The store index of the current row, or FrameRecord::NoIndex.
    quint64 currentStoreIndex() const;
    // Selects and shows the row of `storeIndex`; false when it is not shown.
    bool showStoreIndex(quint64 storeIndex);

Q_SIGNALS:
    void currentRecordChanged(quint64 storeIndex);
    void followTailChanged(bool follow);
    // Ctrl+C in the table: the selected rows, not one cell.
    void copyRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void changeEvent(QEvent *event) override;

private:
    void onAboutToInsert();
    void onInserted();
    void onAboutToRemove(const QModelIndex &parent, int first, int last);
    void onRemoved();
    void onAboutToReset();
    void onReset();
    void applyRowHeight();

    FramesModel *m_model = nullptr;
    bool m_followTail = true;
    bool m_wasAtBottom = true;
    int m_removing = 0;
    int m_scrollBeforeRemove = 0;
    quint64 m_currentBeforeReset = FrameRecord::NoIndex;
    quint64 m_lastReported = FrameRecord::NoIndex;
};

} // namespace Sockscope
