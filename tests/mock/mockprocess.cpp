#include "mockprocess.h"

#include "testpaths.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTest>

namespace SockscopeTest {

namespace {

constexpr int kSliceMs = 20;

} // namespace

MockProcess::MockProcess(const QString &command)
    : m_command(command)
{
    m_process.setProgram(sockscopeBinary());
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { m_out += m_process.readAllStandardOutput(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_err += m_process.readAllStandardError(); });
}

MockProcess::~MockProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool MockProcess::start(const QStringList &arguments, int timeoutMs)
{
    m_process.setArguments(QStringList{m_command} + arguments);
    m_process.start();
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_out.contains('\n') && m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(kSliceMs);
    return m_out.contains('\n') && url().isValid() && !url().host().isEmpty();
}

bool MockProcess::runToEnd(const QStringList &arguments, int timeoutMs)
{
    m_process.setArguments(QStringList{m_command} + arguments);
    m_process.start();
    const QDeadlineTimer deadline(timeoutMs);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(kSliceMs);
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    return m_process.state() == QProcess::NotRunning;
}

bool MockProcess::terminate(int timeoutMs)
{
    m_process.terminate();
    const QDeadlineTimer deadline(timeoutMs);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(kSliceMs);
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    return m_process.state() == QProcess::NotRunning;
}

bool MockProcess::hasExitedNormally() const
{
    return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit;
}

QUrl MockProcess::url() const
{
    return QUrl(QString::fromUtf8(m_out.left(m_out.indexOf('\n')).trimmed()));
}

QString MockProcess::diagnostics() const
{
    return QStringLiteral("stdout:\n%1\nstderr:\n%2").arg(QString::fromUtf8(m_out.right(8000)), QString::fromUtf8(m_err));
}

QList<QByteArray> MockProcess::lines() const
{
    QList<QByteArray> all = m_out.split('\n');
    if (!m_out.endsWith('\n') && !all.isEmpty())
        all.removeLast(); // still being written
    if (!all.isEmpty())
        all.removeFirst(); // the URL
    return all;
}

QList<QJsonObject> MockProcess::events(const QString &kind) const
{
    QList<QJsonObject> result;
    for (const QByteArray &line : lines()) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            continue;
        if (kind.isEmpty() || document.object().value(QLatin1String("kind")).toString() == kind)
            result.append(document.object());
    }
    return result;
}

QList<QJsonObject> MockProcess::reports(const QString &id) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &event : events()) {
        if (event.value(QLatin1String("notice")).toString() == id || event.value(QLatin1String("error")).toString() == id)
            result.append(event);
    }
    return result;
}

bool MockProcess::waitForReports(const QString &id, int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (reports(id).size() < count && !deadline.hasExpired())
        QTest::qWait(kSliceMs);
    return reports(id).size() >= count;
}

} // namespace SockscopeTest
