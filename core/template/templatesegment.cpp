#include "templatesegment.h"

namespace Sockscope {

QString TemplateSegment::name() const
{
    return path.join(QLatin1Char('.'));
}

bool TemplateSegment::isIndex(const QString &part)
{
    if (part.isEmpty())
        return false;
    for (const QChar c : part) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace Sockscope
