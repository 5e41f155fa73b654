#pragma once

#include <QByteArray>
#include <QObject>

class QThread;

namespace Sockscope {

// Reads standard input line by line without blocking the event loop: a socket
// notifier on Unix (terminals, pipes and files alike), a reader thread elsewhere.
class StdinReader final : public QObject
{
    Q_OBJECT

public:
    explicit StdinReader(QObject *parent = nullptr);
    ~StdinReader() override;
    void start();

Q_SIGNALS:
    void lineRead(const QByteArray &line);
    void finished();

private:
    void consume(const char *data, qsizetype size);
    void end();

    QByteArray m_pending;
    QThread *m_thread = nullptr;
};

} // namespace Sockscope
