#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Sockscope {

// Small pieces of the mock's answers: JSON for messages on the wire, the time for
// templates, and MCP's content rules applied after templates were filled.
namespace MockContent {

// Compact JSON text of any value.
QString compact(const QJsonValue &value);
// The time now, ISO 8601 UTC with milliseconds ({{now}}).
QString nowText();
// `"text"` in quotes, for messages about argument names.
QString quoted(const QString &text);
// A tool result whose text content items have a string "text" (a lone {{placeholder}}
// may have filled one with a number).
QJsonObject normalizedResult(QJsonObject result);
// The same for the content of each prompt message.
QJsonArray normalizedMessages(QJsonArray messages);

} // namespace MockContent

} // namespace Sockscope
