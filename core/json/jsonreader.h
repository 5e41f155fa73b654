#pragma once

#include "jsonlocation.h"
#include "jsonreaderror.h"
#include "settings/intsetting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <limits>
#include <memory>
#include <type_traits>

namespace Sockscope {

// The one strict reader of JSON documents (STYLE practice 18): mock configurations, session
// headers and their settings, replay settings and assertions all read through it, so they
// accept and refuse the same things and name the path of what they refuse (jsonlocation.h).
//
// A reader stands at one value of a document and knows its path. member() and item() give
// readers of what is inside it; all readers of one document share its first error, so a loader
// may read on and ask ok() at the end, or stop at the first read that returns false.
//
// Typed reads check the value the reader stands at. A missing member is fine for an optional
// read and leaves *out as it was; null is a value of the wrong type, never "missing". A refusal
// says what was expected and what was there: `missing: expected a string`, `must be a string,
// not a number`, `must be a whole number, not 1.5`, `must be between 0 and 10, not 11`. A reader
// given a phrase with expecting() words every refusal `must be <phrase>, not <what was there>`.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    enum class Need : quint8 { Optional, Required };
    enum class Empty : quint8 { Allowed, Refused };
    enum class Bound : quint8 { Inclusive, Exclusive };

    // A reader of `value` (a document, or a value of one that `path` names).
    explicit JsonReader(const QJsonValue &value, const QString &path = QString());

    const QJsonValue &value() const { return m_value; }
    const QString &path() const { return m_path; }
    bool isMissing() const { return m_value.isUndefined(); }
    bool has(const QString &key) const;

    JsonReader member(const QString &key) const;
    JsonReader item(qsizetype index) const;
    // This value again, its refusals worded with `phrase`: "a peer id (a whole number from 0)".
    JsonReader expecting(const QString &phrase) const;

    bool ok() const { return m_error->isEmpty(); }
    const JsonReadError &error() const { return *m_error; }
    // Records `message` at this path unless a problem was recorded already; returns false.
    bool fail(const QString &message) const;
    // The same at a path another engine worked out (a JSON Schema's, a template's).
    bool failAt(const QString &path, const QString &message) const;
    // Refuses this value as typed reads do: `must be <the phrase, or expected>, not <the value>`.
    bool refuse(const QString &expected = QString()) const;

    bool string(QString *out, Need need = Need::Optional, Empty empty = Empty::Allowed) const;
    bool boolean(bool *out, Need need = Need::Optional) const;
    bool integer(qint64 *out, qint64 min, qint64 max, Need need = Need::Optional) const;
    template<typename Int>
    bool integer(Int *out, qint64 min, qint64 max, Need need = Need::Optional) const;
    // The range of a setting described once (intsetting.h).
    bool integer(int *out, const IntSetting &setting, Need need = Need::Optional) const;
    // Numbers in [min, max], or (min, max] with Bound::Exclusive.
    bool number(double *out, double min, double max, Need need = Need::Optional,
                Bound lower = Bound::Inclusive) const;
    // A string from `names`.
    bool choice(QString *out, const QStringList &names, Need need = Need::Optional) const;
    // A name `fromName` turns into an enumerator; `names` lists them for messages (empty: "a
    // known name").
    template<typename Enum>
    bool choice(Enum *out, const QStringList &names, bool (*fromName)(const QString &, Enum *),
                Need need = Need::Optional) const;
    bool object(QJsonObject *out, Need need = Need::Optional) const;
    bool array(QJsonArray *out, Need need = Need::Optional, Empty empty = Empty::Allowed) const;
    bool stringList(QStringList *out, Need need = Need::Optional, Empty empty = Empty::Allowed) const;
    // Calls read(const JsonReader &item) for each item of an array until one returns false.
    template<typename Read>
    bool forEach(Read read, Need need = Need::Optional) const;

    // Refuses the first member not in `allowed`: `unknown member; expected one of: a, b`, or
    // `message` when given.
    bool members(const QStringList &allowed, const QString &message = QString()) const;
    // The members not in `known`, for loaders that keep what a newer version wrote.
    QJsonObject unknownMembers(const QStringList &known) const;

    // `one of "a", "b", "c"`
    static QString oneOf(const QStringList &names);

private:
    JsonReader inner(const QJsonValue &value, const QString &path) const;

    static QString typeName(QJsonValue::Type type); // "a string", "an array", ...
    // True when the value is of the type, or missing and optional (the read then stops).
    bool isType(QJsonValue::Type type, const QString &expected, Need need) const;

    QJsonValue m_value;
    QString m_path;
    QString m_phrase;
    std::shared_ptr<JsonReadError> m_error; // one for all readers of a document
};

template<typename Int>
bool JsonReader::integer(Int *out, qint64 min, qint64 max, Need need) const
{
    static_assert(std::is_integral_v<Int> && (std::is_signed_v<Int> || sizeof(Int) < sizeof(qint64)),
                  "the value must fit a qint64");
    Q_ASSERT(min >= qint64(std::numeric_limits<Int>::min()) && max <= qint64(std::numeric_limits<Int>::max()));
    qint64 value = qint64(*out);
    if (!integer(&value, min, max, need))
        return false;
    *out = Int(value);
    return true;
}

template<typename Enum>
bool JsonReader::choice(Enum *out, const QStringList &names, bool (*fromName)(const QString &, Enum *), Need need) const
{
    const QString expected = names.isEmpty() ? tr("a known name") : oneOf(names);
    if (!isType(QJsonValue::String, expected, need))
        return false;
    if (isMissing())
        return true;
    Enum found;
    if (!fromName(m_value.toString(), &found))
        return refuse(expected);
    *out = found;
    return true;
}

template<typename Read>
bool JsonReader::forEach(Read read, Need need) const
{
    if (!isType(QJsonValue::Array, typeName(QJsonValue::Array), need))
        return false;
    const QJsonArray items = m_value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!read(inner(items.at(i), JsonLocation::index(m_path, i))))
            return false;
    }
    return true;
}

} // namespace Sockscope
