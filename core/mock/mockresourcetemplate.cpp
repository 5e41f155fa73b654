#include "mockresourcetemplate.h"

#include <QUrl>

#include <algorithm>

namespace Sockscope {

namespace {

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The template as a regular expression with one capture group per variable.
QString pattern(const QString &uriTemplate)
{
    QString regex = QStringLiteral("^");
    qsizetype at = 0;
    while (at < uriTemplate.size()) {
        const qsizetype open = uriTemplate.indexOf(QLatin1Char('{'), at);
        if (open < 0) {
            regex += QRegularExpression::escape(uriTemplate.mid(at));
            break;
        }
        regex += QRegularExpression::escape(uriTemplate.mid(at, open - at));
        const qsizetype close = uriTemplate.indexOf(QLatin1Char('}'), open);
        regex += QStringLiteral("([^/?#]+)");
        at = close + 1;
    }
    return regex + QStringLiteral("$");
}

} // namespace

QJsonObject MockResourceTemplate::listing() const
{
    QJsonObject item{{QStringLiteral("uriTemplate"), uriTemplate}, {QStringLiteral("name"), name}};
    if (!title.isEmpty())
        item.insert(QStringLiteral("title"), title);
    if (!description.isEmpty())
        item.insert(QStringLiteral("description"), description);
    if (!mimeType.isEmpty())
        item.insert(QStringLiteral("mimeType"), mimeType);
    if (!annotations.isEmpty())
        item.insert(QStringLiteral("annotations"), annotations);
    return item;
}

bool MockResourceTemplate::parse(const QString &uriTemplate, QStringList *names, QString *problem)
{
    names->clear();
    qsizetype at = 0;
    while (at < uriTemplate.size()) {
        const qsizetype open = uriTemplate.indexOf(QLatin1Char('{'), at);
        const qsizetype stray = uriTemplate.indexOf(QLatin1Char('}'), at);
        if (stray >= 0 && (open < 0 || stray < open)) {
            *problem = tr("a \"}\" without its \"{\" at character %1").arg(stray + 1);
            return false;
        }
        if (open < 0)
            break;
        const qsizetype close = uriTemplate.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            *problem = tr("the \"{\" at character %1 is never closed").arg(open + 1);
            return false;
        }
        const QString name = uriTemplate.mid(open + 1, close - open - 1);
        if (name.isEmpty() || !std::all_of(name.cbegin(), name.cend(), isNameCharacter)) {
            *problem = tr("\"{%1}\" is not a variable: use letters, digits and _ only").arg(name);
            return false;
        }
        if (names->contains(name)) {
            *problem = tr("the variable \"%1\" appears twice").arg(name);
            return false;
        }
        names->append(name);
        at = close + 1;
    }
    return true;
}

bool MockResourceTemplate::match(const QString &uri, QJsonObject *variables) const
{
    QStringList names;
    QString problem;
    if (!parse(uriTemplate, &names, &problem))
        return false;
    const QRegularExpression regex(pattern(uriTemplate));
    const QRegularExpressionMatch found = regex.match(uri);
    if (!found.hasMatch())
        return false;
    QJsonObject values;
    for (qsizetype i = 0; i < names.size(); ++i)
        values.insert(names.at(i), QUrl::fromPercentEncoding(found.captured(int(i + 1)).toUtf8()));
    *variables = values;
    return true;
}

} // namespace Sockscope
