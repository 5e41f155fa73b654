#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Sockscope {

// A line-by-line diff of two texts (longest common subsequence), as rows for a side-by-side
// view: lines both have, lines only the left or the right has, and changed lines (a removed
// line next to an added one) on one row. Used to show a recorded message next to what arrived.
// Lines are compared without a trailing comma: in pretty JSON a member gets or loses one only
// because of the member after it.
class LineDiff final
{
public:
    // Above this many line pairs (after the common start and end are set aside) lines are
    // paired by position instead: messages that large are rare, and the table would not fit.
    static constexpr qint64 kMaxCells = 4000000;

    enum class Kind : quint8 { Same, Removed, Added, Changed };
    struct Row
    {
        Kind kind = Kind::Same;
        int left = -1;   // line index on the left, -1 when the row has none
        int right = -1;  // line index on the right, -1 when the row has none
    };

    static QVector<Row> diff(const QStringList &left, const QStringList &right);
    // The line as compared: trailing white space and one trailing comma left out.
    static QString comparable(const QString &line);
};

} // namespace Sockscope
