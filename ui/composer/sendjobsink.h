#pragma once

#include <QObject>

namespace Sockscope {

// Where a SendJob's messages go: a client connection, or the target peers of a server. It
// says when the job must wait (backpressure, OverflowPolicy::Wait), when it may go on, and
// when there is nobody left to send to. The documents make one per job.
class SendJobSink : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // While true the job sends nothing; it goes on at backpressureEnded().
    virtual bool isBackpressured() const = 0;
    // Bytes accepted and not yet written to the network (over every target peer).
    virtual qint64 unsentBytes() const = 0;
    // The largest message the job may make (a whole file), 0 for no limit.
    virtual qint64 maxMessageBytes() const = 0;
    // One message, as a producer that can wait (Producer::CanWait). False with `problem`
    // (for people) when it was not taken.
    virtual bool send(const QByteArray &data, bool isText, QString *problem) = 0;
    // Something the job's last line should say besides how many went (a target peer that
    // left while others stayed); empty when nothing.
    virtual QString note() const { return {}; }

Q_SIGNALS:
    void backpressureEnded();
    // Nothing is left to send to (the connection closed, every target peer left); `why`
    // is for people.
    void ended(const QString &why);
};

} // namespace Sockscope
