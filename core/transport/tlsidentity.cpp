#include "tlsidentity.h"

#include "common/boundedfile.h"

namespace {

// A certificate chain or a key is kilobytes; a megabyte is already a wrong file.
constexpr qint64 kMaxPemBytes = 1024 * 1024;

} // namespace

namespace Sockscope {

bool TlsIdentity::load(const QString &certificateFile, const QString &keyFile, TlsIdentity *identity, QString *error)
{
    QByteArray certificates;
    QString readError;
    if (!BoundedFile::read(certificateFile, &certificates, &readError, kMaxPemBytes)) {
        *error = tr("the certificate file %1: %2").arg(certificateFile, readError);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificates, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = tr("no PEM certificate could be read from %1").arg(certificateFile);
        return false;
    }
    QByteArray pem;
    if (!BoundedFile::read(keyFile, &pem, &readError, kMaxPemBytes)) {
        *error = tr("the key file %1: %2").arg(keyFile, readError);
        return false;
    }
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
