#include "mockcatalog.h"

#include "mockcontent.h"
#include "mocktemplate.h"

#include "jsonrpc/jsonrpcerrorcode.h"

namespace Sockscope {

namespace {

constexpr int kMaxCompletionValues = 100; // MCP: at most 100 values per completion

const QLatin1String kCursorPrefix("sockscope-mock:");

QString encodeCursor(const QString &method, qsizetype offset)
{
    return QString::fromLatin1((kCursorPrefix + method + QLatin1Char(':') + QString::number(offset))
                                   .toUtf8()
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qsizetype decodeCursor(const QString &cursor, const QString &method)
{
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return -1;
    const QString text = QString::fromUtf8(*decoded);
    const QString prefix = kCursorPrefix + method + QLatin1Char(':');
    if (!text.startsWith(prefix))
        return -1;
    bool ok = false;
    const qsizetype offset = text.mid(prefix.size()).toLongLong(&ok);
    return ok && offset >= 0 ? offset : -1;
}

MockAnswer invalidParams(const QString &message, const QJsonObject &data)
{
    return MockAnswer::error(JsonRpcErrorCode::InvalidParams, message, data);
}

} // namespace

MockCatalog::MockCatalog(std::shared_ptr<const MockConfig> config)
    : m_config(std::move(config))
{
}

bool MockCatalog::isListMethod(const QString &method)
{
    return method == QLatin1String("tools/list") || method == QLatin1String("resources/list")
           || method == QLatin1String("resources/templates/list") || method == QLatin1String("prompts/list");
}

QJsonArray MockCatalog::listing(const QString &method, QString *key) const
{
    QJsonArray items;
    if (method == QLatin1String("tools/list")) {
        *key = QStringLiteral("tools");
        for (const MockTool &tool : m_config->tools)
            items.append(tool.listing());
    } else if (method == QLatin1String("resources/list")) {
        *key = QStringLiteral("resources");
        for (const MockResource &resource : m_config->resources)
            items.append(resource.listing());
    } else if (method == QLatin1String("resources/templates/list")) {
        *key = QStringLiteral("resourceTemplates");
        for (const MockResourceTemplate &resourceTemplate : m_config->resourceTemplates)
            items.append(resourceTemplate.listing());
    } else {
        *key = QStringLiteral("prompts");
        for (const MockPrompt &prompt : m_config->prompts)
            items.append(prompt.listing());
    }
    return items;
}

MockAnswer MockCatalog::list(const QString &method, const QJsonObject &params) const
{
    QString key;
    const QJsonArray items = listing(method, &key);
    return page(method, key, items, params);
}

MockAnswer MockCatalog::page(const QString &method, const QString &key, const QJsonArray &items,
                             const QJsonObject &params) const
{
    qsizetype offset = 0;
    const QJsonValue cursor = params.value(QLatin1String("cursor"));
    if (!cursor.isUndefined() && !cursor.isNull()) {
        offset = cursor.isString() ? decodeCursor(cursor.toString(), method) : -1;
        if (offset < 0 || offset > items.size())
            return invalidParams(QStringLiteral("Invalid params: unknown cursor %1").arg(MockContent::compact(cursor)),
                                 QJsonObject{{QStringLiteral("field"), QStringLiteral("cursor")}});
    }
    const qsizetype size = m_config->pageSize > 0 ? m_config->pageSize : items.size();
    QJsonArray slice;
    for (qsizetype i = offset; i < items.size() && i < offset + size; ++i)
        slice.append(items.at(i));
    QJsonObject result{{key, slice}};
    if (offset + size < items.size())
        result.insert(QStringLiteral("nextCursor"), encodeCursor(method, offset + size));
    return MockAnswer::ok(result);
}

MockAnswer MockCatalog::readResource(const QJsonObject &params) const
{
    const QJsonValue uri = params.value(QLatin1String("uri"));
    if (!uri.isString())
        return invalidParams(QStringLiteral("Invalid params: \"uri\" must be a string"),
                             QJsonObject{{QStringLiteral("field"), QStringLiteral("uri")}});
    if (const MockResource *resource = m_config->resource(uri.toString()))
        return MockAnswer::ok(QJsonObject{{QStringLiteral("contents"), QJsonArray{resource->contents()}}});
    for (const MockResourceTemplate &resourceTemplate : m_config->resourceTemplates) {
        QJsonObject args;
        if (!resourceTemplate.match(uri.toString(), &args))
            continue;
        QJsonObject item{{QStringLiteral("uri"), uri}};
        if (!resourceTemplate.mimeType.isEmpty())
            item.insert(QStringLiteral("mimeType"), resourceTemplate.mimeType);
        if (resourceTemplate.isBlob) {
            item.insert(QStringLiteral("blob"), QString::fromLatin1(resourceTemplate.blob.toBase64()));
        } else {
            const QJsonObject vars{{QStringLiteral("args"), args}, {QStringLiteral("uri"), uri},
                                   {QStringLiteral("now"), MockContent::nowText()}};
            item.insert(QStringLiteral("text"), MockTemplate::fillText(resourceTemplate.text, vars));
        }
        return MockAnswer::ok(QJsonObject{{QStringLiteral("contents"), QJsonArray{item}}});
    }
    return MockAnswer::error(JsonRpcErrorCode::ResourceNotFound, QStringLiteral("Resource not found: %1").arg(uri.toString()),
                             QJsonObject{{QStringLiteral("uri"), uri}});
}

MockAnswer MockCatalog::getPrompt(const QJsonObject &params) const
{
    const QJsonValue name = params.value(QLatin1String("name"));
    if (!name.isString())
        return invalidParams(QStringLiteral("Invalid params: \"name\" must be a string"),
                             QJsonObject{{QStringLiteral("field"), QStringLiteral("name")}});
    const MockPrompt *prompt = m_config->prompt(name.toString());
    if (!prompt)
        return invalidParams(QStringLiteral("Unknown prompt: %1").arg(name.toString()), QJsonObject{{QStringLiteral("prompt"), name}});
    const QJsonValue argumentsValue = params.value(QLatin1String("arguments"));
    if (!argumentsValue.isUndefined() && !argumentsValue.isNull() && !argumentsValue.isObject())
        return invalidParams(QStringLiteral("Invalid arguments for prompt %1: the arguments must be an object").arg(prompt->name),
                             QJsonObject{{QStringLiteral("prompt"), prompt->name}, {QStringLiteral("field"), QString()}});
    const QJsonObject arguments = argumentsValue.toObject();
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        if (!it.value().isString())
            return invalidParams(QStringLiteral("Invalid arguments for prompt %1: \"%2\" must be a string, not %3")
                                     .arg(prompt->name, it.key(), MockContent::compact(it.value())),
                                 QJsonObject{{QStringLiteral("prompt"), prompt->name}, {QStringLiteral("field"), it.key()}});
    }
    for (const MockPromptArgument &argument : prompt->arguments) {
        if (argument.required && !arguments.contains(argument.name))
            return invalidParams(
                QStringLiteral("Invalid arguments for prompt %1: \"%2\" is required").arg(prompt->name, argument.name),
                QJsonObject{{QStringLiteral("prompt"), prompt->name}, {QStringLiteral("field"), argument.name}});
    }
    const QJsonObject vars{{QStringLiteral("args"), arguments}, {QStringLiteral("prompt"), prompt->name},
                           {QStringLiteral("now"), MockContent::nowText()}};
    QJsonObject result{
        {QStringLiteral("messages"), MockContent::normalizedMessages(MockTemplate::fill(prompt->messages, vars).toArray())}};
    if (!prompt->description.isEmpty())
        result.insert(QStringLiteral("description"), prompt->description);
    return MockAnswer::ok(result);
}

MockAnswer MockCatalog::complete(const QJsonObject &params) const
{
    const QJsonObject ref = params.value(QLatin1String("ref")).toObject();
    const QJsonObject argument = params.value(QLatin1String("argument")).toObject();
    if (!argument.value(QLatin1String("name")).isString() || !argument.value(QLatin1String("value")).isString())
        return invalidParams(QStringLiteral("Invalid params: \"argument\" must be {name, value} with two strings"),
                             QJsonObject{{QStringLiteral("field"), QStringLiteral("argument")}});
    const QString type = ref.value(QLatin1String("type")).toString();
    QStringList candidates;
    if (type == QLatin1String("ref/prompt")) {
        const MockPrompt *prompt = m_config->prompt(ref.value(QLatin1String("name")).toString());
        if (!prompt)
            return invalidParams(QStringLiteral("Unknown prompt: %1").arg(ref.value(QLatin1String("name")).toString()),
                                 QJsonObject{{QStringLiteral("field"), QStringLiteral("ref.name")}});
        if (const MockPromptArgument *found = prompt->argument(argument.value(QLatin1String("name")).toString()))
            candidates = found->values;
    } else if (type != QLatin1String("ref/resource")) {
        return invalidParams(QStringLiteral("Invalid params: \"ref.type\" must be \"ref/prompt\" or \"ref/resource\""),
                             QJsonObject{{QStringLiteral("field"), QStringLiteral("ref.type")}});
    }
    const QString prefix = argument.value(QLatin1String("value")).toString();
    QJsonArray values;
    int total = 0;
    for (const QString &candidate : std::as_const(candidates)) {
        if (!candidate.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        ++total;
        if (values.size() < kMaxCompletionValues)
            values.append(candidate);
    }
    return MockAnswer::ok(QJsonObject{{QStringLiteral("completion"),
                                       QJsonObject{{QStringLiteral("values"), values},
                                                   {QStringLiteral("total"), total},
                                                   {QStringLiteral("hasMore"), total > values.size()}}}});
}

} // namespace Sockscope
