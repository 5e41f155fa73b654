#include "sockscopeprocess.h"

#include "testpaths.h"

#include <QJsonDocument>
#include <QTest>

namespace SockscopeTest {

SockscopeProcess::~SockscopeProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(kExitTimeoutMs);
    }
}

void SockscopeProcess::start(const QStringList &arguments)
{
    m_arguments = arguments;
    m_process.setProgram(sockscopeBinary());
    m_process.setArguments(arguments);
    m_process.start();
}

bool SockscopeProcess::waitExit(int timeoutMs, bool killOnTimeout)
{
    const bool exited = QTest::qWaitFor([this] {
        read();
        return m_process.state() == QProcess::NotRunning;
    }, timeoutMs);
    if (!exited && !killOnTimeout)
        return false;
    if (!exited) {
        m_process.kill();
        m_process.waitForFinished(kExitTimeoutMs);
    }
    m_process.waitForFinished(kExitTimeoutMs);
    read();
    return exited && m_process.exitStatus() == QProcess::NormalExit;
}

qsizetype SockscopeProcess::find(const QString &kind, const QString &dir, qsizetype from, const Predicate &predicate) const
{
    for (qsizetype i = from; i < m_events.size(); ++i) {
        const QJsonObject &e = m_events.at(i);
        if (e.value(QStringLiteral("kind")).toString() == kind
            && (dir.isEmpty() || e.value(QStringLiteral("dir")).toString() == dir) && (!predicate || predicate(e)))
            return i;
    }
    return -1;
}

qsizetype SockscopeProcess::waitFor(const QString &kind, const QString &dir, int timeoutMs, qsizetype from,
                                    const Predicate &predicate)
{
    qsizetype found = -1;
    [[maybe_unused]] const bool seen = QTest::qWaitFor([&] {
        read();
        return (found = find(kind, dir, from, predicate)) >= 0;
    }, timeoutMs);
    return found;
}

int SockscopeProcess::count(const QString &kind, const QString &dir) const
{
    int n = 0;
    for (const QJsonObject &e : m_events)
        n += e.value(QStringLiteral("kind")).toString() == kind && e.value(QStringLiteral("dir")).toString() == dir;
    return n;
}

QByteArray SockscopeProcess::describe() const
{
    return "sockscope " + m_arguments.join(QLatin1Char(' ')).toUtf8() + "\n--- exit " + QByteArray::number(exitCode())
        + " (state " + QByteArray::number(int(m_process.state())) + ")\n--- stdout:\n" + m_stdout.right(6000)
        + "\n--- stderr:\n" + m_stderr.right(3000);
}

void SockscopeProcess::read()
{
    m_stderr += m_process.readAllStandardError();
    while (m_process.canReadLine()) {
        const QByteArray line = m_process.readLine();
        m_stdout += line;
        parse(line.trimmed());
    }
    if (m_process.state() == QProcess::NotRunning) {
        // A last line without a newline.
        const QByteArray rest = m_process.readAllStandardOutput();
        m_stdout += rest;
        parse(rest.trimmed());
    }
}

void SockscopeProcess::parse(const QByteArray &line)
{
    if (line.isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_badLines.append(QString::fromUtf8(line));
        return;
    }
    m_events.append(document.object());
}

} // namespace SockscopeTest
