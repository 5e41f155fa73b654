#include "scriptprocess.h"

#include "testpaths.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

namespace SockscopeTest {

ScriptProcess::~ScriptProcess()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        delete m_process;
    }
}

bool ScriptProcess::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    delete m_process;
    m_process = new QProcess;
    m_out.clear();
    m_err.clear();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOCKSCOPE_SOURCE_DIR"), sourceDir());
    m_process->setProcessEnvironment(environment);
    QObject::connect(m_process, &QProcess::readyReadStandardOutput, m_process,
                     [this] { m_out += m_process->readAllStandardOutput(); });
    QObject::connect(m_process, &QProcess::readyReadStandardError, m_process,
                     [this] { m_err += m_process->readAllStandardError(); });
    m_process->start(program, arguments);
    const QDeadlineTimer deadline(timeoutMs);
    // Keep the event loop running: an in-process server may be the other end.
    while (m_process->state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    m_out += m_process->readAllStandardOutput();
    m_err += m_process->readAllStandardError();
    if (m_process->state() != QProcess::NotRunning)
        return false;
    m_exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    return true;
}

QString ScriptProcess::diagnostics() const
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(m_exitCode)
        .arg(QString::fromUtf8(m_out.right(12000)), QString::fromUtf8(m_err.right(4000)));
}

QList<QJsonObject> ScriptProcess::lines() const
{
    QList<QJsonObject> result;
    for (const QByteArray &line : m_out.split('\n')) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            result.append(document.object());
    }
    return result;
}

QJsonObject ScriptProcess::step(const QString &name) const
{
    for (const QJsonObject &line : lines()) {
        if (line.value(QLatin1String("step")).toString() == name)
            return line;
    }
    return {};
}

QString nodeProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QString mockScriptsDir()
{
    return sourceDir() + QStringLiteral("/tests/mock");
}

QString nodeSdkUnavailableReason()
{
    if (sourceDir().isEmpty())
        return QStringLiteral("SOCKSCOPE_SOURCE_DIR is not set: run the test through ctest");
    if (nodeProgram().isEmpty())
        return QStringLiteral("node is not on PATH (install nodejs)");
    const QString modules = sourceDir() + QStringLiteral("/tests/mcp/node/node_modules/");
    for (const char *package : {"@modelcontextprotocol/sdk", "ws"}) {
        if (!QFileInfo::exists(modules + QString::fromLatin1(package) + QStringLiteral("/package.json")))
            return QStringLiteral("the npm package \"%1\" is missing: run `npm ci --prefix tests/mcp/node` in the source tree")
                .arg(QString::fromLatin1(package));
    }
    return {};
}

} // namespace SockscopeTest
