#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace Sockscope {

class SendJobSink;
class SendJobSource;

// Sends many messages from a source to a sink, as fast as the socket takes them or at an
// interval, and honours backpressure: while the sink is backpressured it sends nothing and
// goes on at the sink's backpressureEnded(), so under OverflowPolicy::Wait nothing is
// refused, the order is kept and memory stays at the send queue's mark plus one message.
// It sends for at most sliceNs per event-loop pass, so the window keeps repainting. Qt Core
// only: tested with a fake sink.
class SendJob final : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8 { Idle, Sending, Waiting, Finished };
    enum class Outcome : quint8 {
        None,            // not finished
        Completed,       // every message went
        Stopped,         // stop()
        Ended,           // the sink has nobody left (the connection closed, the peers left)
        Refused,         // the sink refused a message
        SourceFailed,    // the source could not go on (a line that is not hex)
    };

    // Sending time per event-loop pass: the rest of the pass paints and reads the sockets.
    static constexpr qint64 kDefaultSliceNs = 5 * 1000 * 1000;

    // Takes both. `intervalMs` 0 sends as fast as the sink takes them; more sends one
    // message per interval.
    SendJob(std::unique_ptr<SendJobSource> source, std::unique_ptr<SendJobSink> sink, int intervalMs,
            QObject *parent = nullptr);
    ~SendJob() override;

    // Starts from the event loop (the first message goes in the next pass).
    void start();
    void stop();
    void setSliceNs(qint64 ns) { m_sliceNs = ns; }

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Sending || m_state == State::Waiting; }
    bool isWaiting() const { return m_state == State::Waiting; }
    Outcome outcome() const { return m_outcome; }
    // Why it ended, for Ended, Refused and SourceFailed.
    QString problem() const { return m_problem; }
    qint64 sent() const { return m_sent; }
    // Messages in all, -1 while unknown.
    qint64 total() const;
    int permille() const;
    qint64 unsentBytes() const;
    // Times the job started waiting for the socket.
    int pauses() const { return m_pauses; }
    // From start() to the last message handed over (or to now while running).
    qint64 elapsedNs() const;
    const SendJobSource *source() const { return m_source.get(); }
    const SendJobSink *sink() const { return m_sink.get(); }

Q_SIGNALS:
    void waitingChanged(bool waiting);
    void finished();

private:
    // Sends messages from the source until its time slice ends, the sink is backpressured or
    // the interval asks for a pause.
    void sendSlice();
    void setWaiting(bool waiting);
    void finish(Outcome outcome, const QString &problem = {});

    std::unique_ptr<SendJobSource> m_source;
    std::unique_ptr<SendJobSink> m_sink;
    QTimer *m_timer;
    int m_intervalMs;
    qint64 m_sliceNs = kDefaultSliceNs;
    State m_state = State::Idle;
    Outcome m_outcome = Outcome::None;
    QString m_problem;
    qint64 m_sent = 0;
    int m_pauses = 0;
    qint64 m_startNs = 0;
    qint64 m_lastSentNs = 0;
};

} // namespace Sockscope
