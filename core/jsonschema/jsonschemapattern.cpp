#include "jsonschemapattern.h"

namespace Sockscope {

namespace {

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// `\u` at `i` (the backslash): "\x{...}" and the length read, or 0 when it is no code point.
qsizetype unicodeEscape(const QString &text, qsizetype i, QString *out)
{
    const qsizetype start = i + 2;
    if (start < text.size() && text.at(start) == QLatin1Char('{')) {
        qsizetype end = start + 1;
        while (end < text.size() && isHex(text.at(end)))
            ++end;
        if (end == start + 1 || end >= text.size() || text.at(end) != QLatin1Char('}'))
            return 0;
        *out = QStringLiteral("\\x{") + text.mid(start + 1, end - start - 1) + QLatin1Char('}');
        return end + 1 - i;
    }
    constexpr qsizetype digits = 4;
    if (start + digits > text.size())
        return 0;
    for (qsizetype k = start; k < start + digits; ++k) {
        if (!isHex(text.at(k)))
            return 0;
    }
    *out = QStringLiteral("\\x{") + text.mid(start, digits) + QLatin1Char('}');
    return 2 + digits;
}

} // namespace

JsonSchemaPattern::JsonSchemaPattern(const QString &ecmaPattern)
    : m_source(ecmaPattern), m_regex(toPcre(ecmaPattern))
{
    // Compiled (and JIT-compiled) once, not at the first match of every copy.
    m_regex.optimize();
}

QString JsonSchemaPattern::errorString() const
{
    return m_regex.isValid() ? QString() : m_regex.errorString();
}

bool JsonSchemaPattern::matches(const QString &text) const
{
    return m_regex.isValid() && m_regex.match(text).hasMatch();
}

QString JsonSchemaPattern::toPcre(const QString &ecmaPattern)
{
    const QString &text = ecmaPattern;
    QString out;
    out.reserve(text.size() + 8);
    bool inClass = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            QString codePoint;
            const qsizetype length = text.at(i + 1) == QLatin1Char('u') ? unicodeEscape(text, i, &codePoint) : 0;
            if (length > 0) {
                out += codePoint;
                i += length - 1;
            } else {
                out += c;
                out += text.at(++i);
            }
        } else if (inClass) {
            inClass = c != QLatin1Char(']');
            out += c;
        } else if (c == QLatin1Char('[')) {
            // ECMA-262 closes a class at its first ']'; PCRE2 would read it as a member.
            if (text.mid(i, 2) == QLatin1String("[]")) {
                out += QStringLiteral("(?!)");
                ++i;
            } else if (text.mid(i, 3) == QLatin1String("[^]")) {
                out += QStringLiteral("[\\s\\S]");
                i += 2;
            } else {
                inClass = true;
                out += c;
                if (text.mid(i + 1, 1) == QLatin1String("^")) {
                    out += text.at(++i);
                }
            }
        } else if (c == QLatin1Char('$')) {
            out += QStringLiteral("\\z");
        } else if (c == QLatin1Char('.')) {
            out += QStringLiteral("[^\\n\\r\\x{2028}\\x{2029}]");
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace Sockscope
