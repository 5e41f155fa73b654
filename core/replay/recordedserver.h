#pragma once

#include "event/event.h"
#include "replayplan.h"
#include "server/serversettings.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QUrl>
#include <QVector>

#include <deque>

class QTimer;

namespace Sockscope {

class JsonRpcId;
class ServerConnection;

// A recorded server as a test double: answers each client request with the recorded response
// to the same request (method and params; ids, `_meta` and empty `arguments` left out), preceded
// by the messages the recorded server sent before it, with the response's id rewritten to the
// client's. Each message goes out on its own, in recorded order, with the recorded gaps kept
// within [minGapMs, maxGapMs]: a client that handles notifications asynchronously (the MCP SDKs)
// sees progress before the response ends the call. Progress notifications go out only when the
// live request asked for progress, with its token. A request that repeats gets the recorded
// responses in order (then the last again). A request nothing matches gets a JSON-RPC error and
// a `replay-unmatched` warning event. Non-JSON-RPC messages are matched byte for byte.
// docs/REPLAY.md, "Recorded server".
class RecordedServer final : public QObject
{
    Q_OBJECT

public:
    // The plan's steps are the recorded client messages; each step's `expected` holds what the
    // recorded server sent back. Works for a plan built from a client connection or a server peer.
    // The pacing of the messages of one answer: at least one event-loop turn apart, and never
    // slower than maxGapMs however long the recorded server took.
    struct Pacing final
    {
        int minGapMs = 1;
        int maxGapMs = 100;
    };

    RecordedServer(const ReplayPlan &plan, const ServerSettings &settings, QObject *parent = nullptr);
    ~RecordedServer() override;
    Q_DISABLE_COPY_MOVE(RecordedServer)

    QString errorString() const { return m_error; }
    bool start();   // false + errorString
    void stop();
    QUrl url() const;
    ServerConnection *server() const { return m_server; }

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);

private:
    struct Entry final
    {
        int step = 0;                 // index into the plan's steps
        bool jsonRpc = false;         // a JSON-RPC request or notification
        bool request = false;
        QString method;
        QJsonValue params;            // as matched: without _meta (and initialize's client details)
        QJsonValue progressToken;     // the recorded request's params._meta.progressToken
        bool text = true;
        QByteArray payload;           // anything else: matched byte for byte
    };

    void onEvent(const Event &event);
    void onMessage(quint32 peerId, const QByteArray &data, bool isText);
    void onPeerClosed(quint32 peerId);
    // The entries that match, in recorded order.
    QVector<int> candidates(bool request, const QString &method, const QJsonValue &params) const;
    int pick(quint32 peerId, const QVector<int> &matches);
    void answer(quint32 peerId, const Entry &entry, const JsonRpcId *clientId, const QJsonValue &clientToken);
    void warn(quint32 peerId, const QString &message, const QJsonObject &details);
    // Queues a message for the peer, `gapNs` after the one queued before it (recorded gap).
    void enqueue(quint32 peerId, const QByteArray &payload, bool text, qint64 gapNs);
    void sendDue();

    struct Outgoing final
    {
        QByteArray payload;
        bool text = true;
        qint64 dueNs = 0;
    };

    ReplayPlan m_plan;
    QVector<Entry> m_entries;
    ServerConnection *m_server;
    QString m_error;
    QHash<quint32, QHash<int, int>> m_uses; // peer -> first matching entry -> answers given
    Pacing m_pacing;
    QHash<quint32, std::deque<Outgoing>> m_outgoing; // per peer, in sending order
    QTimer *m_pacer;
};

} // namespace Sockscope
