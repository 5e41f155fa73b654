#include "ingestprobe.h"

#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#if defined(Q_OS_LINUX)
#include <unistd.h>
#endif

namespace SockscopeBench {

IngestProbe::IngestProbe(QWidget *painted, int intervalMs, QObject *parent)
    : QObject(parent), m_painted(painted), m_intervalMs(intervalMs), m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &IngestProbe::onTick);
    painted->installEventFilter(this);
}

void IngestProbe::start()
{
    m_clock.start();
    m_lastNs = 0;
    m_worstStallNs = 0;
    m_stalls.clear();
    m_paints = 0;
    m_ticks = 0;
    m_running = true;
    m_timer->start();
}

void IngestProbe::stop()
{
    m_timer->stop();
    m_running = false;
    m_seconds = double(m_clock.nsecsElapsed()) / 1e9;
}

int IngestProbe::stallsOver(double ms) const
{
    int count = 0;
    for (const qint64 stall : m_stalls)
        count += stall > qint64(ms * 1e6) ? 1 : 0;
    return count;
}

void IngestProbe::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 late = now - m_lastNs - qint64(m_intervalMs) * 1000000;
    m_lastNs = now;
    ++m_ticks;
    if (late > 0) {
        m_stalls.append(late);
        m_worstStallNs = qMax(m_worstStallNs, late);
    }
}

bool IngestProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_running && watched == m_painted && event->type() == QEvent::Paint)
        ++m_paints;
    return QObject::eventFilter(watched, event);
}

qint64 IngestProbe::residentBytes()
{
#if !defined(Q_OS_LINUX)
    return 0;
#else
    // Linux: the second field of /proc/self/statm, in pages.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toLongLong() * qint64(sysconf(_SC_PAGESIZE));
#endif
}

} // namespace SockscopeBench
