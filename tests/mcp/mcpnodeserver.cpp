#include "mcpnodeserver.h"

#include "testpaths.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QStandardPaths>

namespace SockscopeTest {

namespace {

constexpr int kStartTimeoutMs = 20000;
constexpr int kStopTimeoutMs = 5000;
constexpr int kReadSliceMs = 200;

QString nodeDirectory()
{
    return sourceDir() + QStringLiteral("/tests/mcp/node");
}

} // namespace

McpNodeServer::~McpNodeServer()
{
    stop();
}

QString McpNodeServer::unavailableReason()
{
    if (sourceDir().isEmpty())
        return QStringLiteral("SOCKSCOPE_SOURCE_DIR is not set: run the test through ctest");
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node is not on PATH (install nodejs)");
    for (const char *package : {"@modelcontextprotocol/sdk", "ws", "zod"}) {
        if (!QFileInfo::exists(nodeDirectory() + QStringLiteral("/node_modules/") + QString::fromLatin1(package)
                               + QStringLiteral("/package.json")))
            return QStringLiteral("the npm package \"%1\" is not installed in %2/node_modules: run "
                                  "`npm ci --prefix tests/mcp/node` in the source tree first")
                .arg(QString::fromLatin1(package), nodeDirectory());
    }
    return {};
}

bool McpNodeServer::start(const QStringList &arguments, QString *error)
{
    stop();
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        *error = reason;
        return false;
    }
    m_stderr.clear();
    m_port = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(nodeDirectory());
    m_process->start(QStandardPaths::findExecutable(QStringLiteral("node")),
                     QStringList{nodeDirectory() + QStringLiteral("/mcp_ws_server.mjs")} + arguments);
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        *error = QStringLiteral("node did not start: %1").arg(m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!m_process->canReadLine() && m_process->state() == QProcess::Running && !deadline.hasExpired())
        m_process->waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(kReadSliceMs))));
    bool ok = false;
    const QByteArray line = m_process->canReadLine() ? m_process->readLine().trimmed() : QByteArray();
    m_port = quint16(line.toUInt(&ok));
    if (!ok || m_port == 0) {
        *error = QStringLiteral("the MCP server printed \"%1\" instead of its port; stderr:\n%2")
                     .arg(QString::fromUtf8(line), diagnostics());
        return false;
    }
    return true;
}

void McpNodeServer::stop()
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
    m_process.reset();
}

QUrl McpNodeServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_port));
}

QString McpNodeServer::diagnostics() const
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return QString::fromLocal8Bit(m_stderr);
}

} // namespace SockscopeTest
