#pragma once

#include "event/event.h"

#include <QtGlobal>

namespace Sockscope {

// What a full send queue does with the next message. Every choice is reported.
enum class OverflowPolicy : quint8 {
    Reject,     // refuse the new message with an error event
    DropOldest, // drop queued messages, oldest first, until the new one fits
    Close,      // close the connection with 1008
    // Backpressure: what produces the messages (standard input, scripts, the composer, a
    // replay, the answers to a peer's messages) pauses above the mark and resumes below the
    // low-water mark; nothing is refused. What cannot pause (a broadcast, scheduled
    // notifications) is refused above the mark as with Reject.
    Wait,
};

// Whether the producer of a message can pause when the connection is backpressured.
enum class Producer : quint8 {
    CanWait,    // pauses while isBackpressured(); under Wait its messages are never refused
    CannotWait, // a broadcast, a scheduled notification: under Wait refused above the mark
};

// Size limits and backpressure for one connection (client or server peer).
struct LimitSettings final
{
    // Larger incoming messages close the connection with 1009. 0 = no limit.
    qint64 maxIncomingMessageBytes = 16 * 1024 * 1024;
    // Outgoing messages larger than this go out as several frames. 0 = never fragment.
    qint64 outgoingFrameBytes = 1024 * 1024;
    // High-water mark on bytes accepted for sending but not yet written to the network.
    qint64 sendQueueBytes = 16 * 1024 * 1024;
    OverflowPolicy overflowPolicy = OverflowPolicy::Wait;
    // Bytes handed to the operating system's socket at once; the rest waits in the
    // bounded send queue, where the overflow policy can see it.
    qint64 socketBufferBytes = 256 * 1024;

    // Bytes read from one connection per event-loop pass, and the most its socket buffers
    // ahead of the parser: a peer that floods cannot keep the other connections waiting
    // (each gets its turn after this much), and TCP flow control slows the flood down
    // instead of memory filling up. Not a setting: it bounds the work per pass, not a size.
    static constexpr qint64 kReadChunkBytes = 64 * 1024;

    // Under OverflowPolicy::Wait a paused producer resumes once the unwritten bytes fall to
    // this share of the mark: half, so a producer wakes once per half a queue rather than per
    // message. Not a setting: it trades wake-ups against burstiness, not a size anyone picks.
    static constexpr int kLowWaterPercent = 50;
    qint64 lowWaterBytes() const { return sendQueueBytes / 100 * kLowWaterPercent; }
};

// OverflowPolicy::Wait: a connection posts a Notice with this id when backpressure starts
// (details "waiting": true) and when it ends ("waiting": false).
QString backpressureNoticeId();
bool isBackpressureNotice(const Event &event);

QString overflowPolicyName(OverflowPolicy policy);
bool overflowPolicyFromName(const QString &name, OverflowPolicy *policy);

} // namespace Sockscope
