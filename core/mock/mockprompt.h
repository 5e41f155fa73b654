#pragma once

#include "mockpromptargument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sockscope {

// One prompt the mock server offers: its arguments, and the messages prompts/get answers
// with {{args.NAME}} filled from the arguments given.
struct MockPrompt final
{
    QString name;
    QString title;
    QString description;
    QList<MockPromptArgument> arguments;
    QJsonArray messages; // [{role, content}], content strings may hold placeholders

    // As prompts/list shows it.
    QJsonObject listing() const;
    const MockPromptArgument *argument(const QString &name) const;
};

} // namespace Sockscope
