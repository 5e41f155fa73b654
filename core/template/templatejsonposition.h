#pragma once

#include <QChar>
#include <QList>

namespace Sockscope {

// Where JSON text being copied stands, one character at a time: inside a string or not, and
// whether that string is an object's key. Only as much JSON as placing a value needs (the
// JSON renderer); the text need not be valid.
class TemplateJsonPosition final
{
public:
    // One character copied from the source at `offset`.
    void feed(QChar c, qsizetype offset);
    // A whole-string placeholder took the string's place, closing quote and all.
    void closeString();

    bool inString() const { return m_inString; }
    bool inKey() const { return m_inString && m_key; }
    // The source offset of the current string's opening quote.
    qsizetype stringOpenedAt() const { return m_openedAt; }

private:
    void feedOutsideString(char16_t unit, qsizetype offset);

    QList<char16_t> m_containers; // '{' and '[' still open
    qsizetype m_openedAt = -1;
    bool m_inString = false;
    bool m_escaped = false;
    bool m_key = false;
    bool m_expectKey = false;
};

} // namespace Sockscope
