#pragma once

#include "jsonrpccorrelatorsettings.h"
#include "jsonrpcfinding.h"
#include "jsonrpcmethodstats.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

#include <deque>
#include <utility>
#include <optional>

namespace Sockscope {

// Pairs responses with requests for ONE direction of one connection: the requests one side
// sends and the responses the other side returns (a connection needs two; JsonRpcTracker
// holds both). Sans-I/O: the caller passes the time and calls expire() when
// nextDeadlineNs() has passed. Ids are compared by JsonRpcId::key(), so "1" and 1 differ.
class JsonRpcCorrelator final
{
public:
    struct Pending final
    {
        JsonRpcId id;
        QString method;
        qint64 sentNs = 0;
        qint64 deadlineNs = 0; // 0: no timeout
        quint64 serial = 0;
    };

    explicit JsonRpcCorrelator(const JsonRpcCorrelatorSettings &settings = {},
                               Direction requestDirection = Direction::Out);

    const JsonRpcCorrelatorSettings &settings() const { return m_settings; }
    Direction requestDirection() const { return m_requestDirection; }

    // A request went out. A Duplicate finding when its id is still pending (the first keeps
    // the pairing), Untracked when maxPending requests are pending; otherwise none.
    std::optional<JsonRpcFinding> request(const JsonRpcId &id, const QString &method, qint64 nowNs);
    // A response came back: Paired, Late (after a timeout or cancellation) or Orphan.
    JsonRpcFinding response(const JsonRpcId &id, bool isError, int errorCode, qint64 nowNs);
    // The requester gave up on a pending request (notifications/cancelled).
    std::optional<JsonRpcFinding> cancel(const JsonRpcId &id, qint64 nowNs);
    // Timeout findings for every request whose deadline is at or before nowNs.
    QList<JsonRpcFinding> expire(qint64 nowNs);
    // The connection ended: nothing pending will be answered. Returns what was pending.
    QList<Pending> abandonAll();

    std::optional<qint64> nextDeadlineNs() const;
    bool isPending(const JsonRpcId &id) const { return m_pending.contains(id.key()); }
    // Pending, or remembered after a timeout or cancellation.
    bool knows(const JsonRpcId &id) const;
    int pendingCount() const { return int(m_pending.size()); }
    // Oldest first.
    QList<Pending> pending() const;

    const QMap<QString, JsonRpcMethodStats> &methods() const { return m_methods; }
    quint64 paired() const { return m_paired; }
    quint64 orphans() const { return m_orphans; }
    quint64 duplicates() const { return m_duplicates; }
    quint64 timeouts() const { return m_timeouts; }
    quint64 late() const { return m_late; }
    quint64 cancelled() const { return m_cancelled; }
    quint64 untracked() const { return m_untracked; }

    // {pending, paired, orphans, duplicates, timeouts, late, cancelled, untracked, methods: {name: ...}}
    QJsonObject statsJson() const;

private:
    struct Deadline final
    {
        qint64 deadlineNs;
        QString key;
        quint64 serial;
    };

    JsonRpcMethodStats &methodStats(const QString &method);
    void remember(const QString &key, const Pending &pending);
    void dropStaleDeadlines();
    JsonRpcFinding finding(JsonRpcFinding::Kind kind, const JsonRpcId &id, const QString &method) const;

    JsonRpcCorrelatorSettings m_settings;
    Direction m_requestDirection;
    QHash<QString, Pending> m_pending;
    std::deque<Deadline> m_deadlines; // in deadline order: the timeout is the same for all
    QHash<QString, Pending> m_remembered;
    std::deque<std::pair<QString, quint64>> m_rememberedOrder; // key, serial
    QMap<QString, JsonRpcMethodStats> m_methods;
    quint64 m_serial = 0;
    quint64 m_paired = 0;
    quint64 m_orphans = 0;
    quint64 m_duplicates = 0;
    quint64 m_timeouts = 0;
    quint64 m_late = 0;
    quint64 m_cancelled = 0;
    quint64 m_untracked = 0;
};

} // namespace Sockscope
