#pragma once

#include <QCoreApplication>
#include <QString>

namespace Sockscope {

// Numbers, sizes, durations and rates as the panels show them, in the user's locale.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    // "850 µs", "12.3 ms", "4.20 s"; empty for a negative value.
    static QString duration(qint64 ns);
    // "2 h 05 min", "3 min 07 s", "42 s": for uptimes.
    static QString uptime(qint64 ns);
    // "512 B", "1.5 KiB", "3.2 MiB".
    static QString bytes(qint64 bytes);
    // "1,234" with the locale's group separator.
    static QString count(quint64 count);
    // "1,234/s", "0/s".
    static QString rate(double perSecond);
    // "5.0 KiB/s".
    static QString byteRate(double perSecond);
    // "14:02:07.125", local time.
    static QString timeOfDay(qint64 wallMs);
};

} // namespace Sockscope
