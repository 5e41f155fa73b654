#include "tlsidentity.h"

#include <QFile>

namespace Sockscope {

bool TlsIdentity::load(const QString &certificateFile, const QString &keyFile, TlsIdentity *identity, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = tr("no PEM certificate could be read from %1").arg(certificateFile);
        return false;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the key file %1: %2").arg(keyFile, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = tr("%1 holds no usable PEM private key (RSA or EC)").arg(keyFile);
        return false;
    }
    identity->chain = chain;
    identity->key = key;
    return true;
}

} // namespace Sockscope
