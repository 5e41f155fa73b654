#include "displayformat.h"

#include <QDateTime>
#include <QLocale>

namespace Sockscope {

QString DisplayFormat::duration(qint64 ns)
{
    if (ns < 0)
        return {};
    const QLocale locale;
    if (ns < 1000000)
        return tr("%1 µs").arg(locale.toString(double(ns) / 1e3, 'f', ns < 10000 ? 1 : 0));
    if (ns < 1000000000)
        return tr("%1 ms").arg(locale.toString(double(ns) / 1e6, 'f', ns < 10000000 ? 2 : 1));
    return tr("%1 s").arg(locale.toString(double(ns) / 1e9, 'f', 2));
}

QString DisplayFormat::uptime(qint64 ns)
{
    const qint64 seconds = qMax<qint64>(0, ns / 1000000000);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

QString DisplayFormat::bytes(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KiB").arg(locale.toString(double(bytes) / 1024, 'f', 1));
    if (bytes < qint64(1024) * 1024 * 1024)
        return tr("%1 MiB").arg(locale.toString(double(bytes) / (1024 * 1024), 'f', 1));
    return tr("%1 GiB").arg(locale.toString(double(bytes) / (1024 * 1024 * 1024), 'f', 2));
}

QString DisplayFormat::count(quint64 count)
{
    return QLocale().toString(count);
}

QString DisplayFormat::rate(double perSecond)
{
    return tr("%1/s").arg(QLocale().toString(qRound64(perSecond)));
}

QString DisplayFormat::byteRate(double perSecond)
{
    return tr("%1/s").arg(bytes(qRound64(perSecond)));
}

QString DisplayFormat::timeOfDay(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs).toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace Sockscope
