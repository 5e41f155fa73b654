#include "mockschemavalidator.h"

#include "mockconfigerror.h"

#include "jsonrpc/jsonrpccodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Sockscope {

namespace {

using Violation = MockSchemaValidator::Violation;

const QStringList kTypes = {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("integer"),
                            QStringLiteral("boolean"), QStringLiteral("object"), QStringLiteral("array"),
                            QStringLiteral("null")};

QString compact(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString quotedField(const QString &field)
{
    return field.isEmpty() ? QStringLiteral("the arguments") : QLatin1Char('"') + field + QLatin1Char('"');
}

QString childField(const QString &field, const QString &key)
{
    return field.isEmpty() ? key : field + QLatin1Char('.') + key;
}

QString itemField(const QString &field, qsizetype index)
{
    return (field.isEmpty() ? QStringLiteral("arguments") : field) + QLatin1Char('[') + QString::number(index)
           + QLatin1Char(']');
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("string")) return value.isString();
    if (type == QLatin1String("number")) return value.isDouble();
    if (type == QLatin1String("integer")) return isInteger(value);
    if (type == QLatin1String("boolean")) return value.isBool();
    if (type == QLatin1String("object")) return value.isObject();
    if (type == QLatin1String("array")) return value.isArray();
    if (type == QLatin1String("null")) return value.isNull();
    return true; // unknown types were rejected when the file was loaded
}

// English on purpose: these words go on the wire in JSON-RPC errors.
QString typeWord(const QString &type)
{
    if (type == QLatin1String("integer")) return QStringLiteral("an integer");
    if (type == QLatin1String("object")) return QStringLiteral("an object");
    if (type == QLatin1String("array")) return QStringLiteral("an array");
    if (type == QLatin1String("boolean")) return QStringLiteral("true or false");
    if (type == QLatin1String("null")) return QStringLiteral("null");
    return QStringLiteral("a ") + type;
}

QString valueWord(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Double: return isInteger(value) ? QStringLiteral("a number") : compact(value);
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return {};
}

std::optional<Violation> fail(const QString &field, const QString &keyword, const QString &what)
{
    return Violation{field, keyword, quotedField(field) + QLatin1Char(' ') + what};
}

QString number(double value)
{
    return compact(QJsonValue(value));
}

std::optional<Violation> validateAt(const QJsonObject &schema, const QJsonValue &value, const QString &field);

std::optional<Violation> checkType(const QJsonObject &schema, const QJsonValue &value, const QString &field)
{
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isUndefined())
        return std::nullopt;
    QStringList types;
    if (type.isArray()) {
        for (const QJsonValue &item : type.toArray())
            types.append(item.toString());
    } else {
        types.append(type.toString());
    }
    for (const QString &candidate : std::as_const(types)) {
        if (hasType(value, candidate))
            return std::nullopt;
    }
    QStringList words;
    for (const QString &candidate : std::as_const(types))
        words.append(typeWord(candidate));
    return fail(field, QStringLiteral("type"),
                QStringLiteral("must be %1, not %2").arg(words.join(QLatin1String(" or ")), valueWord(value)));
}

std::optional<Violation> checkNumber(const QJsonObject &schema, double value, const QString &field)
{
    const QJsonValue minimum = schema.value(QLatin1String("minimum"));
    const QJsonValue maximum = schema.value(QLatin1String("maximum"));
    const QJsonValue exclusiveMinimum = schema.value(QLatin1String("exclusiveMinimum"));
    const QJsonValue exclusiveMaximum = schema.value(QLatin1String("exclusiveMaximum"));
    // Draft 4 wrote exclusiveMinimum: true next to minimum; later drafts give the bound itself.
    const bool minimumExclusive = exclusiveMinimum.isBool() && exclusiveMinimum.toBool();
    const bool maximumExclusive = exclusiveMaximum.isBool() && exclusiveMaximum.toBool();
    if (minimum.isDouble()) {
        const double bound = minimum.toDouble();
        if (minimumExclusive ? value <= bound : value < bound)
            return fail(field, QStringLiteral("minimum"),
                        (minimumExclusive ? QStringLiteral("must be greater than %1") : QStringLiteral("must be at least %1"))
                            .arg(number(bound)));
    }
    if (maximum.isDouble()) {
        const double bound = maximum.toDouble();
        if (maximumExclusive ? value >= bound : value > bound)
            return fail(field, QStringLiteral("maximum"),
                        (maximumExclusive ? QStringLiteral("must be less than %1") : QStringLiteral("must be at most %1"))
                            .arg(number(bound)));
    }
    if (exclusiveMinimum.isDouble() && value <= exclusiveMinimum.toDouble())
        return fail(field, QStringLiteral("exclusiveMinimum"),
                    QStringLiteral("must be greater than %1").arg(number(exclusiveMinimum.toDouble())));
    if (exclusiveMaximum.isDouble() && value >= exclusiveMaximum.toDouble())
        return fail(field, QStringLiteral("exclusiveMaximum"),
                    QStringLiteral("must be less than %1").arg(number(exclusiveMaximum.toDouble())));
    const QJsonValue multipleOf = schema.value(QLatin1String("multipleOf"));
    if (multipleOf.isDouble() && multipleOf.toDouble() > 0) {
        const double quotient = value / multipleOf.toDouble();
        if (std::fabs(quotient - std::round(quotient)) > 1e-9)
            return fail(field, QStringLiteral("multipleOf"),
                        QStringLiteral("must be a multiple of %1").arg(number(multipleOf.toDouble())));
    }
    return std::nullopt;
}

std::optional<Violation> checkString(const QJsonObject &schema, const QString &value, const QString &field)
{
    const qsizetype length = value.toUcs4().size(); // characters, as JSON Schema counts them
    const QJsonValue minLength = schema.value(QLatin1String("minLength"));
    const QJsonValue maxLength = schema.value(QLatin1String("maxLength"));
    if (minLength.isDouble() && length < minLength.toDouble())
        return fail(field, QStringLiteral("minLength"),
                    QStringLiteral("must have at least %1 characters").arg(number(minLength.toDouble())));
    if (maxLength.isDouble() && length > maxLength.toDouble())
        return fail(field, QStringLiteral("maxLength"),
                    QStringLiteral("must have at most %1 characters").arg(number(maxLength.toDouble())));
    const QJsonValue pattern = schema.value(QLatin1String("pattern"));
    if (pattern.isString()) {
        const QRegularExpression regex(pattern.toString());
        if (regex.isValid() && !regex.match(value).hasMatch())
            return fail(field, QStringLiteral("pattern"),
                        QStringLiteral("must match the pattern %1").arg(pattern.toString()));
    }
    return std::nullopt;
}

std::optional<Violation> checkArray(const QJsonObject &schema, const QJsonArray &array, const QString &field)
{
    const QJsonValue minItems = schema.value(QLatin1String("minItems"));
    const QJsonValue maxItems = schema.value(QLatin1String("maxItems"));
    if (minItems.isDouble() && array.size() < minItems.toDouble())
        return fail(field, QStringLiteral("minItems"),
                    QStringLiteral("must have at least %1 items").arg(number(minItems.toDouble())));
    if (maxItems.isDouble() && array.size() > maxItems.toDouble())
        return fail(field, QStringLiteral("maxItems"),
                    QStringLiteral("must have at most %1 items").arg(number(maxItems.toDouble())));
    if (schema.value(QLatin1String("uniqueItems")).toBool()) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            for (qsizetype j = i + 1; j < array.size(); ++j) {
                if (MockSchemaValidator::jsonEquals(array.at(i), array.at(j)))
                    return fail(field, QStringLiteral("uniqueItems"),
                                QStringLiteral("must not hold equal items (items %1 and %2 are equal)").arg(i).arg(j));
            }
        }
    }
    const QJsonValue items = schema.value(QLatin1String("items"));
    if (items.isObject()) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto violation = validateAt(items.toObject(), array.at(i), itemField(field, i)))
                return violation;
        }
    } else if (items.isArray()) {
        const QJsonArray tuple = items.toArray();
        for (qsizetype i = 0; i < array.size() && i < tuple.size(); ++i) {
            if (auto violation = validateAt(tuple.at(i).toObject(), array.at(i), itemField(field, i)))
                return violation;
        }
    }
    return std::nullopt;
}

std::optional<Violation> checkObject(const QJsonObject &schema, const QJsonObject &object, const QString &field)
{
    for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
        if (!object.contains(name.toString()))
            return fail(childField(field, name.toString()), QStringLiteral("required"), QStringLiteral("is required"));
    }
    const QJsonValue minProperties = schema.value(QLatin1String("minProperties"));
    const QJsonValue maxProperties = schema.value(QLatin1String("maxProperties"));
    if (minProperties.isDouble() && object.size() < minProperties.toDouble())
        return fail(field, QStringLiteral("minProperties"),
                    QStringLiteral("must have at least %1 members").arg(number(minProperties.toDouble())));
    if (maxProperties.isDouble() && object.size() > maxProperties.toDouble())
        return fail(field, QStringLiteral("maxProperties"),
                    QStringLiteral("must have at most %1 members").arg(number(maxProperties.toDouble())));
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString child = childField(field, it.key());
        if (properties.contains(it.key())) {
            if (auto violation = validateAt(properties.value(it.key()).toObject(), it.value(), child))
                return violation;
        } else if (additional.isBool() && !additional.toBool()) {
            return fail(child, QStringLiteral("additionalProperties"), QStringLiteral("is not allowed here"));
        } else if (additional.isObject()) {
            if (auto violation = validateAt(additional.toObject(), it.value(), child))
                return violation;
        }
    }
    return std::nullopt;
}

std::optional<Violation> checkCombinations(const QJsonObject &schema, const QJsonValue &value, const QString &field)
{
    for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray()) {
        if (auto violation = validateAt(part.toObject(), value, field))
            return violation;
    }
    const QJsonValue anyOf = schema.value(QLatin1String("anyOf"));
    if (anyOf.isArray()) {
        bool matched = false;
        for (const QJsonValue &part : anyOf.toArray())
            matched = matched || !validateAt(part.toObject(), value, field);
        if (!matched)
            return fail(field, QStringLiteral("anyOf"), QStringLiteral("must match at least one of the allowed schemas"));
    }
    const QJsonValue oneOf = schema.value(QLatin1String("oneOf"));
    if (oneOf.isArray()) {
        int matches = 0;
        for (const QJsonValue &part : oneOf.toArray())
            matches += validateAt(part.toObject(), value, field) ? 0 : 1;
        if (matches != 1)
            return fail(field, QStringLiteral("oneOf"),
                        QStringLiteral("must match exactly one of the allowed schemas, not %1").arg(matches));
    }
    const QJsonValue notSchema = schema.value(QLatin1String("not"));
    if (notSchema.isObject() && !validateAt(notSchema.toObject(), value, field))
        return fail(field, QStringLiteral("not"), QStringLiteral("must not match the excluded schema"));
    return std::nullopt;
}

std::optional<Violation> validateAt(const QJsonObject &schema, const QJsonValue &value, const QString &field)
{
    if (auto violation = checkType(schema, value, field))
        return violation;
    const QJsonValue constant = schema.value(QLatin1String("const"));
    if (!constant.isUndefined() && !MockSchemaValidator::jsonEquals(constant, value))
        return fail(field, QStringLiteral("const"), QStringLiteral("must be %1").arg(compact(constant)));
    const QJsonValue allowed = schema.value(QLatin1String("enum"));
    if (allowed.isArray()) {
        bool found = false;
        QStringList words;
        for (const QJsonValue &candidate : allowed.toArray()) {
            found = found || MockSchemaValidator::jsonEquals(candidate, value);
            words.append(compact(candidate));
        }
        if (!found)
            return fail(field, QStringLiteral("enum"),
                        QStringLiteral("must be one of %1, not %2").arg(words.join(QLatin1String(", ")), compact(value)));
    }
    std::optional<Violation> violation;
    if (value.isDouble())
        violation = checkNumber(schema, value.toDouble(), field);
    else if (value.isString())
        violation = checkString(schema, value.toString(), field);
    else if (value.isArray())
        violation = checkArray(schema, value.toArray(), field);
    else if (value.isObject())
        violation = checkObject(schema, value.toObject(), field);
    if (violation)
        return violation;
    return checkCombinations(schema, value, field);
}

// ---- checking a schema in a configuration file ----------------------------------------

struct SchemaCheck
{
    QString *errorPath;
    QString *problem;

    bool fail(const QString &path, const QString &what)
    {
        *errorPath = path;
        *problem = what;
        return false;
    }

    bool mustBe(const QString &path, const QString &expected, const QJsonValue &value)
    {
        return fail(path, MockSchemaValidator::tr("must be %1, not %2").arg(expected, JsonRpcCodec::typeDescription(value)));
    }

    bool count(const QJsonObject &schema, const QString &path, const char *key)
    {
        const QString name = QString::fromLatin1(key);
        const QJsonValue value = schema.value(name);
        if (value.isUndefined())
            return true;
        if (!isInteger(value) || value.toDouble() < 0)
            return fail(MockConfigError::memberPath(path, name),
                        MockSchemaValidator::tr("must be a whole number of 0 or more, not %1").arg(compact(value)));
        return true;
    }

    bool numberOrBool(const QJsonObject &schema, const QString &path, const char *key, bool allowBool)
    {
        const QString name = QString::fromLatin1(key);
        const QJsonValue value = schema.value(name);
        if (value.isUndefined() || value.isDouble() || (allowBool && value.isBool()))
            return true;
        return mustBe(MockConfigError::memberPath(path, name), JsonRpcCodec::typeDescription(QJsonValue(0.0)), value);
    }

    bool schemaList(const QJsonObject &schema, const QString &path, const char *key)
    {
        const QString name = QString::fromLatin1(key);
        const QJsonValue value = schema.value(name);
        if (value.isUndefined())
            return true;
        const QString listPath = MockConfigError::memberPath(path, name);
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(listPath, MockSchemaValidator::tr("must be a non-empty array of schemas"));
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!check(list.at(i), MockConfigError::indexPath(listPath, i)))
                return false;
        }
        return true;
    }

    bool check(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            return mustBe(path, JsonRpcCodec::typeDescription(QJsonObject()), value);
        const QJsonObject schema = value.toObject();

        const QJsonValue type = schema.value(QLatin1String("type"));
        const QString typePath = MockConfigError::memberPath(path, QStringLiteral("type"));
        if (type.isString()) {
            if (!kTypes.contains(type.toString()))
                return fail(typePath, MockSchemaValidator::tr("\"%1\" is not a JSON Schema type; use one of %2")
                                          .arg(type.toString(), kTypes.join(QLatin1String(", "))));
        } else if (type.isArray()) {
            const QJsonArray types = type.toArray();
            if (types.isEmpty())
                return fail(typePath, MockSchemaValidator::tr("must not be empty"));
            for (qsizetype i = 0; i < types.size(); ++i) {
                if (!kTypes.contains(types.at(i).toString()))
                    return fail(MockConfigError::indexPath(typePath, i),
                                MockSchemaValidator::tr("%1 is not a JSON Schema type; use one of %2")
                                    .arg(compact(types.at(i)), kTypes.join(QLatin1String(", "))));
            }
        } else if (!type.isUndefined()) {
            return mustBe(typePath, JsonRpcCodec::typeDescription(QString()), type);
        }

        const QJsonValue properties = schema.value(QLatin1String("properties"));
        if (!properties.isUndefined()) {
            const QString propertiesPath = MockConfigError::memberPath(path, QStringLiteral("properties"));
            if (!properties.isObject())
                return mustBe(propertiesPath, JsonRpcCodec::typeDescription(QJsonObject()), properties);
            const QJsonObject object = properties.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!check(it.value(), MockConfigError::memberPath(propertiesPath, it.key())))
                    return false;
            }
        }
        const QJsonValue required = schema.value(QLatin1String("required"));
        if (!required.isUndefined()) {
            const QString requiredPath = MockConfigError::memberPath(path, QStringLiteral("required"));
            if (!required.isArray())
                return mustBe(requiredPath, JsonRpcCodec::typeDescription(QJsonArray()), required);
            const QJsonArray names = required.toArray();
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (!names.at(i).isString())
                    return mustBe(MockConfigError::indexPath(requiredPath, i), JsonRpcCodec::typeDescription(QString()),
                                  names.at(i));
            }
        }
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        if (!additional.isUndefined() && !additional.isBool()
            && !check(additional, MockConfigError::memberPath(path, QStringLiteral("additionalProperties"))))
            return false;
        const QJsonValue items = schema.value(QLatin1String("items"));
        if (items.isArray()) {
            const QJsonArray tuple = items.toArray();
            for (qsizetype i = 0; i < tuple.size(); ++i) {
                if (!check(tuple.at(i), MockConfigError::indexPath(MockConfigError::memberPath(path, QStringLiteral("items")), i)))
                    return false;
            }
        } else if (!items.isUndefined() && !check(items, MockConfigError::memberPath(path, QStringLiteral("items")))) {
            return false;
        }
        const QJsonValue allowed = schema.value(QLatin1String("enum"));
        if (!allowed.isUndefined() && (!allowed.isArray() || allowed.toArray().isEmpty()))
            return fail(MockConfigError::memberPath(path, QStringLiteral("enum")),
                        MockSchemaValidator::tr("must be a non-empty array of the allowed values"));
        if (!numberOrBool(schema, path, "minimum", false) || !numberOrBool(schema, path, "maximum", false)
            || !numberOrBool(schema, path, "exclusiveMinimum", true) || !numberOrBool(schema, path, "exclusiveMaximum", true)
            || !numberOrBool(schema, path, "multipleOf", false))
            return false;
        const QJsonValue multipleOf = schema.value(QLatin1String("multipleOf"));
        if (multipleOf.isDouble() && multipleOf.toDouble() <= 0)
            return fail(MockConfigError::memberPath(path, QStringLiteral("multipleOf")),
                        MockSchemaValidator::tr("must be greater than 0"));
        if (!count(schema, path, "minLength") || !count(schema, path, "maxLength") || !count(schema, path, "minItems")
            || !count(schema, path, "maxItems") || !count(schema, path, "minProperties")
            || !count(schema, path, "maxProperties"))
            return false;
        const QJsonValue pattern = schema.value(QLatin1String("pattern"));
        if (!pattern.isUndefined()) {
            const QString patternPath = MockConfigError::memberPath(path, QStringLiteral("pattern"));
            if (!pattern.isString())
                return mustBe(patternPath, JsonRpcCodec::typeDescription(QString()), pattern);
            const QRegularExpression regex(pattern.toString());
            if (!regex.isValid())
                return fail(patternPath, MockSchemaValidator::tr("not a valid regular expression: %1").arg(regex.errorString()));
        }
        const QJsonValue unique = schema.value(QLatin1String("uniqueItems"));
        if (!unique.isUndefined() && !unique.isBool())
            return mustBe(MockConfigError::memberPath(path, QStringLiteral("uniqueItems")),
                          JsonRpcCodec::typeDescription(QJsonValue(true)), unique);
        if (!schemaList(schema, path, "allOf") || !schemaList(schema, path, "anyOf") || !schemaList(schema, path, "oneOf"))
            return false;
        const QJsonValue notSchema = schema.value(QLatin1String("not"));
        if (!notSchema.isUndefined() && !check(notSchema, MockConfigError::memberPath(path, QStringLiteral("not"))))
            return false;
        return true;
    }
};

} // namespace

std::optional<MockSchemaValidator::Violation> MockSchemaValidator::validate(const QJsonObject &schema, const QJsonValue &value)
{
    return validateAt(schema, value, QString());
}

bool MockSchemaValidator::checkSchema(const QJsonObject &schema, const QString &path, QString *errorPath, QString *problem)
{
    SchemaCheck check{errorPath, problem};
    return check.check(schema, path);
}

bool MockSchemaValidator::jsonEquals(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray left = a.toArray();
        const QJsonArray right = b.toArray();
        if (left.size() != right.size())
            return false;
        for (qsizetype i = 0; i < left.size(); ++i) {
            if (!jsonEquals(left.at(i), right.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        if (left.size() != right.size())
            return false;
        for (auto it = left.begin(); it != left.end(); ++it) {
            if (!right.contains(it.key()) || !jsonEquals(it.value(), right.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace Sockscope
