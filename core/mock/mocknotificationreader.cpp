#include "mocknotificationreader.h"

#include "mockconfigchecks.h"
#include "mockconfigloader.h"

#include <limits>

namespace Sockscope {

bool MockNotificationReader::read(const JsonReader &item, MockNotification *notification)
{
    using Need = JsonReader::Need;
    const JsonReader method = item.member(QStringLiteral("method"));
    const JsonReader params = item.member(QStringLiteral("params"));
    const JsonReader count = item.member(QStringLiteral("count"));
    if (!item.object(nullptr, Need::Required)
        || !item.members({QStringLiteral("method"), QStringLiteral("params"), QStringLiteral("delayMs"),
                          QStringLiteral("intervalMs"), QStringLiteral("count")})
        || !method.string(&notification->method, Need::Required, JsonReader::Empty::Refused)
        || !params.object(&notification->params)
        || !item.member(QStringLiteral("delayMs")).integer(&notification->delayMs, 0, MockConfigLoader::MaxDelayMs)
        || !item.member(QStringLiteral("intervalMs")).integer(&notification->intervalMs, 0, MockConfigLoader::MaxDelayMs)
        || !count.integer(&notification->count, 0, std::numeric_limits<int>::max()))
        return false;
    if (!notification->method.startsWith(QLatin1String("notifications/")))
        return method.fail(MockConfigLoader::tr("must start with \"notifications/\""));
    if (notification->intervalMs == 0 && !count.isMissing() && notification->count != 1)
        return count.fail(MockConfigLoader::tr("needs \"intervalMs\" to repeat"));
    QString level;
    if (notification->method == QLatin1String("notifications/message")
        && !params.member(QStringLiteral("level")).string(&level, Need::Required))
        return false;
    return MockConfigChecks::placeholders(params, {QStringLiteral("count"), QStringLiteral("now")});
}

} // namespace Sockscope
