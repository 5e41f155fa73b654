#include "mockconfigerror.h"

#include "json/jsonlocation.h"

namespace Sockscope {

QString MockConfigError::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    if (!path.isEmpty())
        return QStringLiteral("%1: %2: %3").arg(file, path, message);
    return QStringLiteral("%1: %2").arg(file, message);
}

QString MockConfigError::memberPath(const QString &path, const QString &key)
{
    return JsonLocation::member(path, key);
}

QString MockConfigError::indexPath(const QString &path, qsizetype index)
{
    return JsonLocation::index(path, index);
}

} // namespace Sockscope
