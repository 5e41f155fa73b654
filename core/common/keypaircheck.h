#pragma once

#include <QSslCertificate>
#include <QSslKey>

namespace Sockscope {

// Whether `key` is the private half of `certificate`'s public key (RSA or EC), so a
// mismatched pair is reported when a server starts, not at every TLS handshake.
bool keyMatchesCertificate(const QSslKey &key, const QSslCertificate &certificate);

} // namespace Sockscope
