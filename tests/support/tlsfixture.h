#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

namespace SockscopeTest {

// A self-signed certificate for localhost and 127.0.0.1, made at test time with the
// `openssl` command into a temporary directory (nothing secret is kept in the tree).
class TlsFixture final
{
public:
    // Runs openssl; false with `error` set when it is missing or fails.
    bool generate(QString *error);

    QString certificateFile() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("key.pem")); }
    // Local certificate and key set, for a QWebSocketServer in SecureMode.
    QSslConfiguration serverConfiguration() const;

private:
    QTemporaryDir m_dir;
};

} // namespace SockscopeTest
