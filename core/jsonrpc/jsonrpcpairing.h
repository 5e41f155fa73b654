#pragma once

#include "jsonrpcannotation.h"
#include "jsonrpccorrelatorsettings.h"
#include "jsonrpctracker.h"

#include "event/event.h"

#include <QList>

#include <map>
#include <memory>
#include <optional>

namespace Sockscope {

// JSON-RPC awareness for a stream of events: one JsonRpcTracker per client connection (peer 0)
// and per server peer, since ids are per connection. Each text message that looks like JSON
// is classified once (JsonRpcCodec, or the plain-JSON pairing key) and paired; opens say
// whether the negotiated subprotocol speaks JSON-RPC, closes end what was pending. The GUI's
// frame annotator and the command line's event lines both sit on it. Sans-I/O: times come
// from the events.
//
// JSON-RPC rules apply only where JSON-RPC is spoken, per connection and per server peer:
// where it is assumed (an MCP document), on a connection whose negotiated subprotocol names
// MCP or JSON-RPC, and from the first valid JSON-RPC message on. Until then a JSON message
// without a "jsonrpc" member is plain JSON, not an invalid JSON-RPC message.
class JsonRpcPairing final
{
public:
    explicit JsonRpcPairing(const JsonRpcCorrelatorSettings &settings = {});
    Q_DISABLE_COPY_MOVE(JsonRpcPairing)

    const JsonRpcCorrelatorSettings &settings() const { return m_settings; }
    // Forgets what is pending and what was seen.
    void setSettings(const JsonRpcCorrelatorSettings &settings);

    void setJsonRpcAssumed(bool assumed) { m_jsonRpcAssumed = assumed; }
    bool isJsonRpcAssumed() const { return m_jsonRpcAssumed; }
    // Whether JSON-RPC rules apply to the connection (0) or server peer `peerId` now.
    bool speaksJsonRpc(quint32 peerId) const;
    // A subprotocol that names JSON-RPC: "mcp" or anything starting with it, or one that
    // contains "jsonrpc" or "json-rpc" (any case).
    static bool isJsonRpcSubprotocol(const QString &subprotocol);

    // Observes one event of any kind, in order. A received close (or the connection's end)
    // forgets what was pending on that connection or peer.
    JsonRpcAnnotation observe(const Event &event);

    struct Expired final
    {
        quint32 peerId = 0;
        quint32 connectionId = 0;
        JsonRpcFinding finding;
    };
    // Requests whose timeout passed by `nowNs`.
    QList<Expired> expire(qint64 nowNs);
    std::optional<qint64> nextDeadlineNs() const;
    // The connection (or the peer) is gone: nothing pending will be answered. A server peer's
    // tracker is dropped; a client keeps its own across reconnects.
    void connectionClosed(quint32 peerId);
    int pendingCount() const;

private:
    struct Track final
    {
        explicit Track(const JsonRpcCorrelatorSettings &settings) : tracker(settings) {}
        JsonRpcTracker tracker;
        quint32 connectionId = 0;
        bool jsonRpcSubprotocol = false; // the last open negotiated an MCP or JSON-RPC subprotocol
        bool jsonRpcSeen = false;        // a valid JSON-RPC message crossed this connection
    };

    Track &track(quint32 peerId, quint32 connectionId);
    bool appliesTo(const Track &track) const;
    void classify(const Event &event, Track &track, JsonRpcAnnotation *annotation);
    void classifyKeyed(const Event &event, Track &track, JsonRpcAnnotation *annotation);
    static void notePairing(JsonRpcAnnotation *annotation);

    JsonRpcCorrelatorSettings m_settings;
    std::map<quint32, std::unique_ptr<Track>> m_tracks;
    bool m_jsonRpcAssumed = false;
};

} // namespace Sockscope
