#include "mockconfigloader.h"

#include "common/boundedfile.h"

#include "mockfaultsreader.h"
#include "mocknotificationreader.h"
#include "mockpromptreader.h"
#include "mockresourcereader.h"
#include "mocktoolreader.h"

#include "json/jsonreader.h"
#include "json/jsontext.h"
#include "jsonrpc/jsonrpccodec.h"

#include <QHash>
#include <QRegularExpression>

#include <limits>

namespace Sockscope {

namespace {

using Need = JsonReader::Need;
using Empty = JsonReader::Empty;

const QLatin1String kFormat("sockscope-mock");

bool readItem(const JsonReader &item, MockTool *tool)
{
    return MockToolReader::read(item, tool);
}

bool readItem(const JsonReader &item, MockResource *resource)
{
    return MockResourceReader::read(item, resource);
}

bool readItem(const JsonReader &item, MockResourceTemplate *resourceTemplate)
{
    return MockResourceReader::read(item, resourceTemplate);
}

bool readItem(const JsonReader &item, MockPrompt *prompt)
{
    return MockPromptReader::read(item, prompt);
}

} // namespace

QString MockConfigLoader::builtinFileName()
{
    return QStringLiteral(":/mock/default.json");
}

bool MockConfigLoader::fail(const QString &path, const QString &message)
{
    m_error = MockConfigError{m_file, path, message, 0, 0};
    return false;
}

bool MockConfigLoader::loadFile(const QString &fileName, MockConfig *config)
{
    m_file = fileName;
    QByteArray data;
    QString error;
    if (!BoundedFile::read(fileName, &data, &error))
        return fail(QString(), error);
    return loadData(data, fileName, config);
}

bool MockConfigLoader::loadBuiltin(MockConfig *config)
{
    return loadFile(builtinFileName(), config);
}

bool MockConfigLoader::loadData(const QByteArray &json, const QString &fileName, MockConfig *config)
{
    m_file = fileName;
    m_error = {};
    QJsonDocument document;
    JsonText::Error textError;
    if (!JsonText::parse(json, &document, &textError, JsonText::DuplicateKeys::Refused)) {
        m_error = MockConfigError{m_file, QString(), textError.message, textError.line, textError.column};
        return false;
    }
    if (!document.isObject())
        return fail(QStringLiteral("$"), tr("a mock configuration must be a JSON object, not %1")
                                             .arg(JsonRpcCodec::typeDescription(document.array())));
    MockConfig loaded;
    loaded.source = fileName;
    const JsonReader root(document.object(), QStringLiteral("$"));
    if (!readTop(root, &loaded))
        return fail(root.error().path, root.error().message);
    *config = loaded;
    return true;
}

template<typename Item, typename NameOf>
bool MockConfigLoader::readUnique(const JsonReader &list, const QString &nameKey, NameOf nameOf, QList<Item> *items)
{
    QHash<QString, QString> seen; // name -> the path of the item that has it
    return list.forEach([&](const JsonReader &entry) {
        Item item;
        if (!readItem(entry, &item))
            return false;
        const QString name = nameOf(item);
        if (seen.contains(name))
            return entry.member(nameKey).fail(tr("\"%1\" is already used at %2").arg(name, seen.value(name)));
        seen.insert(name, entry.path());
        items->append(item);
        return true;
    });
}

bool MockConfigLoader::readFormat(const JsonReader &root)
{
    const JsonReader format = root.member(QStringLiteral("format"));
    const JsonReader version = root.member(QStringLiteral("version"));
    if (format.isMissing())
        return format.fail(tr("missing: this is not a Sockscope mock file (it starts with \"format\": \"sockscope-mock\")"));
    QString name;
    if (!format.expecting(QStringLiteral("\"sockscope-mock\"")).choice(&name, {kFormat}))
        return false;
    if (version.isMissing())
        return version.fail(tr("missing: the format version (this Sockscope reads version %1)").arg(MockConfig::FormatVersion));
    constexpr int kMaxVersion = std::numeric_limits<int>::max();
    int number = 0;
    if (!version.expecting(tr("a whole number from 1 to %1").arg(kMaxVersion)).integer(&number, 1, kMaxVersion))
        return false;
    if (number != MockConfig::FormatVersion)
        return version.fail(tr("version %1 is not supported: this Sockscope reads version %2")
                                .arg(number)
                                .arg(MockConfig::FormatVersion));
    return true;
}

bool MockConfigLoader::readTop(const JsonReader &root, MockConfig *config)
{
    QString description;
    if (!readFormat(root)
        || !root.members({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("description"),
                          QStringLiteral("server"), QStringLiteral("instructions"), QStringLiteral("protocolVersions"),
                          QStringLiteral("capabilities"), QStringLiteral("pageSize"), QStringLiteral("tools"),
                          QStringLiteral("resources"), QStringLiteral("resourceTemplates"), QStringLiteral("prompts"),
                          QStringLiteral("notifications"), QStringLiteral("faults")})
        || !root.member(QStringLiteral("description")).string(&description)
        || !readServer(root.member(QStringLiteral("server")), config)
        || !root.member(QStringLiteral("instructions")).string(&config->instructions)
        || !root.member(QStringLiteral("pageSize")).integer(&config->pageSize, 0, 1000000)
        || !readProtocolVersions(root.member(QStringLiteral("protocolVersions")), config)
        || !readCapabilities(root.member(QStringLiteral("capabilities")), config))
        return false;
    const auto toolName = [](const MockTool &tool) { return tool.name; };
    const auto resourceUri = [](const MockResource &resource) { return resource.uri; };
    const auto templateUri = [](const MockResourceTemplate &resourceTemplate) { return resourceTemplate.uriTemplate; };
    const auto promptName = [](const MockPrompt &prompt) { return prompt.name; };
    const auto readNotification = [config](const JsonReader &item) {
        MockNotification notification;
        if (!MockNotificationReader::read(item, &notification))
            return false;
        config->notifications.append(notification);
        return true;
    };
    const JsonReader faults = root.member(QStringLiteral("faults"));
    return readUnique(root.member(QStringLiteral("tools")), QStringLiteral("name"), toolName, &config->tools)
           && readUnique(root.member(QStringLiteral("resources")), QStringLiteral("uri"), resourceUri, &config->resources)
           && readUnique(root.member(QStringLiteral("resourceTemplates")), QStringLiteral("uriTemplate"), templateUri,
                         &config->resourceTemplates)
           && readUnique(root.member(QStringLiteral("prompts")), QStringLiteral("name"), promptName, &config->prompts)
           && root.member(QStringLiteral("notifications")).forEach(readNotification) && faults.object(nullptr)
           && (faults.isMissing() || MockFaultsReader::read(faults, &config->faults));
}

bool MockConfigLoader::readServer(const JsonReader &server, MockConfig *config)
{
    if (!server.object(nullptr) || server.isMissing())
        return server.ok();
    return server.members({QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("title")})
           && server.member(QStringLiteral("name")).string(&config->serverName, Need::Required, Empty::Refused)
           && server.member(QStringLiteral("version")).string(&config->serverVersion, Need::Required, Empty::Refused)
           && server.member(QStringLiteral("title")).string(&config->serverTitle, Need::Optional, Empty::Refused);
}

bool MockConfigLoader::readProtocolVersions(const JsonReader &versions, MockConfig *config)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!versions.array(nullptr, Need::Optional, Empty::Refused))
        return false;
    return versions.forEach([&versions, config](const JsonReader &item) {
        QString version;
        if (!item.string(&version, Need::Required))
            return false;
        if (!date.match(version).hasMatch())
            return item.fail(tr("%1 is not a protocol version (YYYY-MM-DD)")
                                 .arg(QString::fromUtf8(JsonRpcCodec::encodeValue(version))));
        if (config->protocolVersions.contains(version))
            return item.fail(tr("\"%1\" is already used at %2")
                                 .arg(version, versions.item(config->protocolVersions.indexOf(version)).path()));
        config->protocolVersions.append(version);
        return true;
    });
}

bool MockConfigLoader::readCapabilities(const JsonReader &capabilities, MockConfig *config)
{
    QJsonObject object;
    if (!capabilities.object(&object) || capabilities.isMissing())
        return capabilities.ok();
    // Every capability MCP defines is an object ({} to declare it without options).
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!capabilities.member(it.key()).object(nullptr))
            return false;
    }
    config->capabilities = object;
    return true;
}

} // namespace Sockscope
