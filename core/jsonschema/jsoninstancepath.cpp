#include "jsoninstancepath.h"

#include "jsonrpc/jsonkeyorder.h"

namespace Sockscope {

JsonInstancePath JsonInstancePath::member(const QString &name) const
{
    JsonInstancePath location = *this;
    location.pushMember(name);
    return location;
}

JsonInstancePath JsonInstancePath::item(qsizetype index) const
{
    JsonInstancePath location = *this;
    location.pushIndex(index);
    return location;
}

bool JsonInstancePath::contains(const JsonInstancePath &other) const
{
    if (other.m_steps.size() < m_steps.size())
        return false;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (!(m_steps.at(i) == other.m_steps.at(i)))
            return false;
    }
    return true;
}

QString JsonInstancePath::pointer() const
{
    QString text;
    for (const Step &step : m_steps)
        text += step.isIndex() ? QLatin1Char('/') + QString::number(step.index) : JsonKeyOrder::pointerStep(step.name);
    return text;
}

QString JsonInstancePath::dotted() const
{
    QString text;
    for (const Step &step : m_steps) {
        if (step.isIndex())
            text += QLatin1Char('[') + QString::number(step.index) + QLatin1Char(']');
        else
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + step.name;
    }
    return text;
}

} // namespace Sockscope
