#pragma once

#include "framefilter.h"
#include "capture/framerecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>

namespace Sockscope {

class MethodTable;

// A FrameFilter made ready to test a million records fast: the method as an id, the text
// as UTF-8 bytes (searched without decoding when it is ASCII) or a compiled expression.
class FrameMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(FrameMatcher)

public:
    FrameMatcher(const FrameFilter &filter, const MethodTable &methods, int previewChars);

    // False for a regular expression that does not compile; error() says why.
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    bool matchesEverything() const { return m_everything; }
    bool matches(const FrameRecord &record) const;
    // A method first seen after the filter was made gets its id now.
    void refreshMethod(const MethodTable &methods);

private:
    bool matchesText(const FrameRecord &record) const;
    bool matchesBytes(const QByteArray &haystack) const;
    bool matchesString(const QString &haystack) const;

    FrameFilter m_filter;
    quint32 m_methodId = 0;
    bool m_methodUnknown = false;
    bool m_everything = true;
    bool m_valid = true;
    QString m_error;
    bool m_asciiNeedle = true;
    QByteArray m_needle;       // UTF-8; lower-cased when the search ignores case
    QRegularExpression m_regex;
    int m_previewChars;
};

} // namespace Sockscope
