#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Sockscope {

class McpReply;

// The MCP list methods that page (tools/list, resources/list, resources/templates/list,
// prompts/list): one McpReply collects the items of every page, following nextCursor until
// the list ends, the server repeats a cursor, or the page limit is reached.
class McpListPaging final
{
public:
    enum class Next : quint8 {
        Finished,       // no nextCursor: the list is whole
        Page,           // ask for the page at the cursor
        RepeatedCursor, // the server sent a cursor again: stopped, the result is truncated
        PageLimit,      // more pages than the limit: stopped, the result is truncated
    };

    // "tools" for tools/list, "resources", "resourceTemplates", "prompts"; empty otherwise.
    static QString listKey(const QString &method);

    // Adds one page to `reply`'s result. `text` is the message the page came in and `pointer`
    // the message's JSON Pointer in it ("" or "/2" in a batch), for the tools' key order.
    // *cursor is the page's nextCursor; a truncated result keeps it as its own nextCursor.
    static Next addPage(McpReply *reply, const QJsonObject &page, const QByteArray &text, const QString &pointer,
                        int maxPages, QString *cursor);
};

} // namespace Sockscope
