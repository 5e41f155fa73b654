#pragma once

#include "sessionheader.h"
#include "server/serversettings.h"
#include "transport/clientsettings.h"

#include <QJsonObject>
#include <QString>

namespace Sockscope {

// The "settings" of a connection in a session header (docs/SESSIONS.md). Every field is
// written; secrets (auth token, Basic password, API key value, URL password, values of the
// Authorization / Cookie / Proxy-Authorization headers, ServerSettings::token) only with
// keepSecrets. What was left out is named in "omittedSecrets", so people know what to supply.
// Reading starts from the defaults: missing fields keep them, unknown fields are ignored, a
// field of the wrong type or out of range is an error naming it.
QJsonObject clientSettingsToJson(const ClientSettings &settings, bool keepSecrets);
bool clientSettingsFromJson(const QJsonObject &object, ClientSettings *settings, QString *error);
QJsonObject serverSettingsToJson(const ServerSettings &settings, bool keepSecrets);
bool serverSettingsFromJson(const QJsonObject &object, ServerSettings *settings, QString *error);

// Whether the settings hold any of the secrets above.
bool clientSettingsHaveSecrets(const ClientSettings &settings);
bool serverSettingsHaveSecrets(const ServerSettings &settings);
// A header entry for a connection; secretsKept is set when secrets were kept and there are any.
SessionConnectionInfo clientConnectionInfo(quint32 connectionId, const ClientSettings &settings, bool keepSecrets);
SessionConnectionInfo serverConnectionInfo(quint32 connectionId, const QString &role, const QString &url,
                                           const ServerSettings &settings, bool keepSecrets);

QString authKindName(AuthKind kind);
bool authKindFromName(const QString &name, AuthKind *kind);

} // namespace Sockscope
