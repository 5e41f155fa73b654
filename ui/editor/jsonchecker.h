#pragma once

#include <QByteArray>
#include <QString>

namespace Sockscope {

// Whether composed text is JSON, and where it breaks: the QJsonParseError offset becomes
// the editor's squiggle. `{{name}}` placeholders count as values.
class JsonChecker final
{
public:
    struct Result final
    {
        bool looksLikeJson = false; // starts with { or [: anything else is plain text, not checked
        bool ok = true;
        qsizetype offset = -1;      // UTF-8 byte offset of the error
        QString message;            // QJsonParseError's text
    };

    static bool looksLikeJson(const QByteArray &utf8);
    static Result check(const QByteArray &utf8);
};

} // namespace Sockscope
