#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

namespace SockscopeTest {

// A client as a child process (the node SDK driver, the Python raw client, `sockscope mcp`):
// runs to its end, bounded, and keeps what it printed. Scripts print JSON lines with a "step".
class ScriptProcess final
{
public:
    ScriptProcess() = default;
    ~ScriptProcess();
    Q_DISABLE_COPY_MOVE(ScriptProcess)

    // Runs `program arguments` to the end; false when it did not end within timeoutMs.
    bool run(const QString &program, const QStringList &arguments, int timeoutMs = 30000);

    int exitCode() const { return m_exitCode; }
    QByteArray out() const { return m_out; }
    QByteArray err() const { return m_err; }
    QString diagnostics() const;
    // The JSON line with this "step", or an empty object.
    QJsonObject step(const QString &name) const;
    QList<QJsonObject> lines() const;

private:
    QProcess *m_process = nullptr;
    QByteArray m_out;
    QByteArray m_err;
    int m_exitCode = -1;
};

// node, with the SDK installed by `npm ci --prefix tests/mcp/node`: empty when usable, else why not.
QString nodeSdkUnavailableReason();
QString nodeProgram();
// tests/mock/node and tests/mock/python
QString mockScriptsDir();

} // namespace SockscopeTest
