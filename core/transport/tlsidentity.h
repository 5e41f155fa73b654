#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace Sockscope {

// A PEM certificate chain and its private key (RSA or EC), as a client presents it or a
// wss:// server serves it.
class TlsIdentity final
{
    Q_DECLARE_TR_FUNCTIONS(TlsIdentity)

public:
    QList<QSslCertificate> chain;
    QSslKey key;

    // False with `error` (naming the file) when either file cannot be read or holds
    // nothing usable.
    static bool load(const QString &certificateFile, const QString &keyFile, TlsIdentity *identity, QString *error);
};

} // namespace Sockscope
