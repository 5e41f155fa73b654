// Channel, the heartbeat: probes on the policy's timer (ping frames or an application-level
// message), answers recognised, misses reported; see core/heartbeat/heartbeatpolicy.h.
#include "channel.h"

#include "common/monotonicclock.h"
#include "protocol/closecode.h"
#include "stats/connectionstats.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

namespace Sockscope {

namespace {

QByteArray tokenPayload(quint64 token)
{
    QByteArray payload(8, Qt::Uninitialized);
    qToBigEndian<quint64>(token, payload.data());
    return payload;
}

} // namespace

void Channel::armHeartbeat()
{
    const qint64 deadline = m_heartbeat.nextDeadlineNs();
    if (deadline < 0) {
        m_heartbeatTimer->stop();
        return;
    }
    const qint64 waitNs = qMax<qint64>(0, deadline - MonotonicClock::nowNs());
    m_heartbeatTimer->start(int((waitNs + 999999) / 1000000));
}

void Channel::onHeartbeatTimer()
{
    if (m_state != State::Open)
        return;
    for (;;) {
        const HeartbeatPolicy::Action action = m_heartbeat.poll(MonotonicClock::nowNs());
        if (action == HeartbeatPolicy::Action::None)
            break;
        if (action == HeartbeatPolicy::Action::SendProbe) {
            sendHeartbeatProbe();
            continue;
        }
        const HeartbeatSettings &hb = m_options.heartbeat;
        HeartbeatMissOutcome outcome = hb.onMiss;
        if (outcome == HeartbeatMissOutcome::Reconnect && m_options.role == Role::Server)
            outcome = HeartbeatMissOutcome::Close; // a server cannot reconnect to its peer
        Event event = makeEvent(EventKind::HeartbeatMiss, Direction::Local, m_options.connectionId, m_options.peerId);
        event.details.insert(QStringLiteral("heartbeat"), heartbeatKindName(hb.kind));
        event.details.insert(QStringLiteral("timeoutMs"), hb.timeoutMs);
        event.details.insert(QStringLiteral("outcome"), heartbeatMissOutcomeName(outcome));
        event.details.insert(QStringLiteral("misses"), m_heartbeat.misses());
        post(std::move(event));
        if (outcome == HeartbeatMissOutcome::Close) {
            sendClose(CloseCode::InternalError, QStringLiteral("heartbeat timeout"), true, QStringLiteral("local"));
            return;
        }
        if (outcome == HeartbeatMissOutcome::Reconnect) {
            Q_EMIT heartbeatReconnectRequested();
            return;
        }
    }
    armHeartbeat();
}

void Channel::sendHeartbeatProbe()
{
    const HeartbeatSettings &hb = m_options.heartbeat;
    const quint64 token = m_heartbeat.probeToken();
    switch (hb.kind) {
    case HeartbeatKind::Rfc:
        writeControl(OpCode::Ping, tokenPayload(token));
        break;
    case HeartbeatKind::Mcp:
        sendText("{\"jsonrpc\":\"2.0\",\"id\":\"" + m_mcpPingIdPrefix + QByteArray::number(token)
                 + "\",\"method\":\"ping\"}");
        break;
    case HeartbeatKind::App:
        if (hb.appBinary)
            sendBinary(hb.appPing);
        else
            sendText(hb.appPing);
        break;
    case HeartbeatKind::Off:
        return;
    }
    m_heartbeat.probeSent(MonotonicClock::nowNs());
}

bool Channel::isHeartbeatAnswer(const QByteArray &data, bool isText) const
{
    const HeartbeatSettings &hb = m_options.heartbeat;
    switch (hb.kind) {
    case HeartbeatKind::Mcp:
        return isText && data.contains(m_mcpPingIdPrefix);
    case HeartbeatKind::App:
        return isText == !hb.appBinary && data == hb.appPong;
    default:
        return false;
    }
}

void Channel::heartbeatAnswered(Event &event)
{
    std::optional<quint64> token;
    const HeartbeatKind kind = m_options.heartbeat.kind;
    if (kind == HeartbeatKind::Rfc) {
        token = qFromBigEndian<quint64>(event.payload.constData());
    } else if (kind == HeartbeatKind::Mcp) {
        const QJsonObject reply = QJsonDocument::fromJson(event.payload).object();
        const QString id = reply.value(QStringLiteral("id")).toString();
        if (!id.startsWith(QString::fromLatin1(m_mcpPingIdPrefix))
            || !(reply.contains(QStringLiteral("result")) || reply.contains(QStringLiteral("error"))))
            return;
        bool ok = false;
        token = id.mid(m_mcpPingIdPrefix.size()).toULongLong(&ok);
        if (!ok)
            return;
    }
    const std::optional<qint64> rtt = m_heartbeat.answerReceived(MonotonicClock::nowNs(), token);
    if (!rtt)
        return;
    m_stats->addRtt(*rtt);
    event.details.insert(QStringLiteral("rttNs"), double(*rtt));
    armHeartbeat();
}

} // namespace Sockscope
