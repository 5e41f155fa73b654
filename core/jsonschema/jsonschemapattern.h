#pragma once

#include <QRegularExpression>
#include <QString>

namespace Sockscope {

// A JSON Schema `pattern` (or a `patternProperties` name): an ECMA-262 regular expression,
// matched with QRegularExpression (PCRE2). Where the two read the same text differently, the
// text is rewritten first: `$` ends the text only (PCRE2 also matches before a final line
// break), `.` matches no line terminator (\n, \r, U+2028, U+2029), `\uXXXX` and `\u{X...}`
// are code points, `[^]` is any character and `[]` none. Searched, not anchored, as JSON Schema
// says. What PCRE2 accepts beyond ECMA-262 (possessive quantifiers, atomic groups, inline
// flags) is accepted too; `\d` and `\w` are ASCII in both.
class JsonSchemaPattern final
{
public:
    JsonSchemaPattern() = default;
    explicit JsonSchemaPattern(const QString &ecmaPattern);

    QString source() const { return m_source; }
    bool isValid() const { return m_regex.isValid(); }
    // Why it does not compile (PCRE2's words); empty when it does.
    QString errorString() const;
    // Whether the pattern is found in `text`.
    bool matches(const QString &text) const;

    // The PCRE2 text for an ECMA-262 one (exposed for tests).
    static QString toPcre(const QString &ecmaPattern);

private:
    QString m_source;
    QRegularExpression m_regex;
};

} // namespace Sockscope
