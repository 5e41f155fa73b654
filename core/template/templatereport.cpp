#include "templatereport.h"

namespace Sockscope {

void TemplateReport::addUnknown(const QString &name)
{
    if (!m_unknown.contains(name))
        m_unknown.append(name);
}

void TemplateReport::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = error;
}

} // namespace Sockscope
