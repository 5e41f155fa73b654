#pragma once

#include "testtiming.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <functional>

namespace SockscopeTest {


// One run of the `sockscope` binary: its stdout parsed line by line as JSON events (lines that
// are not one JSON object are kept apart, so a test can insist there are none).
class SockscopeProcess final
{
public:
    using Predicate = std::function<bool(const QJsonObject &)>;

    SockscopeProcess() = default;
    ~SockscopeProcess();
    Q_DISABLE_COPY_MOVE(SockscopeProcess)

    void start(const QStringList &arguments);
    bool waitStarted() { return m_process.waitForStarted(kExitTimeoutMs); }
    void write(const QByteArray &bytes) { m_process.write(bytes); }
    void closeStdin() { m_process.closeWriteChannel(); }
    void terminate() { m_process.terminate(); } // SIGTERM on Unix
    qint64 pid() const { return m_process.processId(); }

    // Waits for the exit (bounded); kills the process if it does not come, unless told not to.
    bool waitExit(int timeoutMs = kRunTimeoutMs, bool killOnTimeout = true);

    // Takes in what the process printed so far (waitFor and waitExit do so themselves).
    void poll() { read(); }
    int exitCode() const { return m_process.exitCode(); }
    const QList<QJsonObject> &events() const { return m_events; }
    QStringList badLines() const { return m_badLines; }
    QByteArray standardOutput() const { return m_stdout; }
    QByteArray standardError() const { return m_stderr; }

    qsizetype find(const QString &kind, const QString &dir = {}, qsizetype from = 0, const Predicate &predicate = {}) const;
    qsizetype waitFor(const QString &kind, const QString &dir, int timeoutMs, qsizetype from = 0,
                      const Predicate &predicate = {});
    int count(const QString &kind, const QString &dir) const;
    // The command, exit code and the end of both outputs, for a failure message.
    QByteArray describe() const;

private:
    void read();
    void parse(const QByteArray &line);

    QProcess m_process;
    QStringList m_arguments;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QList<QJsonObject> m_events;
    QStringList m_badLines;
};

} // namespace SockscopeTest
