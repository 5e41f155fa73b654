#include "templatejsonrenderer.h"

#include "templatejsonposition.h"
#include "templatetextrenderer.h"
#include "templatevaluetext.h"

namespace Sockscope {

namespace {

bool isJsonSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

// One rendering of a JSON message: the output so far and where it stands in the JSON.
class JsonRendering final
{
public:
    JsonRendering(const TextTemplate &source, TemplateUnknown unknown, TemplateReport *report)
        : m_source(source),
          m_unknown(unknown),
          m_report(report)
    {
        m_out.reserve(source.source().size());
    }

    void copy(const TemplateSegment &segment)
    {
        const QStringView literal = m_source.literal(segment);
        for (qsizetype i = 0; i < literal.size(); ++i) {
            const qsizetype offset = segment.start + i;
            if (offset == m_skip)
                continue;
            m_position.feed(literal.at(i), offset);
            m_out += literal.at(i);
        }
    }

    void place(const TemplateSegment &segment, const TemplateLookup &lookup)
    {
        if (lookup.status() == TemplateLookup::Status::Unknown) {
            m_report->addUnknown(segment.name());
            if (m_unknown == TemplateUnknown::KeepAsWritten) {
                m_out += m_source.written(segment);
                return;
            }
        }
        const QJsonValue &value = lookup.value(); // undefined when unknown: empty text or null
        const QString &text = m_source.source();
        const bool wholeString = m_position.inString() && !m_position.inKey()
                                 && m_position.stringOpenedAt() == segment.start - 1 && segment.end < text.size()
                                 && text.at(segment.end) == QLatin1Char('"');
        if (wholeString) {
            m_out.chop(1); // the opening quote: the value brings its own, or none
            m_out += TemplateValueText::json(value);
            m_skip = segment.end;
            m_position.closeString();
        } else if (m_position.inString()) {
            m_out += TemplateValueText::escapedText(value);
        } else {
            m_out += TemplateValueText::json(value);
        }
    }

    const QString &out() const { return m_out; }

private:
    const TextTemplate &m_source;
    TemplateUnknown m_unknown;
    TemplateReport *m_report;
    TemplateJsonPosition m_position;
    QString m_out;
    qsizetype m_skip = -1; // the source offset of a closing quote a whole-string value took
};

} // namespace

bool TemplateJsonRenderer::looksLikeJson(QStringView text)
{
    QChar first;
    for (const QChar c : text) {
        if (isJsonSpace(c))
            continue;
        if (first.isNull()) {
            first = c;
            if (first == QLatin1Char('['))
                return true;
            if (first != QLatin1Char('{'))
                return false;
            continue;
        }
        return c == QLatin1Char('"') || c == QLatin1Char('}');
    }
    return false;
}

QString TemplateJsonRenderer::render(const TextTemplate &source, TemplateVariableSource &variables,
                                     TemplateUnknown unknown, TemplateReport *report)
{
    if (!looksLikeJson(source.source()))
        return TemplateTextRenderer::render(source, variables, unknown, report);
    TemplateReport local;
    JsonRendering rendering(source, unknown, report ? report : &local);
    for (const TemplateSegment &segment : source.segments()) {
        if (!segment.isPlaceholder()) {
            rendering.copy(segment);
            continue;
        }
        const TemplateLookup lookup = variables.resolve(segment.path);
        if (lookup.status() == TemplateLookup::Status::Failed) {
            (report ? report : &local)->fail(lookup.error());
            return {};
        }
        rendering.place(segment, lookup);
    }
    return rendering.out();
}

} // namespace Sockscope
