#include "mockresource.h"

namespace Sockscope {

QJsonObject MockResource::listing() const
{
    QJsonObject resource{{QStringLiteral("uri"), uri}, {QStringLiteral("name"), name}};
    if (!title.isEmpty())
        resource.insert(QStringLiteral("title"), title);
    if (!description.isEmpty())
        resource.insert(QStringLiteral("description"), description);
    if (!mimeType.isEmpty())
        resource.insert(QStringLiteral("mimeType"), mimeType);
    resource.insert(QStringLiteral("size"), double(isBlob ? blob.size() : text.toUtf8().size()));
    if (!annotations.isEmpty())
        resource.insert(QStringLiteral("annotations"), annotations);
    return resource;
}

QJsonObject MockResource::contents() const
{
    QJsonObject item{{QStringLiteral("uri"), uri}};
    if (!mimeType.isEmpty())
        item.insert(QStringLiteral("mimeType"), mimeType);
    if (isBlob)
        item.insert(QStringLiteral("blob"), QString::fromLatin1(blob.toBase64()));
    else
        item.insert(QStringLiteral("text"), text);
    return item;
}

} // namespace Sockscope
