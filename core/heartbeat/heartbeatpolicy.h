#pragma once

#include "heartbeatsettings.h"

#include <QtGlobal>

#include <optional>

namespace Sockscope {

// Sans-I/O heartbeat decisions (times in nanoseconds on any monotonic clock): when to send a probe, when one is missed, and the
// round-trip time of each answered probe. The same policy drives RFC pings, MCP ping
// requests and application-level pings; only the wiring differs.
class HeartbeatPolicy final
{
public:
    enum class Action { None, SendProbe, Missed };

    explicit HeartbeatPolicy(const HeartbeatSettings &settings = {});

    bool isEnabled() const { return m_settings.kind != HeartbeatKind::Off && m_settings.intervalMs > 0; }
    void start(qint64 nowNs);
    void stop();

    // What to do at `nowNs`. SendProbe: send probe number probeToken(), then call
    // probeSent(). Missed: the outstanding probe went unanswered past the timeout.
    Action poll(qint64 nowNs);
    void probeSent(qint64 nowNs);
    // An answer to probe `token` (or to the outstanding probe when the kind cannot carry
    // a token) arrived. Returns the round-trip time, or nothing if it answers no probe.
    std::optional<qint64> answerReceived(qint64 nowNs, std::optional<quint64> token = std::nullopt);

    // When poll() next has something to do (nanoseconds), for arming a single-shot timer.
    qint64 nextDeadlineNs() const;
    quint64 probeToken() const { return m_nextToken; }
    bool awaitingAnswer() const { return m_outstanding; }
    int misses() const { return m_misses; }
    const HeartbeatSettings &settings() const { return m_settings; }

private:
    HeartbeatSettings m_settings;
    bool m_running = false;
    bool m_outstanding = false;
    qint64 m_lastProbeNs = 0;
    quint64 m_nextToken = 1;
    quint64 m_outstandingToken = 0;
    int m_misses = 0;
};

} // namespace Sockscope
