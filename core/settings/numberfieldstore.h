#pragma once

#include "numberfield.h"

#include <QSettings>

namespace Sockscope {

// A settings struct's numbers in QSettings (the preferences), by its field table: saved under
// the fields' keys; loaded where readable and in range, else left as they are (the defaults).
template <typename Struct>
void loadFields(const QSettings &settings, const NumberFields<Struct> &fields, Struct *out)
{
    for (const NumberField<Struct> &field : fields) {
        bool ok = false;
        const double value = settings.value(QLatin1String(field.key)).toDouble(&ok);
        if (ok && field.contains(value))
            field.set(out, value);
    }
}

template <typename Struct>
void saveFields(QSettings &settings, const NumberFields<Struct> &fields, const Struct &values)
{
    for (const NumberField<Struct> &field : fields) {
        if (field.isWhole())
            settings.setValue(QLatin1String(field.key), qint64(field.get(values)));
        else
            settings.setValue(QLatin1String(field.key), field.get(values));
    }
}

template <typename Struct>
bool fieldsEqual(const NumberFields<Struct> &fields, const Struct &a, const Struct &b)
{
    for (const NumberField<Struct> &field : fields) {
        if (field.get(a) != field.get(b))
            return false;
    }
    return true;
}

} // namespace Sockscope
