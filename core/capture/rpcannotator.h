#pragma once

#include "framerecord.h"

#include "jsonrpc/jsonrpccorrelatorsettings.h"
#include "jsonrpc/jsonrpcmethodstats.h"
#include "jsonrpc/jsonrpcpairing.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

#include <map>

namespace Sockscope {

class MethodTable;

// JSON-RPC awareness for a document, on the core's JsonRpcPairing (one tracker per client
// connection and per server peer, the same the command line's event lines use). The annotator
// writes what the pairing found into the record (kind, method, latency, the index of the other
// half of a pair), turns the tracker's problems (orphan, duplicate, timeout, late, untracked)
// into warning events, and keeps per-method statistics (JsonRpcMethodStats, so p50/p95/p99 as
// the core computes them) that outlive connections and peers. Sans-I/O: times come from the
// events. Where JSON-RPC rules apply is the pairing's rule (docs/GUI.md).
class RpcAnnotator final
{
public:
    explicit RpcAnnotator(MethodTable *methods, const JsonRpcCorrelatorSettings &settings = {});
    Q_DISABLE_COPY_MOVE(RpcAnnotator)

    const JsonRpcCorrelatorSettings &settings() const { return m_pairing.settings(); }
    // Forgets what is pending; the statistics stay.
    void setSettings(const JsonRpcCorrelatorSettings &settings);

    // An MCP document: every connection and peer speaks JSON-RPC from its first message.
    void setJsonRpcAssumed(bool assumed) { m_pairing.setJsonRpcAssumed(assumed); }
    bool isJsonRpcAssumed() const { return m_pairing.isJsonRpcAssumed(); }
    // Whether JSON-RPC rules apply to the connection (0) or server peer `peerId` now.
    bool speaksJsonRpc(quint32 peerId) const { return m_pairing.speaksJsonRpc(peerId); }
    // Someone else raises the pairing problems of `peerId`'s connection as events (the MCP
    // client session, which tracks the same connection): the annotator still pairs, counts and
    // marks rows, but raises no timeout, orphan, duplicate, late or untracked event of its own
    // there, so each shows once.
    void setFindingsReportedElsewhere(quint32 peerId, bool elsewhere);
    bool areFindingsReportedElsewhere(quint32 peerId) const { return m_reportedElsewhere.contains(peerId); }
    static bool isJsonRpcSubprotocol(const QString &subprotocol)
    {
        return JsonRpcPairing::isJsonRpcSubprotocol(subprotocol);
    }

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
    int pendingCount() const { return m_pairing.pendingCount(); }

private:
    // Store indices of the requests still pending on one connection or peer, by id key.
    struct RequestRows final
    {
        QHash<QString, quint64> sent;     // requests from here
        QHash<QString, quint64> received; // requests from the peer
        QHash<QString, quint64> &of(Direction requestDirection)
        {
            return requestDirection == Direction::Out ? sent : received;
        }
    };

    QMap<QString, JsonRpcMethodStats> &methods(Direction requestDirection);
    JsonRpcMethodStats &methodStats(Direction requestDirection, const QString &method);
    void noteRequest(RequestRows &rows, Direction direction, const JsonRpcMessage &message, quint64 index);
    void applyFindings(FrameRecord &record, RequestRows &rows, const JsonRpcAnnotation &annotation, Outcome *outcome);

    MethodTable *m_methods;
    JsonRpcPairing m_pairing;
    std::map<quint32, RequestRows> m_rows; // by peer id (0: the client connection)
    QMap<QString, JsonRpcMethodStats> m_sentMethods;
    QMap<QString, JsonRpcMethodStats> m_receivedMethods;
    quint64 m_counts[int(RpcKind::Invalid) + 1] = {};
    quint64 m_problems = 0;
    QSet<quint32> m_reportedElsewhere;
};

} // namespace Sockscope
