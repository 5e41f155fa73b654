#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sockscope {

// What each command's exit codes mean, written once: every command's --help section and the
// tables in README.md, docs/CLI.md and docs/MCP.md come from here (tst_cli_exitcodes checks
// the documents against it). The codes themselves are in exitcode.h.
class ExitCodeTable final
{
    Q_DECLARE_TR_FUNCTIONS(ExitCodeTable)

public:
    struct Row final
    {
        int code = 0;
        const char *meaning = nullptr; // English, Markdown `code` spans; translated for --help
    };

    // The commands that have a table: connect (also record), serve, mock, mcp, replay.
    static QStringList commands();
    static QList<Row> of(const QString &command);
    // "Exit codes:" and one line per code, translated, for a command's --help.
    static QString helpSection(const QString &command);
    // The Markdown table the documents carry (English).
    static QString markdownTable(const QString &command);
};

} // namespace Sockscope
