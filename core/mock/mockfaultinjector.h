#pragma once

#include "mockfaults.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace Sockscope {

// Decides, answer by answer, which of the configured faults strike, and damages messages
// accordingly. Sans-I/O; the random draws come from a seedable generator, so a run with a
// seed repeats exactly.
class MockFaultInjector final
{
public:
    struct Decision
    {
        int extraDelayMs = 0;
        bool drop = false;
        bool malformed = false;
        bool oversized = false;
    };

    explicit MockFaultInjector(const MockFaults &faults = {});

    const MockFaults &faults() const { return m_faults; }
    // Takes effect for the next answer; a non-zero seed restarts the random sequence.
    void setFaults(const MockFaults &faults);

    // What happens to one answer to `method`. A dropped answer is neither cut nor padded.
    Decision decide(const QString &method);

    // The message cut in half (on a UTF-8 character boundary): never valid JSON.
    static QByteArray malform(const QByteArray &message);
    // The message grown to at least `size` bytes and still valid JSON-RPC: the padding goes
    // into result._meta (or error.data) as "sockscope/padding".
    static QByteArray pad(const QByteArray &message, qint64 size);

private:
    bool strikes(double rate);

    MockFaults m_faults;
    QRandomGenerator m_random;
};

} // namespace Sockscope
