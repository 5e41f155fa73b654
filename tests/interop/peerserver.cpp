#include "peerserver.h"

#include "testpaths.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace SockscopeTest {

namespace {

constexpr int kStartTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 5000;

QString nodeDirectory()
{
    return sourceDir() + QStringLiteral("/tests/interop/node");
}

QString program(PeerServer::Kind kind)
{
    if (kind == PeerServer::Kind::Python)
        return systemPython();
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QString script(PeerServer::Kind kind)
{
    if (kind == PeerServer::Kind::Python)
        return sourceDir() + QStringLiteral("/tests/interop/python/echo_server.py");
    return nodeDirectory() + QStringLiteral("/echo_server.mjs");
}

} // namespace

PeerServer::PeerServer(Kind kind)
    : m_kind(kind)
{
}

PeerServer::~PeerServer()
{
    stop();
}

QString PeerServer::kindName(Kind kind)
{
    return kind == Kind::Python ? QStringLiteral("python-websockets") : QStringLiteral("node-ws");
}

QString PeerServer::unavailableReason(Kind kind)
{
    if (sourceDir().isEmpty())
        return QStringLiteral("SOCKSCOPE_SOURCE_DIR is not set: run the test through ctest");
    if (kind == Kind::Python) {
        const QString python = systemPython();
        if (python.isEmpty())
            return QStringLiteral("no python3 found (install Debian's python3 and python3-websockets)");
        // Once per process: the answer does not change while the tests run.
        static const QString importProblem = [&python] {
            QProcess probe;
            probe.start(python, {QStringLiteral("-c"), QStringLiteral("import websockets")});
            if (!probe.waitForFinished(kStartTimeoutMs))
                return QStringLiteral("%1 -c 'import websockets' did not finish: %2").arg(python, probe.errorString());
            if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
                return QStringLiteral("%1 cannot import websockets (exit %2): apt-get install python3-websockets\n%3")
                    .arg(python).arg(probe.exitCode()).arg(QString::fromLocal8Bit(probe.readAllStandardError()).trimmed());
            return QString();
        }();
        return importProblem;
    }
    if (program(kind).isEmpty())
        return QStringLiteral("node is not on PATH (install nodejs)");
    if (!QFileInfo::exists(nodeDirectory() + QStringLiteral("/node_modules/ws/package.json")))
        return QStringLiteral("the npm package \"ws\" is not installed in %1/node_modules: run "
                              "`npm ci --prefix tests/interop/node` in the source tree first")
            .arg(nodeDirectory());
    return {};
}

bool PeerServer::start(const QStringList &arguments, QString *error, quint16 port)
{
    stop();
    const QString reason = unavailableReason(m_kind);
    if (!reason.isEmpty()) {
        *error = reason;
        return false;
    }
    m_arguments = arguments;
    m_stderr.clear();
    m_port = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_kind == Kind::Node ? nodeDirectory() : QDir::tempPath());
    // The server exits when our end of its stdin closes, even if this process is killed.
    QStringList all{script(m_kind), QStringLiteral("--exit-on-stdin-eof")};
    all += arguments;
    if (port != 0)
        all += {QStringLiteral("--port"), QString::number(port)};
    m_process->start(program(m_kind), all);
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        *error = QStringLiteral("%1 did not start: %2").arg(kindName(m_kind), m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!m_process->canReadLine() && m_process->state() == QProcess::Running && !deadline.hasExpired())
        m_process->waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(200, deadline.remainingTime()))));
    if (!m_process->canReadLine()) {
        *error = QStringLiteral("%1 printed no port within %2 ms (state %3); stderr:\n%4")
                     .arg(kindName(m_kind)).arg(kStartTimeoutMs).arg(int(m_process->state())).arg(diagnostics());
        return false;
    }
    bool ok = false;
    const QByteArray line = m_process->readLine().trimmed();
    m_port = quint16(line.toUInt(&ok));
    if (!ok || m_port == 0) {
        *error = QStringLiteral("%1 printed \"%2\" instead of its port; stderr:\n%3")
                     .arg(kindName(m_kind), QString::fromUtf8(line), diagnostics());
        return false;
    }
    return true;
}

bool PeerServer::restart(QString *error)
{
    const quint16 port = m_port;
    const QStringList arguments = m_arguments;
    return start(arguments, error, port);
}

void PeerServer::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(kStopTimeoutMs);
    }
    m_stderr += m_process->readAllStandardError();
}

void PeerServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(kStopTimeoutMs);
        }
    }
    m_stderr += m_process->readAllStandardError();
}

bool PeerServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl PeerServer::url(const QString &pathAndQuery, bool secure) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(secure ? QStringLiteral("wss") : QStringLiteral("ws"))
                    .arg(m_port)
                    .arg(pathAndQuery));
}

QString PeerServer::diagnostics() const
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return QString::fromLocal8Bit(m_stderr);
}

bool TestCertificate::create(const QString &directory, TestCertificate *out, QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("the openssl command is not on PATH (apt-get install openssl)");
        return false;
    }
    TestCertificate result;
    result.certificateFile = directory + QStringLiteral("/cert.pem");
    result.keyFile = directory + QStringLiteral("/key.pem");
    QProcess process;
    process.start(openssl, {
        QStringLiteral("req"), QStringLiteral("-x509"),
        // EC keys generate in milliseconds; every peer and Qt's OpenSSL backend take them.
        QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
        QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
        QStringLiteral("-keyout"), result.keyFile,
        QStringLiteral("-out"), result.certificateFile,
    });
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("openssl req failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    *out = result;
    return true;
}

} // namespace SockscopeTest
