#include "replayassertion.h"

#include "jsonpath.h"

#include "json/jsonreader.h"
#include "jsonrpc/jsonrpccodec.h"

#include <QRegularExpression>
#include <QStringList>

#include <limits>

namespace Sockscope {

namespace {

const QLatin1String kType("type");
const QLatin1String kStep("step");
const QLatin1String kPath("path");
const QLatin1String kValue("value");
const QLatin1String kPattern("pattern");
const QLatin1String kMethod("method");
const QLatin1String kMs("ms");

constexpr int kMaxMs = 86400000;

constexpr ReplayAssertion::Type kTypes[] = {ReplayAssertion::Type::Equals, ReplayAssertion::Type::Matches,
                                           ReplayAssertion::Type::Exists, ReplayAssertion::Type::NotificationWithin,
                                           ReplayAssertion::Type::LatencyBelow, ReplayAssertion::Type::NotClosed};

// The members each type takes besides `type`; the first ones listed are required.
QStringList membersOf(ReplayAssertion::Type type, int *required)
{
    switch (type) {
    case ReplayAssertion::Type::Equals:
        *required = 3;
        return {kStep, kPath, kValue};
    case ReplayAssertion::Type::Matches:
        *required = 3;
        return {kStep, kPath, kPattern};
    case ReplayAssertion::Type::Exists:
        *required = 2;
        return {kStep, kPath};
    case ReplayAssertion::Type::NotificationWithin:
        *required = 3;
        return {kStep, kMethod, kMs};
    case ReplayAssertion::Type::LatencyBelow:
        *required = 1;
        return {kMs, kStep};
    case ReplayAssertion::Type::NotClosed:
        *required = 0;
        return {kMs};
    }
    *required = 0;
    return {};
}

// Members that do not belong to the type are refused, and those it needs must be there.
bool readMembers(const JsonReader &reader, ReplayAssertion::Type type)
{
    int required = 0;
    const QStringList members = membersOf(type, &required);
    const QString name = ReplayAssertion::typeName(type);
    if (!reader.members(QStringList{kType} + members, ReplayAssertion::tr("not a member of a \"%1\" assertion").arg(name)))
        return false;
    for (int i = 0; i < required; ++i) {
        if (!reader.has(members.at(i)))
            return reader.member(members.at(i)).fail(ReplayAssertion::tr("required by a \"%1\" assertion").arg(name));
    }
    return true;
}

bool checkPattern(const JsonReader &reader, const QString &pattern)
{
    const QRegularExpression regex(pattern);
    return regex.isValid()
           || reader.fail(ReplayAssertion::tr("not a valid regular expression: %1").arg(regex.errorString()));
}

} // namespace

QString ReplayAssertion::typeName(Type type)
{
    switch (type) {
    case Type::Equals:
        return QStringLiteral("equals");
    case Type::Matches:
        return QStringLiteral("matches");
    case Type::Exists:
        return QStringLiteral("exists");
    case Type::NotificationWithin:
        return QStringLiteral("notificationWithin");
    case Type::LatencyBelow:
        return QStringLiteral("latencyBelow");
    case Type::NotClosed:
        return QStringLiteral("notClosed");
    }
    return {};
}

bool ReplayAssertion::typeFromName(const QString &name, Type *type)
{
    for (const Type candidate : kTypes) {
        if (typeName(candidate) == name) {
            *type = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject ReplayAssertion::toJson() const
{
    QJsonObject object{{kType, typeName(type)}};
    switch (type) {
    case Type::Equals:
        object.insert(kStep, step);
        object.insert(kPath, path);
        object.insert(kValue, value);
        break;
    case Type::Matches:
        object.insert(kStep, step);
        object.insert(kPath, path);
        object.insert(kPattern, pattern);
        break;
    case Type::Exists:
        object.insert(kStep, step);
        object.insert(kPath, path);
        break;
    case Type::NotificationWithin:
        object.insert(kStep, step);
        object.insert(kMethod, method);
        object.insert(kMs, ms);
        break;
    case Type::LatencyBelow:
        if (step > 0)
            object.insert(kStep, step);
        object.insert(kMs, ms);
        break;
    case Type::NotClosed:
        if (ms > 0)
            object.insert(kMs, ms);
        break;
    }
    return object;
}

bool ReplayAssertion::fromJson(const QJsonObject &object, ReplayAssertion *assertion, QString *error)
{
    using Need = JsonReader::Need;
    const JsonReader reader(object);
    ReplayAssertion result;
    QStringList typeNames;
    for (const Type type : kTypes)
        typeNames.append(typeName(type));
    if (!reader.member(kType).expecting(JsonReader::oneOf(typeNames)).choice(&result.type, typeNames, &typeFromName, Need::Required)
        || !readMembers(reader, result.type)) {
        if (error)
            *error = reader.error().toString();
        return false;
    }
    const int minimumStep = result.type == Type::LatencyBelow ? 0 : 1;
    const int minimumMs = result.type == Type::NotClosed ? 0 : 1;
    const JsonReader path = reader.member(kPath).expecting(tr("a JSON path"));
    const JsonReader pattern = reader.member(kPattern).expecting(tr("a regular expression"));
    QString problem;
    const bool read =
        reader.member(kStep).expecting(tr("a step number (from %1)").arg(minimumStep)).integer(&result.step, minimumStep, std::numeric_limits<int>::max())
        && reader.member(kMs)
               .expecting(tr("a whole number of milliseconds from %1 to %2").arg(minimumMs).arg(kMaxMs))
               .integer(&result.ms, minimumMs, kMaxMs)
        && path.string(&result.path) && (path.isMissing() || JsonPath::parse(result.path, &problem).isValid() || path.fail(problem))
        && pattern.string(&result.pattern) && (pattern.isMissing() || checkPattern(pattern, result.pattern))
        && reader.member(kMethod).expecting(tr("a method name")).string(&result.method, Need::Optional, JsonReader::Empty::Refused);
    if (!read) {
        if (error)
            *error = reader.error().toString();
        return false;
    }
    if (reader.has(kValue))
        result.value = object.value(kValue);
    *assertion = result;
    if (error)
        error->clear();
    return true;
}

QString ReplayAssertion::describe() const
{
    switch (type) {
    case Type::Equals:
        return tr("step %1: %2 equals %3").arg(step).arg(path, QString::fromUtf8(JsonRpcCodec::encodeValue(value)));
    case Type::Matches:
        return tr("step %1: %2 matches /%3/").arg(step).arg(path, pattern);
    case Type::Exists:
        return tr("step %1: %2 exists").arg(step).arg(path);
    case Type::NotificationWithin:
        return tr("step %1: a %2 notification within %3 ms").arg(step).arg(method).arg(ms);
    case Type::LatencyBelow:
        return step > 0 ? tr("step %1: latency below %2 ms").arg(step).arg(ms)
                        : tr("every step: latency below %1 ms").arg(ms);
    case Type::NotClosed:
        return ms > 0 ? tr("the connection is not closed (and stays open %1 ms after the last step)").arg(ms)
                      : tr("the connection is not closed");
    }
    return {};
}

} // namespace Sockscope
