#include "stdinreader.h"

#include <QSocketNotifier>
#include <QThread>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

namespace Sockscope {

StdinReader::StdinReader(QObject *parent)
    : QObject(parent)
{
}

StdinReader::~StdinReader()
{
    // A reader thread may sit in a blocking read that never returns; it touches
    // nothing of ours after `finished`, so leave it to the process end.
    if (m_thread && m_thread->isRunning())
        m_thread->setParent(nullptr);
}

void StdinReader::consume(const char *data, qsizetype size)
{
    // Only the new bytes can hold a newline: a long line is scanned once, not once per chunk.
    const qsizetype scanFrom = m_pending.size();
    m_pending.append(data, size);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_pending.indexOf('\n', std::max(start, scanFrom));
        if (newline < 0)
            break;
        qsizetype end = newline;
        if (end > start && m_pending.at(end - 1) == '\r')
            --end;
        Q_EMIT lineRead(m_pending.mid(start, end - start));
        start = newline + 1;
    }
    m_pending.remove(0, start);
}

void StdinReader::end()
{
    m_ended = true;
    if (!m_pending.isEmpty()) {
        Q_EMIT lineRead(m_pending);
        m_pending.clear();
    }
    Q_EMIT finished();
}

void StdinReader::pause()
{
    m_paused = true;
    if (m_notifier)
        m_notifier->setEnabled(false);
}

void StdinReader::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_notifier && !m_ended)
        m_notifier->setEnabled(true);
    if (m_owedCredits > 0) {
        m_credits.release(m_owedCredits);
        m_owedCredits = 0;
    }
}

void StdinReader::start()
{
#ifdef Q_OS_UNIX
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[65536];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got > 0) {
            consume(buffer, qsizetype(got));
            return;
        }
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        m_notifier->setEnabled(false);
        end();
    });
#else
    m_thread = QThread::create([this] {
        char buffer[65536];
        for (;;) {
            m_credits.acquire();
            const size_t got = std::fread(buffer, 1, sizeof buffer, stdin);
            if (got == 0)
                break;
            const QByteArray bytes(buffer, qsizetype(got));
            QMetaObject::invokeMethod(this, [this, bytes] {
                consume(bytes.constData(), bytes.size());
                if (m_paused)
                    ++m_owedCredits;
                else
                    m_credits.release();
            }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this] { end(); }, Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
#endif
}

} // namespace Sockscope
