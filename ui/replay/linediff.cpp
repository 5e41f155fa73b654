#include "linediff.h"

#include <algorithm>
#include <vector>

namespace Sockscope {

namespace {

// Turns runs of removed lines followed by added ones into changed rows, pairwise.
QVector<LineDiff::Row> pairChanges(const QVector<LineDiff::Row> &rows)
{
    QVector<LineDiff::Row> result;
    result.reserve(rows.size());
    int i = 0;
    while (i < rows.size()) {
        if (rows.at(i).kind == LineDiff::Kind::Same) {
            result.append(rows.at(i++));
            continue;
        }
        QVector<int> removed;
        QVector<int> added;
        while (i < rows.size() && rows.at(i).kind != LineDiff::Kind::Same) {
            if (rows.at(i).kind == LineDiff::Kind::Removed)
                removed.append(rows.at(i).left);
            else
                added.append(rows.at(i).right);
            ++i;
        }
        const int paired = int(std::min(removed.size(), added.size()));
        for (int k = 0; k < paired; ++k)
            result.append({LineDiff::Kind::Changed, removed.at(k), added.at(k)});
        for (int k = paired; k < removed.size(); ++k)
            result.append({LineDiff::Kind::Removed, removed.at(k), -1});
        for (int k = paired; k < added.size(); ++k)
            result.append({LineDiff::Kind::Added, -1, added.at(k)});
    }
    return result;
}

} // namespace

QString LineDiff::comparable(const QString &line)
{
    // In pretty JSON a member gains or loses its comma when the member after it is added or
    // removed: that line did not change.
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    if (end > 0 && line.at(end - 1) == QLatin1Char(','))
        --end;
    return line.left(end);
}

QVector<LineDiff::Row> LineDiff::diff(const QStringList &leftLines, const QStringList &rightLines)
{
    QStringList left;
    QStringList right;
    left.reserve(leftLines.size());
    right.reserve(rightLines.size());
    for (const QString &line : leftLines)
        left.append(comparable(line));
    for (const QString &line : rightLines)
        right.append(comparable(line));
    const int n = int(left.size());
    const int m = int(right.size());
    int prefix = 0;
    while (prefix < n && prefix < m && left.at(prefix) == right.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && left.at(n - 1 - suffix) == right.at(m - 1 - suffix))
        ++suffix;
    const int a = n - prefix - suffix; // the middle parts
    const int b = m - prefix - suffix;

    QVector<Row> rows;
    rows.reserve(n + m);
    for (int i = 0; i < prefix; ++i)
        rows.append({Kind::Same, i, i});

    if (qint64(a) * qint64(b) > kMaxCells) {
        for (int i = 0; i < std::max(a, b); ++i) {
            const int l = i < a ? prefix + i : -1;
            const int r = i < b ? prefix + i : -1;
            if (l >= 0 && r >= 0)
                rows.append({left.at(l) == right.at(r) ? Kind::Same : Kind::Changed, l, r});
            else
                rows.append({l >= 0 ? Kind::Removed : Kind::Added, l, r});
        }
    } else {
        // lcs[i][j]: the longest common subsequence of the middle parts from i and j on.
        // Fits 16 bits: a * b <= kMaxCells keeps the shorter side under 2000 lines.
        const int width = b + 1;
        std::vector<quint16> lcs(size_t(a + 1) * size_t(width), 0);
        for (int i = a - 1; i >= 0; --i) {
            for (int j = b - 1; j >= 0; --j) {
                const size_t at = size_t(i) * size_t(width) + size_t(j);
                if (left.at(prefix + i) == right.at(prefix + j))
                    lcs[at] = quint16(lcs[at + size_t(width) + 1] + 1);
                else
                    lcs[at] = std::max(lcs[at + size_t(width)], lcs[at + 1]);
            }
        }
        QVector<Row> middle;
        int i = 0;
        int j = 0;
        while (i < a || j < b) {
            if (i < a && j < b && left.at(prefix + i) == right.at(prefix + j)) {
                middle.append({Kind::Same, prefix + i, prefix + j});
                ++i;
                ++j;
            } else if (j >= b || (i < a && lcs[size_t(i + 1) * size_t(width) + size_t(j)] >= lcs[size_t(i) * size_t(width) + size_t(j + 1)])) {
                middle.append({Kind::Removed, prefix + i, -1});
                ++i;
            } else {
                middle.append({Kind::Added, -1, prefix + j});
                ++j;
            }
        }
        rows += pairChanges(middle);
    }

    for (int k = suffix; k > 0; --k)
        rows.append({Kind::Same, n - k, m - k});
    return rows;
}

} // namespace Sockscope
