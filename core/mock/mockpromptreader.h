#pragma once

#include "mockprompt.h"

#include "json/jsonreader.h"

namespace Sockscope {

// Reads one item of a mock configuration's "prompts" (docs/MOCK.md, "Prompts").
class MockPromptReader final
{
public:
    static bool read(const JsonReader &item, MockPrompt *prompt);

private:
    static bool readArgument(const JsonReader &item, MockPromptArgument *argument);
    static bool readMessage(const JsonReader &item);
};

} // namespace Sockscope
