#include "mcplistpaging.h"

#include "mcpreply.h"

#include "jsonrpc/jsonkeyorder.h"

#include <QJsonArray>

namespace Sockscope {

namespace {

const QLatin1String kNextCursor("nextCursor");

} // namespace

QString McpListPaging::listKey(const QString &method)
{
    if (method == QLatin1String("tools/list"))
        return QStringLiteral("tools");
    if (method == QLatin1String("resources/list"))
        return QStringLiteral("resources");
    if (method == QLatin1String("resources/templates/list"))
        return QStringLiteral("resourceTemplates");
    if (method == QLatin1String("prompts/list"))
        return QStringLiteral("prompts");
    return {};
}

McpListPaging::Next McpListPaging::addPage(McpReply *reply, const QJsonObject &page, const QByteArray &text,
                                           const QString &pointer, int maxPages, QString *cursor)
{
    ++reply->m_pages;
    const QString &key = reply->m_listKey;
    QJsonObject &collected = reply->m_result;
    if (key == QLatin1String("tools")) {
        // Forms follow a schema's property order, which only the text still has: one
        // lexical pass over this page's tools, not a second parse.
        const JsonKeyOrder order = JsonKeyOrder::scan(text, pointer + QStringLiteral("/result/tools"));
        const qsizetype count = page.value(key).toArray().size();
        for (qsizetype index = 0; index < count; ++index)
            reply->m_itemKeyOrders.append(order.at(QStringLiteral("/%1").arg(index)));
    }
    if (reply->m_pages == 1) {
        collected = page;
        collected.remove(kNextCursor);
    } else {
        QJsonArray items = collected.value(key).toArray();
        const QJsonArray more = page.value(key).toArray();
        for (const QJsonValue &item : more)
            items.append(item);
        collected.insert(key, items);
    }
    *cursor = page.value(kNextCursor).toString();
    if (cursor->isEmpty())
        return Next::Finished;
    Next next = Next::Page;
    if (reply->m_cursors.contains(*cursor))
        next = Next::RepeatedCursor;
    else if (reply->m_pages >= maxPages)
        next = Next::PageLimit;
    if (next == Next::Page) {
        reply->m_cursors.insert(*cursor);
    } else {
        reply->m_truncated = true;
        collected.insert(kNextCursor, *cursor);
    }
    return next;
}

} // namespace Sockscope
