#include "spinboxes.h"

#include "common/displayformat.h"

#include <QDoubleSpinBox>
#include <QLocale>
#include <QSpinBox>

#include <limits>

namespace Sockscope {

QString SpinBoxes::withDefault(const QString &what, const QString &defaultText)
{
    return tr("%1 Default: %2.").arg(what, defaultText);
}

QSpinBox *SpinBoxes::milliseconds(QWidget *parent, const QString &name, int minimum, int defaultValue, const QString &what)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, std::numeric_limits<int>::max());
    box->setSuffix(tr(" ms"));
    box->setGroupSeparatorShown(true);
    box->setToolTip(withDefault(what, tr("%1 ms").arg(QLocale().toString(defaultValue))));
    return box;
}

QSpinBox *SpinBoxes::count(QWidget *parent, const QString &name, int minimum, int maximum, int defaultValue, const QString &what)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setGroupSeparatorShown(true);
    box->setToolTip(withDefault(what, QLocale().toString(defaultValue)));
    return box;
}

QDoubleSpinBox *SpinBoxes::bytes(QWidget *parent, const QString &name, qint64 defaultValue, const QString &what)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setDecimals(0);
    box->setRange(0, 9007199254740992.0);
    box->setSuffix(tr(" bytes"));
    box->setGroupSeparatorShown(true);
    box->setToolTip(withDefault(what, tr("%1 (%2 bytes)").arg(DisplayFormat::bytes(defaultValue), QLocale().toString(defaultValue))));
    return box;
}

QDoubleSpinBox *SpinBoxes::number(QWidget *parent, const QString &name, double minimum, double maximum, int decimals,
                                  double defaultValue, const QString &what)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setSingleStep(decimals > 0 ? 0.1 : 1);
    box->setToolTip(withDefault(what, QLocale().toString(defaultValue)));
    return box;
}

QAbstractSpinBox *SpinBoxes::forField(QWidget *parent, const QString &name, SettingUnit unit, bool whole, double minimum,
                                      double maximum, int decimals, double defaultValue, const QString &what)
{
    const bool fitsInt = maximum <= std::numeric_limits<int>::max() && minimum >= std::numeric_limits<int>::min();
    if (unit == SettingUnit::Bytes) {
        QDoubleSpinBox *box = bytes(parent, name, qint64(defaultValue), what);
        box->setRange(minimum, maximum);
        return box;
    }
    if (whole && fitsInt) {
        QSpinBox *box = count(parent, name, int(minimum), int(maximum), int(defaultValue), what);
        if (unit == SettingUnit::Milliseconds) {
            box->setSuffix(tr(" ms"));
            box->setToolTip(withDefault(what, tr("%1 ms").arg(QLocale().toString(int(defaultValue)))));
        }
        return box;
    }
    return number(parent, name, minimum, maximum, whole ? 0 : decimals, defaultValue, what);
}

double SpinBoxes::value(const QAbstractSpinBox *box)
{
    if (const auto *spin = qobject_cast<const QSpinBox *>(box))
        return spin->value();
    return qobject_cast<const QDoubleSpinBox *>(box)->value();
}

void SpinBoxes::setValue(QAbstractSpinBox *box, double value)
{
    if (auto *spin = qobject_cast<QSpinBox *>(box))
        spin->setValue(int(value));
    else
        qobject_cast<QDoubleSpinBox *>(box)->setValue(value);
}

} // namespace Sockscope
