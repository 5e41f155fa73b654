#include "jsonreaderror.h"

namespace Sockscope {

QString JsonReadError::toString() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

} // namespace Sockscope
