#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sockscope {

// When the replay sends each message: at the recorded offsets (divided by the speed), as soon
// as the previous one was handed to the connection, or after the previous step's answer.
enum class ReplayTiming : quint8 { AsRecorded, Fast, Wait };

// "as-recorded", "fast", "wait": the names in files and on the command line.
QString replayTimingName(ReplayTiming timing);
bool replayTimingFromName(const QString &name, ReplayTiming *timing);

// Keeps a value from one step's reply as the variable {{name}} for later steps.
struct ReplayCapture final
{
    QString name;
    int step = 0;  // 1-based step whose reply the path is evaluated on
    QString path;  // a JsonPath
};

// How to replay a session: which conversation, timing, matching. The `replay` object of a
// session file's header (docs/REPLAY.md); defaults are written here once.
struct ReplaySettings final
{
    Q_DECLARE_TR_FUNCTIONS(ReplaySettings)

public:
    static constexpr int kDefaultResponseTimeoutMs = 5000;
    static constexpr int kMaxResponseTimeoutMs = 3600000;
    static constexpr double kMaxSpeed = 1000.0;

    quint32 connection = 0;      // 0 = the first connection with messages
    quint32 peer = 0;            // server/mock connections: which peer's conversation; 0 = the first
    quint32 connect = 0;         // client connections: which connect (1 = the first open); 0 = the first with messages
    ReplayTiming timing = ReplayTiming::AsRecorded;
    double speed = 1.0;          // as-recorded only: 2 = twice as fast
    int responseTimeoutMs = kDefaultResponseTimeoutMs;
    QStringList ignorePaths;     // user JSON paths
    bool defaultIgnores = true;  // ids and timestamps (ReplayComparator::defaultIgnorePaths())
    QList<ReplayCapture> captures;

    // Members at their defaults are left out, so a header stays short.
    QJsonObject toJson() const;
    // Missing members keep their defaults; unknown members, wrong types and bad values are
    // errors naming the member (`replay.speed: must be a number greater than 0`).
    static bool fromJson(const QJsonObject &object, ReplaySettings *settings, QString *error);
};

} // namespace Sockscope
