#pragma once

#include <QByteArray>
#include <QObject>
#include <QSemaphore>

class QSocketNotifier;
class QThread;

namespace Sockscope {

// Reads standard input line by line without blocking the event loop: a socket
// notifier on Unix (terminals, pipes and files alike), a reader thread elsewhere.
// pause() stops reading after the current chunk, so what writes into the pipe blocks
// (backpressure all the way to the producer); resume() reads on.
class StdinReader final : public QObject
{
    Q_OBJECT

public:
    explicit StdinReader(QObject *parent = nullptr);
    ~StdinReader() override;
    void start();
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

Q_SIGNALS:
    void lineRead(const QByteArray &line);
    void finished();

private:
    void consume(const char *data, qsizetype size);
    void end();

    QByteArray m_pending;
    QThread *m_thread = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    bool m_paused = false;
    bool m_ended = false;
    // The reader thread (not on Unix) reads one chunk per credit; a paused reader withholds
    // the credit for the chunk just consumed.
    QSemaphore m_credits{kChunksAhead};
    int m_owedCredits = 0;
    static constexpr int kChunksAhead = 2;
};

} // namespace Sockscope
