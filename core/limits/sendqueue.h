#pragma once

#include "limitsettings.h"

#include <QByteArray>

#include <deque>

namespace Sockscope {

// Sans-I/O bounded queue of encoded messages waiting for the socket. The bound is a
// high-water mark on all unwritten bytes: the queue's plus what the socket still holds. A
// message larger than the mark is accepted when nothing else is unwritten, so any message the
// peer may receive can be sent; memory stays bounded by the mark or one message, the larger.
class SendQueue final
{
public:
    struct PushResult
    {
        bool accepted = false;
        bool mustClose = false;      // OverflowPolicy::Close and the queue was full
        int droppedMessages = 0;     // OverflowPolicy::DropOldest
        qint64 droppedBytes = 0;
    };

    SendQueue(qint64 highWaterBytes, OverflowPolicy policy);

    // `socketBytes` is what the socket has accepted but not yet sent. Under OverflowPolicy::Wait
    // a producer that can wait is never refused (it pauses on the channel's backpressure).
    PushResult push(QByteArray wire, qint64 socketBytes, Producer producer = Producer::CanWait);
    QByteArray takeFront();
    bool isEmpty() const { return m_items.empty(); }
    qint64 bytes() const { return m_bytes; }
    qsizetype count() const { return qsizetype(m_items.size()); }
    void clear();

private:
    qint64 m_highWater;
    OverflowPolicy m_policy;
    std::deque<QByteArray> m_items;
    qint64 m_bytes = 0;
};

} // namespace Sockscope
