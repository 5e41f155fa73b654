#include "channel.h"

#include "common/logging.h"
#include "common/monotonicclock.h"
#include "protocol/closecode.h"
#include "stats/connectionstats.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

namespace Sockscope {

Channel::Channel(QTcpSocket *socket, const Options &options, EventSink *sink, ConnectionStats *stats,
                 QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_options(options),
      m_sink(sink),
      m_stats(stats),
      m_parser(options.role == Role::Client ? FrameParser::Role::Client : FrameParser::Role::Server, this,
               options.limits.maxIncomingMessageBytes),
      m_writer(options.role == Role::Client),
      m_queue(options.limits.sendQueueBytes, options.limits.overflowPolicy),
      m_heartbeat(options.heartbeat),
      m_heartbeatTimer(new QTimer(this)),
      m_closeTimer(new QTimer(this)),
      m_mcpPingIdPrefix(QByteArrayLiteral("sockscope-heartbeat-"))
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // One chunk per readyRead, one readyRead per event-loop pass: a flooding peer waits its
    // turn like the others, and what it sends beyond the chunk stays in the kernel, where TCP
    // flow control pushes back on it.
    socket->setReadBufferSize(LimitSettings::kReadChunkBytes);
    m_heartbeatTimer->setSingleShot(true);
    m_heartbeatTimer->setTimerType(Qt::PreciseTimer);
    m_closeTimer->setSingleShot(true);
    connect(m_heartbeatTimer, &QTimer::timeout, this, &Channel::onHeartbeatTimer);
    connect(m_closeTimer, &QTimer::timeout, this, [this] {
        abort(tr("the peer did not finish the close handshake within %1 ms").arg(m_options.closeTimeoutMs));
    });
    connect(socket, &QTcpSocket::readyRead, this, &Channel::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &Channel::writeQueued);
    connect(socket, &QTcpSocket::disconnected, this, &Channel::onDisconnected);
}

Channel::~Channel()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void Channel::start(const QByteArray &leftover)
{
    m_heartbeat.start(MonotonicClock::nowNs());
    armHeartbeat();
    if (!leftover.isEmpty())
        m_parser.feed(leftover);
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
    // Gone already (not merely flushing a close frame: `disconnected` reports that).
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        finish(tr("the connection closed right after the handshake"));
}

qint64 Channel::unwrittenBytes() const
{
    return m_queue.bytes() + (m_socket ? m_socket->bytesToWrite() : 0);
}

void Channel::post(Event &&event)
{
    m_sink->postEvent(std::move(event));
}

void Channel::postError(const QString &id, const QString &message, const QJsonObject &extra)
{
    Event event = makeEvent(EventKind::Error, Direction::Local, m_options.connectionId, m_options.peerId);
    event.details = extra;
    event.details.insert(QStringLiteral("error"), id);
    event.details.insert(QStringLiteral("message"), message);
    qCDebug(lcTransport) << "connection" << m_options.connectionId << "peer" << m_options.peerId << id << message;
    post(std::move(event));
}

void Channel::onReadyRead()
{
    if (!m_socket)
        return;
    // Left in the socket's bounded buffer, then in the kernel: TCP slows the peer down.
    if (m_backpressured && m_pauseReadingWhileBackpressured && m_state == State::Open)
        return;
    // Keep reading after a close frame too: the peer's close reply may be in flight.
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty())
        m_parser.feed(bytes);
}

void Channel::onMessage(bool isText, const QByteArray &data, int frameCount)
{
    // A receiver of messageReceived may have closed or aborted the channel mid-feed.
    if (m_state == State::Finished || m_closeReceived)
        return;
    const qint64 now = MonotonicClock::nowNs();
    Event event = makeEvent(isText ? EventKind::Text : EventKind::Binary, Direction::In,
                            m_options.connectionId, m_options.peerId);
    event.payload = data;
    event.size = data.size();
    if (frameCount > 1)
        event.details.insert(QStringLiteral("frames"), frameCount);
    const bool answer = m_heartbeat.awaitingAnswer() && isHeartbeatAnswer(data, isText);
    if (answer)
        heartbeatAnswered(event);
    m_stats->count(Direction::In, event.kind, event.size, now);
    post(std::move(event));

    const HeartbeatSettings &hb = m_options.heartbeat;
    if (hb.answerAppPing && isText == !hb.appBinary && data == hb.appPing && m_state == State::Open) {
        if (hb.appBinary)
            sendBinary(hb.appPong);
        else
            sendText(hb.appPong);
    }
    Q_EMIT messageReceived(data, isText);
}

void Channel::onPing(const QByteArray &payload)
{
    if (m_state == State::Finished)
        return;
    const qint64 now = MonotonicClock::nowNs();
    Event event = makeEvent(EventKind::Ping, Direction::In, m_options.connectionId, m_options.peerId);
    event.payload = payload;
    event.size = payload.size();
    m_stats->count(Direction::In, EventKind::Ping, event.size, now);
    post(std::move(event));
    if (m_closeSent || !m_answerPings)
        return;
    if (m_socket && m_socket->bytesToWrite() >= m_options.limits.socketBufferBytes) {
        // The peer does not read what it is sent. A pong per ping would pile up in the socket's
        // unbounded buffer; RFC 6455 section 5.5.3 lets an endpoint answer only the most recent
        // of several pings, so keep that one and send it once the socket drains (writeQueued()).
        m_pendingPong = payload;
        m_pongPending = true;
        return;
    }
    writeControl(OpCode::Pong, payload);
}

void Channel::onPong(const QByteArray &payload)
{
    if (m_state == State::Finished)
        return;
    const qint64 now = MonotonicClock::nowNs();
    Event event = makeEvent(EventKind::Pong, Direction::In, m_options.connectionId, m_options.peerId);
    event.payload = payload;
    event.size = payload.size();
    if (m_options.heartbeat.kind == HeartbeatKind::Rfc && payload.size() == 8)
        heartbeatAnswered(event);
    m_stats->count(Direction::In, EventKind::Pong, event.size, now);
    post(std::move(event));
}

void Channel::onCloseFrame(quint16 code, const QString &reason, qint64 wireSize)
{
    if (m_closeReceived)
        return;
    m_closeReceived = true;
    const QString closedBy = m_closeSent ? m_closedBy : QStringLiteral("remote");
    Q_UNUSED(wireSize)
    Event event = makeEvent(EventKind::Close, Direction::In, m_options.connectionId, m_options.peerId);
    event.payload = reason.toUtf8();
    event.size = code == CloseCode::NoStatus ? 0 : 2 + event.payload.size();
    event.details.insert(QStringLiteral("code"), code);
    event.details.insert(QStringLiteral("reason"), reason);
    event.details.insert(QStringLiteral("closedBy"), closedBy);
    m_stats->count(Direction::In, EventKind::Close, event.size, MonotonicClock::nowNs());
    post(std::move(event));

    if (!m_closeSent)
        sendClose(code, QString(), true, closedBy);
    m_state = State::Closing;
    if (m_socket)
        m_socket->disconnectFromHost();
}

void Channel::onProtocolError(quint16 closeCode, const QString &message)
{
    QString id = QStringLiteral("protocol-error");
    QByteArray wireReason = "protocol error";
    if (closeCode == CloseCode::MessageTooBig) {
        id = QStringLiteral("message-too-big");
        wireReason = "message too big";
    } else if (closeCode == CloseCode::InvalidPayload) {
        id = QStringLiteral("invalid-utf8");
        wireReason = "invalid UTF-8";
    }
    postError(id, message, QJsonObject{{QStringLiteral("closeCode"), closeCode}});
    if (!m_closeSent)
        sendClose(closeCode, QString::fromLatin1(wireReason), true, QStringLiteral("local"));
    else if (m_socket)
        m_socket->abort();
    // Broken framing cannot be read any further, not even the peer's close reply:
    // fail the connection (RFC 6455 section 7.1.7) once the close frame is written.
    if (m_parser.hasFailed() && m_socket)
        m_socket->disconnectFromHost();
}

void Channel::writeControl(OpCode opcode, const QByteArray &payload)
{
    if (!m_socket)
        return;
    QByteArray wire;
    m_writer.appendFrame(wire, opcode, true, payload.constData(), payload.size());
    // Control frames may go between messages; whole messages are written at once, so
    // this never lands inside a fragmented one.
    m_socket->write(wire);
    Event event = makeEvent(opcode == OpCode::Ping ? EventKind::Ping : EventKind::Pong, Direction::Out,
                            m_options.connectionId, m_options.peerId);
    event.payload = payload;
    event.size = payload.size();
    m_stats->count(Direction::Out, event.kind, event.size, MonotonicClock::nowNs());
    m_stats->queueDepth(unwrittenBytes());
    post(std::move(event));
}

bool Channel::enqueue(QByteArray wire, EventKind kind, const QByteArray &payload, qint64 payloadSize, int frames,
                      Producer producer)
{
    if (m_state != State::Open || m_closeSent) {
        m_stats->dropped(1);
        postError(QStringLiteral("not-open"), tr("cannot send: the connection is not open"),
                  QJsonObject{{QStringLiteral("messageBytes"), double(payloadSize)}});
        return false;
    }
    const qint64 wireSize = wire.size();
    const qint64 socketBytes = m_socket ? m_socket->bytesToWrite() : 0;
    const SendQueue::PushResult result = m_queue.push(std::move(wire), socketBytes, producer);
    // Built only when there is something to report: this runs for every message sent.
    const auto queueDetails = [&] {
        return QJsonObject{
            {QStringLiteral("messageBytes"), double(wireSize)},
            {QStringLiteral("unwrittenBytes"), double(m_queue.bytes() + socketBytes)},
            {QStringLiteral("limitBytes"), double(m_options.limits.sendQueueBytes)},
            {QStringLiteral("policy"), overflowPolicyName(m_options.limits.overflowPolicy)},
        };
    };
    if (result.droppedMessages > 0) {
        m_stats->dropped(quint64(result.droppedMessages));
        QJsonObject details = queueDetails();
        details.insert(QStringLiteral("level"), QStringLiteral("warning"));
        details.insert(QStringLiteral("droppedMessages"), result.droppedMessages);
        details.insert(QStringLiteral("droppedBytes"), double(result.droppedBytes));
        postError(QStringLiteral("queue-dropped"),
                  tr("send queue full: dropped the %1 oldest unsent messages (%2 bytes) to make room")
                      .arg(result.droppedMessages).arg(result.droppedBytes),
                  details);
    }
    if (!result.accepted) {
        // A refused message is as lost as a dropped one: the stats count both.
        m_stats->dropped(1);
        if (result.mustClose) {
            postError(QStringLiteral("queue-full"),
                      tr("send queue full (%1 bytes unwritten, limit %2): closing the connection with 1008")
                          .arg(m_queue.bytes() + socketBytes).arg(m_options.limits.sendQueueBytes),
                      queueDetails());
            sendClose(CloseCode::PolicyViolation, QStringLiteral("send queue full"), true, QStringLiteral("local"));
        } else {
            postError(QStringLiteral("queue-full"),
                      tr("send queue full (%1 bytes unwritten, limit %2): message of %3 bytes not sent")
                          .arg(m_queue.bytes() + socketBytes).arg(m_options.limits.sendQueueBytes).arg(wireSize),
                      queueDetails());
        }
        return false;
    }
    Event event = makeEvent(kind, Direction::Out, m_options.connectionId, m_options.peerId);
    event.payload = payload;
    event.size = payloadSize;
    if (frames > 1)
        event.details.insert(QStringLiteral("frames"), frames);
    m_stats->count(Direction::Out, kind, payloadSize, MonotonicClock::nowNs());
    post(std::move(event));
    writeQueued();
    return true;
}

void Channel::setPauseReadingWhileBackpressured(bool pause)
{
    m_pauseReadingWhileBackpressured = pause;
    if (!pause && m_backpressured)
        QTimer::singleShot(0, this, &Channel::onReadyRead);
}

void Channel::updateBackpressure()
{
    const LimitSettings &limits = m_options.limits;
    if (limits.overflowPolicy != OverflowPolicy::Wait || limits.sendQueueBytes <= 0 || m_state == State::Finished)
        return;
    const qint64 unwritten = unwrittenBytes();
    if (!m_backpressured && unwritten > limits.sendQueueBytes)
        setBackpressured(true);
    else if (m_backpressured && unwritten <= limits.lowWaterBytes())
        setBackpressured(false);
}

void Channel::setBackpressured(bool waiting)
{
    m_backpressured = waiting;
    m_stats->backpressure(waiting);
    const qint64 now = MonotonicClock::nowNs();
    const qint64 unwritten = unwrittenBytes();
    Event event = makeEvent(EventKind::Notice, Direction::Local, m_options.connectionId, m_options.peerId);
    event.details.insert(QStringLiteral("notice"), backpressureNoticeId());
    event.details.insert(QStringLiteral("waiting"), waiting);
    event.details.insert(QStringLiteral("unwrittenBytes"), double(unwritten));
    event.details.insert(QStringLiteral("highWaterBytes"), double(m_options.limits.sendQueueBytes));
    event.details.insert(QStringLiteral("lowWaterBytes"), double(m_options.limits.lowWaterBytes()));
    if (waiting) {
        m_backpressureSinceNs = now;
        event.details.insert(QStringLiteral("message"),
                             m_pauseReadingWhileBackpressured
                                 ? tr("waiting for the socket: %1 bytes unsent; not reading the peer meanwhile").arg(unwritten)
                                 : tr("waiting for the socket: %1 bytes unsent").arg(unwritten));
    } else {
        const qint64 waitedMs = (now - m_backpressureSinceNs) / 1000000;
        event.details.insert(QStringLiteral("waitedMs"), double(waitedMs));
        event.details.insert(QStringLiteral("message"),
                             tr("the socket took the backlog: sending again after %1 ms (%2 bytes unsent)")
                                 .arg(waitedMs).arg(unwritten));
    }
    post(std::move(event));
    if (!waiting && m_pauseReadingWhileBackpressured && m_socket && m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &Channel::onReadyRead); // no readyRead comes for bytes already buffered
    Q_EMIT backpressureChanged(waiting);
}

bool Channel::sendText(const QByteArray &utf8, Producer producer)
{
    QByteArray wire;
    const int frames = m_writer.appendMessage(wire, true, utf8, m_options.limits.outgoingFrameBytes);
    return enqueue(std::move(wire), EventKind::Text, utf8, utf8.size(), frames, producer);
}

bool Channel::sendBinary(const QByteArray &data, Producer producer)
{
    QByteArray wire;
    const int frames = m_writer.appendMessage(wire, false, data, m_options.limits.outgoingFrameBytes);
    return enqueue(std::move(wire), EventKind::Binary, data, data.size(), frames, producer);
}

bool Channel::sendEncoded(const QByteArray &wire, bool isText, const QByteArray &payload, int frames, Producer producer)
{
    Q_ASSERT(m_options.role == Role::Server);
    return enqueue(wire, isText ? EventKind::Text : EventKind::Binary, payload, payload.size(), frames, producer);
}

bool Channel::sendPing(const QByteArray &payload)
{
    if (m_state != State::Open || m_closeSent) {
        postError(QStringLiteral("not-open"), tr("cannot send: the connection is not open"));
        return false;
    }
    if (payload.size() > 125) {
        postError(QStringLiteral("invalid-ping"),
                  tr("a ping payload may hold at most 125 bytes, not %1").arg(payload.size()));
        return false;
    }
    writeControl(OpCode::Ping, payload);
    return true;
}

void Channel::discardQueue(const QString &why)
{
    // Messages already accepted (and shown as sent) that will never reach the wire:
    // never silent.
    m_pendingClose.clear();
    if (m_queue.isEmpty())
        return;
    const int messages = int(m_queue.count());
    const qint64 bytes = m_queue.bytes();
    m_queue.clear();
    m_stats->dropped(quint64(messages));
    postError(QStringLiteral("unsent-discarded"),
              tr("%1 queued messages (%2 bytes) were not sent: %3").arg(messages).arg(bytes).arg(why),
              QJsonObject{{QStringLiteral("droppedMessages"), messages}, {QStringLiteral("droppedBytes"), double(bytes)}});
}

void Channel::writeQueued()
{
    if (!m_socket)
        return;
    if (m_pongPending && m_socket->bytesToWrite() < m_options.limits.socketBufferBytes) {
        m_pongPending = false;
        writeControl(OpCode::Pong, std::exchange(m_pendingPong, QByteArray()));
    }
    while (!m_queue.isEmpty() && m_socket->bytesToWrite() < m_options.limits.socketBufferBytes)
        m_socket->write(m_queue.takeFront());
    if (m_queue.isEmpty() && !m_pendingClose.isEmpty())
        m_socket->write(std::exchange(m_pendingClose, QByteArray()));
    m_stats->queueDepth(unwrittenBytes());
    updateBackpressure();
}

bool Channel::close(quint16 code, const QString &reason)
{
    if (!CloseCode::isSendable(code) && code != CloseCode::NoStatus) {
        postError(QStringLiteral("invalid-close-code"), tr("%1 is not a close code that may be sent").arg(code));
        return false;
    }
    if (m_state != State::Open || m_closeSent)
        return false;
    sendClose(code, reason, false, QStringLiteral("local"));
    return true;
}

void Channel::sendClose(quint16 code, const QString &reason, bool immediate, const QString &closedBy)
{
    if (m_closeSent || !m_socket)
        return;
    m_closeSent = true;
    m_closedBy = closedBy;
    m_state = State::Closing;
    // Nothing may follow the close frame.
    m_pongPending = false;
    m_pendingPong.clear();
    m_heartbeat.stop();
    m_heartbeatTimer->stop();

    // The event shows the reason as sent: cut to what fits a control frame.
    const QByteArray reasonUtf8 = FrameWriter::closeReasonOnWire(reason.toUtf8());
    QByteArray wire;
    m_writer.appendClose(wire, code, reasonUtf8);
    if (immediate) {
        discardQueue(tr("the connection is closing"));
        m_socket->write(wire);
    } else {
        // Goes out once everything queued before it is written.
        m_pendingClose = wire;
        writeQueued();
    }
    Event event = makeEvent(EventKind::Close, Direction::Out, m_options.connectionId, m_options.peerId);
    event.payload = reasonUtf8;
    event.size = code == CloseCode::NoStatus ? 0 : 2 + reasonUtf8.size();
    event.details.insert(QStringLiteral("code"), code);
    event.details.insert(QStringLiteral("reason"), QString::fromUtf8(reasonUtf8));
    event.details.insert(QStringLiteral("closedBy"), closedBy);
    m_stats->count(Direction::Out, EventKind::Close, event.size, MonotonicClock::nowNs());
    post(std::move(event));
    m_closeTimer->start(m_options.closeTimeoutMs);
}

void Channel::abort(const QString &why)
{
    if (m_state == State::Finished)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    finish(why);
}

void Channel::onDisconnected()
{
    QString why = tr("the peer closed the TCP connection without a close frame");
    if (m_socket && m_socket->error() != QAbstractSocket::UnknownSocketError
        && m_socket->error() != QAbstractSocket::RemoteHostClosedError)
        why = m_socket->errorString();
    finish(why);
}

void Channel::finish(const QString &why)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_heartbeat.stop();
    m_heartbeatTimer->stop();
    m_closeTimer->stop();
    discardQueue(tr("the connection ended"));
    // A message already rejected (too big, not UTF-8) was reported then; only bytes actually
    // received of one still to be delivered are lost here.
    const qint64 unfinished = m_parser.unfinishedBytes();
    if (!m_closeReceived && unfinished > 0) {
        postError(QStringLiteral("truncated-message"),
                  tr("the connection ended in the middle of a frame or message: %1 bytes received of it are discarded")
                      .arg(unfinished),
                  QJsonObject{{QStringLiteral("discardedBytes"), double(unfinished)}});
    }
    if (!m_closeReceived) {
        Event event = makeEvent(EventKind::Close, Direction::Local, m_options.connectionId, m_options.peerId);
        event.details.insert(QStringLiteral("code"), CloseCode::Abnormal);
        event.details.insert(QStringLiteral("reason"), why);
        event.details.insert(QStringLiteral("closedBy"), m_closeSent ? m_closedBy : QStringLiteral("none"));
        post(std::move(event));
    }
    m_stats->closed();
    m_stats->queueDepth(0);
    // Nothing waits for a socket that is gone; the producers learn of the end from `finished`.
    m_backpressured = false;
    m_stats->backpressure(false);
    Q_EMIT finished();
}

} // namespace Sockscope
