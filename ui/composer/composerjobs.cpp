// Composer, the bulk jobs (Send Repeatedly, Send File, Send All Saved): started through the
// BulkSender, shown in the status line while they run, their outcome kept there after.
#include "composer.h"

#include "bulksendbutton.h"

#include "editor/codeeditor.h"

#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace Sockscope {

bool Composer::sendRepeatedly(qint64 count, int intervalMs)
{
    QString problem;
    if (m_bulk->startRepeat(text(), int(format()), count, intervalMs, target(), &problem)) {
        addToHistory();
        return true;
    }
    return refuseJob(problem);
}

bool Composer::sendFile(const QString &path, FileSource::Mode mode, FileSource::Content content, int intervalMs)
{
    QString problem;
    return m_bulk->startFile(path, mode, content, intervalMs, target(), &problem) || refuseJob(problem);
}

bool Composer::sendAllSaved()
{
    QString problem;
    return m_bulk->startAllSaved(target(), &problem) || refuseJob(problem);
}

bool Composer::refuseJob(const QString &problem)
{
    setStatus(problem, true);
    m_showingOutcome = true;
    return false;
}

void Composer::stopJob()
{
    m_bulk->stop();
}

void Composer::onJobStarted()
{
    updateSendEnabled();
    m_stopButton->show();
    m_stopShortcut->setEnabled(true);
    m_jobTimer->start();
    showJobProgress();
}

void Composer::showJobProgress()
{
    if (!isJobRunning())
        return;
    setStatus(m_bulk->progressText());
    m_showingOutcome = true;
}

void Composer::onJobFinished()
{
    m_jobTimer->stop();
    m_stopShortcut->setEnabled(false);
    // Keep the keyboard in the composer when Stop had it.
    if (m_stopButton->hasFocus())
        m_editor->setFocus();
    m_stopButton->hide();
    updateSendEnabled();
    bool problem = false;
    const QString outcome = m_bulk->outcomeText(&problem);
    setStatus(outcome, problem);
    m_showingOutcome = true;
}

} // namespace Sockscope
