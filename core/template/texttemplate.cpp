#include "texttemplate.h"

#include "templateparser.h"

namespace Sockscope {

TextTemplate::TextTemplate(const QString &source)
    : m_source(source),
      m_segments(TemplateParser::parse(QStringView(m_source)))
{
}

TextTemplate TextTemplate::fromUtf8(const QByteArray &utf8)
{
    return TextTemplate(QString::fromUtf8(utf8));
}

bool TextTemplate::hasPlaceholders() const
{
    for (const TemplateSegment &segment : m_segments) {
        if (segment.isPlaceholder())
            return true;
    }
    return false;
}

const TemplateSegment *TextTemplate::wholePlaceholder() const
{
    if (m_segments.size() != 1 || !m_segments.constFirst().isPlaceholder())
        return nullptr;
    return &m_segments.constFirst();
}

QStringList TextTemplate::names() const
{
    QStringList names;
    for (const TemplateSegment &segment : m_segments) {
        if (segment.isPlaceholder() && !names.contains(segment.name()))
            names.append(segment.name());
    }
    return names;
}

QStringView TextTemplate::literal(const TemplateSegment &segment) const
{
    if (segment.kind == TemplateSegment::Kind::Escape)
        return QStringView(m_source).mid(segment.start, 2);
    return written(segment);
}

QStringView TextTemplate::written(const TemplateSegment &segment) const
{
    return QStringView(m_source).mid(segment.start, segment.length());
}

} // namespace Sockscope
