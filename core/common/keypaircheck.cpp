#include "keypaircheck.h"

namespace Sockscope {

namespace {

// One DER element at `pos`: its tag, and where its content starts and ends.
struct Tlv
{
    int tag = -1;
    qsizetype start = 0;
    qsizetype end = 0;
};

Tlv readTlv(const QByteArray &der, qsizetype pos)
{
    Tlv tlv;
    if (pos + 2 > der.size())
        return tlv;
    tlv.tag = uchar(der.at(pos));
    qsizetype length = uchar(der.at(pos + 1));
    qsizetype at = pos + 2;
    if (length & 0x80) {
        const int bytes = int(length & 0x7F);
        if (bytes == 0 || bytes > 4 || at + bytes > der.size())
            return Tlv{};
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | uchar(der.at(at + i));
        at += bytes;
    }
    if (at + length > der.size())
        return Tlv{};
    tlv.start = at;
    tlv.end = at + length;
    return tlv;
}

// The bytes that identify a public key: the RSA modulus, or the EC point.
QByteArray publicKeyFingerprint(const QSslKey &publicKey)
{
    const QByteArray spki = publicKey.toDer();
    const Tlv outer = readTlv(spki, 0);                 // SubjectPublicKeyInfo
    if (outer.tag != 0x30)
        return {};
    const Tlv algorithm = readTlv(spki, outer.start);  // AlgorithmIdentifier
    const Tlv bits = readTlv(spki, algorithm.end);     // BIT STRING
    if (algorithm.tag != 0x30 || bits.tag != 0x03 || bits.end - bits.start < 2)
        return {};
    const QByteArray key = spki.mid(bits.start + 1, bits.end - bits.start - 1); // skip unused-bits byte
    if (publicKey.algorithm() != QSsl::Rsa)
        return key;
    const Tlv sequence = readTlv(key, 0);               // RSAPublicKey
    const Tlv modulus = readTlv(key, sequence.start);
    if (sequence.tag != 0x30 || modulus.tag != 0x02)
        return {};
    return key.mid(modulus.start, modulus.end - modulus.start);
}

} // namespace

bool keyMatchesCertificate(const QSslKey &key, const QSslCertificate &certificate)
{
    const QSslKey publicKey = certificate.publicKey();
    if (key.isNull() || publicKey.isNull() || key.algorithm() != publicKey.algorithm())
        return false;
    const QByteArray fingerprint = publicKeyFingerprint(publicKey);
    return fingerprint.size() >= 16 && key.toDer().contains(fingerprint);
}

} // namespace Sockscope
