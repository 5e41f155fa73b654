#include "placeholders.h"

#include "template/templateparser.h"

namespace Sockscope {

QList<std::pair<qsizetype, qsizetype>> Placeholders::ranges(const QByteArray &utf8)
{
    QList<std::pair<qsizetype, qsizetype>> found;
    if (!utf8.contains("{{"))
        return found;
    for (const TemplateSegment &segment : TemplateParser::parse(QByteArrayView(utf8))) {
        if (segment.isPlaceholder())
            found.append({segment.start, segment.length()});
    }
    return found;
}

QByteArray Placeholders::neutralized(const QByteArray &utf8)
{
    QByteArray result = utf8;
    for (const auto &[start, length] : ranges(utf8)) {
        for (qsizetype i = start; i < start + length; ++i)
            result[i] = '1';
    }
    return result;
}

qsizetype Placeholders::lengthAt(const QString &text, qsizetype position)
{
    return TemplateParser::placeholderLengthAt(text, position);
}

} // namespace Sockscope
