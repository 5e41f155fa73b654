#pragma once

#include "replay/replayplan.h"
#include "replay/replayreport.h"
#include "replay/replaystepresult.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Sockscope {

// The steps of a replay as a table that fills while it runs: one row per step (number,
// label, result, latency, the first failure), pending until the step is sent, then running
// until its result arrives. A run's extra rows (assertions about steps the replay does not
// have) are added when it finishes. Few rows (one per recorded message): no batching needed.
class ReplayResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, LabelColumn, StatusColumn, LatencyColumn, DetailColumn, ColumnCount };
    enum class Status : quint8 { Pending, Running, Passed, Failed };
    static constexpr int StatusRole = Qt::UserRole + 1; // Status as int

    explicit ReplayResultsModel(QObject *parent = nullptr);

    // Starts over with the plan's steps, all pending.
    void reset(const ReplayPlan &plan);
    void clear();
    void markSent(int number);
    void setResult(const ReplayStepResult &result);
    // The rows the report has and the model does not (extra assertion rows); every step left
    // pending (a run that ended without reporting it) takes the report's result.
    void finish(const ReplayReport &report);

    Status status(int row) const;
    // The step's result; nullptr while it has none.
    const ReplayStepResult *result(int row) const;
    QString label(int row) const;
    int stepNumber(int row) const;
    // Whether the step's message went out in this run (a refused connection sends nothing).
    bool wasSent(int row) const;
    int count(Status status) const;
    int firstFailedRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(Status status);

private:
    struct Row
    {
        int number = 0;
        QString label;
        Status status = Status::Pending;
        bool sent = false;
        bool hasResult = false;
        ReplayStepResult result;
    };

    int rowOf(int number) const;
    void changed(int row);

    QVector<Row> m_rows;
    int m_planSteps = 0; // the rows reset() made; rows after them are extra
};

} // namespace Sockscope
