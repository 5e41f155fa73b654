#include "jsonchecker.h"

#include "placeholders.h"

#include <QCoreApplication>
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

JsonChecker::Result JsonChecker::check(const QByteArray &utf8, Input input)
{
    Result result;
    result.looksLikeJson = looksLikeJson(utf8);
    if (!result.looksLikeJson)
        return result;
    QJsonParseError error;
    QJsonDocument::fromJson(input == Input::Composed ? Placeholders::neutralized(utf8) : utf8,
                            &error);
    if (error.error == QJsonParseError::NoError)
        return result;
    return fromParseError(utf8, error);
}

JsonChecker::Result JsonChecker::fromParseError(const QByteArray &utf8, const QJsonParseError &error)
{
    Result result;
    result.looksLikeJson = true;
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
    result.position = TextPosition::at(utf8, position);
    result.message = error.errorString();
    return result;
}

QString JsonChecker::describe(const Result &result)
{
    return result.ok ? QString() : describe(result.position, result.message);
}

QString JsonChecker::describe(const TextPosition &position, const QString &message)
{
    if (!position.isValid())
        return QCoreApplication::translate("JsonChecker", "Not valid JSON: %1").arg(message);
    return QCoreApplication::translate("JsonChecker", "Not valid JSON at %1 (line:column): %2").arg(position.toString(), message);
}

} // namespace Sockscope
