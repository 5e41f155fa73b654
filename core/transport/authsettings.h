#pragma once

#include <QString>

namespace Sockscope {

enum class AuthKind : quint8 { None, Bearer, Basic, ApiKeyHeader, ApiKeyQuery };

// Credentials added to the opening handshake. Events show them redacted unless
// ClientSettings::revealSecrets is set.
struct AuthSettings final
{
    AuthKind kind = AuthKind::None;
    QString token;    // Bearer
    QString user;     // Basic
    QString password; // Basic
    QString keyName;  // API key: header or query parameter name
    QString keyValue; // API key
};

} // namespace Sockscope
