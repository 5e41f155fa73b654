#pragma once

#include "jsonschemaproblem.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Sockscope {

// What JsonSchemaValidator says, every sentence written once: in English for the wire (the
// mock's JSON-RPC errors, which must not change with the user interface's language or wording
// fixes for people) and translatable for people (the MCP form, the configuration check).
// Where the two differ, people read counts in plural forms ("tags needs at least 1 item").
class JsonSchemaWording final
{
public:
    // Sentences about a value; %1 is always the place ("\"user.age\"" or "the arguments").
    enum class Sentence : quint8 {
        Type, Const, Enum, Minimum, Maximum, GreaterThan, LessThan, MultipleOf,
        MinLength, MaxLength, Pattern, PatternInvalid,
        MinItems, MaxItems, UniqueItems, Contains, MinContains, MaxContains,
        Required, DependentRequired, MinProperties, MaxProperties, NotAllowed, PropertyName,
        AnyOf, OneOf, Not, False, RefUnresolved, RefCycle, TooDeep, TooMuchWork, SchemaTooDeep,
    };
    // Sentences about a schema (a configuration file's, a server's); the place is said apart.
    enum class SchemaSentence : quint8 {
        MustBe, NotASchema, UnknownType, UnknownTypeInList, EmptyList, Count, PositiveNumber,
        InvalidPattern, NonEmptyEnum, NonEmptySchemaList, RefExternal, RefNowhere, RefBadPointer, TooDeep,
    };

    // An argument: the same text in both (JSON, numbers, names), or a word with its translation.
    struct Arg final
    {
        QString english;
        QString people;

        Arg(const QString &both) : english(both), people(both) {} // NOLINT: implicit on purpose
        Arg(const QString &englishText, const QString &peopleText) : english(englishText), people(peopleText) {}
    };

    static JsonSchemaProblem problem(Sentence sentence, const JsonInstancePath &location, const QString &keyword,
                                     const QList<Arg> &args = {}, qint64 count = -1);
    static JsonSchemaProblem schemaProblem(SchemaSentence sentence, const JsonInstancePath &location, const QString &keyword,
                                           const QList<Arg> &args = {});

    // "a string", "an integer", "true or false" ...: a JSON Schema type name as a noun.
    static Arg typeName(const QString &type);
    // What a value is, for "must be a number, not a string" (a fraction is shown as itself).
    static Arg valueName(const QJsonValue &value);
    // "a string or null".
    static Arg alternatives(const QList<Arg> &choices);
    // A value as compact JSON: "\"x\"", "1", "[1,2]".
    static QString json(const QJsonValue &value);

private:
    static QString fill(const QString &text, const QList<Arg> &args, bool people);
};

} // namespace Sockscope
