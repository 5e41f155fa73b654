#pragma once

#include "json/jsonreader.h"

#include <QStringList>

namespace Sockscope {

// Checks the readers of a mock configuration share: the {{placeholders}} a part may use, and
// MCP content items (text, image, audio, resource, resource_link).
class MockConfigChecks final
{
public:
    // Every {{name}} in the strings below `reader` starts with one of `roots`; with
    // `checkArguments`, every {{args.x}} names one of `argumentNames`.
    static bool placeholders(const JsonReader &reader, const QStringList &roots,
                             const QStringList &argumentNames = {}, bool checkArguments = false);
    static bool contentItem(const JsonReader &item);
    // "a", "b", "c"
    static QString quotedList(const QStringList &names);
};

} // namespace Sockscope
