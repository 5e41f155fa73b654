#pragma once

#include "replayreport.h"

#include <QByteArray>
#include <QString>

namespace Sockscope {

// A replay report as JUnit XML for CI systems: <testsuites> with one <testsuite name=suite
// tests= failures= errors="0" skipped="0" time=>, one <testcase name="step N: LABEL"
// classname=suite time=> per step, <failure message="first failure line"> holding the diff,
// and <system-out> with the message sent.
QByteArray junitXml(const ReplayReport &report, const QString &suiteName);
// Written atomically (QSaveFile); false with `error` when the file cannot be written.
bool writeJUnit(const QString &path, const ReplayReport &report, const QString &suiteName, QString *error);

} // namespace Sockscope
