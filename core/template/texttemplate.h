#pragma once

#include "templatesegment.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sockscope {

// A template parsed once, to be rendered many times: the source text and its segments
// (offsets in UTF-16 code units of `source()`).
class TextTemplate final
{
public:
    TextTemplate() = default;
    explicit TextTemplate(const QString &source);
    // The UTF-8 text decoded first (a text message is valid UTF-8).
    static TextTemplate fromUtf8(const QByteArray &utf8);

    const QString &source() const { return m_source; }
    const QList<TemplateSegment> &segments() const { return m_segments; }
    bool hasPlaceholders() const;
    // The placeholder when the whole source is exactly one (spaces inside the braces allowed),
    // else nullptr.
    const TemplateSegment *wholePlaceholder() const;
    // The placeholders' names, each once, in order of first use.
    QStringList names() const;
    // What a segment stands for in the output when nothing is filled in: text as it is, `{{`
    // for an escape, a placeholder as written.
    QStringView literal(const TemplateSegment &segment) const;
    // A segment's source text as written.
    QStringView written(const TemplateSegment &segment) const;

private:
    QString m_source;
    QList<TemplateSegment> m_segments;
};

} // namespace Sockscope
