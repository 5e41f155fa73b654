#include "templatetextrenderer.h"

#include "templatevaluetext.h"

namespace Sockscope {

QString TemplateTextRenderer::render(const TextTemplate &source, TemplateVariableSource &variables,
                                     TemplateUnknown unknown, TemplateReport *report)
{
    TemplateReport local;
    TemplateReport &seen = report ? *report : local;
    QString out;
    out.reserve(source.source().size());
    for (const TemplateSegment &segment : source.segments()) {
        if (!segment.isPlaceholder()) {
            out += source.literal(segment);
            continue;
        }
        const TemplateLookup lookup = variables.resolve(segment.path);
        switch (lookup.status()) {
        case TemplateLookup::Status::Found:
            out += TemplateValueText::text(lookup.value());
            break;
        case TemplateLookup::Status::Unknown:
            seen.addUnknown(segment.name());
            if (unknown == TemplateUnknown::KeepAsWritten)
                out += source.written(segment);
            break;
        case TemplateLookup::Status::Failed:
            seen.fail(lookup.error());
            return {};
        }
    }
    return out;
}

} // namespace Sockscope
