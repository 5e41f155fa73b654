// The exit codes are written once (app/cli/exitcodetable.cpp): each command's --help section and
// every table in the documents must say what the table says. In-process against the CLI library
// for the documents, and through the binary for --help.

#include "cli/exitcodetable.h"
#include "sockscopeprocess.h"
#include "testpaths.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

using namespace Sockscope;
using SockscopeTest::SockscopeProcess;

namespace {

const QString kMarker = QStringLiteral("<!-- exit codes of %1:");

// Each table in `text` that follows a marker for `command`: the marker's next lines up to
// the first line that is not part of a table.
QStringList tablesAfterMarkers(const QString &text, const QString &command)
{
    QStringList tables;
    const QString marker = kMarker.arg(command);
    qsizetype at = 0;
    while ((at = text.indexOf(marker, at)) >= 0) {
        const qsizetype start = text.indexOf(QLatin1Char('\n'), at) + 1;
        qsizetype end = start;
        while (end < text.size() && text.at(end) == QLatin1Char('|'))
            end = text.indexOf(QLatin1Char('\n'), end) + 1;
        tables.append(text.mid(start, end - start));
        at = end;
    }
    return tables;
}

QString readDocument(const QString &relativePath)
{
    QFile file(SockscopeTest::sourceDir() + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class CliExitCodesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentsCarryTheTable_data();
    void documentsCarryTheTable();
    void everyCodeIsExplained();
    void helpCarriesTheTable_data();
    void helpCarriesTheTable();
};

void CliExitCodesTest::documentsCarryTheTable_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("command");
    QTest::newRow("README connect") << QStringLiteral("README.md") << QStringLiteral("connect");
    QTest::newRow("README mcp") << QStringLiteral("README.md") << QStringLiteral("mcp");
    QTest::newRow("README replay") << QStringLiteral("README.md") << QStringLiteral("replay");
    QTest::newRow("CLI connect") << QStringLiteral("docs/CLI.md") << QStringLiteral("connect");
    QTest::newRow("CLI serve") << QStringLiteral("docs/CLI.md") << QStringLiteral("serve");
    QTest::newRow("CLI mock") << QStringLiteral("docs/CLI.md") << QStringLiteral("mock");
    QTest::newRow("CLI replay") << QStringLiteral("docs/CLI.md") << QStringLiteral("replay");
    QTest::newRow("MCP mcp") << QStringLiteral("docs/MCP.md") << QStringLiteral("mcp");
}

void CliExitCodesTest::documentsCarryTheTable()
{
    QFETCH(QString, document);
    QFETCH(QString, command);
    const QString text = readDocument(document);
    QVERIFY2(!text.isEmpty(), qPrintable(document));
    const QStringList tables = tablesAfterMarkers(text, command);
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables.first(), ExitCodeTable::markdownTable(command));
}

// Every code a command can end with is in its table once, in order.
void CliExitCodesTest::everyCodeIsExplained()
{
    for (const QString &command : ExitCodeTable::commands()) {
        const QList<ExitCodeTable::Row> rows = ExitCodeTable::of(command);
        QVERIFY2(rows.size() >= 3, qPrintable(command));
        QCOMPARE(rows.first().code, 0);
        QCOMPARE(rows.at(1).code, 1);
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY2(rows.at(i).code > rows.at(i - 1).code, qPrintable(command));
    }
    QCOMPARE(ExitCodeTable::of(QStringLiteral("record")).size(), ExitCodeTable::of(QStringLiteral("connect")).size());
    QVERIFY(ExitCodeTable::of(QStringLiteral("no-such-command")).isEmpty());
}

void CliExitCodesTest::helpCarriesTheTable_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : ExitCodeTable::commands())
        QTest::newRow(qPrintable(command)) << command;
    QTest::newRow("record") << QStringLiteral("record");
}

void CliExitCodesTest::helpCarriesTheTable()
{
    QFETCH(QString, command);
    SockscopeProcess run;
    run.start({command, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.waitExit(), run.describe().constData());
    QCOMPARE(run.exitCode(), 0);
    const QString help = QString::fromUtf8(run.standardOutput());
    QVERIFY2(help.contains(ExitCodeTable::helpSection(command)), qPrintable(help));
    // Each code's meaning, without the Markdown, is in the help.
    for (const ExitCodeTable::Row &row : ExitCodeTable::of(command)) {
        const QString firstWords = QString::fromUtf8(row.meaning).remove(QLatin1Char('`')).section(QLatin1Char(' '), 0, 3);
        QVERIFY2(help.contains(firstWords), qPrintable(firstWords));
    }
}

QTEST_GUILESS_MAIN(CliExitCodesTest)
#include "tst_cli_exitcodes.moc"
