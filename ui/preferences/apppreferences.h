#pragma once

#include "heartbeat/heartbeatsettings.h"
#include "limits/limitsettings.h"

#include <QString>

class QSettings;

namespace Sockscope {

enum class AppTheme : quint8 { System, Light, Dark };

// The application-wide preferences: the frames a document keeps, the heartbeat and limits new
// connections start with, the theme and the language. Defaults are the member initialisers.
class AppPreferences final
{
public:
    // Events kept per document; the default is DocumentSettings::eventCapacity.
    qsizetype eventCapacity;
    HeartbeatSettings heartbeat;
    LimitSettings limits;
    AppTheme theme = AppTheme::System;
    // "" follows the system locale; otherwise a --lang code such as "en" or "de".
    QString language;

    static constexpr qsizetype kMinEventCapacity = 1000;
    static constexpr qsizetype kMaxEventCapacity = 50000000;

    AppPreferences();

    // Missing or unreadable keys keep their defaults; the capacity is clamped to its range.
    void load(QSettings &settings);
    void save(QSettings &settings) const;
    // Applies what can change at once (the theme); the language waits for the next start.
    void apply() const;

    bool operator==(const AppPreferences &other) const;
    bool operator!=(const AppPreferences &other) const { return !(*this == other); }

    static QString themeName(AppTheme theme);
    static bool themeFromName(const QString &name, AppTheme *theme);
};

} // namespace Sockscope
