#include "usageerror.h"

#include "exitcode.h"

#include <cstdio>

namespace Sockscope {

int UsageError::print(const QString &command, const QString &message)
{
    std::fprintf(stderr, "sockscope %s: %s\n%s\n", qUtf8Printable(command), qUtf8Printable(message),
                 qUtf8Printable(tr("Try 'sockscope %1 --help'.").arg(command)));
    std::fflush(stderr);
    return ExitCode::Usage;
}

} // namespace Sockscope
