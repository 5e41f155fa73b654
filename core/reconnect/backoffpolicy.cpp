#include "backoffpolicy.h"

#include <QtMath>

#include <cmath>

namespace Sockscope {

BackoffPolicy::BackoffPolicy(const ReconnectSettings &settings, quint32 seed)
    : m_settings(settings), m_random(seed)
{
}

int BackoffPolicy::baseDelayMs(int n) const
{
    const double raw = m_settings.initialDelayMs * std::pow(qMax(1.0, m_settings.factor), qMax(0, n - 1));
    return int(qMin<double>(raw, m_settings.maxDelayMs));
}

std::optional<int> BackoffPolicy::nextDelayMs()
{
    if (m_settings.maxAttempts > 0 && m_attempt >= m_settings.maxAttempts)
        return std::nullopt;
    ++m_attempt;
    const double base = baseDelayMs(m_attempt);
    const double jitter = qBound(0.0, m_settings.jitter, 1.0);
    const double low = base * (1.0 - jitter);
    const double high = base * (1.0 + jitter);
    const double drawn = low + (high - low) * m_random.generateDouble();
    return int(qMin<double>(std::round(drawn), m_settings.maxDelayMs));
}

void BackoffPolicy::connectionOpened(qint64 nowMs)
{
    m_openedAtMs = nowMs;
}

void BackoffPolicy::connectionClosed(qint64 nowMs)
{
    if (m_openedAtMs >= 0 && nowMs - m_openedAtMs >= m_settings.resetAfterMs)
        m_attempt = 0;
    m_openedAtMs = -1;
}

} // namespace Sockscope
