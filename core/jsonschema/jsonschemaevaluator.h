#pragma once

#include "jsonschemanode.h"
#include "jsonschemaproblem.h"
#include "jsonschemawording.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>
#include <vector>

namespace Sockscope {

// Checks one value against compiled schema nodes (JsonSchemaValidator::validate()). Every
// keyword of a schema is checked, problems collected in the order met, until `maxProblems`;
// inside anyOf, oneOf, not, if and contains only whether a schema matches is asked, and the
// first failure ends that question. Bounded: values nested deeper than kMaxDepth are refused
// before anything else; a $ref that comes back to a schema at the same place in the value
// without going deeper is reported, not followed; the schemas entered at once and the steps
// taken (a budget growing with the size of the value) are limited, so a crafted schema or
// value can neither overflow the stack nor take exponential time.
class JsonSchemaEvaluator final
{
public:
    static constexpr int kMaxDepth = 200;
    static constexpr int kMaxNesting = 1000;
    static constexpr qint64 kBaseSteps = 100000;
    static constexpr qint64 kStepsPerValue = 100;

    explicit JsonSchemaEvaluator(qsizetype maxProblems);

    JsonSchemaResult run(const JsonSchemaNode &root, const QJsonValue &value);

private:
    using Node = JsonSchemaNode;
    using Sentence = JsonSchemaWording::Sentence;
    using Arg = JsonSchemaWording::Arg;
    struct Tally;

    // On the way down (kept lean: a value 200 levels deep nests them hundreds of times).
    bool evaluate(const Node &node, const QJsonValue &value, bool collect);
    bool member(const Node &node, const QString &name, const QJsonValue &value, bool collect);
    bool item(const Node &node, qsizetype index, const QJsonValue &value, bool collect);
    bool matches(const Node &node, const QJsonValue &value) { return evaluate(node, value, false); }
    bool checkChildren(const Node &node, const QJsonValue &value, bool collect);
    bool checkItems(const Node &node, const QJsonArray &array, bool collect);
    bool checkContains(const Node &node, const QJsonArray &array, bool collect);
    bool checkMembers(const Node &node, const QJsonObject &object, bool collect);
    bool checkRef(const Node &node, const QJsonValue &value, bool collect);
    bool checkApplicators(const Node &node, const QJsonValue &value, bool collect);

    // The keywords about the value itself, which go no deeper.
    bool checkType(const Node &node, const QJsonValue &value, bool collect);
    bool checkValue(const Node &node, const QJsonValue &value, bool collect);
    bool checkNumber(const Node &node, double value, bool collect);
    bool checkString(const Node &node, const QString &value, bool collect);
    bool checkArray(const Node &node, const QJsonArray &array, bool collect);
    bool checkObject(const Node &node, const QJsonObject &object, bool collect);
    bool failMember(bool collect, const QString &name, Sentence sentence, const QString &keyword,
                    const JsonSchemaPattern *pattern = nullptr);
    bool failItem(bool collect, qsizetype index);
    bool failRef(bool collect, const Node &node, Sentence sentence);
    bool stopHere(Sentence sentence, qint64 limit);
    bool failCount(bool collect, Sentence sentence, const QString &keyword, qint64 count, qint64 found = -1);

    // Records a problem (when collecting, and until maxProblems); false.
    bool record(bool collect, const JsonInstancePath &at, Sentence sentence, const QString &keyword, const QList<Arg> &args,
                qint64 count);
    // Stops everything: the value cannot be checked (too deep, too much work, a $ref loop).
    bool stop(const JsonSchemaProblem &problem);
    bool done(bool collect) const { return !collect || m_stopped; }

    // Counts the values in `value`, and finds the first one deeper than kMaxDepth.
    bool measure(const QJsonValue &value, qint64 *count);

    struct RefEntry final
    {
        const Node *target;
        qsizetype depth;
    };

    qsizetype m_maxProblems;
    JsonInstancePath m_location;
    QList<JsonSchemaProblem> m_problems;
    std::optional<JsonSchemaProblem> m_fatal;
    bool m_stopped = false;
    bool m_truncated = false;
    int m_nesting = 0;
    qint64 m_steps = 0;
    qint64 m_budget = 0;
    std::vector<RefEntry> m_refs; // the $refs being followed, innermost last
};

} // namespace Sockscope
