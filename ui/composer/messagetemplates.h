#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Sockscope {

// Ready-made messages for the composer: every MCP method in both directions (initialize
// for each protocol version), plain JSON-RPC shapes, and the plain-JSON
// `discover` / `call_tool` style some tool gateways use. Ids are `{{nextId}}`.
class MessageTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplates)

public:
    struct Template final
    {
        QString category; // for people, translated
        QString name;     // the method, or what the message is
        QString text;     // pretty-printed JSON
    };

    static QList<Template> all();
    // The categories in menu order.
    static QStringList categories();
    // The first template with this name in `category` (any category when empty).
    static const Template *find(const QList<Template> &templates, const QString &name, const QString &category = {});
};

} // namespace Sockscope
