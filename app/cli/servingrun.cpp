#include "servingrun.h"

#include "event/eventdetails.h"

#include "eventprinter.h"
#include "exitcode.h"
#include "commandrecording.h"
#include "signalwatcher.h"

#include "limits/limitsettings.h"

#include <QCoreApplication>

namespace Sockscope {

ServingRun::ServingRun(EventPrinter *printer, CommandRecording *recording, bool quiet, QObject *parent)
    : QObject(parent), m_printer(printer), m_recording(recording), m_quiet(quiet)
{
}

void ServingRun::onEvent(const Event &event)
{
    if (!m_urlPrinted && event.kind == EventKind::StateChange) {
        m_urlPrinted = true;
        const QString url = EventDetails::url(event);
        m_printer->printLine(url.toUtf8());
        m_recording->setConnectionUrl(event.connectionId, url);
    }
    m_recording->record(event);
    if (!m_quiet || event.kind == EventKind::Error || event.kind == EventKind::Refused || isBackpressureNotice(event))
        m_printer->print(event);
}

void ServingRun::onStopped()
{
    m_printer->flush();
    QCoreApplication::exit(ExitCode::Ok);
}

int ServingRun::exec(const std::function<bool()> &listen, const std::function<void()> &stop)
{
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, stop);
    if (!listen()) {
        m_printer->flush();
        m_recording->finish();
        return ExitCode::BadSettings;
    }
    m_printer->flush();
    const int exitCode = QCoreApplication::exec();
    if (!m_recording->finish() && exitCode == ExitCode::Ok)
        return ExitCode::SessionFile;
    return exitCode;
}

} // namespace Sockscope
