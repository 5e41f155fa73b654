#pragma once

#include "event/event.h"

#include <QObject>

#include <cstdio>

namespace Sockscope {

// Writes events as JSON lines to a stream, flushing once per event-loop pass rather
// than per line so floods stay cheap while scripts still see each line promptly.
class EventPrinter final : public QObject
{
    Q_OBJECT

public:
    explicit EventPrinter(FILE *stream = stdout, QObject *parent = nullptr);
    ~EventPrinter() override;

    void print(const Event &event);
    void printLine(const QByteArray &line);
    void flush();

private:
    FILE *m_stream;
    bool m_flushPending = false;
};

} // namespace Sockscope
