#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace SockscopeTest {

// A WebSocket echo server nobody here wrote, run as a child process: Python `websockets`
// (tests/interop/python/echo_server.py) or node `ws` (tests/interop/node/echo_server.mjs).
// Both print their port on the first line of standard output and take the same options
// and text commands (see the scripts).
class PeerServer final
{
public:
    enum class Kind { Python, Node };

    explicit PeerServer(Kind kind);
    ~PeerServer();
    Q_DISABLE_COPY_MOVE(PeerServer)

    static QString kindName(Kind kind);
    // Empty when this kind of peer can run here, else what is missing and how to fix it.
    static QString unavailableReason(Kind kind);

    // Starts the server (on `port`, or a free one when 0) and waits for its port line.
    // On failure returns false and says why in *error (with the server's stderr).
    bool start(const QStringList &arguments, QString *error, quint16 port = 0);
    // Starts it again with the same arguments on the same port.
    bool restart(QString *error);
    // SIGKILL: the connections drop without a close frame.
    void kill();
    // SIGTERM, then SIGKILL if it lingers.
    void stop();

    Kind kind() const { return m_kind; }
    quint16 port() const { return m_port; }
    bool isRunning() const;
    QUrl url(const QString &pathAndQuery = QStringLiteral("/"), bool secure = false) const;
    // The server's standard error so far, for failure messages.
    QString diagnostics() const;

private:
    Kind m_kind;
    std::unique_ptr<QProcess> m_process;
    QStringList m_arguments;
    quint16 m_port = 0;
    mutable QByteArray m_stderr;
};

// A self-signed certificate for CN=localhost with subjectAltName IP:127.0.0.1 and
// DNS:localhost, made with the `openssl` command into `directory`.
struct TestCertificate final
{
    QString certificateFile;
    QString keyFile;

    static bool create(const QString &directory, TestCertificate *out, QString *error);
};

} // namespace SockscopeTest
