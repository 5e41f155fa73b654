#include "apppreferences.h"

#include "limits/limitfields.h"
#include "settings/numberfieldstore.h"

#include "document/documentsettings.h"
#include "themepalette.h"

#include <QSettings>

namespace Sockscope {

namespace {

// QSettings keys, all under one group so the preferences never collide with window state.
const QString kGroup = QStringLiteral("preferences");

} // namespace

AppPreferences::AppPreferences()
    : eventCapacity(DocumentSettings().eventCapacity)
{
}

void AppPreferences::load(QSettings &settings)
{
    const AppPreferences d;
    settings.beginGroup(kGroup);
    bool ok = false;
    const qlonglong capacity = settings.value(QStringLiteral("eventCapacity")).toLongLong(&ok);
    eventCapacity = ok ? qBound(kMinEventCapacity, qsizetype(capacity), kMaxEventCapacity) : d.eventCapacity;
    if (!themeFromName(settings.value(QStringLiteral("theme")).toString(), &theme))
        theme = d.theme;
    language = settings.value(QStringLiteral("language"), d.language).toString();

    settings.beginGroup(QStringLiteral("heartbeat"));
    if (!heartbeatKindFromName(settings.value(QStringLiteral("kind")).toString(), &heartbeat.kind))
        heartbeat.kind = d.heartbeat.kind;
    const qint64 interval = settings.value(QLatin1String(HeartbeatSettings::kInterval.key)).toLongLong(&ok);
    heartbeat.intervalMs = ok && HeartbeatSettings::kInterval.contains(interval) ? int(interval) : d.heartbeat.intervalMs;
    const qint64 timeout = settings.value(QLatin1String(HeartbeatSettings::kTimeout.key)).toLongLong(&ok);
    heartbeat.timeoutMs = ok && HeartbeatSettings::kTimeout.contains(timeout) ? int(timeout) : d.heartbeat.timeoutMs;
    if (!heartbeatMissOutcomeFromName(settings.value(QStringLiteral("onMiss")).toString(), &heartbeat.onMiss))
        heartbeat.onMiss = d.heartbeat.onMiss;
    heartbeat.appPing = settings.value(QStringLiteral("appPing"), QString::fromUtf8(d.heartbeat.appPing)).toString().toUtf8();
    heartbeat.appPong = settings.value(QStringLiteral("appPong"), QString::fromUtf8(d.heartbeat.appPong)).toString().toUtf8();
    heartbeat.appBinary = settings.value(QStringLiteral("appBinary"), d.heartbeat.appBinary).toBool();
    heartbeat.answerAppPing = settings.value(QStringLiteral("answerAppPing"), d.heartbeat.answerAppPing).toBool();
    settings.endGroup();

    settings.beginGroup(QStringLiteral("limits"));
    limits = d.limits;
    loadFields(settings, limitFields(), &limits);
    if (!overflowPolicyFromName(settings.value(QStringLiteral("overflowPolicy")).toString(), &limits.overflowPolicy))
        limits.overflowPolicy = d.limits.overflowPolicy;
    settings.endGroup();
    settings.endGroup();
}

void AppPreferences::save(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("eventCapacity"), qlonglong(eventCapacity));
    settings.setValue(QStringLiteral("theme"), themeName(theme));
    settings.setValue(QStringLiteral("language"), language);

    settings.beginGroup(QStringLiteral("heartbeat"));
    settings.setValue(QStringLiteral("kind"), heartbeatKindName(heartbeat.kind));
    settings.setValue(QStringLiteral("intervalMs"), heartbeat.intervalMs);
    settings.setValue(QStringLiteral("timeoutMs"), heartbeat.timeoutMs);
    settings.setValue(QStringLiteral("onMiss"), heartbeatMissOutcomeName(heartbeat.onMiss));
    settings.setValue(QStringLiteral("appPing"), QString::fromUtf8(heartbeat.appPing));
    settings.setValue(QStringLiteral("appPong"), QString::fromUtf8(heartbeat.appPong));
    settings.setValue(QStringLiteral("appBinary"), heartbeat.appBinary);
    settings.setValue(QStringLiteral("answerAppPing"), heartbeat.answerAppPing);
    settings.endGroup();

    settings.beginGroup(QStringLiteral("limits"));
    saveFields(settings, limitFields(), limits);
    settings.setValue(QStringLiteral("overflowPolicy"), overflowPolicyName(limits.overflowPolicy));
    settings.endGroup();
    settings.endGroup();
}

void AppPreferences::apply() const
{
    ThemePalette::apply(theme);
}

bool AppPreferences::operator==(const AppPreferences &o) const
{
    const HeartbeatSettings &a = heartbeat;
    const HeartbeatSettings &b = o.heartbeat;
    return eventCapacity == o.eventCapacity && theme == o.theme && language == o.language && a.kind == b.kind
        && a.intervalMs == b.intervalMs && a.timeoutMs == b.timeoutMs && a.onMiss == b.onMiss && a.appPing == b.appPing
        && a.appPong == b.appPong && a.appBinary == b.appBinary && a.answerAppPing == b.answerAppPing
        && fieldsEqual(limitFields(), limits, o.limits) && limits.overflowPolicy == o.limits.overflowPolicy;
}

QString AppPreferences::themeName(AppTheme theme)
{
    switch (theme) {
    case AppTheme::System:
        return QStringLiteral("system");
    case AppTheme::Light:
        return QStringLiteral("light");
    case AppTheme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

bool AppPreferences::themeFromName(const QString &name, AppTheme *theme)
{
    for (AppTheme t : {AppTheme::System, AppTheme::Light, AppTheme::Dark}) {
        if (name == themeName(t)) {
            *theme = t;
            return true;
        }
    }
    return false;
}

} // namespace Sockscope
