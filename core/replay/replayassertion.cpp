#include "replayassertion.h"

#include "jsonpath.h"
#include "jsonrpc/jsonrpccodec.h"

#include <QRegularExpression>
#include <QStringList>

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
    for (const Type candidate : {Type::Equals, Type::Matches, Type::Exists, Type::NotificationWithin,
                                 Type::LatencyBelow, Type::NotClosed}) {
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
    const auto fail = [error](const QString &problem) {
        if (error)
            *error = problem;
        return false;
    };
    ReplayAssertion result;
    if (!object.value(kType).isString() || !typeFromName(object.value(kType).toString(), &result.type)) {
        return fail(tr("type: must be one of \"equals\", \"matches\", \"exists\", \"notificationWithin\", "
                       "\"latencyBelow\", \"notClosed\""));
    }
    int required = 0;
    const QStringList members = membersOf(result.type, &required);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != kType && !members.contains(it.key()))
            return fail(tr("%1: not a member of a \"%2\" assertion").arg(it.key(), typeName(result.type)));
    }
    for (int i = 0; i < required; ++i) {
        if (!object.contains(members.at(i)))
            return fail(tr("%1: required by a \"%2\" assertion").arg(members.at(i), typeName(result.type)));
    }
    const auto wholeNumber = [&object](const QString &member, int minimum, int maximum, int *out) {
        const QJsonValue value = object.value(member);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum)
            return false;
        *out = int(number);
        return true;
    };
    if (object.contains(kStep)) {
        const int minimum = result.type == Type::LatencyBelow ? 0 : 1;
        if (!wholeNumber(kStep, minimum, 0x7fffffff, &result.step))
            return fail(tr("step: must be a step number (from %1)").arg(minimum));
    }
    if (object.contains(kMs)) {
        const int minimum = result.type == Type::NotClosed ? 0 : 1;
        if (!wholeNumber(kMs, minimum, kMaxMs, &result.ms))
            return fail(tr("ms: must be a whole number of milliseconds from %1 to %2").arg(minimum).arg(kMaxMs));
    }
    if (object.contains(kPath)) {
        if (!object.value(kPath).isString())
            return fail(tr("path: must be a JSON path"));
        result.path = object.value(kPath).toString();
        QString problem;
        if (!JsonPath::parse(result.path, &problem).isValid())
            return fail(tr("path: %1").arg(problem));
    }
    if (object.contains(kValue))
        result.value = object.value(kValue);
    if (object.contains(kPattern)) {
        if (!object.value(kPattern).isString())
            return fail(tr("pattern: must be a regular expression"));
        result.pattern = object.value(kPattern).toString();
        const QRegularExpression regex(result.pattern);
        if (!regex.isValid())
            return fail(tr("pattern: not a valid regular expression: %1").arg(regex.errorString()));
    }
    if (object.contains(kMethod)) {
        if (!object.value(kMethod).isString() || object.value(kMethod).toString().isEmpty())
            return fail(tr("method: must be a method name"));
        result.method = object.value(kMethod).toString();
    }
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
