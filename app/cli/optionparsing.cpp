#include "optionparsing.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Sockscope::OptionParsing {

namespace {

// Whole numbers up to 2^53 convert to and from double exactly, far beyond any byte count.
constexpr double kMaxWholeNumber = 9007199254740992.0;

bool readBounded(const QCommandLineParser &parser, const QString &name, double min, double max, double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    // NaN and infinities fail both comparisons' purpose, so they are refused explicitly.
    if (!ok || !std::isfinite(value) || value < min || value > max) {
        *error = QCoreApplication::translate("OptionParsing", "--%1 needs a number from %2 to %3, not \"%4\"")
                     .arg(name, QString::number(min), QString::number(max, 'g', 16), parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

bool readNumber(const QCommandLineParser &parser, const QString &name, double min, double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min) {
        *error = QCoreApplication::translate("OptionParsing", "--%1 needs a number of at least %2, not \"%3\"")
                     .arg(name, QString::number(min), parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

bool readSeconds(const QCommandLineParser &parser, const QString &name, int minMs, int *outMs, QString *error,
                 int maxMs)
{
    if (!parser.isSet(name))
        return true;
    double seconds = *outMs / 1000.0;
    if (!readBounded(parser, name, minMs / 1000.0, maxMs / 1000.0, &seconds, error))
        return false;
    // Rounded to whole milliseconds, within the range.
    *outMs = int(std::clamp<long long>(std::llround(seconds * 1000), minMs, maxMs));
    return true;
}

bool readSeconds(const QCommandLineParser &parser, const QString &name, const IntSetting &setting, int *outMs,
                 QString *error)
{
    return readSeconds(parser, name, setting.min, outMs, error, setting.max);
}

bool readInt(const QCommandLineParser &parser, const QString &name, int min, int *out, QString *error)
{
    double value = *out;
    const double max = std::numeric_limits<int>::max();
    if (!readBounded(parser, name, min, max, &value, error))
        return false;
    *out = int(value);
    return true;
}

bool readBytes(const QCommandLineParser &parser, const QString &name, qint64 *out, QString *error)
{
    double value = double(*out);
    if (!readBounded(parser, name, 0, kMaxWholeNumber, &value, error))
        return false;
    *out = qint64(value);
    return true;
}

bool splitPair(const QString &text, QChar separator, QString *name, QString *value)
{
    const qsizetype at = text.indexOf(separator);
    if (at <= 0)
        return false;
    *name = text.left(at).trimmed();
    *value = text.mid(at + 1).trimmed();
    return !name->isEmpty();
}

} // namespace Sockscope::OptionParsing
