#include "mcpcall.h"

#include "jsonrpc/jsonrpccodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sockscope {

namespace {

const QLatin1String kToolsCall("tools/call");
const QLatin1String kPromptsGet("prompts/get");
const QLatin1String kResourcesRead("resources/read");
const QLatin1String kResourcesSubscribe("resources/subscribe");
const QLatin1String kResourcesUnsubscribe("resources/unsubscribe");
const QLatin1String kSetLevel("logging/setLevel");
const QLatin1String kComplete("completion/complete");
const QLatin1String kPromptRef("prompt:");
const QLatin1String kResourceRef("resource:");

bool isResourceMethod(const QString &method)
{
    return method == kResourcesRead || method == kResourcesSubscribe || method == kResourcesUnsubscribe;
}

// Prompt arguments are strings in MCP: numbers and the like go as their JSON text.
QString asString(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString::fromUtf8(JsonRpcCodec::encodeValue(value));
}

} // namespace

bool McpCall::takesTarget(const QString &method)
{
    return method == kToolsCall || method == kPromptsGet || isResourceMethod(method) || method == kSetLevel
           || method == kComplete;
}

std::optional<McpCall> McpCall::make(const QString &method, const QString &target, const QJsonObject &arguments,
                                     QString *error)
{
    McpCall call;
    call.method = method;
    if (method.isEmpty()) {
        *error = tr("no method given");
        return std::nullopt;
    }
    if (!takesTarget(method)) {
        if (!target.isEmpty()) {
            *error = tr("%1 takes no name or URI (got \"%2\"); give its params as key=value").arg(method, target);
            return std::nullopt;
        }
        call.params = arguments;
        return call;
    }
    if (target.isEmpty()) {
        if (method == kToolsCall || method == kPromptsGet)
            *error = tr("%1 needs a name").arg(method);
        else if (method == kSetLevel)
            *error = tr("%1 needs a level (debug, info, notice, warning, error, critical, alert, emergency)").arg(method);
        else if (method == kComplete)
            *error = tr("%1 needs prompt:NAME or resource:URI").arg(method);
        else
            *error = tr("%1 needs a URI").arg(method);
        return std::nullopt;
    }
    if (method == kToolsCall) {
        call.params = {{QStringLiteral("name"), target}, {QStringLiteral("arguments"), arguments}};
    } else if (method == kPromptsGet) {
        QJsonObject strings;
        for (auto it = arguments.constBegin(); it != arguments.constEnd(); ++it)
            strings.insert(it.key(), asString(it.value()));
        call.params = {{QStringLiteral("name"), target}};
        if (!strings.isEmpty())
            call.params.insert(QStringLiteral("arguments"), strings);
    } else if (method == kComplete) {
        QJsonObject ref;
        if (target.startsWith(kPromptRef)) {
            ref = {{QStringLiteral("type"), QStringLiteral("ref/prompt")}, {QStringLiteral("name"), target.mid(kPromptRef.size())}};
        } else if (target.startsWith(kResourceRef)) {
            ref = {{QStringLiteral("type"), QStringLiteral("ref/resource")}, {QStringLiteral("uri"), target.mid(kResourceRef.size())}};
        } else {
            *error = tr("%1 needs prompt:NAME or resource:URI, not \"%2\"").arg(method, target);
            return std::nullopt;
        }
        if (arguments.size() != 1) {
            *error = tr("%1 completes one argument: give exactly one name=value").arg(method);
            return std::nullopt;
        }
        call.params = {{QStringLiteral("ref"), ref},
                       {QStringLiteral("argument"), QJsonObject{{QStringLiteral("name"), arguments.constBegin().key()},
                                                                {QStringLiteral("value"), asString(arguments.constBegin().value())}}}};
    } else {
        if (!arguments.isEmpty()) {
            *error = tr("%1 takes no arguments besides its target").arg(method);
            return std::nullopt;
        }
        call.params = {{method == kSetLevel ? QStringLiteral("level") : QStringLiteral("uri"), target}};
    }
    return call;
}

QJsonValue McpCall::parseValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().at(0);
    return text;
}

bool McpCall::parseArgument(const QString &text, QString *key, QJsonValue *value)
{
    const qsizetype at = text.indexOf(QLatin1Char('='));
    if (at <= 0)
        return false;
    *key = text.left(at);
    *value = parseValue(text.mid(at + 1));
    return true;
}

} // namespace Sockscope
