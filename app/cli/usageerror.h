#pragma once

#include <QCoreApplication>
#include <QString>

namespace Sockscope {

// The one way a command says its arguments are wrong: "sockscope COMMAND: what is wrong" and
// where to read more, on standard error. Returns ExitCode::Usage for `return usageError(...)`.
class UsageError final
{
    Q_DECLARE_TR_FUNCTIONS(UsageError)

public:
    static int print(const QString &command, const QString &message);
};

} // namespace Sockscope
