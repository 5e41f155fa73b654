#pragma once

#include "replay/replayreport.h"
#include "replay/replaystepresult.h"

#include <QMap>
#include <QObject>
#include <QStringList>

class QCommandLineParser;

namespace Sockscope {

class EventPrinter;
struct ReplayAssertion;
struct ClientSettings;
struct LoadedSession;
struct ReplayPlan;
struct ReplaySettings;

// `sockscope replay SESSION [options]`: sends a recorded conversation's messages to a
// target, compares what comes back with the recording, prints one line per step and a
// summary, optionally writes JUnit XML; or, with --serve, answers clients with the
// recorded server's responses (docs/REPLAY.md).
class ReplayCommand final : public QObject
{
    Q_OBJECT

public:
    explicit ReplayCommand(QObject *parent = nullptr);
    int run(const QStringList &arguments);

private:
    // --serve: answers clients with the recorded server's responses until stopped.
    int serveRecorded(const QCommandLineParser &parser, const LoadedSession &session, const ReplayPlan &plan, quint16 port);
    // Sends the plan to the target; prints each step and the summary as they finish.
    int replayAgainst(const ReplayPlan &plan, const ReplaySettings &settings, const QList<ReplayAssertion> &assertions,
                      const ClientSettings &target);
    // Steps can finish out of order (fast timing); they are printed in step order.
    void onStepFinished(const ReplayStepResult &result);
    void printStep(const ReplayStepResult &result);
    void onFinished(const ReplayReport &report);

    EventPrinter *m_verbosePrinter = nullptr;
    QString m_junitPath;
    QString m_suiteName;
    bool m_json = false;
    bool m_urlPrinted = false;
    QMap<int, ReplayStepResult> m_waiting; // finished, but an earlier step has not
    int m_nextToPrint = 1;
};

} // namespace Sockscope
