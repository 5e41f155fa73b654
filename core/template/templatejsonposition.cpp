#include "templatejsonposition.h"

namespace Sockscope {

void TemplateJsonPosition::feed(QChar c, qsizetype offset)
{
    const char16_t unit = c.unicode();
    if (!m_inString) {
        feedOutsideString(unit, offset);
        return;
    }
    if (m_escaped)
        m_escaped = false;
    else if (unit == u'\\')
        m_escaped = true;
    else if (unit == u'"')
        m_inString = false;
}

void TemplateJsonPosition::closeString()
{
    m_inString = false;
    m_escaped = false;
}

void TemplateJsonPosition::feedOutsideString(char16_t unit, qsizetype offset)
{
    switch (unit) {
    case u'"':
        m_inString = true;
        m_key = m_expectKey;
        m_openedAt = offset;
        break;
    case u'{':
    case u'[':
        m_containers.append(unit);
        m_expectKey = unit == u'{';
        break;
    case u'}':
    case u']':
        if (!m_containers.isEmpty())
            m_containers.removeLast();
        m_expectKey = false;
        break;
    case u',':
        m_expectKey = !m_containers.isEmpty() && m_containers.constLast() == u'{';
        break;
    case u':':
        m_expectKey = false;
        break;
    default:
        break;
    }
}

} // namespace Sockscope
