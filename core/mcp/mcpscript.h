#pragma once

#include "mcpcall.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace Sockscope {

// A list of MCP calls for `sockscope mcp --script FILE`, in one of two forms (docs/MCP.md):
//   - a JSON array of {"method": "...", "params": {...}} objects;
//   - lines, one call each: `METHOD [TARGET] [key=value ...] ['{json arguments}']`, with
//     shell-style quoting (single quotes literal, double quotes and backslash escapes); a line that starts with `{` is one {"method","params"} object;
//     empty lines and lines starting with `#` are skipped.
class McpScript final
{
    Q_DECLARE_TR_FUNCTIONS(McpScript)

public:
    // The calls in order, or nothing with *error naming the line.
    static std::optional<QList<McpCall>> parse(const QByteArray &content, QString *error);
    // The same, one call at a time, so a long script need not be held as calls all at once
    // (a parsed call takes far more memory than its line). False with *error naming the line.
    static bool forEach(const QByteArray &content, const std::function<void(McpCall &&call)> &take, QString *error);
};

} // namespace Sockscope
