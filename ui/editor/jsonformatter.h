#pragma once

#include <QString>

namespace Sockscope {

// Re-indents JSON text token by token instead of parsing it: key order, number spelling
// and escapes stay exactly as written (QJsonDocument would sort keys and reformat
// numbers), and `{{name}}` placeholders pass through as values. Expects text that is
// valid JSON apart from placeholders; anything else comes out rearranged but complete.
class JsonFormatter final
{
public:
    static QString pretty(const QString &json, int indent = 2);
    static QString compact(const QString &json);
};

} // namespace Sockscope
