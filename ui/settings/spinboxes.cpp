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

} // namespace Sockscope
