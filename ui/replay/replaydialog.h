#pragma once

#include "replay/replayplan.h"
#include "replay/replayreport.h"
#include "session/sessionloader.h"

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;

namespace Sockscope {

class ReplayOptionsWidget;
class ReplayResultsModel;
class ReplayRunner;
class ReplayStepDetail;
struct ReplayStepResult;

// Replays a session file from the app, as `sockscope replay` does: the options on the left
// (target, conversation, timing, ignore paths, assertions, from the file's header), Run and
// Stop, the steps filling in live on the right (PASS or FAIL, latency), the selected step's
// outcome below them (for a failure the differences and both messages side by side), and
// Export JUnit once a run has finished. The edited replay settings and assertions can be
// saved into a session file. Not modal: the session stays readable while it runs.
class ReplayDialog final : public QDialog
{
    Q_OBJECT

public:
    // `session`: loaded with ReplaySetup::keepEvent (or whole).
    ReplayDialog(const QString &path, const LoadedSession &session, QWidget *parent = nullptr);
    ~ReplayDialog() override;

    QString path() const { return m_path; }
    ReplayOptionsWidget *options() const { return m_options; }
    ReplayResultsModel *results() const { return m_results; }
    ReplayStepDetail *detail() const { return m_detail; }
    QTreeView *resultsView() const { return m_view; }
    void setUrlHistory(const QStringList &urls);

    bool isRunning() const { return m_runner != nullptr; }
    bool hasReport() const { return m_hasReport; }
    const ReplayReport &report() const { return m_report; }

    // Checks the options and starts a run; false (the reason in the message line) when it
    // cannot start.
    bool run();
    // Fails the steps left ("the replay was aborted"); runFinished() follows.
    void stop();
    bool exportJUnit(const QString &path, QString *error);
    // Writes the replay settings and assertions into the header of a copy of this session at
    // `path` (this file's path to update it in place); the events stay as they are.
    bool saveToSession(const QString &path, QString *error);

    QString summaryText() const;
    QString messageText() const;

Q_SIGNALS:
    void runFinished(const Sockscope::ReplayReport &report);

protected:
    void reject() override;

private:
    // The constructor's parts.
    void setUpResultsView();
    void setUpButtons();
    void layOut();
    // What the file says: its replay settings and assertions, else the defaults (and why).
    void applySessionSettings();
    void onConversationChanged(int index);
    void onStepFinished(const ReplayStepResult &result);
    void onFinished(const ReplayReport &report);
    void onEvent(const Event &event);
    void showCurrentStep();
    void chooseJUnitFile();
    void chooseSessionFile();
    void showMessage(const QString &text, bool problem);
    // The plan's warnings, in amber: the run can go ahead.
    void showWarning(const QStringList &warnings);
    void updateSummary();
    void updateButtons();
    QString secretsNote(int conversation) const;

    QString m_path;
    LoadedSession m_session;
    ReplayPlan m_plan;            // of the chosen conversation
    QString m_planError;
    ReplayOptionsWidget *m_options;
    ReplayResultsModel *m_results;
    QTreeView *m_view;
    ReplayStepDetail *m_detail;
    QSplitter *m_splitter;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_run;
    QPushButton *m_stop;
    QPushButton *m_export;
    QPushButton *m_save;
    QPushButton *m_close;
    ReplayRunner *m_runner = nullptr;
    ReplayReport m_report;
    bool m_hasReport = false;
    bool m_stopping = false;
    bool m_opened = false;        // the replay connection opened in this run
    bool m_showsWarning = false;  // the message line holds the plan's warnings
    QString m_lastError;          // the replay connection's last error, for "could not connect"
    QString m_target;             // the URL of the run
};

} // namespace Sockscope
