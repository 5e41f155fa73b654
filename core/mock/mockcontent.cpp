#include "mockcontent.h"

#include "jsonrpc/jsonrpccodec.h"

#include <QDateTime>

namespace Sockscope {

namespace {

// A text content item's "text" is a string in MCP, even when a lone placeholder such as
// {{sum}} filled it with a number.
QJsonObject textAsString(QJsonObject item)
{
    const QJsonValue text = item.value(QLatin1String("text"));
    if (item.value(QLatin1String("type")).toString() == QLatin1String("text") && !text.isString() && !text.isUndefined())
        item.insert(QStringLiteral("text"), text.isNull() ? QString() : MockContent::compact(text));
    return item;
}

} // namespace

QString MockContent::compact(const QJsonValue &value)
{
    return QString::fromUtf8(JsonRpcCodec::encodeValue(value));
}

QString MockContent::nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString MockContent::quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QJsonObject MockContent::normalizedResult(QJsonObject result)
{
    QJsonArray content = result.value(QLatin1String("content")).toArray();
    for (qsizetype i = 0; i < content.size(); ++i)
        content.replace(i, textAsString(content.at(i).toObject()));
    if (result.contains(QLatin1String("content")))
        result.insert(QStringLiteral("content"), content);
    return result;
}

QJsonArray MockContent::normalizedMessages(QJsonArray messages)
{
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QJsonObject message = messages.at(i).toObject();
        message.insert(QStringLiteral("content"), textAsString(message.value(QLatin1String("content")).toObject()));
        messages.replace(i, message);
    }
    return messages;
}

} // namespace Sockscope
