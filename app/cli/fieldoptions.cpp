#include "fieldoptions.h"

namespace Sockscope {

QString FieldOptions::helpLine(const QString &help, SettingUnit unit, double defaultValue)
{
    const QString value = QString::number(defaultValue, 'g', 16);
    switch (unit) {
    case SettingUnit::Milliseconds:
        return tr("%1 In milliseconds (default %2).").arg(help, value);
    case SettingUnit::Bytes:
        return tr("%1 In bytes (default %2).").arg(help, value);
    case SettingUnit::Count:
    case SettingUnit::Factor:
    case SettingUnit::Fraction:
        break;
    }
    return tr("%1 (default %2).").arg(help.endsWith(QLatin1Char('.')) ? help.chopped(1) : help, value);
}

QString FieldOptions::valueName(SettingUnit unit)
{
    switch (unit) {
    case SettingUnit::Milliseconds:
        return tr("ms");
    case SettingUnit::Bytes:
        return tr("bytes");
    case SettingUnit::Count:
        return tr("n");
    case SettingUnit::Factor:
        return tr("factor");
    case SettingUnit::Fraction:
        return tr("fraction");
    }
    return {};
}

QString FieldOptions::outOfRange(const QString &option, const QString &range, const QString &text)
{
    return tr("--%1 needs %2, not \"%3\"").arg(option, range, text);
}

} // namespace Sockscope
