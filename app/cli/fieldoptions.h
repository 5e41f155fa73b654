#pragma once

#include "settings/numberfield.h"

#include <QCommandLineParser>

namespace Sockscope {

// Command-line options made from a settings struct's field table (NumberField): the option,
// its --help line (the field's help, its unit and default) and the range check, so the
// command line accepts exactly what the session file and the settings dialogs accept.
class FieldOptions final
{
    Q_DECLARE_TR_FUNCTIONS(FieldOptions)

public:
    template <typename Struct>
    static void addTo(QCommandLineParser *parser, const NumberFields<Struct> &fields)
    {
        for (const NumberField<Struct> &field : fields) {
            if (field.option)
                parser->addOption({QLatin1String(field.option), helpLine(field.helpText(), field.unit, field.defaultValue()),
                                   valueName(field.unit)});
        }
    }

    // False with `error` set for the first option given out of its field's range.
    template <typename Struct>
    static bool read(const QCommandLineParser &parser, const NumberFields<Struct> &fields, Struct *settings, QString *error)
    {
        for (const NumberField<Struct> &field : fields) {
            if (!field.option || !parser.isSet(QLatin1String(field.option)))
                continue;
            const QString text = parser.value(QLatin1String(field.option));
            bool ok = false;
            const double value = text.toDouble(&ok);
            if (!ok || !field.contains(value)) {
                *error = outOfRange(QLatin1String(field.option), field.rangeText(), text);
                return false;
            }
            field.set(settings, value);
        }
        return true;
    }

    // "HELP (in UNIT; default DEFAULT)."
    static QString helpLine(const QString &help, SettingUnit unit, double defaultValue);
    static QString valueName(SettingUnit unit);
    // "--OPTION needs RANGE, not "TEXT""
    static QString outOfRange(const QString &option, const QString &range, const QString &text);
};

} // namespace Sockscope
