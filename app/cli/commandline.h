#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Sockscope {

// The command-line front door: `sockscope COMMAND ...`, `--version` and `--help` run
// without a display; anything else opens the GUI.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static bool handles(const QStringList &arguments);
    static int run(const QStringList &arguments);
    static QString generalHelp();
};

} // namespace Sockscope
