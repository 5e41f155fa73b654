#include "mockserver.h"

#include "mocksession.h"

#include "common/monotonicclock.h"
#include "event/eventsink.h"
#include "jsonrpc/jsonrpcid.h"
#include "server/serverconnection.h"

#include <QTimer>

#include <limits>

namespace Sockscope {

namespace {

qint64 nowMs()
{
    return MonotonicClock::nowNs() / 1000000;
}

// The mock answers by its configuration: a plain server's echo or broadcast would talk over it.
ServerSettings answeringOnlyByConfig(ServerSettings settings)
{
    settings.replyMode = ServerReplyMode::Silent;
    return settings;
}

} // namespace

MockServer::MockServer(const MockConfig &config, const ServerSettings &settings, QObject *parent)
    : QObject(parent),
      m_config(std::make_shared<const MockConfig>(config)),
      m_server(new ServerConnection(answeringOnlyByConfig(settings), this)),
      m_injector(config.faults)
{
    m_server->setAnswerPings(!config.faults.ignorePings);
    // Answers are produced by what a client sends: a client that does not read them is not read.
    m_server->setPauseReadingWhileBackpressured(true);
    connect(m_server, &ServerConnection::eventOccurred, this, &MockServer::eventOccurred);
    connect(m_server, &ServerConnection::peerOpened, this, &MockServer::onPeerOpened);
    connect(m_server, &ServerConnection::peerClosed, this, &MockServer::onPeerClosed);
    connect(m_server, &ServerConnection::messageReceived, this, &MockServer::onMessage);
    connect(m_server, &ServerConnection::stopped, this, &MockServer::stopped);
}

MockServer::~MockServer()
{
    m_server->disconnect(this);
}

bool MockServer::listen()
{
    return m_server->listen();
}

bool MockServer::isListening() const
{
    return m_server->isListening();
}

QUrl MockServer::url() const
{
    return m_server->url();
}

void MockServer::stop(quint16 code, const QString &reason)
{
    for (auto &entry : m_peers) {
        entry.second->schedule.clear();
        entry.second->timer->stop();
    }
    m_server->stop(code, reason);
}

void MockServer::setFaults(const MockFaults &faults)
{
    m_injector.setFaults(faults);
    m_server->setAnswerPings(!faults.ignorePings);
    Event event = makeEvent(EventKind::Notice, Direction::Local, m_server->connectionId());
    event.details.insert(QStringLiteral("notice"), QStringLiteral("mock-faults-changed"));
    event.details.insert(QStringLiteral("message"), faults.isActive() ? tr("fault injection changed") : tr("fault injection off"));
    event.details.insert(QStringLiteral("faults"), faults.toJson());
    Q_EMIT eventOccurred(event);
}

QList<quint32> MockServer::sessionIds() const
{
    QList<quint32> ids;
    for (const auto &entry : m_peers)
        ids.append(entry.first);
    return ids;
}

MockSessionState MockServer::sessionState(quint32 peerId) const
{
    const auto it = m_peers.find(peerId);
    return it == m_peers.end() ? MockSessionState::Closed : it->second->session->state();
}

QString MockServer::sessionProtocolVersion(quint32 peerId) const
{
    const auto it = m_peers.find(peerId);
    return it == m_peers.end() ? QString() : it->second->session->protocolVersion();
}

MockServer::Peer *MockServer::findPeer(quint32 peerId)
{
    const auto it = m_peers.find(peerId);
    return it == m_peers.end() ? nullptr : it->second.get();
}

void MockServer::onPeerOpened(quint32 peerId)
{
    auto peer = std::make_unique<Peer>();
    peer->session = std::make_unique<MockSession>(m_config, &m_serverCounters);
    peer->timer = new QTimer(this);
    peer->timer->setSingleShot(true);
    peer->timer->setTimerType(Qt::PreciseTimer);
    connect(peer->timer, &QTimer::timeout, this, [this, peerId] { onTimer(peerId); });
    m_peers.emplace(peerId, std::move(peer));
    Q_EMIT sessionStateChanged(peerId, MockSessionState::NotInitialized);
}

void MockServer::onPeerClosed(quint32 peerId)
{
    const auto it = m_peers.find(peerId);
    if (it == m_peers.end())
        return;
    std::unique_ptr<Peer> peer = std::move(it->second);
    m_peers.erase(it);
    peer->session->close();
    peer->timer->stop();
    peer->timer->deleteLater();
    Q_EMIT sessionStateChanged(peerId, MockSessionState::Closed);
}

void MockServer::onMessage(quint32 peerId, const QByteArray &data, bool isText)
{
    Peer *peer = findPeer(peerId);
    if (!peer || peer->closing)
        return;
    ++peer->received;
    const QList<MockOutput> outputs = isText ? peer->session->receiveText(data, nowMs())
                                             : peer->session->receiveBinary(data);
    carryOut(peerId, outputs);
    reportState(peerId);

    peer = findPeer(peerId);
    const MockFaults &faults = m_injector.faults();
    if (peer && !peer->closing && faults.closeAfterMessages > 0 && peer->received >= faults.closeAfterMessages) {
        MockOutput close = MockOutput::close(faults.closeCode, faults.closeReason);
        reportFault(peerId, QStringLiteral("close"),
                    tr("fault injection: closing with %1 after %2 messages from the client")
                        .arg(faults.closeCode).arg(peer->received),
                    close);
        closePeer(peerId, faults.closeCode, faults.closeReason);
    }
}

void MockServer::onTimer(quint32 peerId)
{
    Peer *peer = findPeer(peerId);
    if (!peer || peer->closing)
        return;
    const qint64 now = nowMs();
    const QList<MockOutput> due = peer->schedule.takeDue(now);
    for (const MockOutput &output : due)
        send(peerId, output);
    peer = findPeer(peerId);
    if (!peer || peer->closing)
        return;
    carryOut(peerId, peer->session->poll(now));
}

void MockServer::carryOut(quint32 peerId, const QList<MockOutput> &outputs)
{
    const qint64 now = nowMs();
    for (const MockOutput &original : outputs) {
        Peer *peer = findPeer(peerId);
        if (!peer || peer->closing)
            return;
        switch (original.kind) {
        case MockOutput::Kind::Send: {
            MockOutput output = original;
            if (output.isResponse) {
                const MockFaultInjector::Decision decision = m_injector.decide(output.method);
                if (decision.drop) {
                    reportFault(peerId, QStringLiteral("drop"), tr("fault injection: the answer was dropped"), output);
                    continue;
                }
                if (decision.malformed) {
                    output.text = MockFaultInjector::malform(output.text);
                    reportFault(peerId, QStringLiteral("malformed"), tr("fault injection: the answer was sent as malformed JSON"), output);
                } else if (decision.oversized) {
                    output.text = MockFaultInjector::pad(output.text, m_injector.faults().oversizedBytes);
                    reportFault(peerId, QStringLiteral("oversized"),
                                tr("fault injection: the answer was padded to %1 bytes").arg(output.text.size()), output);
                }
                output.delayMs += decision.extraDelayMs;
            }
            if (output.delayMs <= 0)
                send(peerId, output);
            else
                peer->schedule.add(now + output.delayMs, output);
            break;
        }
        case MockOutput::Kind::Close:
            closePeer(peerId, original.closeCode, original.reason);
            break;
        case MockOutput::Kind::Cancel: {
            const int removed = peer->schedule.cancel(original.requestKey);
            if (removed > 0) {
                QJsonObject details = original.details;
                details.insert(QStringLiteral("reason"), original.reason);
                details.insert(QStringLiteral("droppedMessages"), removed);
                report(peerId, QStringLiteral("mock-cancelled"),
                       tr("the client cancelled request %1: its answer will not be sent")
                           .arg(JsonRpcId::fromJson(original.details.value(QLatin1String("requestId"))).toDisplayString()),
                       false, details);
            }
            break;
        }
        case MockOutput::Kind::Report:
            report(peerId, original.reportId, original.message, original.warning, original.details);
            break;
        }
    }
    arm(peerId);
}

void MockServer::send(quint32 peerId, const MockOutput &output)
{
    // What answers a request is paced by reading the peer (paused while backpressured); a
    // scheduled notification has no request to pace it and is refused above the mark.
    const bool answer = output.isResponse || !output.requestKey.isEmpty();
    m_server->sendText(peerId, output.text, answer ? Producer::CanWait : Producer::CannotWait);
}

void MockServer::closePeer(quint32 peerId, quint16 code, const QString &reason)
{
    Peer *peer = findPeer(peerId);
    if (!peer || peer->closing)
        return;
    peer->closing = true;
    peer->schedule.clear();
    peer->timer->stop();
    m_server->closePeer(peerId, code, reason);
}

void MockServer::arm(quint32 peerId)
{
    Peer *peer = findPeer(peerId);
    if (!peer || peer->closing)
        return;
    qint64 next = peer->schedule.nextDueMs();
    const qint64 notification = peer->session->nextDueMs();
    if (notification >= 0 && (next < 0 || notification < next))
        next = notification;
    if (next < 0) {
        peer->timer->stop();
        return;
    }
    peer->timer->start(int(qBound(qint64(0), next - nowMs(), qint64(std::numeric_limits<int>::max()))));
}

void MockServer::reportState(quint32 peerId)
{
    Peer *peer = findPeer(peerId);
    if (!peer || peer->session->state() == peer->reportedState)
        return;
    peer->reportedState = peer->session->state();
    Q_EMIT sessionStateChanged(peerId, peer->reportedState);
}

void MockServer::report(quint32 peerId, const QString &id, const QString &message, bool warning, const QJsonObject &details)
{
    Event event = makeEvent(warning ? EventKind::Error : EventKind::Notice, Direction::Local, m_server->connectionId(), peerId);
    event.details = details;
    event.details.insert(warning ? QStringLiteral("error") : QStringLiteral("notice"), id);
    event.details.insert(QStringLiteral("message"), message);
    if (warning)
        event.details.insert(QStringLiteral("level"), QStringLiteral("warning"));
    Q_EMIT eventOccurred(event);
}

void MockServer::reportFault(quint32 peerId, const QString &fault, const QString &message, const MockOutput &output)
{
    QJsonObject details{{QStringLiteral("fault"), fault}};
    if (!output.method.isEmpty())
        details.insert(QStringLiteral("method"), output.method);
    report(peerId, QStringLiteral("mock-fault"), message, false, details);
}

} // namespace Sockscope
