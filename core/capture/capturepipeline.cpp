#include "capturepipeline.h"

#include "event/eventdetails.h"

#include "recordsink.h"

#include <QElapsedTimer>
#include <QTimer>

namespace Sockscope {

CapturePipeline::CapturePipeline(const Settings &settings, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_methods(settings.maxMethods),
      m_rpc(&m_methods, settings.pairing),
      m_rtt(settings.chartSamples),
      m_latency(settings.chartSamples),
      m_sliceTimer(new QTimer(this))
{
    m_sliceTimer->setSingleShot(true);
    connect(m_sliceTimer, &QTimer::timeout, this, [this] { process(qint64(m_settings.sliceMs) * 1000000); });
}

CapturePipeline::~CapturePipeline() = default;

void CapturePipeline::setPairingSettings(const JsonRpcCorrelatorSettings &pairing)
{
    m_settings.pairing = pairing;
    m_rpc.setSettings(pairing);
}

bool CapturePipeline::isProblemEvent(const Event &event)
{
    switch (event.kind) {
    case EventKind::Error:
    case EventKind::HeartbeatMiss:
    case EventKind::Refused:
        return true;
    case EventKind::Close: {
        const int code = EventDetails::closeCode(event).value_or(-1);
        return code != 1000 && code != 1001 && code != 1005 && code != -1;
    }
    default:
        return false;
    }
}

void CapturePipeline::addEvent(const Event &event)
{
    enqueue(event, false);
}

void CapturePipeline::expireRequests(qint64 nowNs)
{
    for (const Event &event : m_rpc.expire(nowNs))
        enqueue(event, true);
}

void CapturePipeline::enqueue(const Event &event, bool derived)
{
    // A connection hands over whole socket reads at once (thousands of events in a flood):
    // queue them and process in short slices between the event loop's other work.
    m_queue.push_back({event, derived});
    if (qsizetype(m_queue.size()) > m_settings.maxQueued)
        process(-1);
    else if (!m_sliceTimer->isActive())
        m_sliceTimer->start(0);
}

void CapturePipeline::process(qint64 budgetNs)
{
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    while (!m_queue.empty()) {
        const Queued queued = std::move(m_queue.front());
        m_queue.pop_front();
        store(queued.event, queued.derived);
        // Check the clock every few events only: it is not free either.
        if (budgetNs >= 0 && (++done & 31) == 0 && clock.nsecsElapsed() > budgetNs)
            break;
    }
    if (!m_queue.empty() && !m_sliceTimer->isActive())
        m_sliceTimer->start(0);
}

void CapturePipeline::store(const Event &event, bool derived)
{
    Q_ASSERT(m_sink);
    FrameRecord record;
    record.event = event;
    record.derived = derived;
    record.isProblem = isProblemEvent(event);
    const quint64 index = m_sink->appendedCount();
    RpcAnnotator::Outcome outcome = m_rpc.annotate(record, index);
    if (const std::optional<qint64> rtt = EventDetails::roundTripNs(event))
        m_rtt.add(event.monotonicNs, *rtt);
    if (record.latencyNs >= 0)
        m_latency.add(event.monotonicNs, record.latencyNs);
    if (m_observer)
        m_observer(record);
    const qint64 latency = record.latencyNs;
    m_sink->append(std::move(record));
    if (outcome.requestIndex != FrameRecord::NoIndex) {
        if (FrameRecord *request = m_sink->record(outcome.requestIndex)) {
            request->pairIndex = index;
            request->latencyNs = latency;
            m_sink->notePairChanged();
        }
    }
    for (const Event &finding : std::as_const(outcome.events))
        store(finding, true);
}

} // namespace Sockscope
