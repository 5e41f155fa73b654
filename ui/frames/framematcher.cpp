#include "framematcher.h"

#include "frametext.h"
#include "capture/methodtable.h"

#include <algorithm>

namespace Sockscope {

namespace {

inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

} // namespace

FrameMatcher::FrameMatcher(const FrameFilter &filter, const MethodTable &methods, int previewChars)
    : m_filter(filter), m_everything(filter.isEmpty()), m_previewChars(previewChars)
{
    if (!filter.method.isEmpty()) {
        m_methodId = methods.find(filter.method);
        m_methodUnknown = m_methodId == MethodTable::None;
    }
    if (filter.text.isEmpty())
        return;
    if (filter.regex) {
        m_regex.setPattern(filter.text);
        m_regex.setPatternOptions(filter.caseSensitive ? QRegularExpression::NoPatternOption
                                                       : QRegularExpression::CaseInsensitiveOption);
        if (!m_regex.isValid()) {
            m_valid = false;
            m_error = tr("%1 at character %2").arg(m_regex.errorString()).arg(m_regex.patternErrorOffset());
            return;
        }
        m_regex.optimize();
        return;
    }
    for (const QChar c : filter.text) {
        if (c.unicode() > 0x7f) {
            m_asciiNeedle = false;
            break;
        }
    }
    m_needle = filter.text.toUtf8();
    if (!filter.caseSensitive && m_asciiNeedle) {
        for (char &c : m_needle)
            c = asciiLower(c);
    }
}

void FrameMatcher::refreshMethod(const MethodTable &methods)
{
    if (!m_methodUnknown)
        return;
    m_methodId = methods.find(m_filter.method);
    m_methodUnknown = m_methodId == MethodTable::None;
}

bool FrameMatcher::matches(const FrameRecord &record) const
{
    if (m_everything)
        return true;
    const Event &event = record.event;
    if (!(m_filter.kinds & FrameFilter::kindBit(event.kind)))
        return false;
    if (!(m_filter.directions & FrameFilter::directionBit(event.direction)))
        return false;
    if (m_filter.peerId != 0 && event.peerId != m_filter.peerId)
        return false;
    if (m_filter.errorsOnly && !record.isProblem)
        return false;
    if (!m_filter.method.isEmpty() && (m_methodUnknown || record.methodId != m_methodId))
        return false;
    if (!m_filter.text.isEmpty() && (!m_valid || !matchesText(record)))
        return false;
    return true;
}

bool FrameMatcher::matchesText(const FrameRecord &record) const
{
    const Event &event = record.event;
    switch (event.kind) {
    case EventKind::Text:
        return m_filter.regex || !m_asciiNeedle ? matchesString(QString::fromUtf8(event.payload))
                                                : matchesBytes(event.payload);
    case EventKind::Binary:
    case EventKind::Ping:
    case EventKind::Pong:
        // Binary data is searched as bytes, and as the hex the view shows.
        if (m_filter.regex)
            return matchesString(QString::fromLatin1(event.payload)) || matchesString(FrameText::preview(record, m_previewChars));
        return (m_asciiNeedle && matchesBytes(event.payload)) || matchesString(FrameText::preview(record, m_previewChars));
    default:
        return matchesString(FrameText::describe(event));
    }
}

bool FrameMatcher::matchesBytes(const QByteArray &haystack) const
{
    if (m_filter.caseSensitive)
        return haystack.contains(m_needle);
    const char *begin = haystack.constData();
    const char *end = begin + haystack.size();
    const char *needle = m_needle.constData();
    const char *needleEnd = needle + m_needle.size();
    // Skip to candidates by the first byte in either case, then compare the rest.
    const char first = needle[0];
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - ('a' - 'A')) : first;
    const qsizetype n = m_needle.size();
    for (const char *p = begin; end - p >= n; ++p) {
        if (*p != first && *p != firstUpper)
            continue;
        if (std::equal(needle + 1, needleEnd, p + 1, [](char a, char b) { return a == asciiLower(b); }))
            return true;
    }
    return false;
}

bool FrameMatcher::matchesString(const QString &haystack) const
{
    if (m_filter.regex)
        return m_regex.match(haystack).hasMatch();
    return haystack.contains(m_filter.text, m_filter.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
}

} // namespace Sockscope
