#include "heartbeatpolicy.h"

namespace Sockscope {

HeartbeatPolicy::HeartbeatPolicy(const HeartbeatSettings &settings)
    : m_settings(settings)
{
}

void HeartbeatPolicy::start(qint64 nowNs)
{
    m_running = isEnabled();
    m_outstanding = false;
    // The first probe goes out one interval after the start.
    m_lastProbeNs = nowNs;
}

void HeartbeatPolicy::stop()
{
    m_running = false;
    m_outstanding = false;
}

HeartbeatPolicy::Action HeartbeatPolicy::poll(qint64 nowNs)
{
    if (!m_running)
        return Action::None;
    if (m_outstanding) {
        if (nowNs - m_lastProbeNs >= qint64(m_settings.timeoutMs) * 1000000) {
            m_outstanding = false;
            ++m_misses;
            return Action::Missed;
        }
        return Action::None;
    }
    if (nowNs - m_lastProbeNs >= qint64(m_settings.intervalMs) * 1000000)
        return Action::SendProbe;
    return Action::None;
}

void HeartbeatPolicy::probeSent(qint64 nowNs)
{
    m_outstanding = true;
    m_outstandingToken = m_nextToken++;
    m_lastProbeNs = nowNs;
}

std::optional<qint64> HeartbeatPolicy::answerReceived(qint64 nowNs, std::optional<quint64> token)
{
    if (!m_running || !m_outstanding)
        return std::nullopt;
    if (token && *token != m_outstandingToken)
        return std::nullopt;
    m_outstanding = false;
    return nowNs - m_lastProbeNs;
}

qint64 HeartbeatPolicy::nextDeadlineNs() const
{
    if (!m_running)
        return -1;
    return m_lastProbeNs + (m_outstanding ? qint64(m_settings.timeoutMs) : qint64(m_settings.intervalMs)) * 1000000;
}

} // namespace Sockscope
