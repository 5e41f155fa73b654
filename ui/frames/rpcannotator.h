#pragma once

#include "framerecord.h"

#include "jsonrpc/jsonrpccorrelatorsettings.h"
#include "jsonrpc/jsonrpcmethodstats.h"
#include "jsonrpc/jsonrpctracker.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

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
//
// JSON-RPC rules apply only where JSON-RPC is spoken, decided per client connection and per
// server peer: in an MCP document, on a connection whose negotiated subprotocol names MCP or
// JSON-RPC, and from the first valid JSON-RPC message on. Until then a JSON message without
// a "jsonrpc" member is plain JSON, not an invalid JSON-RPC message (docs/GUI.md).
class RpcAnnotator final
{
public:
    explicit RpcAnnotator(MethodTable *methods, const JsonRpcCorrelatorSettings &settings = {});
    Q_DISABLE_COPY_MOVE(RpcAnnotator)

    const JsonRpcCorrelatorSettings &settings() const { return m_settings; }
    // Forgets what is pending; the statistics stay.
    void setSettings(const JsonRpcCorrelatorSettings &settings);

    // An MCP document: every connection and peer speaks JSON-RPC from its first message.
    void setJsonRpcAssumed(bool assumed) { m_jsonRpcAssumed = assumed; }
    bool isJsonRpcAssumed() const { return m_jsonRpcAssumed; }
    // Whether JSON-RPC rules apply to the connection (0) or server peer `peerId` now.
    bool speaksJsonRpc(quint32 peerId) const;
    // Someone else raises the pairing problems of `peerId`'s connection as events (the MCP
    // client session, which tracks the same connection): the annotator still pairs, counts and
    // marks rows, but raises no timeout, orphan, duplicate, late or untracked event of its own
    // there, so each shows once.
    void setFindingsReportedElsewhere(quint32 peerId, bool elsewhere);
    bool areFindingsReportedElsewhere(quint32 peerId) const { return m_reportedElsewhere.contains(peerId); }
    // A subprotocol that names JSON-RPC: "mcp" or anything starting with it, or one that
    // contains "jsonrpc" or "json-rpc" (any case).
    static bool isJsonRpcSubprotocol(const QString &subprotocol);

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
        bool jsonRpcSubprotocol = false; // the last open negotiated an MCP or JSON-RPC subprotocol
        bool jsonRpcSeen = false;        // a valid JSON-RPC message crossed this connection
        QHash<QString, quint64> sentRequests;     // id key -> store index (requests from here)
        QHash<QString, quint64> receivedRequests; // requests from the peer
    };

    Track &track(quint32 peerId, quint32 connectionId);
    bool appliesTo(const Track &track) const;
    void noteOpen(const Event &event);
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
    bool m_jsonRpcAssumed = false;
    QSet<quint32> m_reportedElsewhere;
};

} // namespace Sockscope
