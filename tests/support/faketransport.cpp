#include "faketransport.h"

#include "event/eventsink.h"
#include "protocol/closecode.h"

#include <QJsonDocument>

using namespace Sockscope;

namespace SockscopeTest {

FakeTransport::FakeTransport(QObject *parent)
    : MessageTransport(parent),
      m_connectionId(nextConnectionId())
{
}

void FakeTransport::open()
{
    if (m_state == ConnectionState::Connecting || m_state == ConnectionState::Open
        || m_state == ConnectionState::Closing)
        return;
    ++m_openCount;
    setState(ConnectionState::Connecting);
}

void FakeTransport::close(quint16 code, const QString &reason)
{
    m_closes.append({code, reason});
    switch (m_state) {
    case ConnectionState::Open:
        postClose(Direction::Out, code, reason, QStringLiteral("local"));
        postClose(Direction::In, code, reason, QStringLiteral("local")); // the server's answer
        ended(true);
        break;
    case ConnectionState::Connecting:
        postError(QStringLiteral("cancelled"), QStringLiteral("connection attempt cancelled"));
        ended(true);
        break;
    case ConnectionState::WaitingToReconnect:
        ended(true);
        break;
    default:
        break;
    }
}

bool FakeTransport::sendText(const QByteArray &utf8, Producer producer)
{
    Q_UNUSED(producer)
    return send(utf8, true);
}

bool FakeTransport::sendBinary(const QByteArray &data, Producer producer)
{
    Q_UNUSED(producer)
    return send(data, false);
}

QList<QJsonObject> FakeTransport::sentJson() const
{
    QList<QJsonObject> messages;
    for (const Sent &sent : m_sent) {
        if (sent.isText)
            messages.append(QJsonDocument::fromJson(sent.data).object());
    }
    return messages;
}

QStringList FakeTransport::sentMethods() const
{
    QStringList methods;
    for (const QJsonObject &message : sentJson())
        methods.append(message.value(QStringLiteral("method")).toString());
    return methods;
}

QJsonObject FakeTransport::lastSentJson() const
{
    const QList<QJsonObject> messages = sentJson();
    return messages.isEmpty() ? QJsonObject() : messages.last();
}

void FakeTransport::accept()
{
    if (m_state != ConnectionState::Connecting && m_state != ConnectionState::WaitingToReconnect) {
        qWarning("FakeTransport::accept() while %s", qPrintable(connectionStateName(m_state)));
        return;
    }
    setState(ConnectionState::Connecting);
    post(makeEvent(EventKind::Open, Direction::In, m_connectionId));
    setState(ConnectionState::Open);
    Q_EMIT opened();
}

void FakeTransport::refuse(const QString &message)
{
    if (m_state != ConnectionState::Connecting) {
        qWarning("FakeTransport::refuse() while %s", qPrintable(connectionStateName(m_state)));
        return;
    }
    postError(QStringLiteral("connection-refused"), message);
    ended(false);
}

void FakeTransport::receiveText(const QByteArray &text)
{
    receive(text, true);
}

void FakeTransport::receiveJson(const QJsonObject &message)
{
    receive(QJsonDocument(message).toJson(QJsonDocument::Compact), true);
}

void FakeTransport::receiveBinary(const QByteArray &data)
{
    receive(data, false);
}

void FakeTransport::closeFromServer(quint16 code, const QString &reason)
{
    if (m_state != ConnectionState::Open) {
        qWarning("FakeTransport::closeFromServer() while %s", qPrintable(connectionStateName(m_state)));
        return;
    }
    postClose(Direction::In, code, reason, QStringLiteral("remote"));
    postClose(Direction::Out, code, QString(), QStringLiteral("remote")); // our answer
    ended(false);
}

void FakeTransport::drop(const QString &why)
{
    if (m_state != ConnectionState::Open && m_state != ConnectionState::Closing) {
        qWarning("FakeTransport::drop() while %s", qPrintable(connectionStateName(m_state)));
        return;
    }
    postClose(Direction::Local, CloseCode::Abnormal, why, QStringLiteral("none"));
    ended(false);
}

void FakeTransport::setBackpressured(bool waiting)
{
    if (waiting == m_backpressured)
        return;
    m_backpressured = waiting;
    Q_EMIT backpressureChanged(waiting);
}

void FakeTransport::setState(ConnectionState state)
{
    if (state == m_state)
        return;
    Event event = makeEvent(EventKind::StateChange, Direction::Local, m_connectionId);
    event.details.insert(QStringLiteral("from"), connectionStateName(m_state));
    event.details.insert(QStringLiteral("to"), connectionStateName(state));
    m_state = state;
    Q_EMIT eventOccurred(event);
    Q_EMIT stateChanged(state);
}

void FakeTransport::post(Event event)
{
    // As ClientConnection: a close while open makes it Closing, after the close's event.
    const bool closing = event.kind == EventKind::Close && m_state == ConnectionState::Open;
    Q_EMIT eventOccurred(event);
    if (closing)
        setState(ConnectionState::Closing);
}

void FakeTransport::postError(const QString &id, const QString &message)
{
    Event event = makeEvent(EventKind::Error, Direction::Local, m_connectionId);
    event.details.insert(QStringLiteral("error"), id);
    event.details.insert(QStringLiteral("message"), message);
    post(std::move(event));
}

void FakeTransport::postClose(Direction direction, quint16 code, const QString &reason, const QString &closedBy)
{
    Event event = makeEvent(EventKind::Close, direction, m_connectionId);
    event.payload = reason.toUtf8();
    event.details.insert(QStringLiteral("code"), code);
    event.details.insert(QStringLiteral("reason"), reason);
    event.details.insert(QStringLiteral("closedBy"), closedBy);
    post(std::move(event));
}

bool FakeTransport::send(const QByteArray &data, bool isText)
{
    if (m_state != ConnectionState::Open) {
        postError(QStringLiteral("not-open"), QStringLiteral("cannot send: the connection is not open"));
        return false;
    }
    if (m_refusesSends) {
        postError(QStringLiteral("queue-full"), QStringLiteral("send queue full: message not sent"));
        return false;
    }
    Event event = makeEvent(isText ? EventKind::Text : EventKind::Binary, Direction::Out, m_connectionId);
    event.payload = data;
    event.size = data.size();
    m_sent.append({data, isText});
    post(std::move(event));
    return true;
}

void FakeTransport::receive(const QByteArray &data, bool isText)
{
    if (m_state != ConnectionState::Open && m_state != ConnectionState::Closing) {
        qWarning("FakeTransport: a message received while %s", qPrintable(connectionStateName(m_state)));
        return;
    }
    Event event = makeEvent(isText ? EventKind::Text : EventKind::Binary, Direction::In, m_connectionId);
    event.payload = data;
    event.size = data.size();
    post(std::move(event));
    Q_EMIT messageReceived(data, isText);
}

void FakeTransport::ended(bool byUser)
{
    // As when a Channel finishes: nothing is left to wait for.
    m_backpressured = false;
    setState(ConnectionState::Closed);
    if (m_reconnects && !byUser)
        setState(ConnectionState::WaitingToReconnect);
    else
        Q_EMIT finished();
}

} // namespace SockscopeTest
