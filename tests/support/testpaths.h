#pragma once

#include <QString>

namespace SockscopeTest {

// The source tree (for scripts and fixtures) and the built `sockscope` binary, as set
// by CTest in each test's environment.
QString sourceDir();
QString sockscopeBinary();
// Debian's Python (sees python3-websockets even when a pyenv python3 is first on PATH).
QString systemPython();

} // namespace SockscopeTest
