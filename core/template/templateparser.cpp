#include "templateparser.h"

namespace Sockscope {

namespace {

constexpr qsizetype kOpenLength = 2;   // "{{"
constexpr qsizetype kEscapeLength = 4; // "{{{{"

char16_t unitAt(QStringView text, qsizetype i)
{
    return text.at(i).unicode();
}

char16_t unitAt(QByteArrayView text, qsizetype i)
{
    return static_cast<unsigned char>(text.at(i));
}

QString textOf(QStringView text)
{
    return text.toString();
}

QString textOf(QByteArrayView text)
{
    return QString::fromLatin1(text); // only ASCII reaches here
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isKeyStart(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isKeyPart(char16_t c)
{
    return isKeyStart(c) || isDigit(c) || c == u'-';
}

template <typename View>
bool isOpenAt(View text, qsizetype i)
{
    return i + 1 < text.size() && unitAt(text, i) == u'{' && unitAt(text, i + 1) == u'{';
}

template <typename View>
bool isEscapeAt(View text, qsizetype i)
{
    return isOpenAt(text, i) && isOpenAt(text, i + 2);
}

template <typename View>
qsizetype skipSpaces(View text, qsizetype i)
{
    while (i < text.size() && isSpace(unitAt(text, i)))
        ++i;
    return i;
}

// The end of the path that starts at `i` (a key, then ".key" or ".index" parts), or -1.
template <typename View>
qsizetype pathEnd(View text, qsizetype i)
{
    const qsizetype size = text.size();
    if (i >= size || !isKeyStart(unitAt(text, i)))
        return -1;
    for (;;) {
        const bool key = isKeyStart(unitAt(text, i));
        ++i;
        while (i < size && (key ? isKeyPart(unitAt(text, i)) : isDigit(unitAt(text, i))))
            ++i;
        if (i >= size || unitAt(text, i) != u'.')
            return i;
        ++i; // the dot: a key or an index must follow
        if (i >= size || !(isKeyStart(unitAt(text, i)) || isDigit(unitAt(text, i))))
            return -1;
    }
}

// The placeholder whose "{{" is at `open`; false when none starts there.
template <typename View>
bool readPlaceholder(View text, qsizetype open, TemplateSegment *segment)
{
    const qsizetype start = skipSpaces(text, open + kOpenLength);
    const qsizetype end = pathEnd(text, start);
    if (end < 0)
        return false;
    const qsizetype close = skipSpaces(text, end);
    if (close + 1 >= text.size() || unitAt(text, close) != u'}' || unitAt(text, close + 1) != u'}')
        return false;
    segment->kind = TemplateSegment::Kind::Placeholder;
    segment->start = open;
    segment->end = close + 2;
    segment->pathStart = start;
    segment->pathEnd = end;
    segment->path = textOf(text.sliced(start, end - start)).split(QLatin1Char('.'));
    return true;
}

TemplateSegment plainSegment(TemplateSegment::Kind kind, qsizetype start, qsizetype end)
{
    TemplateSegment segment;
    segment.kind = kind;
    segment.start = start;
    segment.end = end;
    return segment;
}

template <typename View>
QList<TemplateSegment> parseView(View text)
{
    QList<TemplateSegment> segments;
    const qsizetype size = text.size();
    qsizetype textStart = 0; // where the text not yet in a segment starts
    const auto closeText = [&segments, &textStart](qsizetype upTo) {
        if (upTo > textStart)
            segments.append(plainSegment(TemplateSegment::Kind::Text, textStart, upTo));
    };
    qsizetype i = 0;
    while (i + 1 < size) {
        if (!isOpenAt(text, i)) {
            ++i;
            continue;
        }
        TemplateSegment placeholder;
        if (isEscapeAt(text, i)) {
            closeText(i);
            segments.append(plainSegment(TemplateSegment::Kind::Escape, i, i + kEscapeLength));
            i += kEscapeLength;
        } else if (readPlaceholder(text, i, &placeholder)) {
            closeText(i);
            i = placeholder.end;
            segments.append(std::move(placeholder));
        } else {
            ++i; // a lone "{" of text; a "{{" may start at the next one
            continue;
        }
        textStart = i;
    }
    closeText(size);
    return segments;
}

} // namespace

QList<TemplateSegment> TemplateParser::parse(QStringView text)
{
    return parseView(text);
}

QList<TemplateSegment> TemplateParser::parse(QByteArrayView utf8)
{
    return parseView(utf8);
}

qsizetype TemplateParser::placeholderLengthAt(QStringView text, qsizetype position)
{
    if (position < 0 || !isOpenAt(text, position))
        return 0;
    TemplateSegment placeholder;
    if (!readPlaceholder(text, position, &placeholder))
        return 0;
    // A run of braces is read as escapes, four at a time, from its start: the placeholder's
    // "{{" is its own only when the braces before it are 0 or 1 modulo 4.
    qsizetype before = 0;
    while (position - before > 0 && unitAt(text, position - before - 1) == u'{')
        ++before;
    return before % kEscapeLength <= 1 ? placeholder.length() : 0;
}

bool TemplateParser::isKey(QStringView name)
{
    if (name.isEmpty() || !isKeyStart(name.at(0).unicode()))
        return false;
    for (const QChar c : name) {
        if (!isKeyPart(c.unicode()))
            return false;
    }
    return true;
}

} // namespace Sockscope
