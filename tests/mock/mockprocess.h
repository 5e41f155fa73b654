#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace SockscopeTest {

// `sockscope mock ARGS` as a child process, as a new user would run it: the first line of
// standard output is the URL, the rest JSON event lines. Waits keep the event loop running
// and are bounded.
class MockProcess final
{
public:
    // `command` is the sockscope command the arguments follow ("mock", "serve", "replay", ...).
    explicit MockProcess(const QString &command = QStringLiteral("mock"));
    ~MockProcess();
    Q_DISABLE_COPY_MOVE(MockProcess)

    // Starts it and waits for the URL line; false when it did not print one in time.
    bool start(const QStringList &arguments, int timeoutMs = 10000);
    // Runs it to the end (for --help, --check-config, broken files); false on a timeout.
    bool runToEnd(const QStringList &arguments, int timeoutMs = 10000);
    // SIGTERM, then waits for the exit; false on a timeout.
    bool terminate(int timeoutMs = 10000);

    QProcess &process() { return m_process; }
    QUrl url() const;
    QByteArray out() const { return m_out; }
    QByteArray err() const { return m_err; }
    int exitCode() const { return m_process.exitCode(); }
    bool hasExitedNormally() const;
    QString diagnostics() const;

    // The JSON event lines (everything after the URL), optionally only those with `kind`.
    QList<QJsonObject> events(const QString &kind = {}) const;
    // Notice or error events with this "notice" / "error" id.
    QList<QJsonObject> reports(const QString &id) const;
    // Waits until reports(id) has `count` entries; false on a timeout.
    bool waitForReports(const QString &id, int count, int timeoutMs = 10000) const;

private:
    QList<QByteArray> lines() const;

    QString m_command;
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace SockscopeTest
