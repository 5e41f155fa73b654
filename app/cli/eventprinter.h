#pragma once

#include "event/event.h"

class QCommandLineParser;

#include <QCoreApplication>
#include <QObject>

#include <cstdio>
#include <memory>

namespace Sockscope {

class JsonRpcPairing;

// Writes events as JSON lines to a stream, flushing once per event-loop pass rather
// than per line so floods stay cheap while scripts still see each line promptly.
class EventPrinter final : public QObject
{
    Q_OBJECT

public:
    explicit EventPrinter(FILE *stream = stdout, QObject *parent = nullptr);
    ~EventPrinter() override;

    // --max-print BYTES, shared by the commands that print events.
    static void addOptionTo(QCommandLineParser *parser);
    bool readOption(const QCommandLineParser &parser, QString *error);
    // Payloads longer than this print cut (whole UTF-8 characters) with "truncated": true;
    // "size" keeps the full size. 0 = print whole payloads. Messages themselves are never cut.
    void setMaxPayloadBytes(qint64 bytes) { m_maxPayloadBytes = bytes; }

    // Pair JSON-RPC in the printed messages (connect, serve, mock): each text message judged
    // by JSON-RPC rules carries "rpc": {kind, method, id, latencyMs, ...}, a response its
    // request's method and latency, per connection and per server peer (JsonRpcPairing).
    void setJsonRpcPairing(bool on);
    // Requests pending at once per connection or peer that the printed lines pair.
    static constexpr int kMaxPendingPaired = 10000;

    void print(const Event &event);
    void printLine(const QByteArray &line);
    void flush();

private:
    Event annotated(const Event &event);

    FILE *m_stream;
    std::unique_ptr<JsonRpcPairing> m_pairing;
    qint64 m_maxPayloadBytes = 0;
    bool m_flushPending = false;
};

} // namespace Sockscope
