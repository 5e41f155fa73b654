#pragma once

#include "event/event.h"
#include "replayassertion.h"
#include "replaycomparator.h"
#include "replayplan.h"
#include "replayreport.h"
#include "replaysettings.h"
#include "replaystepevaluator.h"
#include "replaystepresult.h"
#include "replaystepstate.h"
#include "replayvariables.h"
#include "transport/clientsettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QVector>

#include <functional>

class QTimer;

namespace Sockscope {

class MessageTransport;

// Replays a plan against a target as a test: sends each step's message (timing as set,
// variables substituted), pairs what comes back with the step (JSON-RPC responses by the id
// actually sent, anything else by order), compares it with the recording, checks the
// assertions, and reports every step once: stepFinished() as each resolves, finished() once
// at the end (queued, after the connection closed). A failed or lost connection fails every
// step left with the reason. docs/REPLAY.md describes the rules.
class ReplayRunner final : public QObject
{
    Q_OBJECT

public:
    ReplayRunner(const ReplayPlan &plan, const ReplaySettings &settings,
                 const QList<ReplayAssertion> &assertions, const ClientSettings &target,
                 QObject *parent = nullptr);
    ~ReplayRunner() override;
    Q_DISABLE_COPY_MOVE(ReplayRunner)

    // Makes the connection start() opens, a child of `parent`: a ClientConnection to the
    // target (reconnection off) unless a test sets a fake before start().
    using TransportFactory = std::function<MessageTransport *(const ClientSettings &target, QObject *parent)>;
    void setTransportFactory(TransportFactory factory) { m_transportFactory = std::move(factory); }

    // Connects and runs; once per runner.
    void start();
    // Fails every step not resolved yet ("replay aborted") and finishes.
    void abort();

    bool isRunning() const { return m_started && !m_reported; }
    // Before start(): tests fix the clock or the first {{nextId}}.
    ReplayVariables &variables() { return m_variables; }
    MessageTransport *connection() const { return m_connection; }

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);   // the replay connection's events
    void stepSent(int number);                           // a step's message was handed to the connection
    void stepFinished(const Sockscope::ReplayStepResult &result);
    void finished(const Sockscope::ReplayReport &report);

private:
    void onOpened();
    void onEvent(const Event &event);
    void onMessage(const QByteArray &data, bool isText);
    void onConnectionFinished();
    void onTimer();

    void sendDueSteps();
    bool readyToSend(int index, qint64 nowNs, qint64 *dueNs) const;
    void send(int index);
    void complete(int index, qint64 nowNs);
    void takeCaptures(int index);
    bool notificationsSettled(int index, qint64 nowNs) const;
    qint64 graceEndNs(int index) const;
    void tryResolve(int index, qint64 nowNs);
    void resolve(int index);
    void failRemaining(const QString &notSent, const QString &pending);
    void reschedule();
    void finishRun();
    void report();
    bool allResolved() const;

    ReplayPlan m_plan;
    ReplaySettings m_settings;
    QList<ReplayAssertion> m_assertions;
    ClientSettings m_target;
    ReplayComparator m_comparator;
    QString m_setupError;                 // an invalid ignore path: every step fails with it
    ReplayVariables m_variables;
    QVector<ReplayStepState> m_states;
    QVector<QVector<Event>> m_expected;   // per step: what is compared (the response, or all by order)
    ReplayStepEvaluator m_evaluator;      // judges each resolved step; refers to the members above
    QHash<QString, int> m_pendingById;    // sent id key -> step index
    QHash<int, ReplayStepResult> m_results;
    TransportFactory m_transportFactory;
    MessageTransport *m_connection = nullptr; // a child, made by start()
    QTimer *m_timer;
    int m_nextToSend = 0;
    qint64 m_startNs = 0;
    qint64 m_openNs = -1;
    qint64 m_endNs = 0;
    QString m_lastError;                  // the connection's last error message, for the reason
    QString m_closeReason;                // how the server closed, when it did
    int m_closeFailureStep = -1;          // the step a notClosed failure is reported on
    bool m_started = false;
    bool m_done = false;                  // every step resolved
    bool m_reported = false;              // finished() queued
    bool m_connectionEnded = false;
    ReplayReport m_report;
};

} // namespace Sockscope
