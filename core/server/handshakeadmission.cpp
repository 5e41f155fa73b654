#include "handshakeadmission.h"

#include "common/constanttime.h"

#include <QUrlQuery>

namespace Sockscope {

std::optional<HandshakeAdmission::Refusal> HandshakeAdmission::check(const ServerHandshake &handshake, int openPeers) const
{
    if (!originAllowed(handshake.origin())) {
        return Refusal{QStringLiteral("origin-not-allowed"), 403,
                       handshake.origin().isEmpty() ? tr("no Origin header, and only listed origins are allowed")
                                                    : tr("origin %1 is not allowed").arg(handshake.origin()),
                       {}};
    }
    if (!tokenMatches(handshake)) {
        const bool given = !HttpHeaders::value(handshake.requestHeaders(), "Authorization").isEmpty()
                           || QUrlQuery(handshake.query()).hasQueryItem(m_settings.tokenQueryParameter);
        return Refusal{QStringLiteral("bad-token"), 401, given ? tr("wrong token") : tr("missing token"),
                       {{"WWW-Authenticate", "Bearer"}}};
    }
    if (openPeers >= m_settings.maxConnections) {
        return Refusal{QStringLiteral("too-many-connections"), 503,
                       tr("the server already has %1 connections, its limit").arg(openPeers), {{"Retry-After", "1"}}};
    }
    return std::nullopt;
}

bool HandshakeAdmission::originAllowed(const QString &origin) const
{
    if (m_settings.allowedOrigins.isEmpty())
        return true;
    for (const QString &allowed : m_settings.allowedOrigins) {
        if (allowed.compare(origin, Qt::CaseInsensitive) == 0)
            return !origin.isEmpty();
    }
    return false;
}

bool HandshakeAdmission::tokenMatches(const ServerHandshake &handshake) const
{
    if (m_settings.token.isEmpty())
        return true;
    const QByteArray expected = m_settings.token.toUtf8();
    const QByteArray authorization = HttpHeaders::value(handshake.requestHeaders(), "Authorization");
    bool match = false;
    // The scheme is case-insensitive (RFC 7235 section 2.1).
    if (authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        match = constantTimeEquals(expected, authorization.mid(7).trimmed());
    const QUrlQuery query(handshake.query());
    if (query.hasQueryItem(m_settings.tokenQueryParameter)) {
        const QByteArray given = query.queryItemValue(m_settings.tokenQueryParameter, QUrl::FullyDecoded).toUtf8();
        match = constantTimeEquals(expected, given) || match;
    }
    return match;
}

QString HandshakeAdmission::selectSubprotocol(const QStringList &offered) const
{
    for (const QString &candidate : offered) {
        if (m_settings.subprotocols.contains(candidate))
            return candidate;
    }
    return {};
}

} // namespace Sockscope
