#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Sockscope {

// The command-line front door: `sockscope COMMAND ...`, `--version` and `--help` run
// without a display, and so do the refusals (an unknown command, no display for the GUI);
// anything else opens the GUI.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static bool handles(const QStringList &arguments);
    // Why the GUI cannot start here (no display for the platform Qt would pick), or empty.
    // Qt aborts with a core dump when it finds no display; this says what to do instead.
    static QString missingDisplay();
    static int run(const QStringList &arguments);
    static QString generalHelp();
};

} // namespace Sockscope
