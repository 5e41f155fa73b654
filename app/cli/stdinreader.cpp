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
    if (!m_pending.isEmpty()) {
        Q_EMIT lineRead(m_pending);
        m_pending.clear();
    }
    Q_EMIT finished();
}

void StdinReader::start()
{
#ifdef Q_OS_UNIX
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
        char buffer[65536];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got > 0) {
            consume(buffer, qsizetype(got));
            return;
        }
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        notifier->setEnabled(false);
        end();
    });
#else
    m_thread = QThread::create([this] {
        char buffer[65536];
        size_t got = 0;
        while ((got = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
            const QByteArray bytes(buffer, qsizetype(got));
            QMetaObject::invokeMethod(this, [this, bytes] { consume(bytes.constData(), bytes.size()); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this] { end(); }, Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
#endif
}

} // namespace Sockscope
