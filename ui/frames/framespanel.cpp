#include "framespanel.h"

#include "framesfilterbar.h"
#include "framesmodel.h"
#include "framesview.h"
#include "capture/methodtable.h"

#include "common/displayformat.h"
#include "common/elidedlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace Sockscope {

namespace {

constexpr int kMaxCountForPlural = 2147483647;

} // namespace

FramesPanel::FramesPanel(FramesModel *model, const MethodTable *methods, bool serverMode, int filterDelayMs,
                         QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_methods(methods),
      m_filterBar(new FramesFilterBar(serverMode, filterDelayMs, this)),
      m_view(new FramesView(this)),
      m_status(new ElidedLabel(this))
{
    setObjectName(QStringLiteral("framesPanel"));
    m_view->setFramesModel(model);
    if (!serverMode)
        m_view->setColumnHidden(FramesModel::PeerColumn, true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FramesPanel::showContextMenu);
    connect(m_view, &FramesView::currentRecordChanged, this, &FramesPanel::currentRecordChanged);
    connect(m_view, &FramesView::copyRequested, this, &FramesPanel::copySelection);
    connect(m_filterBar, &FramesFilterBar::filterChanged, this, &FramesPanel::onFilterChanged);

    m_status->setObjectName(QStringLiteral("framesStatus"));
    const auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    m_pause = button(QStringLiteral("pauseButton"), tr("Pause"),
                     tr("Hold new rows back (they are still recorded) so the table stands still"));
    m_pause->setCheckable(true);
    connect(m_pause, &QToolButton::toggled, this, &FramesPanel::setPaused);
    m_follow = button(QStringLiteral("followButton"), tr("Follow"),
                      tr("Keep the newest row in view while the table is scrolled to the bottom"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    connect(m_follow, &QToolButton::toggled, m_view, &FramesView::setFollowTail);
    connect(m_view, &FramesView::followTailChanged, m_follow, &QToolButton::setChecked);
    m_clear = button(QStringLiteral("clearButton"), tr("Clear"), tr("Forget every recorded frame of this connection"));
    connect(m_clear, &QToolButton::clicked, this, &FramesPanel::clear);
    m_export = button(QStringLiteral("exportButton"), tr("Export…"), tr("Save the selected frames as JSON lines"));
    connect(m_export, &QToolButton::clicked, this, &FramesPanel::exportSelection);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_pause);
    bottom->addWidget(m_follow);
    bottom->addWidget(m_clear);
    bottom->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    refresh();
}

bool FramesPanel::applyFilter(const FrameFilter &filter)
{
    m_filterBar->setFilter(filter);
    onFilterChanged(filter);
    return m_model->filterError().isEmpty();
}

void FramesPanel::onFilterChanged(const FrameFilter &filter)
{
    if (filter == m_model->filter() && m_model->filterError().isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const bool ok = m_model->setFilter(filter);
    QApplication::restoreOverrideCursor();
    m_lastFilterMs = timer.elapsed();
    m_filterBar->setError(ok ? QString() : tr("Not a valid regular expression: %1").arg(m_model->filterError()));
    refresh();
}

void FramesPanel::setPeers(const QList<quint32> &peers)
{
    m_filterBar->setPeers(peers);
}

QString FramesPanel::statusText() const
{
    return m_status->text();
}

void FramesPanel::refresh()
{
    QStringList parts;
    const auto stored = quint64(m_model->storedCount());
    // %n takes an int: the store holds far fewer frames than that.
    const int storedCount = stored > quint64(kMaxCountForPlural) ? kMaxCountForPlural : int(stored);
    if (m_model->isFiltered())
        parts.append(tr("%1 of %Ln frame(s) shown", nullptr, storedCount).arg(DisplayFormat::count(quint64(m_model->rowCount()))));
    else
        parts.append(tr("%Ln frame(s)", nullptr, storedCount));
    parts.append(tr("cap %1").arg(DisplayFormat::count(quint64(m_model->capacity()))));
    if (m_model->evictedCount() > 0)
        parts.append(tr("%1 oldest evicted").arg(DisplayFormat::count(m_model->evictedCount())));
    if (m_model->isPaused())
        parts.append(tr("paused, %1 new held back").arg(DisplayFormat::count(quint64(m_model->queuedCount()))));
    if (m_lastFilterMs >= 0 && m_model->isFiltered())
        parts.append(tr("filtered in %1 ms").arg(m_lastFilterMs));
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_filterBar->setMethods(m_methods->names());
}

void FramesPanel::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused) {
        m_pause->setChecked(paused); // comes back here through toggled
        return;
    }
    m_model->setPaused(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    refresh();
}

bool FramesPanel::isPaused() const
{
    return m_model->isPaused();
}

void FramesPanel::setFollowTail(bool follow)
{
    m_view->setFollowTail(follow);
}

void FramesPanel::clear()
{
    m_model->clear();
    refresh();
}

void FramesPanel::copySelection() const
{
    const QList<int> rows = m_view->selectedRowNumbers();
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(m_model->rowsAsText(rows));
}

void FramesPanel::copyMessage() const
{
    const quint64 index = m_view->currentStoreIndex();
    const FrameRecord *record = index == FrameRecord::NoIndex ? nullptr : m_model->record(index);
    if (!record)
        return;
    if (record->event.kind == EventKind::Text)
        QApplication::clipboard()->setText(QString::fromUtf8(record->event.payload));
    else if (!record->event.payload.isEmpty())
        QApplication::clipboard()->setText(QString::fromLatin1(record->event.payload.toHex(' ')));
}

bool FramesPanel::exportSelectionTo(const QString &path, QString *error) const
{
    const QList<int> rows = m_view->selectedRowNumbers();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QByteArray data = m_model->rowsAsJsonLines(rows);
    if (!data.isEmpty())
        data.append('\n');
    if (file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void FramesPanel::exportSelection()
{
    const QList<int> rows = m_view->selectedRowNumbers();
    if (rows.isEmpty()) {
        Q_EMIT message(tr("Select the frames to export first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Frames"), QStringLiteral("frames.jsonl"),
                                                      tr("JSON lines (*.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportSelectionTo(path, &error))
        Q_EMIT message(tr("Exported %n frame(s) to %1.", nullptr, int(rows.size())).arg(path));
    else
        Q_EMIT message(tr("Could not export to %1: %2").arg(path, error));
}

bool FramesPanel::jumpToPair()
{
    const quint64 index = m_view->currentStoreIndex();
    const FrameRecord *record = index == FrameRecord::NoIndex ? nullptr : m_model->record(index);
    if (!record || record->pairIndex == FrameRecord::NoIndex) {
        Q_EMIT message(tr("This frame has no paired request or response."));
        return false;
    }
    if (!m_model->record(record->pairIndex)) {
        Q_EMIT message(tr("Frame #%1 is no longer stored.").arg(record->pairIndex + 1));
        return false;
    }
    m_model->flush();
    if (!m_view->showStoreIndex(record->pairIndex)) {
        Q_EMIT message(tr("Frame #%1 is hidden by the filter.").arg(record->pairIndex + 1));
        return false;
    }
    return true;
}

void FramesPanel::setMessageActions(std::function<QString(const FrameRecord &)> resendProblem)
{
    m_resendProblem = std::move(resendProblem);
}

QMenu *FramesPanel::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("framesContextMenu"));
    menu->setToolTipsVisible(true);
    const quint64 index = m_view->currentStoreIndex();
    const FrameRecord *record = index == FrameRecord::NoIndex ? nullptr : m_model->record(index);
    const bool isMessage = record && (record->event.kind == EventKind::Text || record->event.kind == EventKind::Binary)
                           && record->event.direction != Direction::Local;
    if (m_resendProblem && isMessage) {
        QAction *compose = menu->addAction(tr("Copy to Composer"), this, [this, index] { Q_EMIT copyToComposerRequested(index); });
        compose->setObjectName(QStringLiteral("copyToComposerAction"));
        compose->setToolTip(tr("Put this message in the composer, to edit and send it"));
        QAction *resend = menu->addAction(tr("Resend"), this, [this, index] { Q_EMIT resendRequested(index); });
        resend->setObjectName(QStringLiteral("resendAction"));
        const QString problem = m_resendProblem(*record);
        resend->setEnabled(problem.isEmpty());
        if (!problem.isEmpty())
            resend->setToolTip(problem);
        else if (record->event.peerId != 0)
            resend->setToolTip(tr("Send the same message again, as the same frame type, to peer %1").arg(record->event.peerId));
        else
            resend->setToolTip(tr("Send the same message again, as the same frame type, on this connection"));
        menu->addSeparator();
    }
    QAction *copy = menu->addAction(tr("Copy"), this, &FramesPanel::copySelection);
    copy->setObjectName(QStringLiteral("copyRowsAction"));
    QAction *copyMessageAction = menu->addAction(tr("Copy Message"), this, &FramesPanel::copyMessage);
    copyMessageAction->setObjectName(QStringLiteral("copyMessageAction"));
    copyMessageAction->setEnabled(record && !record->event.payload.isEmpty());
    menu->addAction(tr("Export Selection…"), this, &FramesPanel::exportSelection);
    menu->addSeparator();
    QAction *pair = menu->addAction(record && record->rpcKind == RpcKind::Request ? tr("Go to Response") : tr("Go to Request"),
                                    this, &FramesPanel::jumpToPair);
    pair->setEnabled(record && record->pairIndex != FrameRecord::NoIndex);
    if (record && record->methodId != MethodTable::None) {
        const QString method = m_methods->name(record->methodId);
        menu->addAction(tr("Show Only Method %1").arg(method), this, [this, method] {
            FrameFilter filter = m_model->filter();
            filter.method = method;
            applyFilter(filter);
        });
    }
    if (record && record->event.peerId != 0) {
        const quint32 peer = record->event.peerId;
        menu->addAction(tr("Show Only Peer %1").arg(peer), this, [this, peer] {
            FrameFilter filter = m_model->filter();
            filter.peerId = peer;
            applyFilter(filter);
        });
    }
    if (m_model->isFiltered())
        menu->addAction(tr("Show All Frames"), this, [this] { applyFilter(FrameFilter()); });
    return menu;
}

void FramesPanel::showContextMenu(const QPoint &position)
{
    const std::unique_ptr<QMenu> menu(createContextMenu(this));
    menu->exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace Sockscope
