#pragma once

#include "framefilter.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace Sockscope {

class FramesFilterBar;
class FramesModel;
class FramesView;
class MethodTable;
struct FrameRecord;

// The live frames with their filter bar and a status line (rows shown, stored, evicted,
// held while paused, time the last filter took), plus pause, follow, clear, copy and
// export selection as JSON lines, and a context menu that also copies a message into the
// composer or sends it again.
class FramesPanel final : public QWidget
{
    Q_OBJECT

public:
    FramesPanel(FramesModel *model, const MethodTable *methods, bool serverMode, int filterDelayMs,
                QWidget *parent = nullptr);

    FramesView *view() const { return m_view; }
    FramesFilterBar *filterBar() const { return m_filterBar; }
    FramesModel *model() const { return m_model; }

    // Applies a filter from code (the peers list, the context menu); false for a bad regex.
    bool applyFilter(const FrameFilter &filter);
    void setPeers(const QList<quint32> &peers);
    // Counts and the method list; the document calls it on its refresh timer.
    void refresh();

    void setPaused(bool paused);
    bool isPaused() const;
    void setFollowTail(bool follow);
    void clear();
    void copySelection() const;
    void copyMessage() const;
    // Writes the selected rows as JSON lines; asks for the file.
    void exportSelection();
    bool exportSelectionTo(const QString &path, QString *error) const;
    // Selects the other half of the current request/response pair.
    bool jumpToPair();
    qint64 lastFilterMs() const { return m_lastFilterMs; }
    QString statusText() const;

    // Offers "Copy to Composer" and "Resend" on message rows; `resendProblem` says why a
    // row cannot be resent now (empty: it can). Without it (a read-only session) neither.
    void setMessageActions(std::function<QString(const FrameRecord &)> resendProblem);
    // The context menu of the current row (what a right click shows); the caller owns it.
    QMenu *createContextMenu(QWidget *parent);

Q_SIGNALS:
    void currentRecordChanged(quint64 storeIndex);
    void message(const QString &text);
    void copyToComposerRequested(quint64 storeIndex);
    void resendRequested(quint64 storeIndex);

private:
    void onFilterChanged(const FrameFilter &filter);
    void showContextMenu(const QPoint &position);

    FramesModel *m_model;
    const MethodTable *m_methods;
    FramesFilterBar *m_filterBar;
    FramesView *m_view;
    QLabel *m_status;
    QToolButton *m_pause;
    QToolButton *m_follow;
    QToolButton *m_clear;
    QToolButton *m_export;
    std::function<QString(const FrameRecord &)> m_resendProblem;
    qint64 m_lastFilterMs = -1;
};

} // namespace Sockscope
