#include "jsonschemawording.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <iterator>

namespace Sockscope {

namespace {

constexpr char kContext[] = "JsonSchemaValidator";

// `english` null: the English is `people` untranslated. `plural`: `people` has %n.
struct Text final
{
    const char *people;
    const char *english;
    bool plural;
};

using Sentence = JsonSchemaWording::Sentence;
using SchemaSentence = JsonSchemaWording::SchemaSentence;

// In the order of JsonSchemaWording::Sentence. The English column is what the mock has always
// answered; tests and recorded sessions hold it.
const Text kSentences[] = {
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must be %2, not %3"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must be %2"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must be one of %2, not %3"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must be at least %2"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must be at most %2"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must be greater than %2"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must be less than %2"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must be a multiple of %2"), nullptr, false},
    {QT_TRANSLATE_N_NOOP("JsonSchemaValidator", "%1 needs at least %n character(s)"), "%1 must have at least %2 characters", true},
    {QT_TRANSLATE_N_NOOP("JsonSchemaValidator", "%1 takes at most %n character(s)"), "%1 must have at most %2 characters", true},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 does not match the pattern %2"), "%1 must match the pattern %2", false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 cannot be checked: the pattern %2 is not a valid regular expression (%3)"), nullptr, false},
    {QT_TRANSLATE_N_NOOP("JsonSchemaValidator", "%1 needs at least %n item(s)"), "%1 must have at least %2 items", true},
    {QT_TRANSLATE_N_NOOP("JsonSchemaValidator", "%1 takes at most %n item(s)"), "%1 must have at most %2 items", true},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must not hold equal items (items %2 and %3 are equal)"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must hold an item that matches the schema under \"contains\""), nullptr, false},
    {QT_TRANSLATE_N_NOOP("JsonSchemaValidator", "%1 needs at least %n item(s) that match the schema under \"contains\" (it has %3)"),
     "%1 must hold at least %2 items that match the schema under \"contains\", not %3", true},
    {QT_TRANSLATE_N_NOOP("JsonSchemaValidator", "%1 takes at most %n item(s) that match the schema under \"contains\" (it has %3)"),
     "%1 must hold at most %2 items that match the schema under \"contains\", not %3", true},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 is required"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 is required when %2 is given"), nullptr, false},
    {QT_TRANSLATE_N_NOOP("JsonSchemaValidator", "%1 needs at least %n member(s)"), "%1 must have at least %2 members", true},
    {QT_TRANSLATE_N_NOOP("JsonSchemaValidator", "%1 takes at most %n member(s)"), "%1 must have at most %2 members", true},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 is not allowed here"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 has a name the schema does not allow"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must match at least one of the allowed schemas"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must match exactly one of the allowed schemas, not %2"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must not match the excluded schema"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 cannot be accepted: the schema here is false"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 cannot be checked: the schema's $ref %2 leads nowhere"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 cannot be checked: the schema's $ref %2 leads back to itself without going deeper into the value"),
     nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 must not nest deeper than %2 levels"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 cannot be checked: the schema asks for more than %2 steps"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 cannot be checked: the schema nests deeper than %2 levels here"), nullptr, false},
};
static_assert(std::size(kSentences) == std::size_t(Sentence::SchemaTooDeep) + 1, "a text for every sentence");

// In the order of JsonSchemaWording::SchemaSentence.
const Text kSchemaSentences[] = {
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "must be %1, not %2"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "must be an object, not %1 (a schema is an object, true or false)"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "\"%1\" is not a JSON Schema type; use one of %2"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 is not a JSON Schema type; use one of %2"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "must not be empty"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "must be a whole number of 0 or more, not %1"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "must be greater than 0"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "not a valid regular expression: %1"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "must be a non-empty array of the allowed values"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "must be a non-empty array of schemas"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 is not followed: only references inside this schema (starting with #) are"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 points nowhere in this schema"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 is not a JSON Pointer (after #: steps starting with /, ~0 for ~ and ~1 for /)"), nullptr, false},
    {QT_TRANSLATE_NOOP("JsonSchemaValidator", "nests deeper than %1 levels"), nullptr, false},
};
static_assert(std::size(kSchemaSentences) == std::size_t(SchemaSentence::TooDeep) + 1, "a text for every sentence");

QString translated(const char *source, qint64 count = -1)
{
    return QCoreApplication::translate(kContext, source, nullptr, int(count));
}

QString english(const Text &text)
{
    return QString::fromLatin1(text.english ? text.english : text.people);
}

} // namespace

QString JsonSchemaWording::fill(const QString &text, const QList<Arg> &args, bool people)
{
    // One pass, so a name holding "%2" is not filled in again.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype index = i + 1 < text.size() ? text.at(i + 1).digitValue() - 1 : -1;
        if (c == QLatin1Char('%') && index >= 0 && index < args.size()) {
            out += people ? args.at(index).people : args.at(index).english;
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

JsonSchemaProblem JsonSchemaWording::problem(Sentence sentence, const JsonInstancePath &location, const QString &keyword,
                                             const QList<Arg> &args, qint64 count)
{
    const Text &text = kSentences[std::size_t(sentence)];
    // English for the wire is what the arguments of a tool call are called in MCP.
    const Arg place = location.isRoot() ? Arg(QStringLiteral("the arguments"), translated(QT_TRANSLATE_NOOP("JsonSchemaValidator", "the arguments")))
                                        : Arg(QLatin1Char('"') + location.dotted() + QLatin1Char('"'), location.dotted());
    QList<Arg> all{place};
    all += args;
    return {location, keyword, fill(english(text), all, false), fill(translated(text.people, text.plural ? count : -1), all, true)};
}

JsonSchemaProblem JsonSchemaWording::schemaProblem(SchemaSentence sentence, const JsonInstancePath &location,
                                                   const QString &keyword, const QList<Arg> &args)
{
    const Text &text = kSchemaSentences[std::size_t(sentence)];
    return {location, keyword, fill(english(text), args, false), fill(translated(text.people), args, true)};
}

JsonSchemaWording::Arg JsonSchemaWording::typeName(const QString &type)
{
    const char *word = type == QLatin1String("integer")   ? QT_TRANSLATE_NOOP("JsonSchemaValidator", "an integer")
                       : type == QLatin1String("number")  ? QT_TRANSLATE_NOOP("JsonSchemaValidator", "a number")
                       : type == QLatin1String("string")  ? QT_TRANSLATE_NOOP("JsonSchemaValidator", "a string")
                       : type == QLatin1String("object")  ? QT_TRANSLATE_NOOP("JsonSchemaValidator", "an object")
                       : type == QLatin1String("array")   ? QT_TRANSLATE_NOOP("JsonSchemaValidator", "an array")
                       : type == QLatin1String("boolean") ? QT_TRANSLATE_NOOP("JsonSchemaValidator", "true or false")
                       : type == QLatin1String("null")    ? "null"
                                                          : nullptr;
    if (!word)
        return Arg(type);
    return {QString::fromLatin1(word), translated(word)};
}

JsonSchemaWording::Arg JsonSchemaWording::valueName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return typeName(QStringLiteral("string"));
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // A fraction is clearer as itself: "must be an integer, not 2.5".
        return std::isfinite(number) && std::floor(number) == number ? typeName(QStringLiteral("number")) : Arg(json(value));
    }
    case QJsonValue::Bool: return Arg(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QJsonValue::Object: return typeName(QStringLiteral("object"));
    case QJsonValue::Array: return typeName(QStringLiteral("array"));
    case QJsonValue::Null: return Arg(QStringLiteral("null"));
    case QJsonValue::Undefined: break;
    }
    return {QStringLiteral("missing"), translated(QT_TRANSLATE_NOOP("JsonSchemaValidator", "missing"))};
}

JsonSchemaWording::Arg JsonSchemaWording::alternatives(const QList<Arg> &choices)
{
    if (choices.isEmpty())
        return Arg(QString());
    Arg joined = choices.first();
    for (qsizetype i = 1; i < choices.size(); ++i) {
        joined.english += QStringLiteral(" or ") + choices.at(i).english;
        joined.people = translated(QT_TRANSLATE_NOOP("JsonSchemaValidator", "%1 or %2")).arg(joined.people, choices.at(i).people);
    }
    return joined;
}

QString JsonSchemaWording::json(const QJsonValue &value)
{
    // QJsonDocument takes only arrays and objects: wrap, then strip the brackets.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace Sockscope
