#include "mockconfigchecks.h"

#include "mockconfigloader.h"
#include "mocktemplate.h"

namespace Sockscope {

namespace {

const QStringList kContentTypes = {QStringLiteral("text"), QStringLiteral("image"), QStringLiteral("audio"),
                                   QStringLiteral("resource"), QStringLiteral("resource_link")};

} // namespace

QString MockConfigChecks::quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return quoted.join(QLatin1String(", "));
}

bool MockConfigChecks::placeholders(const JsonReader &reader, const QStringList &roots,
                                    const QStringList &argumentNames, bool checkArguments)
{
    const QJsonValue value = reader.value();
    const QString path = reader.path();
    for (const auto &found : MockTemplate::placeholders(value, path)) {
        const QString &name = found.second;
        const QString root = name.section(QLatin1Char('.'), 0, 0);
        if (!roots.contains(root))
            return reader.failAt(found.first, MockConfigLoader::tr("{{%1}} is not a placeholder here; use one of %2")
                                                  .arg(name, quotedList(roots)));
        const QString argument = name.section(QLatin1Char('.'), 1, 1);
        if (checkArguments && root == QLatin1String("args") && !argument.isEmpty() && !argumentNames.contains(argument))
            return reader.failAt(found.first,
                                 MockConfigLoader::tr("{{%1}} names nothing: the names here are %2")
                                     .arg(name, argumentNames.isEmpty() ? MockConfigLoader::tr("(none)")
                                                                        : quotedList(argumentNames)));
    }
    return true;
}

bool MockConfigChecks::contentItem(const JsonReader &item)
{
    using Need = JsonReader::Need;
    QString type;
    if (!item.object(nullptr, Need::Required) || !item.member(QStringLiteral("type")).choice(&type, kContentTypes, Need::Required))
        return false;
    QStringList needed;
    if (type == QLatin1String("text"))
        needed = {QStringLiteral("text")};
    else if (type == QLatin1String("image") || type == QLatin1String("audio"))
        needed = {QStringLiteral("data"), QStringLiteral("mimeType")};
    else if (type == QLatin1String("resource_link"))
        needed = {QStringLiteral("uri"), QStringLiteral("name")};
    for (const QString &key : std::as_const(needed)) {
        QString text;
        if (!item.member(key).string(&text, Need::Required))
            return false;
    }
    return type != QLatin1String("resource") || item.member(QStringLiteral("resource")).object(nullptr, Need::Required);
}

} // namespace Sockscope
