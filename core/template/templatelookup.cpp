#include "templatelookup.h"

namespace Sockscope {

TemplateLookup TemplateLookup::found(const QJsonValue &value)
{
    TemplateLookup lookup;
    if (!value.isUndefined()) {
        lookup.m_status = Status::Found;
        lookup.m_value = value;
    }
    return lookup;
}

TemplateLookup TemplateLookup::unknown()
{
    return {};
}

TemplateLookup TemplateLookup::failed(const QString &error)
{
    TemplateLookup lookup;
    lookup.m_status = Status::Failed;
    lookup.m_error = error;
    return lookup;
}

} // namespace Sockscope
