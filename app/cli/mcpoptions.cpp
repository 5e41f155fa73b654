#include "mcpoptions.h"

#include "optionparsing.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sockscope {

using OptionParsing::readInt;

void McpOptions::addTo(QCommandLineParser *parser)
{
    const McpSessionSettings d;
    parser->addOptions({
        {QStringLiteral("protocol-version"),
         tr("MCP protocol version to ask for in initialize: %1 (default %2).")
             .arg(McpProtocolVersion::all().join(QLatin1String(", ")), d.protocolVersion),
         tr("version")},
        {QStringLiteral("allow-unknown-version"), tr("Send --protocol-version even when it is not one of the known versions (to see how a server answers).")},
        {QStringLiteral("strict-version"), tr("Fail when the server answers another protocol version (by default a known one is accepted with a warning).")},
        {QStringLiteral("client-name"), tr("clientInfo.name sent in initialize (default %1).").arg(d.clientName), tr("name")},
        {QStringLiteral("client-version"), tr("clientInfo.version sent in initialize (default %1).").arg(d.clientVersion), tr("version")},
        {QStringLiteral("capabilities-json"), tr("Client capabilities to declare, a JSON object (roots, sampling and elicitation are added for the methods --reply answers)."), tr("json")},
        {QStringLiteral("request-timeout"), tr("Fail a call that gets no answer within MS milliseconds (default %1).").arg(d.requestTimeoutMs), tr("ms")},
        {QStringLiteral("page-limit"), tr("Follow nextCursor for at most N pages per list call (default %1).").arg(d.maxPages), tr("n")},
        {QStringLiteral("no-progress"), tr("Do not ask for progress notifications on tools/call.")},
        {QStringLiteral("reply"), tr("Answer the server's request METHOD with this JSON result, e.g. 'roots/list={\"roots\":[]}' (repeatable)."), tr("method=json")},
        {QStringLiteral("reply-error"), tr("Answer the server's request METHOD with a JSON-RPC error CODE and MESSAGE (repeatable)."), tr("method=code:message")},
    });
}

bool McpOptions::read(const QCommandLineParser &parser, McpSessionSettings *s, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };

    if (parser.isSet(QStringLiteral("protocol-version"))) {
        s->protocolVersion = parser.value(QStringLiteral("protocol-version")).trimmed();
        if (s->protocolVersion.isEmpty())
            return fail(tr("--protocol-version needs a version such as %1").arg(McpProtocolVersion::latest()));
        if (!McpProtocolVersion::isKnown(s->protocolVersion) && !parser.isSet(QStringLiteral("allow-unknown-version"))) {
            return fail(tr("--protocol-version %1 is not a known version (%2); add --allow-unknown-version to send it anyway")
                            .arg(s->protocolVersion, McpProtocolVersion::all().join(QLatin1String(", "))));
        }
    }
    s->strictProtocolVersion = parser.isSet(QStringLiteral("strict-version"));
    if (parser.isSet(QStringLiteral("client-name")))
        s->clientName = parser.value(QStringLiteral("client-name"));
    if (parser.isSet(QStringLiteral("client-version")))
        s->clientVersion = parser.value(QStringLiteral("client-version"));
    if (parser.isSet(QStringLiteral("capabilities-json"))) {
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(QStringLiteral("capabilities-json")).toUtf8());
        if (!document.isObject())
            return fail(tr("--capabilities-json needs a JSON object"));
        s->capabilities = document.object();
    }
    if (!readInt(parser, QStringLiteral("request-timeout"), 1, &s->requestTimeoutMs, error)
        || !readInt(parser, QStringLiteral("page-limit"), 1, &s->maxPages, error))
        return false;
    s->progressTokens = !parser.isSet(QStringLiteral("no-progress"));

    for (const QString &text : parser.values(QStringLiteral("reply"))) {
        const qsizetype at = text.indexOf(QLatin1Char('='));
        const QJsonDocument document = at > 0 ? QJsonDocument::fromJson(text.mid(at + 1).toUtf8()) : QJsonDocument();
        if (!document.isObject())
            return fail(tr("--reply needs METHOD={json object}, not \"%1\"").arg(text));
        s->replies.insert(text.left(at).trimmed(), McpCannedReply::withResult(document.object()));
    }
    for (const QString &text : parser.values(QStringLiteral("reply-error"))) {
        const qsizetype at = text.indexOf(QLatin1Char('='));
        const qsizetype colon = text.indexOf(QLatin1Char(':'), at + 1);
        bool ok = false;
        const int code = at > 0 && colon > at ? text.mid(at + 1, colon - at - 1).trimmed().toInt(&ok) : 0;
        if (!ok)
            return fail(tr("--reply-error needs METHOD=CODE:MESSAGE, not \"%1\"").arg(text));
        s->replies.insert(text.left(at).trimmed(), McpCannedReply::withError(code, text.mid(colon + 1).trimmed()));
    }
    return true;
}

} // namespace Sockscope
