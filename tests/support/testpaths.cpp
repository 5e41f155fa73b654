#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace SockscopeTest {

QString sourceDir()
{
    return QDir::fromNativeSeparators(qEnvironmentVariable("SOCKSCOPE_SOURCE_DIR"));
}

QString sockscopeBinary()
{
    return qEnvironmentVariable("SOCKSCOPE_BINARY");
}

QString systemPython()
{
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace SockscopeTest
