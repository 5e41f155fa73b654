#pragma once

#include "framerecord.h"

#include "jsonrpc/jsonrpccorrelatorsettings.h"
#include "jsonrpc/jsonrpcmethodstats.h"
#include "jsonrpc/jsonrpctracker.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <map>
#include <memory>

namespace Sockscope {

class MethodTable;

// JSON-RPC awareness for a document: every text message is classified by JsonRpcCodec and
// goes through a JsonRpcTracker (one per connection, one per server peer, since ids are per
// connection), which pairs responses with requests. The annotator writes what the tracker found into the
// record (kind, method, latency, the index of the other half of a pair), turns the
// tracker's problems (orphan, duplicate, timeout, late, untracked) into warning events, and
// keeps per-method statistics (JsonRpcMethodStats, so p50/p95/p99 as the core computes
// them) that outlive connections and peers. Sans-I/O: times come from the events.
class RpcAnnotator final
{
public:
    explicit RpcAnnotator(MethodTable *methods, const JsonRpcCorrelatorSettings &settings = {});
    Q_DISABLE_COPY_MOVE(RpcAnnotator)

    const JsonRpcCorrelatorSettings &settings() const { return m_settings; }
    // Forgets what is pending; the statistics stay.
    void setSettings(const JsonRpcCorrelatorSettings &settings);

    struct Outcome final
    {
        // A paired response: the store index of its request, whose pair becomes this record.
        quint64 requestIndex = FrameRecord::NoIndex;
        // Problems worth an event of their own, in the connection's numbering.
        QList<Event> events;
    };

    // Annotates a record about to be stored at `index`. Text messages are classified;
    // a close ends what the connection had pending.
    Outcome annotate(FrameRecord &record, quint64 index);
    // Requests whose timeout passed, as warning events.
    QList<Event> expire(qint64 nowNs);
    // The connection (or the peer) is gone: nothing pending will be answered.
    void connectionClosed(quint32 peerId);

    // Per method, for requests sent from here and requests the peer sent.
    const QMap<QString, JsonRpcMethodStats> &sentMethods() const { return m_sentMethods; }
    const QMap<QString, JsonRpcMethodStats> &receivedMethods() const { return m_receivedMethods; }
    quint64 messages(RpcKind kind) const { return m_counts[int(kind)]; }
    quint64 problems() const { return m_problems; }
    int pendingCount() const;

private:
    struct Track final
    {
        explicit Track(const JsonRpcCorrelatorSettings &settings) : tracker(settings) {}
        JsonRpcTracker tracker;
        quint32 connectionId = 0;
        QHash<QString, quint64> sentRequests;     // id key -> store index (requests from here)
        QHash<QString, quint64> receivedRequests; // requests from the peer
    };

    Track &track(quint32 peerId, quint32 connectionId);
    QMap<QString, JsonRpcMethodStats> &methods(Direction requestDirection);
    JsonRpcMethodStats &methodStats(Direction requestDirection, const QString &method);
    void classify(FrameRecord &record, Track &track, quint64 index, Outcome *outcome);
    void classifyKeyed(FrameRecord &record, Track &track, quint64 index, Outcome *outcome);
    void noteRequest(Track &track, Direction direction, const JsonRpcMessage &message, quint64 index);
    void applyFindings(FrameRecord &record, Track &track, const QList<JsonRpcFinding> &findings,
                       bool single, Outcome *outcome);

    MethodTable *m_methods;
    JsonRpcCorrelatorSettings m_settings;
    std::map<quint32, std::unique_ptr<Track>> m_tracks;
    QMap<QString, JsonRpcMethodStats> m_sentMethods;
    QMap<QString, JsonRpcMethodStats> m_receivedMethods;
    quint64 m_counts[int(RpcKind::Invalid) + 1] = {};
    quint64 m_problems = 0;
};

} // namespace Sockscope
