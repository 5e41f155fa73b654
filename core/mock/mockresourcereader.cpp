#include "mockresourcereader.h"

#include "mockconfigchecks.h"
#include "mockconfigloader.h"

#include <QRegularExpression>

namespace Sockscope {

namespace {

using Need = JsonReader::Need;
using Empty = JsonReader::Empty;

bool isBase64(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9+/]*={0,2}$"));
    return text.size() % 4 == 0 && pattern.match(text).hasMatch();
}

// What a resource and a resource template have in common besides their URI.
template<typename Resource>
bool readCommon(const JsonReader &item, Resource *resource)
{
    return item.member(QStringLiteral("name")).string(&resource->name, Need::Required, Empty::Refused)
           && item.member(QStringLiteral("title")).string(&resource->title, Need::Optional, Empty::Refused)
           && item.member(QStringLiteral("description")).string(&resource->description)
           && item.member(QStringLiteral("mimeType")).string(&resource->mimeType, Need::Optional, Empty::Refused)
           && item.member(QStringLiteral("annotations")).object(&resource->annotations);
}

} // namespace

bool MockResourceReader::read(const JsonReader &item, MockResource *resource)
{
    return item.object(nullptr, Need::Required)
           && item.members({QStringLiteral("uri"), QStringLiteral("name"), QStringLiteral("title"),
                            QStringLiteral("description"), QStringLiteral("mimeType"), QStringLiteral("text"),
                            QStringLiteral("blob"), QStringLiteral("annotations")})
           && item.member(QStringLiteral("uri")).string(&resource->uri, Need::Required, Empty::Refused)
           && readCommon(item, resource) && readBody(item, &resource->text, &resource->blob, &resource->isBlob);
}

bool MockResourceReader::read(const JsonReader &item, MockResourceTemplate *resourceTemplate)
{
    const JsonReader uriTemplate = item.member(QStringLiteral("uriTemplate"));
    if (!item.object(nullptr, Need::Required)
        || !item.members({QStringLiteral("uriTemplate"), QStringLiteral("name"), QStringLiteral("title"),
                          QStringLiteral("description"), QStringLiteral("mimeType"), QStringLiteral("text"),
                          QStringLiteral("blob"), QStringLiteral("annotations")})
        || !uriTemplate.string(&resourceTemplate->uriTemplate, Need::Required, Empty::Refused)
        || !readCommon(item, resourceTemplate)
        || !readBody(item, &resourceTemplate->text, &resourceTemplate->blob, &resourceTemplate->isBlob))
        return false;
    QStringList variables;
    QString problem;
    if (!MockResourceTemplate::parse(resourceTemplate->uriTemplate, &variables, &problem))
        return uriTemplate.fail(MockConfigLoader::tr("is not a URI template: %1").arg(problem));
    return resourceTemplate->isBlob
           || MockConfigChecks::placeholders(item.member(QStringLiteral("text")),
                                             {QStringLiteral("args"), QStringLiteral("uri"), QStringLiteral("now")},
                                             variables, true);
}

bool MockResourceReader::readBody(const JsonReader &reader, QString *text, QByteArray *blob, bool *isBlob)
{
    const JsonReader textReader = reader.member(QStringLiteral("text"));
    const JsonReader blobReader = reader.member(QStringLiteral("blob"));
    if (!textReader.isMissing() && !blobReader.isMissing())
        return blobReader.fail(MockConfigLoader::tr("give either \"text\" or \"blob\", not both"));
    if (textReader.isMissing() && blobReader.isMissing())
        return textReader.fail(MockConfigLoader::tr("missing: give \"text\" or \"blob\""));
    if (!textReader.isMissing())
        return textReader.string(text, Need::Required);
    QString encoded;
    if (!blobReader.string(&encoded, Need::Required))
        return false;
    if (!isBase64(encoded))
        return blobReader.fail(MockConfigLoader::tr("is not valid base64"));
    *blob = QByteArray::fromBase64(encoded.toLatin1());
    *isBlob = true;
    return true;
}

} // namespace Sockscope
