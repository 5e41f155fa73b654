#pragma once

#include <QtGlobal>

namespace Sockscope {

// One whole-number setting described once: the key it has in session files and QSettings, its
// range, its default and its unit. The session file reader, the preferences, the settings
// widgets and the command line (options, ranges and --help defaults) all read it from here,
// so they accept and refuse the same values.
struct IntSetting final
{
    const char *key;
    int min;
    int max;
    int defaultValue;
    const char *unit; // "ms", "bytes", "" for a count

    constexpr bool contains(qint64 value) const { return value >= min && value <= max; }
};

} // namespace Sockscope
