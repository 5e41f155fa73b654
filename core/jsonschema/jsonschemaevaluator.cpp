#include "jsonschemaevaluator.h"

#include "jsonequality.h"
#include "jsonschemacompiler.h"

#include <QHash>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace Sockscope {

namespace {

QString number(double value)
{
    return JsonSchemaWording::json(QJsonValue(value));
}

QString number(qint64 value)
{
    return QString::number(value);
}

bool isWhole(double value)
{
    return std::isfinite(value) && std::floor(value) == value;
}

// With a tolerance for binary fractions: 0.3 is a multiple of 0.1 although 0.3 / 0.1 is
// 2.9999999999999996 in doubles.
bool isMultiple(double value, double of)
{
    constexpr double exact = 9007199254740992.0; // 2^53: whole numbers below it are exact
    if (isWhole(value) && isWhole(of) && std::fabs(value) < exact && of < exact)
        return std::fmod(value, of) == 0;
    const double quotient = value / of;
    if (!std::isfinite(quotient))
        return false;
    constexpr double absolute = 1e-9;
    constexpr double relative = 8 * DBL_EPSILON;
    return std::fabs(quotient - std::round(quotient)) <= std::max(absolute, std::fabs(quotient) * relative);
}

// Characters as JSON Schema counts them: code points, not UTF-16 units.
qsizetype codePoints(const QString &text)
{
    qsizetype count = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

quint8 typeBits(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return JsonSchemaNode::Null;
    case QJsonValue::Bool: return JsonSchemaNode::Boolean;
    case QJsonValue::Double:
        return JsonSchemaNode::Number | (isWhole(value.toDouble()) ? JsonSchemaNode::Integer : 0);
    case QJsonValue::String: return JsonSchemaNode::String;
    case QJsonValue::Array: return JsonSchemaNode::Array;
    case QJsonValue::Object: return JsonSchemaNode::Object;
    case QJsonValue::Undefined: break;
    }
    return 0;
}

bool isFalse(const JsonSchemaNode *node)
{
    return node && node->isBoolean && !node->boolean;
}

} // namespace

// The outcome of one schema's checks: false at the first failure, and whether to go on.
struct JsonSchemaEvaluator::Tally final
{
    JsonSchemaEvaluator *evaluator;
    bool collect;
    bool ok = true;

    // Records a problem here (or at `at`); true when the checks of this schema end.
    bool fail(Sentence sentence, const QString &keyword, const QList<Arg> &args = {}, qint64 count = -1)
    {
        return failAt(evaluator->m_location, sentence, keyword, args, count);
    }
    bool failAt(const JsonInstancePath &at, Sentence sentence, const QString &keyword, const QList<Arg> &args = {},
                qint64 count = -1)
    {
        ok = evaluator->record(collect, at, sentence, keyword, args, count);
        return evaluator->done(collect);
    }
    // A subschema's outcome; true when the checks of this schema end.
    bool take(bool result)
    {
        ok = ok && result;
        return !result && evaluator->done(collect);
    }
};

JsonSchemaEvaluator::JsonSchemaEvaluator(qsizetype maxProblems) : m_maxProblems(std::max<qsizetype>(1, maxProblems))
{
}

JsonSchemaResult JsonSchemaEvaluator::run(const JsonSchemaNode &root, const QJsonValue &value)
{
    qint64 values = 0;
    if (measure(value, &values)) {
        m_budget = kBaseSteps + kStepsPerValue * values;
        evaluate(root, value, true);
    }
    JsonSchemaResult result;
    if (m_fatal)
        result.problems.append(*m_fatal);
    result.problems += m_problems.mid(0, m_maxProblems - result.problems.size());
    result.truncated = m_truncated || result.problems.size() < m_problems.size() + (m_fatal ? 1 : 0);
    return result;
}

bool JsonSchemaEvaluator::measure(const QJsonValue &value, qint64 *count)
{
    ++*count;
    const bool isArray = value.isArray();
    if (!isArray && !value.isObject())
        return true;
    if (m_location.depth() == kMaxDepth) {
        // Said of the member or item at the top that holds it: the full path is 200 steps long.
        JsonInstancePath top;
        const JsonInstancePath::Step &first = m_location.steps().first();
        if (first.isIndex())
            top.pushIndex(first.index);
        else
            top.pushMember(first.name);
        return stop(JsonSchemaWording::problem(Sentence::TooDeep, top, QStringLiteral("depth"), {number(qint64(kMaxDepth))}));
    }
    if (isArray) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            m_location.pushIndex(i);
            const bool ok = measure(array.at(i), count);
            m_location.pop();
            if (!ok)
                return false;
        }
        return true;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        m_location.pushMember(it.key());
        const bool ok = measure(it.value(), count);
        m_location.pop();
        if (!ok)
            return false;
    }
    return true;
}

bool JsonSchemaEvaluator::record(bool collect, const JsonInstancePath &at, Sentence sentence, const QString &keyword,
                                 const QList<Arg> &args, qint64 count)
{
    if (!collect || m_stopped)
        return false;
    m_problems.append(JsonSchemaWording::problem(sentence, at, keyword, args, count));
    if (m_problems.size() >= m_maxProblems) {
        m_truncated = true; // there may be more
        m_stopped = true;
    }
    return false;
}

bool JsonSchemaEvaluator::stop(const JsonSchemaProblem &problem)
{
    if (!m_fatal)
        m_fatal = problem;
    m_stopped = true;
    return false;
}

bool JsonSchemaEvaluator::evaluate(const Node &node, const QJsonValue &value, bool collect)
{
    if (m_stopped)
        return false;
    // The problems are built by helpers: this frame is on the stack once per level.
    if (++m_steps > m_budget)
        return stopHere(Sentence::TooMuchWork, m_budget);
    if (node.isBoolean)
        return node.boolean || failCount(collect, Sentence::False, QStringLiteral("false"), -1);
    if (node.tooDeep)
        return failCount(collect, Sentence::SchemaTooDeep, QStringLiteral("depth"), JsonSchemaCompiler::kMaxSchemaDepth);
    if (m_nesting >= kMaxNesting)
        return stopHere(Sentence::SchemaTooDeep, kMaxNesting);
    ++m_nesting;
    // In this order the first problem is the one the mock has always named.
    bool ok = checkType(node, value, collect);
    if (ok || !done(collect))
        ok = checkValue(node, value, collect) && ok;
    if (ok || !done(collect))
        ok = checkChildren(node, value, collect) && ok;
    if (ok || !done(collect))
        ok = checkRef(node, value, collect) && ok;
    if (ok || !done(collect))
        ok = checkApplicators(node, value, collect) && ok;
    --m_nesting;
    return ok;
}

bool JsonSchemaEvaluator::member(const Node &node, const QString &name, const QJsonValue &value, bool collect)
{
    m_location.pushMember(name);
    const bool ok = evaluate(node, value, collect);
    m_location.pop();
    return ok;
}

bool JsonSchemaEvaluator::item(const Node &node, qsizetype index, const QJsonValue &value, bool collect)
{
    m_location.pushIndex(index);
    const bool ok = evaluate(node, value, collect);
    m_location.pop();
    return ok;
}

bool JsonSchemaEvaluator::checkChildren(const Node &node, const QJsonValue &value, bool collect)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool ok = checkItems(node, array, collect);
        return (ok || !done(collect)) ? checkContains(node, array, collect) && ok : false;
    }
    if (!value.isObject())
        return true;
    const QJsonObject object = value.toObject();
    bool ok = checkMembers(node, object, collect);
    for (const auto &[trigger, schema] : node.dependentSchemas) {
        if (done(collect) && !ok)
            break;
        if (object.contains(trigger))
            ok = evaluate(*schema, value, collect) && ok;
    }
    return ok;
}

bool JsonSchemaEvaluator::checkItems(const Node &node, const QJsonArray &array, bool collect)
{
    const qsizetype prefix = node.prefixItems.size();
    const qsizetype size = node.items ? array.size() : std::min(prefix, array.size());
    bool ok = true;
    for (qsizetype i = 0; i < size && (ok || !done(collect)); ++i) {
        const Node *schema = i < prefix ? node.prefixItems.at(i) : node.items;
        if (i >= prefix && isFalse(schema))
            ok = failItem(collect, i);
        else
            ok = item(*schema, i, array.at(i), collect) && ok;
    }
    return ok;
}

bool JsonSchemaEvaluator::checkContains(const Node &node, const QJsonArray &array, bool collect)
{
    if (!node.contains)
        return true;
    qint64 found = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        found += item(*node.contains, i, array.at(i), false) ? 1 : 0;
        if (node.maxContains < 0 && found >= node.minContains)
            break; // enough, and no upper bound to count to
    }
    if (found < node.minContains) {
        return node.minContains == 1 ? failCount(collect, Sentence::Contains, QStringLiteral("contains"), -1)
                                     : failCount(collect, Sentence::MinContains, QStringLiteral("minContains"), node.minContains, found);
    }
    if (node.maxContains >= 0 && found > node.maxContains)
        return failCount(collect, Sentence::MaxContains, QStringLiteral("maxContains"), node.maxContains, found);
    return true;
}

bool JsonSchemaEvaluator::checkMembers(const Node &node, const QJsonObject &object, bool collect)
{
    if (node.properties.isEmpty() && node.patternProperties.isEmpty() && !node.additionalProperties && !node.propertyNames)
        return true;
    bool ok = true;
    for (auto it = object.begin(); it != object.end() && (ok || !done(collect)); ++it) {
        const QString name = it.key();
        if (node.propertyNames && !member(*node.propertyNames, name, QJsonValue(name), false))
            ok = failMember(collect, name, Sentence::PropertyName, QStringLiteral("propertyNames"));
        bool described = false;
        const auto property = node.properties.constFind(name);
        if (property != node.properties.constEnd()) {
            described = true;
            ok = member(*property.value(), name, it.value(), collect) && ok;
        }
        for (const auto &[pattern, schema] : node.patternProperties) {
            if (!pattern.isValid()) {
                described = true; // it cannot be told whether the name matches
                ok = failMember(collect, name, Sentence::PatternInvalid, QStringLiteral("patternProperties"), &pattern);
            } else if (pattern.matches(name)) {
                described = true;
                ok = member(*schema, name, it.value(), collect) && ok;
            }
        }
        if (described || !node.additionalProperties)
            continue;
        if (isFalse(node.additionalProperties))
            ok = failMember(collect, name, Sentence::NotAllowed, QStringLiteral("additionalProperties"));
        else
            ok = member(*node.additionalProperties, name, it.value(), collect) && ok;
    }
    return ok;
}

bool JsonSchemaEvaluator::checkRef(const Node &node, const QJsonValue &value, bool collect)
{
    if (node.ref.isEmpty())
        return true;
    if (!node.refTarget)
        return failRef(collect, node, Sentence::RefUnresolved);
    // The same schema again at the same place in the value would never end.
    const qsizetype depth = m_location.depth();
    for (auto it = m_refs.rbegin(); it != m_refs.rend() && it->depth == depth; ++it) {
        if (it->target == node.refTarget)
            return failRef(collect, node, Sentence::RefCycle);
    }
    m_refs.push_back({node.refTarget, depth});
    const bool ok = evaluate(*node.refTarget, value, collect);
    m_refs.pop_back();
    return ok;
}

bool JsonSchemaEvaluator::checkApplicators(const Node &node, const QJsonValue &value, bool collect)
{
    bool ok = true;
    for (qsizetype i = 0; i < node.allOf.size() && (ok || !done(collect)); ++i)
        ok = evaluate(*node.allOf.at(i), value, collect) && ok;
    if (!node.anyOf.isEmpty() && (ok || !done(collect))) {
        bool any = false;
        for (qsizetype i = 0; i < node.anyOf.size() && !any; ++i)
            any = matches(*node.anyOf.at(i), value);
        if (!any)
            ok = failCount(collect, Sentence::AnyOf, QStringLiteral("anyOf"), -1);
    }
    if (!node.oneOf.isEmpty() && (ok || !done(collect))) {
        qint64 count = 0;
        for (const Node *part : node.oneOf)
            count += matches(*part, value) ? 1 : 0;
        if (count != 1)
            ok = failCount(collect, Sentence::OneOf, QStringLiteral("oneOf"), -1, count);
    }
    if (node.notSchema && (ok || !done(collect)) && matches(*node.notSchema, value))
        ok = failCount(collect, Sentence::Not, QStringLiteral("not"), -1);
    if (node.ifSchema && (ok || !done(collect))) {
        const Node *branch = matches(*node.ifSchema, value) ? node.thenSchema : node.elseSchema;
        if (branch)
            ok = evaluate(*branch, value, collect) && ok;
    }
    return ok;
}

bool JsonSchemaEvaluator::failMember(bool collect, const QString &name, Sentence sentence, const QString &keyword,
                                     const JsonSchemaPattern *pattern)
{
    QList<Arg> args;
    if (pattern)
        args = {pattern->source(), pattern->errorString()};
    return record(collect, m_location.member(name), sentence, keyword, args, -1);
}

bool JsonSchemaEvaluator::stopHere(Sentence sentence, qint64 limit)
{
    // Too much work is the whole value's fault; too deep a schema is found at one place.
    const JsonInstancePath at = sentence == Sentence::TooMuchWork ? JsonInstancePath() : m_location;
    const QString keyword = sentence == Sentence::TooMuchWork ? QStringLiteral("work") : QStringLiteral("depth");
    return stop(JsonSchemaWording::problem(sentence, at, keyword, {number(limit)}));
}

bool JsonSchemaEvaluator::failRef(bool collect, const Node &node, Sentence sentence)
{
    if (sentence == Sentence::RefCycle)
        return stop(JsonSchemaWording::problem(sentence, m_location, QStringLiteral("$ref"), {node.ref}));
    return record(collect, m_location, sentence, QStringLiteral("$ref"), {node.ref}, -1);
}

bool JsonSchemaEvaluator::failItem(bool collect, qsizetype index)
{
    return record(collect, m_location.item(index), Sentence::NotAllowed, QStringLiteral("items"), {}, -1);
}

bool JsonSchemaEvaluator::failCount(bool collect, Sentence sentence, const QString &keyword, qint64 count, qint64 found)
{
    // Sentences with a bound: %2 is the bound (and %n for people), %3 what was found; without
    // one, %2 is what was found (oneOf's matches).
    QList<Arg> args;
    if (count >= 0)
        args.append(number(count));
    if (found >= 0)
        args.append(number(found));
    return record(collect, m_location, sentence, keyword, args, count);
}

bool JsonSchemaEvaluator::checkType(const Node &node, const QJsonValue &value, bool collect)
{
    if (!node.types || (node.types & typeBits(value)))
        return true;
    QList<Arg> names;
    for (const QString &type : node.typeNames)
        names.append(JsonSchemaWording::typeName(type));
    return record(collect, m_location, Sentence::Type, QStringLiteral("type"),
                  {JsonSchemaWording::alternatives(names), JsonSchemaWording::valueName(value)}, -1);
}

bool JsonSchemaEvaluator::checkValue(const Node &node, const QJsonValue &value, bool collect)
{
    Tally tally{this, collect};
    if (node.constant && !JsonEquality::equal(*node.constant, value)
        && tally.fail(Sentence::Const, QStringLiteral("const"), {JsonSchemaWording::json(*node.constant)}))
        return false;
    if (node.enumValues) {
        const QJsonArray &allowed = *node.enumValues;
        const bool found = std::any_of(allowed.begin(), allowed.end(),
                                       [&value](const QJsonValue &candidate) { return JsonEquality::equal(candidate, value); });
        if (!found) {
            QStringList words;
            for (const QJsonValue &candidate : allowed)
                words.append(JsonSchemaWording::json(candidate));
            if (tally.fail(Sentence::Enum, QStringLiteral("enum"), {words.join(QLatin1String(", ")), JsonSchemaWording::json(value)}))
                return false;
        }
    }
    switch (value.type()) {
    case QJsonValue::Double: tally.take(checkNumber(node, value.toDouble(), collect)); break;
    case QJsonValue::String: tally.take(checkString(node, value.toString(), collect)); break;
    case QJsonValue::Array: tally.take(checkArray(node, value.toArray(), collect)); break;
    case QJsonValue::Object: tally.take(checkObject(node, value.toObject(), collect)); break;
    default: break;
    }
    return tally.ok;
}

bool JsonSchemaEvaluator::checkNumber(const Node &node, double value, bool collect)
{
    Tally tally{this, collect};
    if (node.minimum) {
        const double bound = *node.minimum;
        if ((node.draft4ExclusiveMinimum ? value <= bound : value < bound)
            && tally.fail(node.draft4ExclusiveMinimum ? Sentence::GreaterThan : Sentence::Minimum, QStringLiteral("minimum"),
                          {number(bound)}))
            return false;
    }
    if (node.maximum) {
        const double bound = *node.maximum;
        if ((node.draft4ExclusiveMaximum ? value >= bound : value > bound)
            && tally.fail(node.draft4ExclusiveMaximum ? Sentence::LessThan : Sentence::Maximum, QStringLiteral("maximum"),
                          {number(bound)}))
            return false;
    }
    if (node.exclusiveMinimum && value <= *node.exclusiveMinimum
        && tally.fail(Sentence::GreaterThan, QStringLiteral("exclusiveMinimum"), {number(*node.exclusiveMinimum)}))
        return false;
    if (node.exclusiveMaximum && value >= *node.exclusiveMaximum
        && tally.fail(Sentence::LessThan, QStringLiteral("exclusiveMaximum"), {number(*node.exclusiveMaximum)}))
        return false;
    if (node.multipleOf && !isMultiple(value, *node.multipleOf)
        && tally.fail(Sentence::MultipleOf, QStringLiteral("multipleOf"), {number(*node.multipleOf)}))
        return false;
    return tally.ok;
}

bool JsonSchemaEvaluator::checkString(const Node &node, const QString &value, bool collect)
{
    Tally tally{this, collect};
    if (node.minLength >= 0 || node.maxLength >= 0) {
        const qsizetype length = codePoints(value);
        if (node.minLength >= 0 && length < node.minLength
            && tally.fail(Sentence::MinLength, QStringLiteral("minLength"), {number(node.minLength)}, node.minLength))
            return false;
        if (node.maxLength >= 0 && length > node.maxLength
            && tally.fail(Sentence::MaxLength, QStringLiteral("maxLength"), {number(node.maxLength)}, node.maxLength))
            return false;
    }
    if (node.pattern) {
        const JsonSchemaPattern &pattern = *node.pattern;
        if (!pattern.isValid()) {
            if (tally.fail(Sentence::PatternInvalid, QStringLiteral("pattern"), {pattern.source(), pattern.errorString()}))
                return false;
        } else if (!pattern.matches(value) && tally.fail(Sentence::Pattern, QStringLiteral("pattern"), {pattern.source()})) {
            return false;
        }
    }
    return tally.ok;
}

bool JsonSchemaEvaluator::checkArray(const Node &node, const QJsonArray &array, bool collect)
{
    Tally tally{this, collect};
    const qsizetype size = array.size();
    if (node.minItems >= 0 && size < node.minItems
        && tally.fail(Sentence::MinItems, QStringLiteral("minItems"), {number(node.minItems)}, node.minItems))
        return false;
    if (node.maxItems >= 0 && size > node.maxItems
        && tally.fail(Sentence::MaxItems, QStringLiteral("maxItems"), {number(node.maxItems)}, node.maxItems))
        return false;
    if (!node.uniqueItems)
        return tally.ok;
    // One canonical key per item in a hash: linear, where comparing pairs is quadratic.
    QHash<QByteArray, qsizetype> seen;
    seen.reserve(size);
    for (qsizetype i = 0; i < size; ++i) {
        const QByteArray key = JsonEquality::canonicalKey(array.at(i));
        const auto earlier = seen.constFind(key);
        if (earlier == seen.constEnd()) {
            seen.insert(key, i);
            continue;
        }
        tally.fail(Sentence::UniqueItems, QStringLiteral("uniqueItems"), {number(earlier.value()), number(i)});
        break;
    }
    return tally.ok;
}

bool JsonSchemaEvaluator::checkObject(const Node &node, const QJsonObject &object, bool collect)
{
    Tally tally{this, collect};
    for (const QString &name : node.required) {
        if (!object.contains(name) && tally.failAt(m_location.member(name), Sentence::Required, QStringLiteral("required")))
            return false;
    }
    for (const auto &[trigger, names] : node.dependentRequired) {
        if (!object.contains(trigger))
            continue;
        const JsonInstancePath given = m_location.member(trigger);
        const Arg triggerName(QLatin1Char('"') + given.dotted() + QLatin1Char('"'), given.dotted());
        for (const QString &name : names) {
            if (!object.contains(name)
                && tally.failAt(m_location.member(name), Sentence::DependentRequired, QStringLiteral("dependentRequired"),
                                {triggerName}))
                return false;
        }
    }
    const qsizetype size = object.size();
    if (node.minProperties >= 0 && size < node.minProperties
        && tally.fail(Sentence::MinProperties, QStringLiteral("minProperties"), {number(node.minProperties)}, node.minProperties))
        return false;
    if (node.maxProperties >= 0 && size > node.maxProperties
        && tally.fail(Sentence::MaxProperties, QStringLiteral("maxProperties"), {number(node.maxProperties)}, node.maxProperties))
        return false;
    return tally.ok;
}

} // namespace Sockscope
