#pragma once

#include "event/event.h"

#include <QObject>

#include <functional>

namespace Sockscope {

class EventPrinter;
class CommandRecording;

// What `serve` and `mock` do once their server is built: the URL alone on the first line (so
// `--port 0` is usable from scripts), every event recorded and printed (with --quiet only errors,
// refusals and backpressure), Ctrl+C or SIGTERM stopping the server, and the exit code.
class ServingRun final : public QObject
{
    Q_OBJECT

public:
    ServingRun(EventPrinter *printer, CommandRecording *recording, bool quiet, QObject *parent = nullptr);

    // Connect the server's eventOccurred and stopped signals here.
    void onEvent(const Event &event);
    void onStopped();
    // Listens (exit 2 when it cannot), runs until the server stops, finishes the recording.
    int exec(const std::function<bool()> &listen, const std::function<void()> &stop);

private:
    EventPrinter *m_printer;
    CommandRecording *m_recording;
    bool m_quiet;
    bool m_urlPrinted = false;
};

} // namespace Sockscope
