#pragma once

#include "textposition.h"

#include <QByteArray>
#include <QString>

struct QJsonParseError;

namespace Sockscope {

// Whether composed text is JSON, and where it breaks: the QJsonParseError offset becomes
// the editor's squiggle and a line:column for people. `{{name}}` placeholders count as values
// in composed text; received messages are checked as they are.
class JsonChecker final
{
public:
    struct Result final
    {
        bool looksLikeJson = false; // starts with { or [: anything else is plain text, not checked
        bool ok = true;
        qsizetype offset = -1;      // UTF-8 byte offset of the error
        TextPosition position;      // the same place as line:column
        QString message;            // QJsonParseError's text
    };

    // Composed text may hold {{placeholders}}; a received message is taken as it is.
    enum class Input : quint8 { Composed, Received };

    static bool looksLikeJson(const QByteArray &utf8);
    static Result check(const QByteArray &utf8, Input input = Input::Composed);
    // The error of a parse already made (the text looks like JSON): where Qt stopped, moved to
    // the character it could not take.
    static Result fromParseError(const QByteArray &utf8, const QJsonParseError &error);
    // "Not valid JSON at 3:14: unterminated object" for a failed result; empty when it is ok.
    static QString describe(const Result &result);
    static QString describe(const TextPosition &position, const QString &message);
};

} // namespace Sockscope
