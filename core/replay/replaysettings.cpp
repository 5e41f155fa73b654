#include "replaysettings.h"

#include "jsonpath.h"
#include "replayvariables.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sockscope {

namespace {

const QLatin1String kConnection("connection");
const QLatin1String kPeer("peer");
const QLatin1String kConnect("connect");
const QLatin1String kTiming("timing");
const QLatin1String kSpeed("speed");
const QLatin1String kResponseTimeoutMs("responseTimeoutMs");
const QLatin1String kIgnore("ignore");
const QLatin1String kDefaultIgnores("defaultIgnores");
const QLatin1String kCaptures("captures");
const QLatin1String kName("name");
const QLatin1String kStep("step");
const QLatin1String kPath("path");

bool isWholeNumber(const QJsonValue &value, qint64 minimum, qint64 maximum, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number != double(qint64(number)) || number < double(minimum) || number > double(maximum))
        return false;
    *out = qint64(number);
    return true;
}

} // namespace

QString replayTimingName(ReplayTiming timing)
{
    switch (timing) {
    case ReplayTiming::AsRecorded:
        return QStringLiteral("as-recorded");
    case ReplayTiming::Fast:
        return QStringLiteral("fast");
    case ReplayTiming::Wait:
        return QStringLiteral("wait");
    }
    return {};
}

bool replayTimingFromName(const QString &name, ReplayTiming *timing)
{
    for (const ReplayTiming candidate : {ReplayTiming::AsRecorded, ReplayTiming::Fast, ReplayTiming::Wait}) {
        if (replayTimingName(candidate) == name) {
            *timing = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject ReplaySettings::toJson() const
{
    const ReplaySettings defaults;
    QJsonObject object;
    if (connection != defaults.connection)
        object.insert(kConnection, qint64(connection));
    if (peer != defaults.peer)
        object.insert(kPeer, qint64(peer));
    if (connect != defaults.connect)
        object.insert(kConnect, qint64(connect));
    object.insert(kTiming, replayTimingName(timing));
    if (speed != defaults.speed)
        object.insert(kSpeed, speed);
    object.insert(kResponseTimeoutMs, responseTimeoutMs);
    if (!ignorePaths.isEmpty())
        object.insert(kIgnore, QJsonArray::fromStringList(ignorePaths));
    if (defaultIgnores != defaults.defaultIgnores)
        object.insert(kDefaultIgnores, defaultIgnores);
    if (!captures.isEmpty()) {
        QJsonArray array;
        for (const ReplayCapture &capture : captures)
            array.append(QJsonObject{{kName, capture.name}, {kStep, capture.step}, {kPath, capture.path}});
        object.insert(kCaptures, array);
    }
    return object;
}

bool ReplaySettings::fromJson(const QJsonObject &object, ReplaySettings *settings, QString *error)
{
    const auto fail = [error](const QString &member, const QString &problem) {
        if (error)
            *error = QStringLiteral("replay.") + member + QStringLiteral(": ") + problem;
        return false;
    };
    static const QStringList known = {kConnection, kPeer, kConnect, kTiming, kSpeed, kResponseTimeoutMs,
                                      kIgnore, kDefaultIgnores, kCaptures};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return fail(it.key(), tr("unknown member"));
    }

    ReplaySettings result;
    qint64 number = 0;
    if (object.contains(kConnection)) {
        if (!isWholeNumber(object.value(kConnection), 0, 0xffffffffLL, &number))
            return fail(kConnection, tr("must be a connection id (a whole number from 0)"));
        result.connection = quint32(number);
    }
    if (object.contains(kPeer)) {
        if (!isWholeNumber(object.value(kPeer), 0, 0xffffffffLL, &number))
            return fail(kPeer, tr("must be a peer id (a whole number from 0)"));
        result.peer = quint32(number);
    }
    if (object.contains(kConnect)) {
        if (!isWholeNumber(object.value(kConnect), 0, 0xffffffffLL, &number))
            return fail(kConnect, tr("must be a connect number (a whole number from 0)"));
        result.connect = quint32(number);
    }
    if (object.contains(kTiming)) {
        if (!replayTimingFromName(object.value(kTiming).toString(), &result.timing))
            return fail(kTiming, tr("must be one of \"as-recorded\", \"fast\", \"wait\""));
    }
    if (object.contains(kSpeed)) {
        const QJsonValue speed = object.value(kSpeed);
        if (!speed.isDouble() || !(speed.toDouble() > 0) || speed.toDouble() > kMaxSpeed)
            return fail(kSpeed, tr("must be a number greater than 0 and at most %1").arg(kMaxSpeed));
        result.speed = speed.toDouble();
    }
    if (object.contains(kResponseTimeoutMs)) {
        if (!isWholeNumber(object.value(kResponseTimeoutMs), 1, kMaxResponseTimeoutMs, &number))
            return fail(kResponseTimeoutMs, tr("must be a whole number of milliseconds from 1 to %1").arg(kMaxResponseTimeoutMs));
        result.responseTimeoutMs = int(number);
    }
    if (object.contains(kIgnore)) {
        if (!object.value(kIgnore).isArray())
            return fail(kIgnore, tr("must be an array of JSON paths"));
        const QJsonArray paths = object.value(kIgnore).toArray();
        for (int i = 0; i < paths.size(); ++i) {
            const QString member = QStringLiteral("ignore[%1]").arg(i);
            if (!paths.at(i).isString())
                return fail(member, tr("must be a string"));
            QString problem;
            if (!JsonPath::parse(paths.at(i).toString(), &problem).isValid())
                return fail(member, problem);
            result.ignorePaths.append(paths.at(i).toString());
        }
    }
    if (object.contains(kDefaultIgnores)) {
        if (!object.value(kDefaultIgnores).isBool())
            return fail(kDefaultIgnores, tr("must be true or false"));
        result.defaultIgnores = object.value(kDefaultIgnores).toBool();
    }
    if (object.contains(kCaptures)) {
        if (!object.value(kCaptures).isArray())
            return fail(kCaptures, tr("must be an array of {name, step, path}"));
        const QJsonArray captures = object.value(kCaptures).toArray();
        for (int i = 0; i < captures.size(); ++i) {
            const QString member = QStringLiteral("captures[%1]").arg(i);
            if (!captures.at(i).isObject())
                return fail(member, tr("must be an object {name, step, path}"));
            const QJsonObject item = captures.at(i).toObject();
            for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
                if (it.key() != kName && it.key() != kStep && it.key() != kPath)
                    return fail(member + QLatin1Char('.') + it.key(), tr("unknown member"));
            }
            ReplayCapture capture;
            capture.name = item.value(kName).toString();
            if (!ReplayVariables::isValidName(capture.name))
                return fail(member + QStringLiteral(".name"), tr("must be a variable name (letters, digits, _; not starting with a digit)"));
            if (ReplayVariables::isBuiltinName(capture.name))
                return fail(member + QStringLiteral(".name"), tr("\"%1\" is a built-in variable").arg(capture.name));
            for (const ReplayCapture &other : std::as_const(result.captures)) {
                if (other.name == capture.name)
                    return fail(member + QStringLiteral(".name"), tr("\"%1\" is captured twice").arg(capture.name));
            }
            if (!isWholeNumber(item.value(kStep), 1, 0x7fffffff, &number))
                return fail(member + QStringLiteral(".step"), tr("must be a step number (from 1)"));
            capture.step = int(number);
            if (!item.value(kPath).isString())
                return fail(member + QStringLiteral(".path"), tr("must be a JSON path"));
            capture.path = item.value(kPath).toString();
            QString problem;
            if (!JsonPath::parse(capture.path, &problem).isValid())
                return fail(member + QStringLiteral(".path"), problem);
            result.captures.append(capture);
        }
    }
    *settings = result;
    if (error)
        error->clear();
    return true;
}

} // namespace Sockscope
