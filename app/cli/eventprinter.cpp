#include "eventprinter.h"

#include "event/eventjson.h"

#include <QTimer>

namespace Sockscope {

EventPrinter::EventPrinter(FILE *stream, QObject *parent)
    : QObject(parent), m_stream(stream)
{
}

EventPrinter::~EventPrinter()
{
    flush();
}

void EventPrinter::print(const Event &event)
{
    printLine(eventToJsonLine(event));
}

void EventPrinter::printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), m_stream);
    std::fputc('\n', m_stream);
    if (!m_flushPending) {
        m_flushPending = true;
        QTimer::singleShot(0, this, &EventPrinter::flush);
    }
}

void EventPrinter::flush()
{
    m_flushPending = false;
    std::fflush(m_stream);
}

} // namespace Sockscope
