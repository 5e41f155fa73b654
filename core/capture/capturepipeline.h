#pragma once

#include "framerecord.h"
#include "methodtable.h"
#include "rpcannotator.h"
#include "sampleseries.h"

#include "jsonrpc/jsonrpccorrelatorsettings.h"

#include <QObject>

#include <deque>
#include <functional>

class QTimer;

namespace Sockscope {

class RecordSink;

// The path of a connection's events into stored records, without any widget: every event
// a connection (or a recording being opened) reports is queued, then made into a
// FrameRecord in short time slices between the event loop's other work: classified and
// paired as JSON-RPC (RpcAnnotator over the core's JsonRpcPairing, method names in a
// MethodTable), sampled for the round-trip and latency charts, and appended to a
// RecordSink. The annotator's own findings (orphans, timeouts, ...) follow as records marked
// `derived`. A document composes one; see docs/ARCHITECTURE.md for the whole path.
class CapturePipeline final : public QObject
{
    Q_OBJECT

public:
    struct Settings final
    {
        int maxMethods = 4096;          // distinct method names told apart; more share one id
        int chartSamples = 600;         // round-trip and latency points kept
        JsonRpcCorrelatorSettings pairing;
        int sliceMs = 4;                // queued events are processed in slices this long
        qsizetype maxQueued = 200000;   // beyond this many queued events, process at once
    };

    explicit CapturePipeline(const Settings &settings, QObject *parent = nullptr);
    ~CapturePipeline() override;

    // Where records go; must be set before the first event is processed.
    void setSink(RecordSink *sink) { m_sink = sink; }
    // Called for every record just before it is appended (documents count peers, ...).
    void setRecordObserver(std::function<void(const FrameRecord &)> observer) { m_observer = std::move(observer); }
    // Forgets what is pending to pair (the statistics stay).
    void setPairingSettings(const JsonRpcCorrelatorSettings &pairing);

    // Queues an event the connection reported; it is processed in the next slice (at once
    // when more than `maxQueued` wait).
    void addEvent(const Event &event);
    // Processes every queued event now.
    void processQueued() { process(-1); }
    qsizetype queuedCount() const { return qsizetype(m_queue.size()); }
    // Requests whose timeout passed become warning records (queued like any event).
    void expireRequests(qint64 nowNs);

    MethodTable &methods() { return m_methods; }
    const MethodTable &methods() const { return m_methods; }
    RpcAnnotator &rpc() { return m_rpc; }
    const RpcAnnotator &rpc() const { return m_rpc; }
    const SampleSeries &rttSeries() const { return m_rtt; }
    const SampleSeries &latencySeries() const { return m_latency; }

    // Connection-level events that count for "errors only": errors, missed heartbeats,
    // refusals and closes with a code other than normal, going away or none.
    static bool isProblemEvent(const Event &event);

private:
    struct Queued final
    {
        Event event;
        bool derived = false; // the annotator's own finding (FrameRecord::derived)
    };

    void enqueue(const Event &event, bool derived);
    // Processes queued events for at most `budgetNs` (-1: all of them).
    void process(qint64 budgetNs);
    void store(const Event &event, bool derived);

    Settings m_settings;
    MethodTable m_methods;
    RpcAnnotator m_rpc;
    SampleSeries m_rtt;
    SampleSeries m_latency;
    RecordSink *m_sink = nullptr;
    std::function<void(const FrameRecord &)> m_observer;
    std::deque<Queued> m_queue;
    QTimer *m_sliceTimer;
};

} // namespace Sockscope
