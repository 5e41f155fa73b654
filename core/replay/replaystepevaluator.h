#pragma once

#include "event/event.h"
#include "replayassertion.h"
#include "replaycomparator.h"
#include "replayplan.h"
#include "replaysettings.h"
#include "replaystepresult.h"
#include "replaystepstate.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Sockscope {

// Judges a resolved replay step: compares what came back with the recording (a request's
// response by the id sent, anything else reply by reply in order), checks the assertions
// that name the step, and builds its ReplayStepResult with one line per failure and a diff.
// No I/O and no clock: ReplayRunner owns the connection and timing and hands over each
// step's state. Holds references to the runner's plan, settings, assertions, comparator and
// expected replies, which must outlive it. Texts keep the ReplayRunner translation context.
class ReplayStepEvaluator final
{
public:
    // `expected`: per step, what is compared (a request's recorded response, or all by order).
    ReplayStepEvaluator(const ReplayPlan &plan, const ReplaySettings &settings,
                        const QList<ReplayAssertion> &assertions, const ReplayComparator &comparator,
                        const QVector<QVector<Event>> &expected);
    Q_DISABLE_COPY_MOVE(ReplayStepEvaluator)

    // The result of step `index` (0-based). `closeReason`: how the server closed, when that
    // close cut this very step short (notClosed assertions fail with it); empty otherwise.
    ReplayStepResult evaluate(int index, const ReplayStepState &state, const QString &closeReason) const;

    // What a step's replies are compared with: for a JSON-RPC request, its recorded response
    // (the one with the recorded id; else, the id was edited into a variable, the first
    // response; none if there is no response); for anything else, everything recorded, in order.
    static QVector<Event> comparedEvents(const ReplayStep &step);

    // The JSON the step's assertions and captures look at: a request's response (null when
    // it has none or it is not JSON), else the first JSON message received (undefined if none).
    static QJsonValue replyJson(const ReplayStepState &state);

private:
    void compareResponse(const Event &recorded, const ReplayStepState &state, ReplayStepResult *result,
                         QStringList *failures, QStringList *context) const;
    void compareReplies(const QVector<Event> &expected, const ReplayStepState &state, ReplayStepResult *result,
                        QStringList *failures, QStringList *context) const;
    void checkAssertions(int index, const ReplayStepState &state, qint64 latencyNs,
                         const QString &closeReason, QStringList *failures) const;

    const ReplayPlan &m_plan;
    const ReplaySettings &m_settings;
    const QList<ReplayAssertion> &m_assertions;
    const ReplayComparator &m_comparator;
    const QVector<QVector<Event>> &m_expected;
};

} // namespace Sockscope
