#pragma once

#include "serversettings.h"

#include "protocol/httpheaders.h"
#include "protocol/serverhandshake.h"

#include <QCoreApplication>

#include <optional>

namespace Sockscope {

// Whether a server lets a complete opening handshake in, by its settings: the Origin list,
// the bearer token (header or query parameter, compared in constant time), the connection
// limit; and which subprotocol it answers with. Sans-I/O: ServerConnection asks it once per
// handshake and sends the refusal it describes.
class HandshakeAdmission final
{
    Q_DECLARE_TR_FUNCTIONS(HandshakeAdmission)

public:
    struct Refusal final
    {
        QString reason;    // stable id: origin-not-allowed, bad-token, too-many-connections
        int httpStatus = 0;
        QString message;   // for people, also the body of the HTTP answer
        HeaderList extraHeaders;
    };

    explicit HandshakeAdmission(const ServerSettings &settings) : m_settings(settings) {}

    // Nothing when the peer may come in, with `openPeers` peers already open.
    std::optional<Refusal> check(const ServerHandshake &handshake, int openPeers) const;
    // The first subprotocol the client offered that the server speaks (the client's order is
    // its preference); empty when none.
    QString selectSubprotocol(const QStringList &offered) const;

    bool originAllowed(const QString &origin) const;
    bool tokenMatches(const ServerHandshake &handshake) const;

private:
    const ServerSettings &m_settings;
};

} // namespace Sockscope
