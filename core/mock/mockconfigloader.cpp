#include "mockconfigloader.h"

#include "common/boundedfile.h"

#include "mocktemplate.h"

#include "jsonrpc/jsonkeyscanner.h"
#include "jsonrpc/jsonrpccodec.h"
#include "jsonschema/jsonschemavalidator.h"
#include "protocol/closecode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace Sockscope {

namespace {

const QLatin1String kFormat("sockscope-mock");
const QStringList kToolRoots = {QStringLiteral("args"), QStringLiteral("tool"), QStringLiteral("call"),
                                QStringLiteral("now")};
const QStringList kContentTypes = {QStringLiteral("text"), QStringLiteral("image"), QStringLiteral("audio"),
                                   QStringLiteral("resource"), QStringLiteral("resource_link")};
const QStringList kRoles = {QStringLiteral("user"), QStringLiteral("assistant")};

QString member(const QString &path, const QString &key)
{
    return MockConfigError::memberPath(path, key);
}

QString index(const QString &path, qsizetype i)
{
    return MockConfigError::indexPath(path, i);
}

QString compact(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return quoted.join(QLatin1String(", "));
}

QString typeOf(const QJsonValue &value)
{
    return JsonRpcCodec::typeDescription(value);
}

QString aString() { return typeOf(QJsonValue(QString())); }
QString anObject() { return typeOf(QJsonObject()); }
QString anArray() { return typeOf(QJsonArray()); }
QString aNumber() { return typeOf(QJsonValue(0.0)); }
QString aBool() { return typeOf(QJsonValue(true)); }

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && std::isfinite(value.toDouble()) && std::floor(value.toDouble()) == value.toDouble();
}

bool isBase64(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9+/]*={0,2}$"));
    return text.size() % 4 == 0 && pattern.match(text).hasMatch();
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

bool MockConfigLoader::wrongType(const QString &path, const QString &expected, const QJsonValue &value)
{
    if (value.isUndefined())
        return fail(path, tr("missing: expected %1").arg(expected));
    return fail(path, tr("must be %1, not %2").arg(expected, typeOf(value)));
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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const auto position = [&](qint64 offset) {
        const QByteArray before = json.left(offset);
        const qsizetype lastNewline = before.lastIndexOf('\n');
        m_error.line = int(before.count('\n')) + 1;
        m_error.column = int(offset - lastNewline);
    };
    if (parseError.error != QJsonParseError::NoError) {
        fail(QString(), tr("not valid JSON: %1").arg(parseError.errorString()));
        position(parseError.offset);
        return false;
    }
    const QList<JsonKeyScanner::Duplicate> duplicates = JsonKeyScanner::findDuplicates(json, 1);
    if (!duplicates.isEmpty()) {
        // Which of two equal keys counts differs between JSON parsers: refuse to guess.
        fail(QString(), tr("the key \"%1\" appears twice in one object").arg(duplicates.first().key));
        position(duplicates.first().offset);
        return false;
    }
    if (!document.isObject())
        return fail(QStringLiteral("$"), tr("a mock configuration must be a JSON object, not %1").arg(anArray()));
    MockConfig loaded;
    loaded.source = fileName;
    if (!readTop(document.object(), &loaded))
        return false;
    *config = loaded;
    return true;
}

// ---- typed members -------------------------------------------------------------------

bool MockConfigLoader::checkMembers(const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(member(path, it.key()), tr("unknown member; expected one of: %1").arg(allowed.join(QLatin1String(", "))));
    }
    return true;
}

bool MockConfigLoader::readString(const QJsonObject &object, const QString &path, const QString &key, QString *out,
                                  Need need, bool allowEmpty)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && need == Need::Optional)
        return true;
    if (!value.isString())
        return wrongType(member(path, key), aString(), value);
    if (!allowEmpty && value.toString().isEmpty())
        return fail(member(path, key), tr("must not be empty"));
    *out = value.toString();
    return true;
}

bool MockConfigLoader::readInt(const QJsonObject &object, const QString &path, const QString &key, int *out, int min,
                               int max, Need need)
{
    qint64 value = *out;
    const QJsonValue json = object.value(key);
    if (json.isUndefined()) {
        if (need == Need::Required)
            return wrongType(member(path, key), aNumber(), json);
        return true;
    }
    if (!readInt64(object, path, key, &value, min, max))
        return false;
    *out = int(value);
    return true;
}

bool MockConfigLoader::readInt64(const QJsonObject &object, const QString &path, const QString &key, qint64 *out,
                                 qint64 min, qint64 max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble())
        return wrongType(member(path, key), aNumber(), value);
    if (!isWholeNumber(value))
        return fail(member(path, key), tr("must be a whole number, not %1").arg(compact(value)));
    const double number = value.toDouble();
    if (number < double(min) || number > double(max))
        return fail(member(path, key), tr("must be between %1 and %2, not %3").arg(min).arg(max).arg(compact(value)));
    *out = qint64(number);
    return true;
}

bool MockConfigLoader::readRate(const QJsonObject &object, const QString &path, const QString &key, double *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble())
        return wrongType(member(path, key), aNumber(), value);
    if (value.toDouble() < 0 || value.toDouble() > 1)
        return fail(member(path, key), tr("must be between %1 and %2, not %3").arg(0).arg(1).arg(compact(value)));
    *out = value.toDouble();
    return true;
}

bool MockConfigLoader::readBool(const QJsonObject &object, const QString &path, const QString &key, bool *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool())
        return wrongType(member(path, key), aBool(), value);
    *out = value.toBool();
    return true;
}

bool MockConfigLoader::readObject(const QJsonObject &object, const QString &path, const QString &key, QJsonObject *out,
                                  Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && need == Need::Optional)
        return true;
    if (!value.isObject())
        return wrongType(member(path, key), anObject(), value);
    *out = value.toObject();
    return true;
}

bool MockConfigLoader::readArray(const QJsonObject &object, const QString &path, const QString &key, QJsonArray *out,
                                 Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && need == Need::Optional)
        return true;
    if (!value.isArray())
        return wrongType(member(path, key), anArray(), value);
    *out = value.toArray();
    return true;
}

bool MockConfigLoader::readStringList(const QJsonObject &object, const QString &path, const QString &key, QStringList *out)
{
    QJsonArray array;
    if (!readArray(object, path, key, &array))
        return false;
    QStringList list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            return array.at(i).isString() ? fail(index(member(path, key), i), tr("must not be empty"))
                                          : wrongType(index(member(path, key), i), aString(), array.at(i));
        list.append(array.at(i).toString());
    }
    if (object.contains(key))
        *out = list;
    return true;
}

bool MockConfigLoader::checkPlaceholders(const QJsonValue &value, const QString &path, const QStringList &roots,
                                         const QStringList &argumentNames, bool checkArguments)
{
    for (const auto &found : MockTemplate::placeholders(value, path)) {
        const QString &name = found.second;
        const QString root = name.section(QLatin1Char('.'), 0, 0);
        if (!roots.contains(root))
            return fail(found.first, tr("{{%1}} is not a placeholder here; use one of %2")
                                         .arg(name, quotedList(roots)));
        const QString argument = name.section(QLatin1Char('.'), 1, 1);
        if (checkArguments && root == QLatin1String("args") && !argument.isEmpty() && !argumentNames.contains(argument))
            return fail(found.first, tr("{{%1}} names nothing: the names here are %2")
                                         .arg(name, argumentNames.isEmpty() ? tr("(none)") : quotedList(argumentNames)));
    }
    return true;
}

bool MockConfigLoader::checkContentItem(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return wrongType(path, anObject(), value);
    const QJsonObject item = value.toObject();
    const QJsonValue type = item.value(QLatin1String("type"));
    if (!type.isString())
        return wrongType(member(path, QStringLiteral("type")), aString(), type);
    if (!kContentTypes.contains(type.toString()))
        return fail(member(path, QStringLiteral("type")),
                    tr("must be one of %1, not %2").arg(quotedList(kContentTypes), compact(type)));
    QStringList needed;
    if (type.toString() == QLatin1String("text"))
        needed = {QStringLiteral("text")};
    else if (type.toString() == QLatin1String("image") || type.toString() == QLatin1String("audio"))
        needed = {QStringLiteral("data"), QStringLiteral("mimeType")};
    else if (type.toString() == QLatin1String("resource_link"))
        needed = {QStringLiteral("uri"), QStringLiteral("name")};
    for (const QString &key : std::as_const(needed)) {
        if (!item.value(key).isString())
            return wrongType(member(path, key), aString(), item.value(key));
    }
    if (type.toString() == QLatin1String("resource") && !item.value(QLatin1String("resource")).isObject())
        return wrongType(member(path, QStringLiteral("resource")), anObject(), item.value(QLatin1String("resource")));
    return true;
}

// ---- sections ------------------------------------------------------------------------

bool MockConfigLoader::readTop(const QJsonObject &root, MockConfig *config)
{
    const QString path = QStringLiteral("$");
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.isUndefined())
        return fail(member(path, QStringLiteral("format")),
                    tr("missing: this is not a Sockscope mock file (it starts with \"format\": \"sockscope-mock\")"));
    if (format.toString() != kFormat)
        return fail(member(path, QStringLiteral("format")), tr("must be \"sockscope-mock\", not %1").arg(compact(format)));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined())
        return fail(member(path, QStringLiteral("version")),
                    tr("missing: the format version (this Sockscope reads version %1)").arg(MockConfig::FormatVersion));
    if (!isWholeNumber(version) || version.toDouble() < 1)
        return fail(member(path, QStringLiteral("version")), tr("must be a whole number, not %1").arg(compact(version)));
    if (version.toDouble() != MockConfig::FormatVersion)
        return fail(member(path, QStringLiteral("version")),
                    tr("version %1 is not supported: this Sockscope reads version %2")
                        .arg(compact(version)).arg(MockConfig::FormatVersion));

    if (!checkMembers(root, path,
                      {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("description"),
                       QStringLiteral("server"), QStringLiteral("instructions"), QStringLiteral("protocolVersions"),
                       QStringLiteral("capabilities"), QStringLiteral("pageSize"), QStringLiteral("tools"),
                       QStringLiteral("resources"), QStringLiteral("resourceTemplates"), QStringLiteral("prompts"),
                       QStringLiteral("notifications"), QStringLiteral("faults")}))
        return false;
    QString description;
    if (!readString(root, path, QStringLiteral("description"), &description, Need::Optional, true))
        return false;
    QJsonObject server;
    if (!readObject(root, path, QStringLiteral("server"), &server)
        || (root.contains(QLatin1String("server")) && !readServer(server, member(path, QStringLiteral("server")), config))
        || !readString(root, path, QStringLiteral("instructions"), &config->instructions, Need::Optional, true)
        || !readInt(root, path, QStringLiteral("pageSize"), &config->pageSize, 0, 1000000))
        return false;

    QJsonArray versions;
    if (!readArray(root, path, QStringLiteral("protocolVersions"), &versions))
        return false;
    if (root.contains(QLatin1String("protocolVersions"))) {
        const QString versionsPath = member(path, QStringLiteral("protocolVersions"));
        if (versions.isEmpty())
            return fail(versionsPath, tr("must not be empty"));
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        for (qsizetype i = 0; i < versions.size(); ++i) {
            const QJsonValue item = versions.at(i);
            if (!item.isString())
                return wrongType(index(versionsPath, i), aString(), item);
            if (!date.match(item.toString()).hasMatch())
                return fail(index(versionsPath, i), tr("%1 is not a protocol version (YYYY-MM-DD)").arg(compact(item)));
            if (config->protocolVersions.contains(item.toString()))
                return fail(index(versionsPath, i), tr("\"%1\" is already used at %2")
                                                        .arg(item.toString(), index(versionsPath, config->protocolVersions.indexOf(item.toString()))));
            config->protocolVersions.append(item.toString());
        }
    }

    QJsonObject capabilities;
    if (!readObject(root, path, QStringLiteral("capabilities"), &capabilities))
        return false;
    if (root.contains(QLatin1String("capabilities"))
        && !readCapabilities(capabilities, member(path, QStringLiteral("capabilities")), config))
        return false;

    QJsonArray tools;
    if (!readArray(root, path, QStringLiteral("tools"), &tools))
        return false;
    QHash<QString, QString> names;
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QString itemPath = index(member(path, QStringLiteral("tools")), i);
        MockTool tool;
        if (!readTool(tools.at(i), itemPath, &tool))
            return false;
        if (names.contains(tool.name))
            return fail(member(itemPath, QStringLiteral("name")),
                        tr("\"%1\" is already used at %2").arg(tool.name, names.value(tool.name)));
        names.insert(tool.name, itemPath);
        config->tools.append(tool);
    }

    QJsonArray resources;
    if (!readArray(root, path, QStringLiteral("resources"), &resources))
        return false;
    names.clear();
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QString itemPath = index(member(path, QStringLiteral("resources")), i);
        MockResource resource;
        if (!readResource(resources.at(i), itemPath, &resource))
            return false;
        if (names.contains(resource.uri))
            return fail(member(itemPath, QStringLiteral("uri")),
                        tr("\"%1\" is already used at %2").arg(resource.uri, names.value(resource.uri)));
        names.insert(resource.uri, itemPath);
        config->resources.append(resource);
    }

    QJsonArray templates;
    if (!readArray(root, path, QStringLiteral("resourceTemplates"), &templates))
        return false;
    names.clear();
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QString itemPath = index(member(path, QStringLiteral("resourceTemplates")), i);
        MockResourceTemplate resourceTemplate;
        if (!readResourceTemplate(templates.at(i), itemPath, &resourceTemplate))
            return false;
        if (names.contains(resourceTemplate.uriTemplate))
            return fail(member(itemPath, QStringLiteral("uriTemplate")),
                        tr("\"%1\" is already used at %2").arg(resourceTemplate.uriTemplate, names.value(resourceTemplate.uriTemplate)));
        names.insert(resourceTemplate.uriTemplate, itemPath);
        config->resourceTemplates.append(resourceTemplate);
    }

    QJsonArray prompts;
    if (!readArray(root, path, QStringLiteral("prompts"), &prompts))
        return false;
    names.clear();
    for (qsizetype i = 0; i < prompts.size(); ++i) {
        const QString itemPath = index(member(path, QStringLiteral("prompts")), i);
        MockPrompt prompt;
        if (!readPrompt(prompts.at(i), itemPath, &prompt))
            return false;
        if (names.contains(prompt.name))
            return fail(member(itemPath, QStringLiteral("name")),
                        tr("\"%1\" is already used at %2").arg(prompt.name, names.value(prompt.name)));
        names.insert(prompt.name, itemPath);
        config->prompts.append(prompt);
    }

    QJsonArray notifications;
    if (!readArray(root, path, QStringLiteral("notifications"), &notifications))
        return false;
    for (qsizetype i = 0; i < notifications.size(); ++i) {
        MockNotification notification;
        if (!readNotification(notifications.at(i), index(member(path, QStringLiteral("notifications")), i), &notification))
            return false;
        config->notifications.append(notification);
    }

    QJsonObject faults;
    if (!readObject(root, path, QStringLiteral("faults"), &faults))
        return false;
    return !root.contains(QLatin1String("faults")) || readFaults(faults, member(path, QStringLiteral("faults")), &config->faults);
}

bool MockConfigLoader::readServer(const QJsonObject &object, const QString &path, MockConfig *config)
{
    return checkMembers(object, path, {QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("title")})
           && readString(object, path, QStringLiteral("name"), &config->serverName, Need::Required)
           && readString(object, path, QStringLiteral("version"), &config->serverVersion, Need::Required)
           && readString(object, path, QStringLiteral("title"), &config->serverTitle);
}

bool MockConfigLoader::readCapabilities(const QJsonObject &object, const QString &path, MockConfig *config)
{
    // Every capability MCP defines is an object ({} to declare it without options).
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isObject())
            return wrongType(member(path, it.key()), anObject(), it.value());
    }
    config->capabilities = object;
    return true;
}

bool MockConfigLoader::readTool(const QJsonValue &value, const QString &path, MockTool *tool)
{
    if (!value.isObject())
        return wrongType(path, anObject(), value);
    const QJsonObject object = value.toObject();
    if (!checkMembers(object, path,
                      {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"),
                       QStringLiteral("inputSchema"), QStringLiteral("outputSchema"), QStringLiteral("annotations"),
                       QStringLiteral("response")})
        || !readString(object, path, QStringLiteral("name"), &tool->name, Need::Required)
        || !readString(object, path, QStringLiteral("title"), &tool->title)
        || !readString(object, path, QStringLiteral("description"), &tool->description, Need::Optional, true)
        || !readObject(object, path, QStringLiteral("inputSchema"), &tool->inputSchema)
        || !readObject(object, path, QStringLiteral("outputSchema"), &tool->outputSchema)
        || !readObject(object, path, QStringLiteral("annotations"), &tool->annotations))
        return false;
    for (const char *key : {"inputSchema", "outputSchema"}) {
        const QString name = QString::fromLatin1(key);
        if (!object.contains(name))
            continue;
        const QJsonObject schema = name == QLatin1String("inputSchema") ? tool->inputSchema : tool->outputSchema;
        const QString schemaPath = member(path, name);
        // MCP: a tool's schemas describe an object (the arguments, the structured result).
        if (schema.value(QLatin1String("type")).toString() != QLatin1String("object"))
            return fail(member(schemaPath, QStringLiteral("type")), tr("must be \"object\", not %1")
                                                                      .arg(compact(schema.value(QLatin1String("type")))));
        const QList<JsonSchemaProblem> problems = JsonSchemaValidator(schema).schemaProblems();
        if (!problems.isEmpty()) {
            QString errorPath = schemaPath;
            for (const JsonLocation::Step &step : problems.first().location.steps())
                errorPath = step.isIndex() ? index(errorPath, step.index) : member(errorPath, step.name);
            return fail(errorPath, problems.first().text);
        }
    }
    const QJsonValue response = object.value(QLatin1String("response"));
    if (response.isUndefined())
        return true; // echo
    if (!readResponse(response, member(path, QStringLiteral("response")), &tool->response))
        return false;
    return true;
}

bool MockConfigLoader::readToolResult(const QJsonObject &object, const QString &path, const QStringList &roots,
                                      bool requireContent, MockResponse *response)
{
    const bool hasResult = object.contains(QLatin1String("result"));
    const bool hasParts = object.contains(QLatin1String("content")) || object.contains(QLatin1String("structuredContent"))
                          || object.contains(QLatin1String("isError"));
    if (hasResult && hasParts)
        return fail(member(path, QStringLiteral("result")),
                    tr("\"result\" takes the place of \"content\", \"structuredContent\" and \"isError\": give one or the other"));
    if (hasResult) {
        if (!readObject(object, path, QStringLiteral("result"), &response->result))
            return false;
    } else if (hasParts || requireContent) {
        QJsonArray content;
        if (!object.contains(QLatin1String("content")))
            return fail(member(path, QStringLiteral("content")),
                        tr("missing: give \"content\" (an array) or \"result\" (an object)"));
        if (!readArray(object, path, QStringLiteral("content"), &content))
            return false;
        for (qsizetype i = 0; i < content.size(); ++i) {
            if (!checkContentItem(content.at(i), index(member(path, QStringLiteral("content")), i)))
                return false;
        }
        QJsonObject result{{QStringLiteral("content"), content}};
        if (object.contains(QLatin1String("structuredContent"))) {
            const QJsonValue structured = object.value(QLatin1String("structuredContent"));
            // An object, or in a template one placeholder that gives one ({{args}}).
            static const QRegularExpression lonePlaceholder(QStringLiteral("^\\{\\{[^{}]+\\}\\}$"));
            const bool placeholder = structured.isString() && roots.size() > 1
                                     && lonePlaceholder.match(structured.toString()).hasMatch();
            if (!structured.isObject() && !placeholder)
                return wrongType(member(path, QStringLiteral("structuredContent")), anObject(), structured);
            result.insert(QStringLiteral("structuredContent"), structured);
        }
        bool isError = false;
        if (!readBool(object, path, QStringLiteral("isError"), &isError))
            return false;
        if (object.contains(QLatin1String("isError")))
            result.insert(QStringLiteral("isError"), isError);
        response->result = result;
    }
    if (roots.size() > 1) {
        for (const char *key : {"result", "content", "structuredContent"}) {
            const QString name = QString::fromLatin1(key);
            if (object.contains(name) && !checkPlaceholders(object.value(name), member(path, name), roots))
                return false;
        }
    }
    return true;
}

bool MockConfigLoader::readResponse(const QJsonValue &value, const QString &path, MockResponse *response)
{
    if (!value.isObject())
        return wrongType(path, anObject(), value);
    const QJsonObject object = value.toObject();
    const QJsonValue kind = object.value(QLatin1String("kind"));
    if (!kind.isString())
        return wrongType(member(path, QStringLiteral("kind")), aString(), kind);
    if (!MockResponse::kindFromName(kind.toString(), &response->kind))
        return fail(member(path, QStringLiteral("kind")),
                    tr("must be one of %1, not %2").arg(quotedList(MockResponse::kindNames()), compact(kind)));
    QStringList allowed = {QStringLiteral("kind"), QStringLiteral("delayMs")};
    switch (response->kind) {
    case MockResponse::Kind::Static:
    case MockResponse::Kind::Template:
        allowed << QStringLiteral("content") << QStringLiteral("structuredContent") << QStringLiteral("isError")
                << QStringLiteral("result");
        break;
    case MockResponse::Kind::Echo:
        break;
    case MockResponse::Kind::ToolError:
        allowed << QStringLiteral("message");
        break;
    case MockResponse::Kind::JsonRpcError:
        allowed << QStringLiteral("code") << QStringLiteral("message") << QStringLiteral("data");
        break;
    case MockResponse::Kind::Progress:
        allowed << QStringLiteral("steps") << QStringLiteral("intervalMs") << QStringLiteral("total")
                << QStringLiteral("message") << QStringLiteral("then");
        break;
    case MockResponse::Kind::Sequence:
        allowed << QStringLiteral("responses") << QStringLiteral("cycle") << QStringLiteral("scope");
        break;
    case MockResponse::Kind::Sum:
        allowed << QStringLiteral("operands") << QStringLiteral("content") << QStringLiteral("structuredContent")
                << QStringLiteral("isError") << QStringLiteral("result");
        break;
    }
    if (!checkMembers(object, path, allowed)
        || !readInt(object, path, QStringLiteral("delayMs"), &response->delayMs, 0, MaxDelayMs))
        return false;

    switch (response->kind) {
    case MockResponse::Kind::Static:
        return readToolResult(object, path, {}, true, response);
    case MockResponse::Kind::Template:
        return readToolResult(object, path, kToolRoots, true, response);
    case MockResponse::Kind::Echo:
        return true;
    case MockResponse::Kind::ToolError:
        return readString(object, path, QStringLiteral("message"), &response->message, Need::Required)
               && checkPlaceholders(object.value(QLatin1String("message")), member(path, QStringLiteral("message")), kToolRoots);
    case MockResponse::Kind::JsonRpcError: {
        if (!readInt(object, path, QStringLiteral("code"), &response->errorCode, std::numeric_limits<int>::min(),
                     std::numeric_limits<int>::max(), Need::Required)
            || !readString(object, path, QStringLiteral("message"), &response->message, Need::Required)
            || !checkPlaceholders(object.value(QLatin1String("message")), member(path, QStringLiteral("message")), kToolRoots))
            return false;
        if (object.contains(QLatin1String("data"))) {
            response->errorData = object.value(QLatin1String("data"));
            if (!checkPlaceholders(response->errorData, member(path, QStringLiteral("data")), kToolRoots))
                return false;
        }
        return true;
    }
    case MockResponse::Kind::Progress: {
        if (!readInt(object, path, QStringLiteral("steps"), &response->steps, 1, MaxProgressSteps)
            || !readInt(object, path, QStringLiteral("intervalMs"), &response->intervalMs, 0, MaxDelayMs)
            || !readString(object, path, QStringLiteral("message"), &response->message, Need::Optional, true)
            || !checkPlaceholders(object.value(QLatin1String("message")), member(path, QStringLiteral("message")),
                                  kToolRoots + QStringList{QStringLiteral("step"), QStringLiteral("steps")}))
            return false;
        const QJsonValue total = object.value(QLatin1String("total"));
        if (!total.isUndefined()) {
            if (!total.isDouble())
                return wrongType(member(path, QStringLiteral("total")), aNumber(), total);
            if (total.toDouble() <= 0)
                return fail(member(path, QStringLiteral("total")), tr("must be greater than 0"));
            response->total = total.toDouble();
        }
        MockResponse next;
        next.kind = MockResponse::Kind::Static;
        next.result = QJsonObject{{QStringLiteral("content"),
                                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                          {QStringLiteral("text"), QStringLiteral("done")}}}}};
        if (object.contains(QLatin1String("then")) && !readResponse(object.value(QLatin1String("then")),
                                                                    member(path, QStringLiteral("then")), &next))
            return false;
        response->next = {next};
        return true;
    }
    case MockResponse::Kind::Sequence: {
        QJsonArray responses;
        if (!readArray(object, path, QStringLiteral("responses"), &responses, Need::Required))
            return false;
        if (responses.isEmpty())
            return fail(member(path, QStringLiteral("responses")), tr("must not be empty"));
        for (qsizetype i = 0; i < responses.size(); ++i) {
            MockResponse item;
            if (!readResponse(responses.at(i), index(member(path, QStringLiteral("responses")), i), &item))
                return false;
            response->responses.push_back(item);
        }
        QString scope = QStringLiteral("session");
        if (!readBool(object, path, QStringLiteral("cycle"), &response->cycle)
            || !readString(object, path, QStringLiteral("scope"), &scope))
            return false;
        if (scope != QLatin1String("session") && scope != QLatin1String("server"))
            return fail(member(path, QStringLiteral("scope")),
                        tr("must be one of %1, not %2").arg(quotedList({QStringLiteral("session"), QStringLiteral("server")}),
                                                            compact(scope)));
        response->perServer = scope == QLatin1String("server");
        response->counterKey = path;
        return true;
    }
    case MockResponse::Kind::Sum: {
        if (!readStringList(object, path, QStringLiteral("operands"), &response->operands))
            return false;
        const bool custom = object.contains(QLatin1String("content")) || object.contains(QLatin1String("result"))
                            || object.contains(QLatin1String("structuredContent")) || object.contains(QLatin1String("isError"));
        if (custom)
            return readToolResult(object, path, kToolRoots + QStringList{QStringLiteral("sum")}, true, response);
        response->result = QJsonObject{
            {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                               {QStringLiteral("text"), QStringLiteral("{{sum}}")}}}},
            {QStringLiteral("structuredContent"), QJsonObject{{QStringLiteral("sum"), QStringLiteral("{{sum}}")}}},
        };
        return true;
    }
    }
    return true;
}

bool MockConfigLoader::readBody(const QJsonObject &object, const QString &path, QString *text, QByteArray *blob, bool *isBlob)
{
    const bool hasText = object.contains(QLatin1String("text"));
    const bool hasBlob = object.contains(QLatin1String("blob"));
    if (hasText && hasBlob)
        return fail(member(path, QStringLiteral("blob")), tr("give either \"text\" or \"blob\", not both"));
    if (!hasText && !hasBlob)
        return fail(member(path, QStringLiteral("text")), tr("missing: give \"text\" or \"blob\""));
    if (hasText)
        return readString(object, path, QStringLiteral("text"), text, Need::Required, true);
    QString encoded;
    if (!readString(object, path, QStringLiteral("blob"), &encoded, Need::Required, true))
        return false;
    if (!isBase64(encoded))
        return fail(member(path, QStringLiteral("blob")), tr("is not valid base64"));
    *blob = QByteArray::fromBase64(encoded.toLatin1());
    *isBlob = true;
    return true;
}

bool MockConfigLoader::readResource(const QJsonValue &value, const QString &path, MockResource *resource)
{
    if (!value.isObject())
        return wrongType(path, anObject(), value);
    const QJsonObject object = value.toObject();
    return checkMembers(object, path,
                        {QStringLiteral("uri"), QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"),
                         QStringLiteral("mimeType"), QStringLiteral("text"), QStringLiteral("blob"),
                         QStringLiteral("annotations")})
           && readString(object, path, QStringLiteral("uri"), &resource->uri, Need::Required)
           && readString(object, path, QStringLiteral("name"), &resource->name, Need::Required)
           && readString(object, path, QStringLiteral("title"), &resource->title)
           && readString(object, path, QStringLiteral("description"), &resource->description, Need::Optional, true)
           && readString(object, path, QStringLiteral("mimeType"), &resource->mimeType)
           && readObject(object, path, QStringLiteral("annotations"), &resource->annotations)
           && readBody(object, path, &resource->text, &resource->blob, &resource->isBlob);
}

bool MockConfigLoader::readResourceTemplate(const QJsonValue &value, const QString &path,
                                            MockResourceTemplate *resourceTemplate)
{
    if (!value.isObject())
        return wrongType(path, anObject(), value);
    const QJsonObject object = value.toObject();
    if (!checkMembers(object, path,
                      {QStringLiteral("uriTemplate"), QStringLiteral("name"), QStringLiteral("title"),
                       QStringLiteral("description"), QStringLiteral("mimeType"), QStringLiteral("text"),
                       QStringLiteral("blob"), QStringLiteral("annotations")})
        || !readString(object, path, QStringLiteral("uriTemplate"), &resourceTemplate->uriTemplate, Need::Required)
        || !readString(object, path, QStringLiteral("name"), &resourceTemplate->name, Need::Required)
        || !readString(object, path, QStringLiteral("title"), &resourceTemplate->title)
        || !readString(object, path, QStringLiteral("description"), &resourceTemplate->description, Need::Optional, true)
        || !readString(object, path, QStringLiteral("mimeType"), &resourceTemplate->mimeType)
        || !readObject(object, path, QStringLiteral("annotations"), &resourceTemplate->annotations)
        || !readBody(object, path, &resourceTemplate->text, &resourceTemplate->blob, &resourceTemplate->isBlob))
        return false;
    QStringList variables;
    QString problem;
    if (!MockResourceTemplate::parse(resourceTemplate->uriTemplate, &variables, &problem))
        return fail(member(path, QStringLiteral("uriTemplate")), tr("is not a URI template: %1").arg(problem));
    return resourceTemplate->isBlob
           || checkPlaceholders(object.value(QLatin1String("text")), member(path, QStringLiteral("text")),
                                {QStringLiteral("args"), QStringLiteral("uri"), QStringLiteral("now")}, variables, true);
}

bool MockConfigLoader::readPrompt(const QJsonValue &value, const QString &path, MockPrompt *prompt)
{
    if (!value.isObject())
        return wrongType(path, anObject(), value);
    const QJsonObject object = value.toObject();
    QJsonArray arguments;
    if (!checkMembers(object, path,
                      {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"),
                       QStringLiteral("arguments"), QStringLiteral("messages")})
        || !readString(object, path, QStringLiteral("name"), &prompt->name, Need::Required)
        || !readString(object, path, QStringLiteral("title"), &prompt->title)
        || !readString(object, path, QStringLiteral("description"), &prompt->description, Need::Optional, true)
        || !readArray(object, path, QStringLiteral("arguments"), &arguments)
        || !readArray(object, path, QStringLiteral("messages"), &prompt->messages, Need::Required))
        return false;
    QStringList names;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString itemPath = index(member(path, QStringLiteral("arguments")), i);
        if (!arguments.at(i).isObject())
            return wrongType(itemPath, anObject(), arguments.at(i));
        const QJsonObject item = arguments.at(i).toObject();
        MockPromptArgument argument;
        if (!checkMembers(item, itemPath,
                          {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"),
                           QStringLiteral("required"), QStringLiteral("values")})
            || !readString(item, itemPath, QStringLiteral("name"), &argument.name, Need::Required)
            || !readString(item, itemPath, QStringLiteral("title"), &argument.title)
            || !readString(item, itemPath, QStringLiteral("description"), &argument.description, Need::Optional, true)
            || !readBool(item, itemPath, QStringLiteral("required"), &argument.required)
            || !readStringList(item, itemPath, QStringLiteral("values"), &argument.values))
            return false;
        if (names.contains(argument.name))
            return fail(member(itemPath, QStringLiteral("name")),
                        tr("\"%1\" is already used at %2")
                            .arg(argument.name, index(member(path, QStringLiteral("arguments")), names.indexOf(argument.name))));
        names.append(argument.name);
        prompt->arguments.append(argument);
    }
    if (prompt->messages.isEmpty())
        return fail(member(path, QStringLiteral("messages")), tr("must not be empty"));
    for (qsizetype i = 0; i < prompt->messages.size(); ++i) {
        const QString itemPath = index(member(path, QStringLiteral("messages")), i);
        if (!prompt->messages.at(i).isObject())
            return wrongType(itemPath, anObject(), prompt->messages.at(i));
        const QJsonObject message = prompt->messages.at(i).toObject();
        QString role;
        if (!checkMembers(message, itemPath, {QStringLiteral("role"), QStringLiteral("content")})
            || !readString(message, itemPath, QStringLiteral("role"), &role, Need::Required))
            return false;
        if (!kRoles.contains(role))
            return fail(member(itemPath, QStringLiteral("role")),
                        tr("must be one of %1, not %2").arg(quotedList(kRoles), compact(role)));
        if (!checkContentItem(message.value(QLatin1String("content")), member(itemPath, QStringLiteral("content"))))
            return false;
    }
    return checkPlaceholders(prompt->messages, member(path, QStringLiteral("messages")),
                             {QStringLiteral("args"), QStringLiteral("prompt"), QStringLiteral("now")}, names, true);
}

bool MockConfigLoader::readNotification(const QJsonValue &value, const QString &path, MockNotification *notification)
{
    if (!value.isObject())
        return wrongType(path, anObject(), value);
    const QJsonObject object = value.toObject();
    if (!checkMembers(object, path,
                      {QStringLiteral("method"), QStringLiteral("params"), QStringLiteral("delayMs"),
                       QStringLiteral("intervalMs"), QStringLiteral("count")})
        || !readString(object, path, QStringLiteral("method"), &notification->method, Need::Required)
        || !readObject(object, path, QStringLiteral("params"), &notification->params)
        || !readInt(object, path, QStringLiteral("delayMs"), &notification->delayMs, 0, MaxDelayMs)
        || !readInt(object, path, QStringLiteral("intervalMs"), &notification->intervalMs, 0, MaxDelayMs)
        || !readInt(object, path, QStringLiteral("count"), &notification->count, 0, std::numeric_limits<int>::max()))
        return false;
    if (!notification->method.startsWith(QLatin1String("notifications/")))
        return fail(member(path, QStringLiteral("method")), tr("must start with \"notifications/\""));
    if (notification->intervalMs == 0 && object.contains(QLatin1String("count")) && notification->count != 1)
        return fail(member(path, QStringLiteral("count")), tr("needs \"intervalMs\" to repeat"));
    if (notification->method == QLatin1String("notifications/message")
        && !notification->params.value(QLatin1String("level")).isString())
        return wrongType(member(member(path, QStringLiteral("params")), QStringLiteral("level")), aString(),
                         notification->params.value(QLatin1String("level")));
    return checkPlaceholders(notification->params, member(path, QStringLiteral("params")),
                             {QStringLiteral("count"), QStringLiteral("now")});
}

bool MockConfigLoader::readFaults(const QJsonObject &object, const QString &path, MockFaults *faults)
{
    if (!checkMembers(object, path,
                      {QStringLiteral("latencyMs"), QStringLiteral("dropRate"), QStringLiteral("malformedRate"),
                       QStringLiteral("oversizedRate"), QStringLiteral("oversizedBytes"), QStringLiteral("closeAfterMessages"),
                       QStringLiteral("closeCode"), QStringLiteral("closeReason"), QStringLiteral("ignorePings"),
                       QStringLiteral("methods"), QStringLiteral("seed")}))
        return false;
    const QJsonValue latency = object.value(QLatin1String("latencyMs"));
    const QString latencyPath = member(path, QStringLiteral("latencyMs"));
    if (latency.isDouble()) {
        if (!readInt(object, path, QStringLiteral("latencyMs"), &faults->latencyMinMs, 0, MaxDelayMs))
            return false;
        faults->latencyMaxMs = faults->latencyMinMs;
    } else if (latency.isArray()) {
        const QJsonArray range = latency.toArray();
        if (range.size() != 2)
            return fail(latencyPath, tr("must be a number of milliseconds or a range [min, max]"));
        int bounds[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            const QJsonValue item = range.at(i);
            if (!isWholeNumber(item) || item.toDouble() < 0 || item.toDouble() > MaxDelayMs)
                return fail(index(latencyPath, i),
                            tr("must be between %1 and %2, not %3").arg(0).arg(MaxDelayMs).arg(compact(item)));
            bounds[i] = int(item.toDouble());
        }
        const int low = bounds[0];
        const int high = bounds[1];
        if (high < low)
            return fail(index(latencyPath, 1), tr("must not be less than the first number, %1").arg(low));
        faults->latencyMinMs = low;
        faults->latencyMaxMs = high;
    } else if (!latency.isUndefined()) {
        return fail(latencyPath, tr("must be a number of milliseconds or a range [min, max]"));
    }
    int closeCode = faults->closeCode;
    qint64 seed = 0;
    if (!readRate(object, path, QStringLiteral("dropRate"), &faults->dropRate)
        || !readRate(object, path, QStringLiteral("malformedRate"), &faults->malformedRate)
        || !readRate(object, path, QStringLiteral("oversizedRate"), &faults->oversizedRate)
        || !readInt64(object, path, QStringLiteral("oversizedBytes"), &faults->oversizedBytes, 1, MaxOversizedBytes)
        || !readInt(object, path, QStringLiteral("closeAfterMessages"), &faults->closeAfterMessages, 0,
                    std::numeric_limits<int>::max())
        || !readInt(object, path, QStringLiteral("closeCode"), &closeCode, 1000, 4999)
        || !readString(object, path, QStringLiteral("closeReason"), &faults->closeReason, Need::Optional, true)
        || !readBool(object, path, QStringLiteral("ignorePings"), &faults->ignorePings)
        || !readStringList(object, path, QStringLiteral("methods"), &faults->methods)
        || !readInt64(object, path, QStringLiteral("seed"), &seed, 0, qint64(1) << 53))
        return false;
    if (!CloseCode::isSendable(closeCode))
        return fail(member(path, QStringLiteral("closeCode")), tr("%1 is not a close code that may be sent").arg(closeCode));
    if (faults->closeReason.toUtf8().size() > 123)
        return fail(member(path, QStringLiteral("closeReason")), tr("must be at most 123 bytes of UTF-8"));
    faults->closeCode = quint16(closeCode);
    faults->seed = quint64(seed);
    return true;
}

} // namespace Sockscope
