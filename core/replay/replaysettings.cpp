#include "replaysettings.h"

#include "jsonpath.h"
#include "replayvariables.h"

#include "json/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

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

const QList<ReplayTiming> kTimings = {ReplayTiming::AsRecorded, ReplayTiming::Fast, ReplayTiming::Wait};

QStringList timingNames()
{
    QStringList names;
    for (const ReplayTiming timing : kTimings)
        names.append(replayTimingName(timing));
    return names;
}

bool readCapture(const JsonReader &item, const QList<ReplayCapture> &earlier, ReplayCapture *capture)
{
    using Need = JsonReader::Need;
    const JsonReader name =
        item.member(kName).expecting(ReplaySettings::tr("a variable name (letters, digits, _ and -; starting with a letter or _)"));
    const JsonReader path = item.member(kPath).expecting(ReplaySettings::tr("a JSON path"));
    if (!item.expecting(ReplaySettings::tr("an object {name, step, path}")).object(nullptr, Need::Required)
        || !item.members({kName, kStep, kPath}) || !name.string(&capture->name, Need::Required))
        return false;
    if (!ReplayVariables::isValidName(capture->name))
        return name.refuse();
    if (ReplayVariables::isBuiltinName(capture->name))
        return name.fail(ReplaySettings::tr("\"%1\" is a built-in variable").arg(capture->name));
    for (const ReplayCapture &other : earlier) {
        if (other.name == capture->name)
            return name.fail(ReplaySettings::tr("\"%1\" is captured twice").arg(capture->name));
    }
    QString problem;
    if (!item.member(kStep)
             .expecting(ReplaySettings::tr("a step number (from 1)"))
             .integer(&capture->step, 1, std::numeric_limits<int>::max(), Need::Required)
        || !path.string(&capture->path, Need::Required))
        return false;
    if (!JsonPath::parse(capture->path, &problem).isValid())
        return path.fail(problem);
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
    for (const ReplayTiming candidate : kTimings) {
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
    using Need = JsonReader::Need;
    constexpr qint64 kMaxId = std::numeric_limits<quint32>::max();
    const JsonReader reader(object, QStringLiteral("replay"));
    ReplaySettings result;
    const auto readIgnore = [&result](const JsonReader &item) {
        QString path;
        QString problem;
        if (!item.string(&path, Need::Required))
            return false;
        if (!JsonPath::parse(path, &problem).isValid())
            return item.fail(problem);
        result.ignorePaths.append(path);
        return true;
    };
    const auto readCaptureItem = [&result](const JsonReader &item) {
        ReplayCapture capture;
        if (!readCapture(item, result.captures, &capture))
            return false;
        result.captures.append(capture);
        return true;
    };
    const bool read =
        reader.members({kConnection, kPeer, kConnect, kTiming, kSpeed, kResponseTimeoutMs, kIgnore, kDefaultIgnores, kCaptures})
        && reader.member(kConnection).expecting(tr("a connection id (a whole number from 0)")).integer(&result.connection, 0, kMaxId)
        && reader.member(kPeer).expecting(tr("a peer id (a whole number from 0)")).integer(&result.peer, 0, kMaxId)
        && reader.member(kConnect).expecting(tr("a connect number (a whole number from 0)")).integer(&result.connect, 0, kMaxId)
        && reader.member(kTiming).choice(&result.timing, timingNames(), &replayTimingFromName)
        && reader.member(kSpeed)
               .expecting(tr("a number greater than 0 and at most %1").arg(kMaxSpeed))
               .number(&result.speed, 0, kMaxSpeed, Need::Optional, JsonReader::Bound::Exclusive)
        && reader.member(kResponseTimeoutMs)
               .expecting(tr("a whole number of milliseconds from 1 to %1").arg(kMaxResponseTimeoutMs))
               .integer(&result.responseTimeoutMs, 1, kMaxResponseTimeoutMs)
        && reader.member(kIgnore).expecting(tr("an array of JSON paths")).forEach(readIgnore)
        && reader.member(kDefaultIgnores).boolean(&result.defaultIgnores)
        && reader.member(kCaptures).expecting(tr("an array of {name, step, path}")).forEach(readCaptureItem);
    if (!read) {
        if (error)
            *error = reader.error().toString();
        return false;
    }
    *settings = result;
    if (error)
        error->clear();
    return true;
}

} // namespace Sockscope
