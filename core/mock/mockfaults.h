#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sockscope {

// Faults the mock server injects on purpose, set in the configuration file, on the command
// line, or at run time (MockServer::setFaults). Everything off by default. Latency, drops,
// malformed and oversized messages apply to responses (results and errors) to the methods
// in `methods` (all when empty); the close and the ping faults to the whole connection.
struct MockFaults final
{
    int latencyMinMs = 0;            // added to every answer, drawn from [min, max]
    int latencyMaxMs = 0;            // equal to latencyMinMs: a fixed latency
    double dropRate = 0;             // share of answers never sent, 0 to 1
    double malformedRate = 0;        // share sent as malformed JSON (cut in half)
    double oversizedRate = 0;        // share padded to oversizedBytes
    qint64 oversizedBytes = 1048577; // one byte over 1 MiB, the MCP Python SDK's limit
    int closeAfterMessages = 0;      // close after this many messages from the client; 0 = never
    quint16 closeCode = 1011;
    QString closeReason = QStringLiteral("mock fault: close after messages");
    bool ignorePings = false;        // stop answering RFC 6455 pings
    QStringList methods;             // answers to these methods only; empty = every method
    quint64 seed = 0;                // of the random draws; 0 = different each run

    bool appliesTo(const QString &method) const { return methods.isEmpty() || methods.contains(method); }
    bool hasLatency() const { return latencyMaxMs > 0; }
    bool isActive() const;
    // The faults as the configuration file writes them ("faults": {...}), defaults left out.
    QJsonObject toJson() const;
};

} // namespace Sockscope
