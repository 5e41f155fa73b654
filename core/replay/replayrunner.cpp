#include "replayrunner.h"

#include "common/monotonicclock.h"
#include "event/eventdetails.h"
#include "jsonpath.h"
#include "jsonrpc/jsonrpccodec.h"
#include "protocol/closecode.h"
#include "transport/clientconnection.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace Sockscope {

namespace {

constexpr qint64 kNsPerMs = 1000000;

// What order matching pairs by: "m:" + the method of a JSON-RPC request or notification,
// "r" for a JSON-RPC response, empty for anything else.
QString orderKey(const JsonRpcMessage &message)
{
    if (message.kind == JsonRpcMessage::Kind::Request || message.kind == JsonRpcMessage::Kind::Notification)
        return QStringLiteral("m:") + message.method;
    if (message.isResponse())
        return QStringLiteral("r");
    return {};
}

QString orderKey(const QByteArray &data, bool text)
{
    return text ? orderKey(JsonRpcCodec::parse(data)) : QString();
}

} // namespace

ReplayRunner::ReplayRunner(const ReplayPlan &plan, const ReplaySettings &settings,
                           const QList<ReplayAssertion> &assertions, const ClientSettings &target, QObject *parent)
    : QObject(parent),
      m_plan(plan),
      m_settings(settings),
      m_assertions(assertions),
      m_target(target),
      m_evaluator(m_plan, m_settings, m_assertions, m_comparator, m_expected),
      m_timer(new QTimer(this))
{
    m_target.reconnect.enabled = false; // one run: a lost connection fails the steps left
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ReplayRunner::onTimer);
    m_comparator.setDefaultIgnores(m_settings.defaultIgnores);
    QString error;
    if (!m_comparator.setIgnorePaths(m_settings.ignorePaths, &error))
        m_setupError = error;
    if (!(m_settings.speed > 0))
        m_settings.speed = 1.0;
    m_states.resize(m_plan.steps.size());
    m_expected.reserve(m_plan.steps.size());
    for (const ReplayStep &step : std::as_const(m_plan.steps))
        m_expected.append(ReplayStepEvaluator::comparedEvents(step));
    for (int a = 0; a < m_assertions.size(); ++a) {
        const ReplayAssertion &assertion = m_assertions.at(a);
        if (assertion.type == ReplayAssertion::Type::NotificationWithin && assertion.step >= 1
            && assertion.step <= m_states.size())
            m_states[assertion.step - 1].notificationsSeen.insert(a, -1);
    }
}

ReplayRunner::~ReplayRunner() = default;

void ReplayRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_startNs = MonotonicClock::nowNs();
    m_report.target = m_target.url.toString(QUrl::RemovePassword);
    if (m_plan.steps.isEmpty()) {
        m_done = true;
        m_endNs = m_startNs;
        report();
        return;
    }
    if (!m_setupError.isEmpty()) {
        failRemaining(tr("not sent: %1").arg(m_setupError), m_setupError);
        return;
    }
    m_connection = m_transportFactory ? m_transportFactory(m_target, this) : new ClientConnection(m_target, this);
    connect(m_connection, &MessageTransport::eventOccurred, this, &ReplayRunner::onEvent);
    connect(m_connection, &MessageTransport::opened, this, &ReplayRunner::onOpened);
    connect(m_connection, &MessageTransport::messageReceived, this, &ReplayRunner::onMessage);
    connect(m_connection, &MessageTransport::finished, this, &ReplayRunner::onConnectionFinished);
    connect(m_connection, &MessageTransport::backpressureChanged, this, [this](bool waiting) {
        if (!waiting)
            sendDueSteps();
    });
    m_connection->open();
}

void ReplayRunner::abort()
{
    if (!m_started || m_done)
        return;
    failRemaining(tr("not sent: the replay was aborted"), tr("the replay was aborted"));
}

void ReplayRunner::onOpened()
{
    if (m_done || m_openNs >= 0)
        return;
    m_openNs = MonotonicClock::nowNs();
    sendDueSteps();
}

void ReplayRunner::onEvent(const Event &event)
{
    if (event.kind == EventKind::Error && !EventDetails::isWarning(event))
        m_lastError = EventDetails::message(event);
    // The server's close frame (or the end of TCP); our answering close frame says no more.
    if (event.kind == EventKind::Close && !m_done && m_closeReason.isEmpty() && event.direction != Direction::Out) {
        if (EventDetails::closedBy(event) != QLatin1String("local")) {
            const int code = EventDetails::closeCode(event).value_or(0);
            const QString reason = EventDetails::closeReason(event);
            m_closeReason = reason.isEmpty() ? tr("the connection was closed (%1)").arg(code)
                                             : tr("the connection was closed (%1: %2)").arg(code).arg(reason);
        }
    }
    Q_EMIT eventOccurred(event);
}

bool ReplayRunner::readyToSend(int index, qint64 nowNs, qint64 *dueNs) const
{
    *dueNs = -1;
    const ReplayStep &step = m_plan.steps.at(index);
    // A step that uses a capture waits for the step it is captured from.
    for (const QString &name : ReplayVariables::namesIn(step.payload)) {
        for (const ReplayCapture &capture : m_settings.captures) {
            if (capture.name == name && capture.step >= 1 && capture.step <= index
                && m_states.at(capture.step - 1).phase < ReplayStepPhase::Completed)
                return false;
        }
    }
    switch (m_settings.timing) {
    case ReplayTiming::Fast:
        return true;
    case ReplayTiming::Wait:
        return index == 0 || m_states.at(index - 1).phase >= ReplayStepPhase::Completed;
    case ReplayTiming::AsRecorded: {
        const qint64 due = m_openNs + qint64(double(step.offsetNs) / m_settings.speed);
        if (nowNs >= due)
            return true;
        *dueNs = due;
        return false;
    }
    }
    return true;
}

void ReplayRunner::sendDueSteps()
{
    // Closing (the server said goodbye): the steps left fail when the connection has finished.
    if (m_done || m_openNs < 0 || m_connectionEnded || !m_connection || m_connection->state() != ConnectionState::Open)
        return;
    // Bounded: each pass sends or gives up on one step. Under --on-queue-full wait the steps
    // wait while the connection is backpressured and go on when it drains.
    while (m_nextToSend < m_plan.steps.size() && !m_done && !m_connection->isBackpressured()) {
        qint64 due = -1;
        if (!readyToSend(m_nextToSend, MonotonicClock::nowNs(), &due))
            break;
        send(m_nextToSend++);
    }
    reschedule();
}

void ReplayRunner::send(int index)
{
    const ReplayStep &step = m_plan.steps.at(index);
    ReplayStepState &state = m_states[index];
    const qint64 nowNs = MonotonicClock::nowNs();
    state.sentText = step.text;
    QByteArray payload = step.payload;
    QString problem;
    if (step.text) {
        // A capture from this step or a later one has no value yet: say so rather than "unknown".
        for (const QString &name : ReplayVariables::namesIn(step.payload)) {
            for (const ReplayCapture &capture : m_settings.captures) {
                if (capture.name == name && capture.step > index && !m_variables.hasCapture(name)) {
                    problem = tr("variable {{%1}} is captured from step %2, which is not before this step")
                                  .arg(name).arg(capture.step);
                }
            }
        }
        if (problem.isEmpty() && !m_variables.substitute(step.payload, &payload, &problem) && problem.isEmpty())
            problem = tr("variable substitution failed");
    }
    if (!problem.isEmpty()) {
        state.failures.append(tr("not sent: %1").arg(problem));
        state.sent = step.payload;
        complete(index, nowNs);
        return;
    }
    state.sent = payload;
    if (step.text) {
        const JsonRpcMessage message = JsonRpcCodec::parse(payload);
        if (message.kind == JsonRpcMessage::Kind::Request && message.id.isUsable() && step.isRequest()
            && !m_expected.at(index).isEmpty()) {
            state.request = true;
            state.sentId = message.id;
        }
    }
    const bool accepted = step.text ? m_connection->sendText(payload) : m_connection->sendBinary(payload);
    if (!accepted) {
        state.failures.append(tr("not sent: %1").arg(m_lastError.isEmpty() ? tr("the connection refused the message") : m_lastError));
        complete(index, nowNs);
        return;
    }
    state.phase = ReplayStepPhase::Sent;
    state.sentNs = nowNs;
    state.deadlineNs = nowNs + qint64(m_settings.responseTimeoutMs) * kNsPerMs;
    Q_EMIT stepSent(step.number);
    if (state.request) {
        m_pendingById.insert(state.sentId.key(), index);
    } else if (m_expected.at(index).isEmpty()) {
        complete(index, nowNs); // nothing came back in the recording: done once written
    }
}

void ReplayRunner::onMessage(const QByteArray &data, bool isText)
{
    if (m_done)
        return;
    const qint64 nowNs = MonotonicClock::nowNs();
    const JsonRpcMessage message = isText ? JsonRpcCodec::parse(data) : JsonRpcMessage();
    QVector<int> touched;

    // Notifications count for every step waiting for one, also while it waits for its response.
    if (message.kind == JsonRpcMessage::Kind::Notification) {
        for (int i = 0; i < m_states.size(); ++i) {
            ReplayStepState &state = m_states[i];
            if (state.sentNs < 0 || state.phase == ReplayStepPhase::Resolved)
                continue;
            for (auto it = state.notificationsSeen.begin(); it != state.notificationsSeen.end(); ++it) {
                const ReplayAssertion &assertion = m_assertions.at(it.key());
                if (it.value() < 0 && assertion.method == message.method
                    && nowNs - state.sentNs <= qint64(assertion.ms) * kNsPerMs) {
                    it.value() = nowNs;
                    touched.append(i);
                }
            }
        }
    }

    if (message.isResponse() && m_pendingById.contains(message.id.key())) {
        const int index = m_pendingById.take(message.id.key());
        ReplayStepState &state = m_states[index];
        state.hasResponse = true;
        state.response = {data, isText, nowNs};
        complete(index, nowNs);
    } else {
        // By order: the first step still expecting messages whose next expected one is alike
        // (the same method for JSON-RPC requests and notifications, both responses, or both
        // something else). A late or unknown response, or an unexpected notification, goes nowhere.
        const QString key = isText ? orderKey(message) : QString();
        for (int i = 0; i < m_states.size(); ++i) {
            ReplayStepState &state = m_states[i];
            if (state.phase != ReplayStepPhase::Sent || state.request)
                continue;
            const QVector<Event> &expected = m_expected.at(i);
            if (state.received.size() >= expected.size())
                continue;
            const Event &next = expected.at(state.received.size());
            if (orderKey(next.payload, next.kind == EventKind::Text) != key)
                continue;
            state.received.append({data, isText, nowNs});
            if (state.received.size() == expected.size())
                complete(i, nowNs);
            break;
        }
    }
    for (const int index : std::as_const(touched))
        tryResolve(index, nowNs);
    reschedule();
}

void ReplayRunner::complete(int index, qint64 nowNs)
{
    ReplayStepState &state = m_states[index];
    if (state.phase >= ReplayStepPhase::Completed)
        return;
    state.phase = ReplayStepPhase::Completed;
    state.completedNs = nowNs;
    takeCaptures(index);
    tryResolve(index, nowNs);
    // Wait mode and steps waiting for a capture go on from here.
    if (!m_done)
        QTimer::singleShot(0, this, &ReplayRunner::sendDueSteps);
}

void ReplayRunner::takeCaptures(int index)
{
    const QJsonValue reply = ReplayStepEvaluator::replyJson(m_states.at(index));
    for (const ReplayCapture &capture : std::as_const(m_settings.captures)) {
        if (capture.step != index + 1)
            continue;
        QString problem;
        if (reply.isUndefined() || reply.isNull()) {
            problem = tr("step %1 got no JSON reply to capture {{%2}} from").arg(capture.step).arg(capture.name);
        } else {
            const QList<QJsonValue> values = JsonPath::parse(capture.path, nullptr).evaluate(reply);
            if (values.isEmpty())
                problem = tr("%1 selects nothing in the reply of step %2").arg(capture.path).arg(capture.step);
            else
                m_variables.setCapture(capture.name, values.first());
        }
        if (!problem.isEmpty()) {
            m_variables.setCaptureFailed(capture.name, problem);
            m_states[index].failures.append(tr("capture {{%1}}: %2").arg(capture.name, problem));
        }
    }
}

bool ReplayRunner::notificationsSettled(int index, qint64 nowNs) const
{
    const ReplayStepState &state = m_states.at(index);
    if (state.sentNs < 0 || m_connectionEnded)
        return true;
    for (auto it = state.notificationsSeen.constBegin(); it != state.notificationsSeen.constEnd(); ++it) {
        if (it.value() < 0 && nowNs - state.sentNs <= qint64(m_assertions.at(it.key()).ms) * kNsPerMs)
            return false;
    }
    return true;
}

qint64 ReplayRunner::graceEndNs(int index) const
{
    // notClosed with `ms`: the last step stays open that long, so a close right after it counts.
    int graceMs = 0;
    for (const ReplayAssertion &assertion : m_assertions) {
        if (assertion.type == ReplayAssertion::Type::NotClosed)
            graceMs = std::max(graceMs, assertion.ms);
    }
    if (graceMs == 0 || m_connectionEnded)
        return -1;
    for (int i = 0; i < m_states.size(); ++i) {
        if (i != index && m_states.at(i).phase != ReplayStepPhase::Resolved)
            return -1;
    }
    return m_states.at(index).completedNs + qint64(graceMs) * kNsPerMs;
}

void ReplayRunner::tryResolve(int index, qint64 nowNs)
{
    if (m_states.at(index).phase != ReplayStepPhase::Completed || !notificationsSettled(index, nowNs))
        return;
    const qint64 grace = graceEndNs(index);
    if (grace >= 0 && nowNs < grace)
        return;
    resolve(index);
}

void ReplayRunner::resolve(int index)
{
    ReplayStepState &state = m_states[index];
    state.phase = ReplayStepPhase::Resolved;
    // The close reason goes to the one step the server's close cut short (notClosed).
    const ReplayStepResult result =
        m_evaluator.evaluate(index, state, m_closeFailureStep == index ? m_closeReason : QString());
    m_results.insert(index, result);
    Q_EMIT stepFinished(result);
    if (!m_done && allResolved())
        finishRun();
}

bool ReplayRunner::allResolved() const
{
    return std::all_of(m_states.cbegin(), m_states.cend(),
                       [](const ReplayStepState &s) { return s.phase == ReplayStepPhase::Resolved; });
}

void ReplayRunner::onTimer()
{
    if (m_done)
        return;
    const qint64 nowNs = MonotonicClock::nowNs();
    for (int i = 0; i < m_states.size() && !m_done; ++i) {
        ReplayStepState &state = m_states[i];
        if (state.phase == ReplayStepPhase::Sent && state.deadlineNs <= nowNs) {
            state.timedOut = true;
            if (state.request)
                m_pendingById.remove(state.sentId.key());
            complete(i, nowNs);
        } else if (state.phase == ReplayStepPhase::Completed) {
            tryResolve(i, nowNs);
        }
    }
    sendDueSteps();
}

void ReplayRunner::reschedule()
{
    if (m_done) {
        m_timer->stop();
        return;
    }
    const qint64 nowNs = MonotonicClock::nowNs();
    qint64 next = std::numeric_limits<qint64>::max();
    for (int i = 0; i < m_states.size(); ++i) {
        const ReplayStepState &state = m_states.at(i);
        if (state.phase == ReplayStepPhase::Sent)
            next = std::min(next, state.deadlineNs);
        if (state.phase == ReplayStepPhase::Completed) {
            const qint64 grace = graceEndNs(i);
            if (grace >= 0)
                next = std::min(next, grace);
        }
        if ((state.phase == ReplayStepPhase::Sent || state.phase == ReplayStepPhase::Completed) && state.sentNs >= 0) {
            for (auto it = state.notificationsSeen.constBegin(); it != state.notificationsSeen.constEnd(); ++it) {
                if (it.value() < 0)
                    next = std::min(next, state.sentNs + qint64(m_assertions.at(it.key()).ms) * kNsPerMs + 1);
            }
        }
    }
    if (m_openNs >= 0 && m_nextToSend < m_plan.steps.size()) {
        qint64 due = -1;
        if (readyToSend(m_nextToSend, nowNs, &due)) {
            // It fell due since sendDueSteps() looked (a busy machine): send it on the next
            // turn of the event loop rather than never. A backpressured connection resumes
            // the sending itself when it drains.
            if (m_connection && !m_connection->isBackpressured())
                next = nowNs;
        } else if (due >= 0) {
            next = std::min(next, due);
        }
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer->stop();
        return;
    }
    const qint64 waitNs = std::max<qint64>(0, next - nowNs);
    m_timer->start(int(std::min<qint64>((waitNs + kNsPerMs - 1) / kNsPerMs, std::numeric_limits<int>::max())));
}

void ReplayRunner::onConnectionFinished()
{
    m_connectionEnded = true;
    if (!m_done) {
        QString reason = m_openNs >= 0 ? m_closeReason : QString();
        if (reason.isEmpty())
            reason = m_lastError.isEmpty() ? tr("the connection ended") : m_lastError;
        failRemaining(tr("not sent: %1").arg(reason), reason);
        return;
    }
    report();
}

void ReplayRunner::failRemaining(const QString &notSent, const QString &pending)
{
    const qint64 nowNs = MonotonicClock::nowNs();
    for (int i = 0; i < m_states.size() && m_closeFailureStep < 0 && !m_closeReason.isEmpty(); ++i) {
        if (m_states.at(i).phase != ReplayStepPhase::Resolved)
            m_closeFailureStep = i;
    }
    // Bounded: every step is resolved at most once.
    for (int i = 0; i < m_states.size() && !m_done; ++i) {
        ReplayStepState &state = m_states[i];
        if (state.phase == ReplayStepPhase::Resolved)
            continue;
        if (state.phase == ReplayStepPhase::Waiting) {
            state.failures.append(notSent);
            state.phase = ReplayStepPhase::Completed;
            state.completedNs = nowNs;
        } else if (state.phase == ReplayStepPhase::Sent) {
            state.failures.append(tr("no answer: %1").arg(pending));
            state.cutShort = true;
            state.phase = ReplayStepPhase::Completed;
            state.completedNs = nowNs;
        }
        resolve(i);
    }
    m_nextToSend = int(m_plan.steps.size());
}

void ReplayRunner::finishRun()
{
    m_done = true;
    m_endNs = MonotonicClock::nowNs();
    m_timer->stop();
    if (m_connection && !m_connectionEnded) {
        m_connection->close(CloseCode::Normal, QStringLiteral("replay finished"));
        return; // report() when the connection has finished
    }
    report();
}

void ReplayRunner::report()
{
    if (m_reported)
        return;
    m_reported = true;
    ReplayReport result;
    result.target = m_target.url.toString(QUrl::RemovePassword);
    result.warnings = m_plan.warnings;
    result.durationNs = m_endNs - m_startNs;
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        const ReplayStepResult step = m_results.value(i);
        result.steps.append(step);
        if (step.passed)
            ++result.passed;
        else
            ++result.failed;
    }
    // Assertions naming a step the plan does not have fail on their own line.
    for (const ReplayAssertion &assertion : std::as_const(m_assertions)) {
        if (assertion.step > m_plan.steps.size()) {
            ReplayStepResult missing;
            missing.number = assertion.step;
            missing.label = tr("assertion");
            missing.failures.append(tr("assertion failed: %1: the replay has only %2 steps").arg(assertion.describe()).arg(m_plan.steps.size()));
            missing.diff = missing.failures.first();
            result.steps.append(missing);
            ++result.failed;
        }
    }
    m_report = result;
    // Queued: a receiver may delete this runner.
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_report); }, Qt::QueuedConnection);
}

} // namespace Sockscope
