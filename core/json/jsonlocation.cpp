#include "jsonlocation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sockscope {

namespace {

bool isIdentifier(const QString &key)
{
    if (key.isEmpty() || key.at(0).isDigit())
        return false;
    for (const QChar c : key) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$')) || c.unicode() > 127)
            return false;
    }
    return true;
}

} // namespace

QString JsonLocation::member(const QString &path, const QString &key)
{
    if (isIdentifier(key))
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    // A quoted key, escaped as JSON.
    const QByteArray quoted = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
    return path + QLatin1Char('[') + QString::fromUtf8(quoted.mid(1, quoted.size() - 2)) + QLatin1Char(']');
}

QString JsonLocation::index(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace Sockscope
