#include "sendjob.h"

#include "sendjobsink.h"
#include "sendjobsource.h"

#include "common/monotonicclock.h"

#include <QTimer>

namespace Sockscope {

SendJob::SendJob(std::unique_ptr<SendJobSource> source, std::unique_ptr<SendJobSink> sink, int intervalMs, QObject *parent)
    : QObject(parent),
      m_source(std::move(source)),
      m_sink(std::move(sink)),
      m_timer(new QTimer(this)),
      m_intervalMs(qMax(0, intervalMs))
{
    m_timer->setSingleShot(true);
    if (m_intervalMs > 0)
        m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SendJob::sendSlice);
    connect(m_sink.get(), &SendJobSink::backpressureEnded, this, [this] {
        if (m_state != State::Waiting)
            return;
        setWaiting(false);
        // From the event loop, not from inside the connection's signal: the job's slice
        // starts afresh, and the connection finishes what it was doing first.
        m_timer->start(0);
    });
    connect(m_sink.get(), &SendJobSink::ended, this, [this](const QString &why) { finish(Outcome::Ended, why); });
}

SendJob::~SendJob()
{
    // The sink goes with the job; nothing it says now reaches a half-destroyed job.
    m_sink->disconnect(this);
}

void SendJob::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Sending;
    m_startNs = MonotonicClock::nowNs();
    m_timer->start(0);
}

void SendJob::stop()
{
    if (isRunning())
        finish(Outcome::Stopped);
}

qint64 SendJob::total() const
{
    return m_source->total();
}

int SendJob::permille() const
{
    return m_source->permille();
}

qint64 SendJob::unsentBytes() const
{
    return m_sink->unsentBytes();
}

qint64 SendJob::elapsedNs() const
{
    if (m_state == State::Idle)
        return 0;
    if (isRunning())
        return MonotonicClock::nowNs() - m_startNs;
    return m_lastSentNs > 0 ? m_lastSentNs - m_startNs : 0;
}

void SendJob::sendSlice()
{
    if (m_state != State::Sending)
        return;
    const qint64 sliceEnd = MonotonicClock::nowNs() + m_sliceNs;
    for (;;) {
        if (m_sink->isBackpressured()) {
            setWaiting(true);
            return;
        }
        SendJobSource::Message message;
        QString problem;
        switch (m_source->next(&message, &problem)) {
        case SendJobSource::Next::End:
            finish(Outcome::Completed);
            return;
        case SendJobSource::Next::Failed:
            finish(Outcome::SourceFailed, problem);
            return;
        case SendJobSource::Next::Message:
            break;
        }
        if (!m_sink->send(message.data, message.isText, &problem)) {
            finish(Outcome::Refused, problem);
            return;
        }
        ++m_sent;
        m_lastSentNs = MonotonicClock::nowNs();
        // A send can end the connection at once (OverflowPolicy::Close), and with it the job.
        if (m_state != State::Sending)
            return;
        if (m_intervalMs > 0) {
            // The last one of a known count ends the job now, not an interval later.
            if (total() >= 0 && m_sent >= total())
                finish(Outcome::Completed);
            else
                m_timer->start(m_intervalMs);
            return;
        }
        if (m_lastSentNs >= sliceEnd) {
            m_timer->start(0);
            return;
        }
    }
}

void SendJob::setWaiting(bool waiting)
{
    const State state = waiting ? State::Waiting : State::Sending;
    if (m_state == state)
        return;
    m_state = state;
    if (waiting)
        ++m_pauses;
    Q_EMIT waitingChanged(waiting);
}

void SendJob::finish(Outcome outcome, const QString &problem)
{
    if (!isRunning())
        return;
    m_timer->stop();
    m_state = State::Finished;
    m_outcome = outcome;
    m_problem = problem;
    Q_EMIT finished();
}

} // namespace Sockscope
