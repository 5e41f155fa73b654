#include "templatejsonrenderer.h"

#include "templatetextrenderer.h"
#include "templatevaluetext.h"

#include <QList>

namespace Sockscope {

namespace {

bool isJsonSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

// Where the copied JSON text stands: inside a string or not, and whether that string is an
// object's key. Only as much JSON as placing a value needs; the text need not be valid.
class JsonPosition final
{
public:
    // One character copied from the source at `offset`.
    void feed(QChar c, qsizetype offset)
    {
        const char16_t unit = c.unicode();
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (unit == u'\\')
                m_escaped = true;
            else if (unit == u'"')
                m_inString = false;
            return;
        }
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
    // A whole-string placeholder took the string's place, closing quote and all.
    void closeString()
    {
        m_inString = false;
        m_escaped = false;
    }
    bool inString() const { return m_inString; }
    bool inKey() const { return m_inString && m_key; }
    qsizetype stringOpenedAt() const { return m_openedAt; }

private:
    QList<char16_t> m_containers;
    qsizetype m_openedAt = -1;
    bool m_inString = false;
    bool m_escaped = false;
    bool m_key = false;
    bool m_expectKey = false;
};

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
    JsonPosition m_position;
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
