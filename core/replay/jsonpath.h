#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVector>

namespace Sockscope {

// A JSONPath subset for replay (ignore rules, assertions, captures): `$`, `.name`, `['name']`
// or `["name"]`, `[n]`, `[*]` and `.*`, `..name` and `..*` (docs/REPLAY.md). Parsed once,
// then evaluated against values or matched against the location of one value.
class JsonPath final
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    // One step of a concrete location inside a JSON value: a member name or an array index.
    struct Key final
    {
        QString name;
        int index = -1; // >= 0: an array index; then `name` is unused

        static Key member(const QString &name) { return {name, -1}; }
        static Key item(int index) { return {QString(), index}; }
        bool isIndex() const { return index >= 0; }
    };
    using Location = QVector<Key>;

    JsonPath() = default;
    // An invalid path (with `error`, when given) for anything outside the subset.
    static JsonPath parse(const QString &text, QString *error);

    bool isValid() const { return m_valid; }
    QString toString() const { return m_text; }

    // Every value the path selects, in document order; empty when it selects nothing.
    QList<QJsonValue> evaluate(const QJsonValue &root) const;
    // Whether the path selects the value at `location` (the comparator's ignore rules).
    bool matches(const Location &location) const;

    // `$.result.content[0].text`, `$['odd key']`: how diffs name a place.
    static QString locationToString(const Location &location);

private:
    struct Segment final
    {
        enum class Kind : quint8 { Member, Index, Wildcard };
        Kind kind = Kind::Member;
        bool descendant = false; // `..`: at any depth below
        QString name;
        int index = 0;
    };

    void select(const QJsonValue &value, int segment, QList<QJsonValue> *out) const;
    bool matchFrom(int segment, const Location &location, int position) const;
    static bool segmentMatches(const Segment &segment, const Key &key);

    QVector<Segment> m_segments;
    QString m_text;
    bool m_valid = false;
};

} // namespace Sockscope
