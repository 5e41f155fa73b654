#pragma once

#include "protocol/clienthandshake.h"
#include "protocol/frameparser.h"
#include "protocol/framewriter.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <deque>
#include <memory>

class QTcpSocket;

namespace SockscopeBench {

class LoadClient;

// What a LoadClient reports to the run that owns it.
class LoadClientObserver
{
public:
    virtual ~LoadClientObserver() = default;
    virtual void clientOpened(LoadClient *client) = 0;
    virtual void clientMessage(LoadClient *client, bool isText, const QByteArray &data) = 0;
    // The connection failed or ended before the run stopped it.
    virtual void clientFailed(LoadClient *client, const QString &why) = 0;
};

// One lean WebSocket client for load: the core's Sans-I/O ClientHandshake, FrameParser and
// FrameWriter over a plain QTcpSocket, with none of ClientConnection's events, stats or
// queue, so the load side costs as little as it can. Answers pings; keeps the send times
// of the messages in flight (answers come back in order on one connection).
class LoadClient final : public QObject, private Sockscope::FrameHandler
{
    Q_OBJECT

public:
    LoadClient(int index, LoadClientObserver *observer, QObject *parent = nullptr);
    ~LoadClient() override;
    Q_DISABLE_COPY_MOVE(LoadClient)

    int index() const { return m_index; }
    bool isOpen() const { return m_open; }
    bool wasOpened() const { return m_wasOpened; }
    quint64 pingsAnswered() const { return m_pingsAnswered; }

    void open(const QUrl &url, const QStringList &subprotocols);
    // Encodes and writes one message; `sentAtNs` is queued as its send time.
    void send(bool isText, const QByteArray &payload, qint64 sentAtNs);
    // The send time of the oldest message in flight (and forgets it); -1 when none.
    qint64 takeSendTime();
    int inFlight() const { return int(m_sendTimes.size()); }
    void abort();

    // Per-client state the run keeps (the MCP phase, request ids).
    int phase = 0;
    qint64 nextId = 1;

private:
    void onMessage(bool isText, const QByteArray &data, int frameCount) override;
    void onPing(const QByteArray &payload) override;
    void onPong(const QByteArray &payload) override;
    void onCloseFrame(quint16 code, const QString &reason, qint64 wireSize) override;
    void onProtocolError(quint16 closeCode, const QString &message) override;

    void onConnected();
    void onReadyRead();
    void fail(const QString &why);

    int m_index;
    LoadClientObserver *m_observer;
    QTcpSocket *m_socket;
    QUrl m_url;
    QStringList m_subprotocols;
    std::unique_ptr<Sockscope::ClientHandshake> m_handshake;
    QByteArray m_handshakeBuffer;
    Sockscope::FrameParser m_parser;
    Sockscope::FrameWriter m_writer{true};
    QByteArray m_wire; // reused for every frame written
    std::deque<qint64> m_sendTimes;
    bool m_open = false;
    bool m_wasOpened = false;
    bool m_done = false;
    quint64 m_pingsAnswered = 0;
};

} // namespace SockscopeBench
