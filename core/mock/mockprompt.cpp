#include "mockprompt.h"

namespace Sockscope {

QJsonObject MockPrompt::listing() const
{
    QJsonObject prompt{{QStringLiteral("name"), name}};
    if (!title.isEmpty())
        prompt.insert(QStringLiteral("title"), title);
    if (!description.isEmpty())
        prompt.insert(QStringLiteral("description"), description);
    if (!arguments.isEmpty()) {
        QJsonArray list;
        for (const MockPromptArgument &argument : arguments) {
            QJsonObject item{{QStringLiteral("name"), argument.name}};
            if (!argument.title.isEmpty())
                item.insert(QStringLiteral("title"), argument.title);
            if (!argument.description.isEmpty())
                item.insert(QStringLiteral("description"), argument.description);
            item.insert(QStringLiteral("required"), argument.required);
            list.append(item);
        }
        prompt.insert(QStringLiteral("arguments"), list);
    }
    return prompt;
}

const MockPromptArgument *MockPrompt::argument(const QString &argumentName) const
{
    for (const MockPromptArgument &candidate : arguments) {
        if (candidate.name == argumentName)
            return &candidate;
    }
    return nullptr;
}

} // namespace Sockscope
