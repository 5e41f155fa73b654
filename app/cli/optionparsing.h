#pragma once

#include "settings/intsetting.h"

#include <QString>

#include <limits>

class QCommandLineParser;

namespace Sockscope::OptionParsing {

// Reads --name as a number >= min into *out when set; false with `error` otherwise.
bool readNumber(const QCommandLineParser &parser, const QString &name, double min, double *out, QString *error);
// Reads --name, given in seconds, into *outMs: at least `minMs`, at most `maxMs` (by default
// what an int of milliseconds holds, about 24.8 days), so the conversion is always defined.
bool readSeconds(const QCommandLineParser &parser, const QString &name, int minMs, int *outMs, QString *error,
                 int maxMs = std::numeric_limits<int>::max());
// The same for a setting described once (IntSetting in milliseconds): its range.
bool readSeconds(const QCommandLineParser &parser, const QString &name, const IntSetting &setting, int *outMs,
                 QString *error);
bool readInt(const QCommandLineParser &parser, const QString &name, int min, int *out, QString *error);
bool readBytes(const QCommandLineParser &parser, const QString &name, qint64 *out, QString *error);
// "name=value" or "name: value"
bool splitPair(const QString &text, QChar separator, QString *name, QString *value);

} // namespace Sockscope::OptionParsing
