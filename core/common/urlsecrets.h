#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Sockscope {

// Credentials carried in a URL: the password of its user info, and query parameters whose
// names say they hold one (token, access_token, api_key, key, password, secret, signature, ...,
// compared case-insensitively), plus any names given. Used wherever a URL leaves the
// connection: events, session files, the list of recent URLs (docs/SECURITY.md).
bool isSecretQueryName(const QString &name);

// `url` with each secret replaced by "[redacted]" (the password, and the value of every
// secret query parameter, keeping the parameters' order). `redacted` receives what was
// replaced: "url.password", "url.query.<name>".
QUrl redactUrlSecrets(const QUrl &url, const QStringList &alsoSecret = {}, QStringList *redacted = nullptr);

} // namespace Sockscope
