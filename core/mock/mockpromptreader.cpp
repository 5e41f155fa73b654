#include "mockpromptreader.h"

#include "mockconfigchecks.h"
#include "mockconfigloader.h"

#include <QHash>

namespace Sockscope {

namespace {

using Need = JsonReader::Need;
using Empty = JsonReader::Empty;

} // namespace

bool MockPromptReader::read(const JsonReader &item, MockPrompt *prompt)
{
    const JsonReader messages = item.member(QStringLiteral("messages"));
    if (!item.object(nullptr, Need::Required)
        || !item.members({QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"),
                          QStringLiteral("arguments"), QStringLiteral("messages")})
        || !item.member(QStringLiteral("name")).string(&prompt->name, Need::Required, Empty::Refused)
        || !item.member(QStringLiteral("title")).string(&prompt->title, Need::Optional, Empty::Refused)
        || !item.member(QStringLiteral("description")).string(&prompt->description)
        || !item.member(QStringLiteral("arguments")).array(nullptr)
        || !messages.array(&prompt->messages, Need::Required))
        return false;
    QStringList names;
    QHash<QString, QString> seen; // name -> where
    const bool arguments = item.member(QStringLiteral("arguments")).forEach([&](const JsonReader &entry) {
        MockPromptArgument argument;
        if (!readArgument(entry, &argument))
            return false;
        if (seen.contains(argument.name))
            return entry.member(QStringLiteral("name"))
                .fail(MockConfigLoader::tr("\"%1\" is already used at %2").arg(argument.name, seen.value(argument.name)));
        seen.insert(argument.name, entry.path());
        names.append(argument.name);
        prompt->arguments.append(argument);
        return true;
    });
    return arguments && messages.array(nullptr, Need::Required, Empty::Refused) && messages.forEach(&readMessage)
           && MockConfigChecks::placeholders(messages, {QStringLiteral("args"), QStringLiteral("prompt"), QStringLiteral("now")},
                                             names, true);
}

bool MockPromptReader::readArgument(const JsonReader &item, MockPromptArgument *argument)
{
    return item.object(nullptr, Need::Required)
           && item.members({QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"),
                            QStringLiteral("required"), QStringLiteral("values")})
           && item.member(QStringLiteral("name")).string(&argument->name, Need::Required, Empty::Refused)
           && item.member(QStringLiteral("title")).string(&argument->title, Need::Optional, Empty::Refused)
           && item.member(QStringLiteral("description")).string(&argument->description)
           && item.member(QStringLiteral("required")).boolean(&argument->required)
           && item.member(QStringLiteral("values")).stringList(&argument->values, Need::Optional, Empty::Refused);
}

bool MockPromptReader::readMessage(const JsonReader &item)
{
    QString role;
    return item.object(nullptr, Need::Required) && item.members({QStringLiteral("role"), QStringLiteral("content")})
           && item.member(QStringLiteral("role")).choice(&role, {QStringLiteral("user"), QStringLiteral("assistant")},
                                                         Need::Required)
           && MockConfigChecks::contentItem(item.member(QStringLiteral("content")));
}

} // namespace Sockscope
