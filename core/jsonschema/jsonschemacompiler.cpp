#include "jsonschemacompiler.h"

#include "jsonschemawording.h"

#include <QUrl>

#include <cmath>

namespace Sockscope {

namespace {

using Sentence = JsonSchemaWording::SchemaSentence;
using Arg = JsonSchemaWording::Arg;

const QStringList kTypes = {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("integer"),
                            QStringLiteral("boolean"), QStringLiteral("object"), QStringLiteral("array"),
                            QStringLiteral("null")};

quint8 typeBit(const QString &type)
{
    using Node = JsonSchemaNode;
    if (type == QLatin1String("string")) return Node::String;
    if (type == QLatin1String("number")) return Node::Number;
    if (type == QLatin1String("integer")) return Node::Integer;
    if (type == QLatin1String("boolean")) return Node::Boolean;
    if (type == QLatin1String("object")) return Node::Object;
    if (type == QLatin1String("array")) return Node::Array;
    if (type == QLatin1String("null")) return Node::Null;
    return 0;
}

bool isCount(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    return value.isDouble() && number >= 0 && std::isfinite(number) && std::floor(number) == number;
}

// Pushes a step of the schema being read for as long as it lives.
class Step final
{
public:
    Step(JsonInstancePath *location, const QString &key) : m_location(location) { location->pushMember(key); }
    Step(JsonInstancePath *location, qsizetype index) : m_location(location) { location->pushIndex(index); }
    ~Step() { m_location->pop(); }
    Step(const Step &) = delete;
    Step &operator=(const Step &) = delete;

private:
    JsonInstancePath *m_location;
};

} // namespace

std::shared_ptr<const JsonSchemaCompiled> JsonSchemaCompiler::compile(const QJsonValue &schema, QList<JsonSchemaProblem> *problems)
{
    auto compiled = std::make_shared<JsonSchemaCompiled>();
    QList<JsonSchemaProblem> found;
    JsonSchemaCompiler compiler(schema, compiled.get(), &found);
    compiled->root = compiler.compileHere(schema, 0);
    compiler.resolveRefs();
    if (problems)
        *problems = found;
    return compiled;
}

JsonSchemaCompiler::JsonSchemaCompiler(const QJsonValue &root, JsonSchemaCompiled *out, QList<JsonSchemaProblem> *problems)
    : m_root(root), m_out(out), m_problems(problems)
{
}

JsonSchemaNode *JsonSchemaCompiler::compileHere(const QJsonValue &schema, int depth)
{
    const QString pointer = m_location.pointer();
    if (JsonSchemaNode *known = m_byPointer.value(pointer))
        return known; // a $ref's target read before
    m_out->nodes.push_back(std::make_unique<JsonSchemaNode>());
    JsonSchemaNode *node = m_out->nodes.back().get();
    m_byPointer.insert(pointer, node);
    if (depth > kMaxSchemaDepth) {
        node->tooDeep = true;
        m_problems->append(JsonSchemaWording::schemaProblem(Sentence::TooDeep, m_location, QString(),
                                                            {QString::number(kMaxSchemaDepth)}));
        return node;
    }
    if (!schema.isObject()) {
        node->isBoolean = true;
        node->boolean = true; // a malformed schema refuses nothing (and is reported)
        if (schema.isBool())
            node->boolean = schema.toBool();
        else
            m_problems->append(JsonSchemaWording::schemaProblem(Sentence::NotASchema, m_location, QString(),
                                                                {JsonSchemaWording::valueName(schema)}));
        return node;
    }
    const QJsonObject object = schema.toObject();
    readValueKeywords(node, object);
    readNumberKeywords(node, object);
    readCounts(node, object);
    readObjectKeywords(node, object, depth);
    readArrayKeywords(node, object, depth);
    readApplicators(node, object, depth);
    return node;
}

const JsonSchemaNode *JsonSchemaCompiler::subschema(const QJsonObject &schema, const QString &key, int depth)
{
    const auto it = schema.constFind(key);
    if (it == schema.constEnd())
        return nullptr;
    const Step step(&m_location, key);
    return compileHere(it.value(), depth + 1);
}

QList<const JsonSchemaNode *> JsonSchemaCompiler::schemaList(const QJsonObject &schema, const QString &key, int depth)
{
    QList<const JsonSchemaNode *> nodes;
    const QJsonValue value = schema.value(key);
    if (value.isUndefined())
        return nodes;
    const Step step(&m_location, key);
    if (!value.isArray() || value.toArray().isEmpty()) {
        m_problems->append(JsonSchemaWording::schemaProblem(Sentence::NonEmptySchemaList, m_location, key));
        return nodes;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Step item(&m_location, i);
        nodes.append(compileHere(list.at(i), depth + 1));
    }
    return nodes;
}

QList<QPair<QString, const JsonSchemaNode *>> JsonSchemaCompiler::schemaMap(const QJsonObject &schema, const QString &key, int depth)
{
    QList<QPair<QString, const JsonSchemaNode *>> nodes;
    const QJsonValue value = schema.value(key);
    if (value.isUndefined())
        return nodes;
    if (!value.isObject()) {
        mustBe(key, QStringLiteral("object"), value);
        return nodes;
    }
    const Step step(&m_location, key);
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const Step member(&m_location, it.key());
        nodes.append({it.key(), compileHere(it.value(), depth + 1)});
    }
    return nodes;
}

void JsonSchemaCompiler::mustBe(const QString &key, const QString &expectedType, const QJsonValue &value)
{
    const Step step(&m_location, key);
    m_problems->append(JsonSchemaWording::schemaProblem(
        Sentence::MustBe, m_location, key, {JsonSchemaWording::typeName(expectedType), JsonSchemaWording::valueName(value)}));
}

bool JsonSchemaCompiler::readNumber(const QJsonObject &schema, const QString &key, std::optional<double> *out)
{
    const QJsonValue value = schema.value(key);
    if (value.isUndefined())
        return false;
    if (!value.isDouble()) {
        mustBe(key, QStringLiteral("number"), value);
        return false;
    }
    *out = value.toDouble();
    return true;
}

bool JsonSchemaCompiler::readCount(const QJsonObject &schema, const QString &key, qint64 *out)
{
    const QJsonValue value = schema.value(key);
    if (value.isUndefined())
        return false;
    if (!isCount(value)) {
        const Step step(&m_location, key);
        m_problems->append(JsonSchemaWording::schemaProblem(Sentence::Count, m_location, key, {JsonSchemaWording::json(value)}));
        return false;
    }
    constexpr double most = double(std::numeric_limits<qint64>::max() / 2);
    *out = qint64(std::min(value.toDouble(), most));
    return true;
}

bool JsonSchemaCompiler::readPattern(const QString &text, const QString &key, std::optional<JsonSchemaPattern> *out)
{
    *out = JsonSchemaPattern(text);
    if ((*out)->isValid())
        return true;
    const Step step(&m_location, key);
    m_problems->append(JsonSchemaWording::schemaProblem(Sentence::InvalidPattern, m_location, key, {(*out)->errorString()}));
    return false;
}

QStringList JsonSchemaCompiler::readNames(const QJsonValue &value, const QString &key)
{
    QStringList names;
    if (!value.isArray()) {
        const Step step(&m_location, key);
        m_problems->append(JsonSchemaWording::schemaProblem(
            Sentence::MustBe, m_location, key,
            {JsonSchemaWording::typeName(QStringLiteral("array")), JsonSchemaWording::valueName(value)}));
        return names;
    }
    const QJsonArray list = value.toArray();
    const Step step(&m_location, key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).isString()) {
            names.append(list.at(i).toString());
            continue;
        }
        const Step item(&m_location, i);
        m_problems->append(JsonSchemaWording::schemaProblem(
            Sentence::MustBe, m_location, key,
            {JsonSchemaWording::typeName(QStringLiteral("string")), JsonSchemaWording::valueName(list.at(i))}));
    }
    return names;
}

void JsonSchemaCompiler::readValueKeywords(JsonSchemaNode *node, const QJsonObject &schema)
{
    const QString typeKey = QStringLiteral("type");
    const QJsonValue type = schema.value(typeKey);
    const QString allTypes = kTypes.join(QLatin1String(", "));
    if (type.isString()) {
        node->types = typeBit(type.toString());
        node->typeNames = QStringList{type.toString()};
        if (!node->types) {
            const Step step(&m_location, typeKey);
            m_problems->append(JsonSchemaWording::schemaProblem(Sentence::UnknownType, m_location, typeKey, {type.toString(), allTypes}));
        }
    } else if (type.isArray()) {
        const QJsonArray list = type.toArray();
        const Step step(&m_location, typeKey);
        if (list.isEmpty())
            m_problems->append(JsonSchemaWording::schemaProblem(Sentence::EmptyList, m_location, typeKey));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const quint8 bit = typeBit(list.at(i).toString());
            if (bit) {
                node->types |= bit;
                node->typeNames.append(list.at(i).toString());
                continue;
            }
            const Step item(&m_location, i);
            m_problems->append(JsonSchemaWording::schemaProblem(Sentence::UnknownTypeInList, m_location, typeKey,
                                                                {JsonSchemaWording::json(list.at(i)), allTypes}));
        }
    } else if (!type.isUndefined()) {
        mustBe(typeKey, QStringLiteral("string"), type);
    }

    const auto constant = schema.constFind(QLatin1String("const"));
    if (constant != schema.constEnd())
        node->constant = constant.value();
    const QString enumKey = QStringLiteral("enum");
    const QJsonValue allowed = schema.value(enumKey);
    if (allowed.isArray() && !allowed.toArray().isEmpty()) {
        node->enumValues = allowed.toArray();
    } else if (!allowed.isUndefined()) {
        const Step step(&m_location, enumKey);
        m_problems->append(JsonSchemaWording::schemaProblem(Sentence::NonEmptyEnum, m_location, enumKey));
    }
    const QString patternKey = QStringLiteral("pattern");
    const QJsonValue pattern = schema.value(patternKey);
    if (pattern.isString())
        readPattern(pattern.toString(), patternKey, &node->pattern); // a broken one stays: it refuses strings
    else if (!pattern.isUndefined())
        mustBe(patternKey, QStringLiteral("string"), pattern);
}

void JsonSchemaCompiler::readNumberKeywords(JsonSchemaNode *node, const QJsonObject &schema)
{
    readNumber(schema, QStringLiteral("minimum"), &node->minimum);
    readNumber(schema, QStringLiteral("maximum"), &node->maximum);
    // Draft 4 wrote "exclusiveMinimum": true next to "minimum"; later drafts give the bound itself.
    for (const bool lower : {true, false}) {
        const QString key = lower ? QStringLiteral("exclusiveMinimum") : QStringLiteral("exclusiveMaximum");
        const QJsonValue value = schema.value(key);
        if (value.isBool())
            (lower ? node->draft4ExclusiveMinimum : node->draft4ExclusiveMaximum) = value.toBool();
        else
            readNumber(schema, key, lower ? &node->exclusiveMinimum : &node->exclusiveMaximum);
    }
    const QString multipleKey = QStringLiteral("multipleOf");
    if (readNumber(schema, multipleKey, &node->multipleOf) && !(*node->multipleOf > 0)) {
        node->multipleOf.reset();
        const Step step(&m_location, multipleKey);
        m_problems->append(JsonSchemaWording::schemaProblem(Sentence::PositiveNumber, m_location, multipleKey));
    }
    const QString uniqueKey = QStringLiteral("uniqueItems");
    const QJsonValue unique = schema.value(uniqueKey);
    if (unique.isBool())
        node->uniqueItems = unique.toBool();
    else if (!unique.isUndefined())
        mustBe(uniqueKey, QStringLiteral("boolean"), unique);
}

void JsonSchemaCompiler::readCounts(JsonSchemaNode *node, const QJsonObject &schema)
{
    readCount(schema, QStringLiteral("minLength"), &node->minLength);
    readCount(schema, QStringLiteral("maxLength"), &node->maxLength);
    readCount(schema, QStringLiteral("minItems"), &node->minItems);
    readCount(schema, QStringLiteral("maxItems"), &node->maxItems);
    readCount(schema, QStringLiteral("minContains"), &node->minContains);
    readCount(schema, QStringLiteral("maxContains"), &node->maxContains);
    readCount(schema, QStringLiteral("minProperties"), &node->minProperties);
    readCount(schema, QStringLiteral("maxProperties"), &node->maxProperties);
}

void JsonSchemaCompiler::readObjectKeywords(JsonSchemaNode *node, const QJsonObject &schema, int depth)
{
    for (const auto &[name, child] : schemaMap(schema, QStringLiteral("properties"), depth))
        node->properties.insert(name, child);
    const QString patternsKey = QStringLiteral("patternProperties");
    for (const auto &[text, child] : schemaMap(schema, patternsKey, depth)) {
        std::optional<JsonSchemaPattern> pattern;
        const Step step(&m_location, patternsKey);
        readPattern(text, text, &pattern);
        node->patternProperties.append({*pattern, child});
    }
    node->additionalProperties = subschema(schema, QStringLiteral("additionalProperties"), depth);
    node->propertyNames = subschema(schema, QStringLiteral("propertyNames"), depth);
    const QString requiredKey = QStringLiteral("required");
    if (schema.contains(requiredKey))
        node->required = readNames(schema.value(requiredKey), requiredKey);
    const QString dependentKey = QStringLiteral("dependentRequired");
    const QJsonValue dependent = schema.value(dependentKey);
    if (dependent.isObject()) {
        const QJsonObject map = dependent.toObject();
        const Step step(&m_location, dependentKey);
        for (auto it = map.begin(); it != map.end(); ++it)
            node->dependentRequired.append({it.key(), readNames(it.value(), it.key())});
    } else if (!dependent.isUndefined()) {
        mustBe(dependentKey, QStringLiteral("object"), dependent);
    }
    node->dependentSchemas = schemaMap(schema, QStringLiteral("dependentSchemas"), depth);
    // Draft 7's "dependencies" held both: a list of names or a schema.
    const QString dependenciesKey = QStringLiteral("dependencies");
    const QJsonObject dependencies = schema.value(dependenciesKey).toObject();
    const Step step(&m_location, dependenciesKey);
    for (auto it = dependencies.begin(); it != dependencies.end(); ++it) {
        if (it.value().isArray()) {
            node->dependentRequired.append({it.key(), readNames(it.value(), it.key())});
        } else {
            const Step member(&m_location, it.key());
            node->dependentSchemas.append({it.key(), compileHere(it.value(), depth + 1)});
        }
    }
}

void JsonSchemaCompiler::readArrayKeywords(JsonSchemaNode *node, const QJsonObject &schema, int depth)
{
    const QString itemsKey = QStringLiteral("items");
    node->prefixItems = schemaList(schema, QStringLiteral("prefixItems"), depth);
    if (schema.value(itemsKey).isArray() && !schema.contains(QLatin1String("prefixItems"))) {
        // Before 2020-12 a list under "items" held the first items, "additionalItems" the rest.
        const QJsonArray tuple = schema.value(itemsKey).toArray();
        const Step step(&m_location, itemsKey);
        for (qsizetype i = 0; i < tuple.size(); ++i) {
            const Step item(&m_location, i);
            node->prefixItems.append(compileHere(tuple.at(i), depth + 1));
        }
        node->items = subschema(schema, QStringLiteral("additionalItems"), depth);
    } else {
        node->items = subschema(schema, itemsKey, depth);
    }
    node->contains = subschema(schema, QStringLiteral("contains"), depth);
}

void JsonSchemaCompiler::readApplicators(JsonSchemaNode *node, const QJsonObject &schema, int depth)
{
    node->allOf = schemaList(schema, QStringLiteral("allOf"), depth);
    node->anyOf = schemaList(schema, QStringLiteral("anyOf"), depth);
    node->oneOf = schemaList(schema, QStringLiteral("oneOf"), depth);
    node->notSchema = subschema(schema, QStringLiteral("not"), depth);
    node->ifSchema = subschema(schema, QStringLiteral("if"), depth);
    node->thenSchema = subschema(schema, QStringLiteral("then"), depth);
    node->elseSchema = subschema(schema, QStringLiteral("else"), depth);
    // Read for their problems and their $refs; reached only through a $ref.
    schemaMap(schema, QStringLiteral("$defs"), depth);
    schemaMap(schema, QStringLiteral("definitions"), depth);
    const QString anchorKey = QStringLiteral("$anchor");
    if (schema.value(anchorKey).isString())
        m_anchors.insert(schema.value(anchorKey).toString(), m_location);
    const QString refKey = QStringLiteral("$ref");
    const QJsonValue ref = schema.value(refKey);
    if (ref.isString()) {
        node->ref = ref.toString();
        m_refs.append({node, m_location.member(refKey)});
    } else if (!ref.isUndefined()) {
        mustBe(refKey, QStringLiteral("string"), ref);
    }
}

void JsonSchemaCompiler::resolveRefs()
{
    // Targets read here can hold $refs of their own: the list grows while it is walked.
    for (qsizetype i = 0; i < m_refs.size(); ++i) {
        const PendingRef ref = m_refs.at(i);
        JsonInstancePath target;
        QJsonValue value;
        if (!locate(ref.node->ref, &target, &value, ref.location))
            continue;
        m_location = target;
        ref.node->refTarget = compileHere(value, int(target.depth()));
    }
    m_location = JsonInstancePath();
}

bool JsonSchemaCompiler::locate(const QString &ref, JsonInstancePath *target, QJsonValue *value, const JsonInstancePath &where)
{
    const auto fail = [&](Sentence sentence) {
        m_problems->append(JsonSchemaWording::schemaProblem(sentence, where, QStringLiteral("$ref"), {ref}));
        return false;
    };
    if (!ref.startsWith(QLatin1Char('#')))
        return fail(Sentence::RefExternal);
    // A fragment is percent-encoded (RFC 3986), then a JSON Pointer (RFC 6901) or an anchor.
    const QString fragment = QUrl::fromPercentEncoding(ref.mid(1).toUtf8());
    if (!fragment.isEmpty() && !fragment.startsWith(QLatin1Char('/'))) {
        const auto anchor = m_anchors.constFind(fragment);
        if (anchor == m_anchors.constEnd())
            return fail(Sentence::RefNowhere);
        *target = anchor.value();
        *value = m_root;
        for (const JsonInstancePath::Step &step : target->steps())
            *value = step.isIndex() ? value->toArray().at(step.index) : value->toObject().value(step.name);
        return true;
    }
    *value = m_root;
    const QStringList tokens = fragment.split(QLatin1Char('/')).mid(1);
    for (QString token : tokens) {
        if (token.contains(QLatin1Char('~'))) {
            static const QRegularExpression badEscape(QStringLiteral("~(?![01])"));
            if (token.contains(badEscape))
                return fail(Sentence::RefBadPointer);
            token.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        }
        if (value->isObject() && value->toObject().contains(token)) {
            target->pushMember(token);
            *value = value->toObject().value(token);
            continue;
        }
        bool isNumber = false;
        const qsizetype index = token.toLongLong(&isNumber);
        const bool canonical = isNumber && index >= 0 && QString::number(index) == token;
        if (!value->isArray() || !canonical || index >= value->toArray().size())
            return fail(Sentence::RefNowhere);
        target->pushIndex(index);
        *value = value->toArray().at(index);
    }
    return true;
}

} // namespace Sockscope
