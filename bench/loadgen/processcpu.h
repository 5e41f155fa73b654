#pragma once

#include <QtGlobal>

namespace SockscopeBench {

// CPU time (user + system) used so far by a process, in nanoseconds, read from
// /proc/PID/stat (Linux); this process when pid is 0. -1 when unknown.
qint64 processCpuNs(qint64 pid = 0);
// Resident set size of a process in bytes (/proc/PID/status VmRSS); -1 when unknown.
qint64 processRssBytes(qint64 pid);

} // namespace SockscopeBench
