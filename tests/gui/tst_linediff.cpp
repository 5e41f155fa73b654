#include "replay/linediff.h"

#include <QTest>

using namespace Sockscope;

Q_DECLARE_METATYPE(QVector<Sockscope::LineDiff::Row>)

namespace {

using Kind = LineDiff::Kind;
using Rows = QVector<LineDiff::Row>;

QStringList lines(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'));
}

QString describe(const Rows &rows)
{
    QStringList parts;
    for (const LineDiff::Row &row : rows) {
        const char *kind = row.kind == Kind::Same ? "=" : row.kind == Kind::Changed ? "~" : row.kind == Kind::Removed ? "-" : "+";
        parts.append(QStringLiteral("%1%2/%3").arg(QLatin1String(kind)).arg(row.left).arg(row.right));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

// The side-by-side diff of the Replay dialog: lines paired by their longest common
// subsequence, and a line that differs only by its trailing comma (the member after it was
// added or removed) not tinted as changed.
class TestLineDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparable_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("compared");
        QTest::newRow("comma") << QStringLiteral("  \"a\": 1,") << QStringLiteral("  \"a\": 1");
        QTest::newRow("comma and space") << QStringLiteral("  },  ") << QStringLiteral("  }");
        QTest::newRow("no comma") << QStringLiteral("  \"a\": 1") << QStringLiteral("  \"a\": 1");
        QTest::newRow("only one comma") << QStringLiteral("  \",\",,") << QStringLiteral("  \",\",");
        QTest::newRow("leading space kept") << QStringLiteral("    1") << QStringLiteral("    1");
        QTest::newRow("empty") << QString() << QString();
    }

    void comparable()
    {
        QFETCH(QString, line);
        QFETCH(QString, compared);
        QCOMPARE(LineDiff::comparable(line), compared);
    }

    void diff_data()
    {
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<QString>("rows");
        QTest::newRow("same") << lines("{\n  \"a\": 1\n}") << lines("{\n  \"a\": 1\n}") << "=0/0 =1/1 =2/2";
        // "b" added after "a": "a" gains a comma and is not a change.
        QTest::newRow("member added after") << lines("{\n  \"a\": 1\n}") << lines("{\n  \"a\": 1,\n  \"b\": 2\n}")
                                            << "=0/0 =1/1 +-1/2 =2/3";
        // The last member removed: the one before it loses its comma.
        QTest::newRow("member removed after") << lines("{\n  \"a\": 1,\n  \"b\": 2\n}") << lines("{\n  \"a\": 1\n}")
                                              << "=0/0 =1/1 -2/-1 =3/2";
        // The next line changed, the comma line itself did not.
        QTest::newRow("next line changed") << lines("[\n  1,\n  2\n]") << lines("[\n  1,\n  3\n]") << "=0/0 =1/1 ~2/2 =3/3";
        // A closing brace of a nested object that gets a comma.
        QTest::newRow("object then member") << lines("{\n  \"o\": {\n    \"x\": 1\n  }\n}")
                                            << lines("{\n  \"o\": {\n    \"x\": 1\n  },\n  \"p\": 0\n}")
                                            << "=0/0 =1/1 =2/2 =3/3 +-1/4 =4/5";
        QTest::newRow("a real change") << lines("{\n  \"a\": 1,\n  \"b\": 2\n}") << lines("{\n  \"a\": 5,\n  \"b\": 2\n}")
                                       << "=0/0 ~1/1 =2/2 =3/3";
        QTest::newRow("both empty") << QStringList() << QStringList() << "";
        QTest::newRow("only left") << QStringList{QStringLiteral("x")} << QStringList() << "-0/-1";
    }

    void diff()
    {
        QFETCH(QStringList, left);
        QFETCH(QStringList, right);
        QFETCH(QString, rows);
        QCOMPARE(describe(LineDiff::diff(left, right)), rows);
    }

    void largeInputsArePairedByPosition()
    {
        // Beyond kMaxCells the lines are paired by position, still ignoring trailing commas.
        QStringList left;
        QStringList right;
        for (int i = 0; i < 2100; ++i) {
            left.append(QStringLiteral("  %1,").arg(i));
            right.append(QStringLiteral("  %1").arg(i == 1000 ? -1 : i));
        }
        left.prepend(QStringLiteral("x"));
        right.prepend(QStringLiteral("y"));
        left.append(QStringLiteral("a"));
        right.append(QStringLiteral("b"));
        const Rows result = LineDiff::diff(left, right);
        int changed = 0;
        for (const LineDiff::Row &row : result) {
            if (row.kind != Kind::Same)
                ++changed;
        }
        QCOMPARE(changed, 3); // x/y, 1000/-1, a/b
    }
};

QTEST_MAIN(TestLineDiff)
#include "tst_linediff.moc"
