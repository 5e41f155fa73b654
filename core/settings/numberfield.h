#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cmath>
#include <type_traits>
#include <variant>

namespace Sockscope {

// What a number setting counts, for the command line's value names and the widgets' suffixes.
enum class SettingUnit : quint8 { Milliseconds, Bytes, Count, Factor, Fraction };

// One number of a settings struct described once: its key in session files and QSettings,
// its command-line option, its widget, its label and help, its range. The default is the
// struct's own (`Struct{}`). The session file reader and writer, the preferences, the
// settings widgets and the command line (option, range check, --help text) all take it from
// here, so they accept and refuse the same values (docs/ARCHITECTURE.md, "Settings").
template <typename Struct>
struct NumberField final
{
    using Member = std::variant<int Struct::*, qint64 Struct::*, double Struct::*>;

    const char *key;        // session files and QSettings
    const char *option;     // command-line option without the dashes; nullptr when there is none
    const char *widgetName; // objectName of its field in the settings dialogs
    const char *label;      // the form's label, translated in the context "SettingText"
    const char *help;       // one sentence for the tooltip and --help, same context
    Member member;
    double min;
    double max;
    SettingUnit unit;
    int decimals = 0;       // shown after the point; whole-number members ignore it

    bool isWhole() const { return !std::holds_alternative<double Struct::*>(member); }
    double get(const Struct &settings) const
    {
        return std::visit([&](auto m) { return double(settings.*m); }, member);
    }
    // `value` must be contained().
    void set(Struct *settings, double value) const
    {
        std::visit([&](auto m) { settings->*m = std::remove_reference_t<decltype(settings->*m)>(value); }, member);
    }
    double defaultValue() const { return get(Struct{}); }
    // In range, and whole for a whole-number member. NaN and infinities are never contained.
    bool contains(double value) const
    {
        return std::isfinite(value) && value >= min && value <= max && (!isWhole() || value == std::floor(value));
    }
    QString labelText() const { return QCoreApplication::translate("SettingText", label); }
    QString helpText() const { return QCoreApplication::translate("SettingText", help); }
    // "a whole number from 0 to 2147483647", "a number from 1 to 100"
    QString rangeText() const
    {
        return (isWhole() ? QCoreApplication::translate("SettingText", "a whole number from %1 to %2")
                          : QCoreApplication::translate("SettingText", "a number from %1 to %2"))
            .arg(QString::number(min, 'g', 16), QString::number(max, 'g', 16));
    }
};

template <typename Struct>
using NumberFields = QList<NumberField<Struct>>;

// The field of `fields` with `key`, or nullptr.
template <typename Struct>
const NumberField<Struct> *findField(const NumberFields<Struct> &fields, const char *key)
{
    for (const NumberField<Struct> &field : fields) {
        if (qstrcmp(field.key, key) == 0)
            return &field;
    }
    return nullptr;
}

} // namespace Sockscope
