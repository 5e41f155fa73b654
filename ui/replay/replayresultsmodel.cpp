#include "replayresultsmodel.h"

#include "common/displayformat.h"
#include "common/themecolors.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace Sockscope {

ReplayResultsModel::ReplayResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReplayResultsModel::reset(const ReplayPlan &plan)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(plan.steps.size());
    for (const ReplayStep &step : plan.steps)
        m_rows.append({step.number, step.label, Status::Pending, false, false, {}});
    m_planSteps = int(m_rows.size());
    endResetModel();
}

void ReplayResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_planSteps = 0;
    endResetModel();
}

int ReplayResultsModel::rowOf(int number) const
{
    return number >= 1 && number <= m_planSteps ? number - 1 : -1;
}

void ReplayResultsModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReplayResultsModel::markSent(int number)
{
    const int row = rowOf(number);
    if (row < 0 || m_rows.at(row).status != Status::Pending)
        return;
    m_rows[row].sent = true;
    m_rows[row].status = Status::Running;
    changed(row);
}

void ReplayResultsModel::setResult(const ReplayStepResult &result)
{
    const int row = rowOf(result.number);
    if (row < 0)
        return;
    Row &entry = m_rows[row];
    entry.result = result;
    entry.hasResult = true;
    entry.status = result.passed ? Status::Passed : Status::Failed;
    changed(row);
}

void ReplayResultsModel::finish(const ReplayReport &report)
{
    for (int i = 0; i < report.steps.size(); ++i) {
        const ReplayStepResult &result = report.steps.at(i);
        if (i < m_planSteps) {
            if (!m_rows.at(i).hasResult && result.number == m_rows.at(i).number)
                setResult(result);
            continue;
        }
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append({result.number, result.label, result.passed ? Status::Passed : Status::Failed, false, true, result});
        endInsertRows();
    }
}

ReplayResultsModel::Status ReplayResultsModel::status(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : Status::Pending;
}

const ReplayStepResult *ReplayResultsModel::result(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).hasResult ? &m_rows.at(row).result : nullptr;
}

QString ReplayResultsModel::label(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).label : QString();
}

int ReplayResultsModel::stepNumber(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).number : 0;
}

bool ReplayResultsModel::wasSent(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).sent;
}

int ReplayResultsModel::count(Status status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [status](const Row &row) { return row.status == status; }));
}

int ReplayResultsModel::firstFailedRow() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).status == Status::Failed)
            return row;
    }
    return -1;
}

int ReplayResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReplayResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReplayResultsModel::statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("pending");
    case Status::Running:
        return tr("running");
    case Status::Passed:
        return tr("PASS");
    case Status::Failed:
        return tr("FAIL");
    }
    return {};
}

QVariant ReplayResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StepColumn:
            return row.number;
        case LabelColumn:
            return row.label;
        case StatusColumn:
            return statusText(row.status);
        case LatencyColumn:
            return row.hasResult ? DisplayFormat::duration(row.result.latencyNs) : QString();
        case DetailColumn:
            return row.hasResult && !row.result.failures.isEmpty() ? row.result.failures.first() : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (row.hasResult && !row.result.failures.isEmpty())
            return row.result.failures.join(QLatin1Char('\n'));
        return column == StatusColumn ? statusText(row.status) : QVariant();
    case Qt::ForegroundRole: {
        const QPalette palette = QGuiApplication::palette();
        if (column == StatusColumn || column == DetailColumn) {
            switch (row.status) {
            case Status::Passed:
                return column == StatusColumn ? QBrush(ThemeColors::good(palette)) : QVariant();
            case Status::Failed:
                return QBrush(ThemeColors::problem(palette));
            case Status::Running:
                return QBrush(ThemeColors::busy(palette));
            case Status::Pending:
                return QBrush(ThemeColors::idle(palette));
            }
        }
        return row.status == Status::Pending ? QBrush(ThemeColors::idle(palette)) : QVariant();
    }
    case Qt::FontRole:
        if (column == StatusColumn && (row.status == Status::Passed || row.status == Status::Failed)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == StepColumn || column == LatencyColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case StatusRole:
        return int(row.status);
    default:
        return {};
    }
}

QVariant ReplayResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return tr("Step");
    case LabelColumn:
        return tr("Message");
    case StatusColumn:
        return tr("Result");
    case LatencyColumn:
        return tr("Latency");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Sockscope
