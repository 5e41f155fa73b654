#pragma once

#include "templatevariablesource.h"

#include <functional>
#include <utility>

namespace Sockscope {

// A variable source made of one function, for callers whose variables live in their own
// class (the composer, replay).
class TemplateFunctionSource final : public TemplateVariableSource
{
public:
    using Resolver = std::function<TemplateLookup(const QStringList &path)>;

    explicit TemplateFunctionSource(Resolver resolver)
        : m_resolver(std::move(resolver))
    {
    }

    TemplateLookup resolve(const QStringList &path) override { return m_resolver(path); }

private:
    Resolver m_resolver;
};

} // namespace Sockscope
