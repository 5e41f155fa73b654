#pragma once

#include "reconnectsettings.h"

#include <QRandomGenerator>

#include <optional>

namespace Sockscope {

// Sans-I/O reconnect schedule: exponential backoff with jitter, a cap, an attempt
// limit, and a reset once a connection stayed open long enough.
class BackoffPolicy final
{
public:
    explicit BackoffPolicy(const ReconnectSettings &settings, quint32 seed = QRandomGenerator::global()->generate());

    // The delay before the next attempt, or nothing when the attempts are used up.
    std::optional<int> nextDelayMs();
    // The connection opened at `nowMs` / closed at `nowMs`.
    void connectionOpened(qint64 nowMs);
    void connectionClosed(qint64 nowMs);
    void reset() { m_attempt = 0; }

    int attempt() const { return m_attempt; }
    // The delay before jitter for attempt `n` (1-based): initial * factor^(n-1), capped.
    int baseDelayMs(int n) const;
    const ReconnectSettings &settings() const { return m_settings; }

private:
    ReconnectSettings m_settings;
    QRandomGenerator m_random;
    int m_attempt = 0;
    qint64 m_openedAtMs = -1;
};

} // namespace Sockscope
