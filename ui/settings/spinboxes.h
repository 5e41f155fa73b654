#pragma once

#include <QCoreApplication>
#include <QString>

#include "settings/numberfield.h"

class QAbstractSpinBox;
class QDoubleSpinBox;
class QSpinBox;
class QWidget;

namespace Sockscope {

// The number fields of the settings pages, made alike: milliseconds, counts and byte
// sizes with their ranges, group separators and a tooltip that names the default.
class SpinBoxes final
{
    Q_DECLARE_TR_FUNCTIONS(SpinBoxes)

public:
    static QSpinBox *milliseconds(QWidget *parent, const QString &name, int minimum, int defaultValue, const QString &what);
    static QSpinBox *count(QWidget *parent, const QString &name, int minimum, int maximum, int defaultValue, const QString &what);
    // Bytes up to 2^53 (a QDoubleSpinBox with no decimals).
    static QDoubleSpinBox *bytes(QWidget *parent, const QString &name, qint64 defaultValue, const QString &what);
    static QDoubleSpinBox *number(QWidget *parent, const QString &name, double minimum, double maximum, int decimals,
                                  double defaultValue, const QString &what);
    // The editor of one described number (NumberField): a QSpinBox for whole numbers that fit
    // an int, else a QDoubleSpinBox; suffix by unit, tooltip with the default.
    static QAbstractSpinBox *forField(QWidget *parent, const QString &name, SettingUnit unit, bool whole, double minimum,
                                      double maximum, int decimals, double defaultValue, const QString &what);
    static double value(const QAbstractSpinBox *box);
    static void setValue(QAbstractSpinBox *box, double value);
    // "what. Default: value."
    static QString withDefault(const QString &what, const QString &defaultText);
};

} // namespace Sockscope
