#include "jsonchecker.h"

#include "placeholders.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Sockscope {

bool JsonChecker::looksLikeJson(const QByteArray &utf8)
{
    for (const char c : utf8) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

JsonChecker::Result JsonChecker::check(const QByteArray &utf8)
{
    Result result;
    result.looksLikeJson = looksLikeJson(utf8);
    if (!result.looksLikeJson)
        return result;
    QJsonParseError error;
    QJsonDocument::fromJson(Placeholders::neutralized(utf8), &error);
    if (error.error == QJsonParseError::NoError)
        return result;
    result.ok = false;
    // Qt mostly reports the offset just past the character it could not take: point at
    // that character (or, when that is a space, at what follows it).
    const qsizetype reported = qBound(qsizetype(0), qsizetype(error.offset), utf8.size());
    qsizetype position = qMax<qsizetype>(0, reported - 1);
    while (position < reported && position < utf8.size() - 1
           && (utf8.at(position) == ' ' || utf8.at(position) == '\t' || utf8.at(position) == '\n' || utf8.at(position) == '\r'))
        ++position;
    result.offset = position;
    result.message = error.errorString();
    return result;
}

} // namespace Sockscope
