#include "optionparsing.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Sockscope::OptionParsing {

bool readNumber(const QCommandLineParser &parser, const QString &name, double min, double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < min) {
        *error = QCoreApplication::translate("OptionParsing", "--%1 needs a number of at least %2, not \"%3\"")
                     .arg(name, QString::number(min), parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

bool readInt(const QCommandLineParser &parser, const QString &name, int min, int *out, QString *error)
{
    double value = *out;
    if (!readNumber(parser, name, min, &value, error))
        return false;
    *out = int(value);
    return true;
}

bool readBytes(const QCommandLineParser &parser, const QString &name, qint64 *out, QString *error)
{
    double value = double(*out);
    if (!readNumber(parser, name, 0, &value, error))
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
