#include "replaystepevaluator.h"

#include "jsonpath.h"
#include "jsonrpc/jsonrpccodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Sockscope {

// The texts below use the "Sockscope::ReplayRunner" context (what ReplayRunner::tr() used
// before the evaluation moved here), so existing translations still apply.

namespace {

constexpr qint64 kNsPerMs = 1000000;
// What the diff shows of whole messages after the difference lines.
constexpr int kShownMessageChars = 2000;

bool parseJson(const QByteArray &data, QJsonValue *value)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    *value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return true;
}

QString shownMessage(const QByteArray &data, bool text)
{
    QString shown = text ? QString::fromUtf8(data) : QString::fromLatin1(data.toBase64());
    if (shown.size() > kShownMessageChars)
        shown = shown.left(kShownMessageChars) + QChar(0x2026);
    return shown;
}

// A whole message for ReplayStepResult::Comparison: text as is, binary as base64.
QString wholeMessage(const QByteArray &data, bool text)
{
    return text ? QString::fromUtf8(data) : QString::fromLatin1(data.toBase64());
}

QString milliseconds(qint64 ns)
{
    return QString::number(double(ns) / double(kNsPerMs), 'f', 1);
}

} // namespace

ReplayStepEvaluator::ReplayStepEvaluator(const ReplayPlan &plan, const ReplaySettings &settings,
                                         const QList<ReplayAssertion> &assertions,
                                         const ReplayComparator &comparator,
                                         const QVector<QVector<Event>> &expected)
    : m_plan(plan),
      m_settings(settings),
      m_assertions(assertions),
      m_comparator(comparator),
      m_expected(expected)
{
}

QVector<Event> ReplayStepEvaluator::comparedEvents(const ReplayStep &step)
{
    if (!step.isRequest())
        return step.expected;
    // The response with the recorded id; else (the id was edited into a variable) the first response.
    const JsonRpcId recorded = JsonRpcId::fromJson(step.recordedId);
    const Event *fallback = nullptr;
    for (const Event &event : step.expected) {
        const JsonRpcMessage message = JsonRpcCodec::parse(event.payload);
        if (event.kind != EventKind::Text || !message.isResponse())
            continue;
        if (message.id == recorded) {
            fallback = &event;
            break;
        }
        if (!fallback)
            fallback = &event;
    }
    if (fallback)
        return {*fallback};
    return {};
}

QJsonValue ReplayStepEvaluator::replyJson(const ReplayStepState &state)
{
    QJsonValue value;
    if (state.request)
        return state.hasResponse && state.response.text && parseJson(state.response.data, &value) ? value : QJsonValue();
    for (const ReplayReceived &received : state.received) {
        if (received.text && parseJson(received.data, &value))
            return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

ReplayStepResult ReplayStepEvaluator::evaluate(int index, const ReplayStepState &state, const QString &closeReason) const
{
    const ReplayStep &step = m_plan.steps.at(index);
    const QVector<Event> &expected = m_expected.at(index);
    ReplayStepResult result;
    result.number = step.number;
    result.label = step.label;
    result.sent = shownMessage(state.sent.isEmpty() ? step.payload : state.sent, step.text);
    QStringList failures = state.failures;
    QStringList context;
    const bool wasSent = state.sentNs >= 0;

    if (wasSent && state.request)
        compareResponse(expected.first(), state, &result, &failures, &context);
    else if (wasSent)
        compareReplies(expected, state, &result, &failures, &context);

    checkAssertions(index, state, result.latencyNs, closeReason, &failures);
    result.failures = failures;
    result.passed = failures.isEmpty();
    if (!result.passed)
        result.diff = (failures + context).join(QLatin1Char('\n'));
    return result;
}

// A request's response against the recorded one (with the id that was sent).
void ReplayStepEvaluator::compareResponse(const Event &recorded, const ReplayStepState &state, ReplayStepResult *result,
                                          QStringList *failures, QStringList *context) const
{
    if (state.hasResponse) {
        result->latencyNs = state.response.ns - state.sentNs;
        QJsonValue e;
        QJsonValue a;
        QStringList lines;
        QString expectedShown = QString::fromUtf8(recorded.payload);
        if (state.response.text && parseJson(recorded.payload, &e) && parseJson(state.response.data, &a)) {
            // The recorded response carries the recorded id: compare with the one sent.
            if (e.isObject()) {
                QJsonObject object = e.toObject();
                object.insert(QStringLiteral("id"), state.sentId.toJson());
                e = object;
                expectedShown = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            }
            lines = m_comparator.compare(e, a);
        } else {
            lines = m_comparator.compareMessages(recorded.payload, true, state.response.data, state.response.text);
        }
        if (!lines.isEmpty()) {
            *failures += lines;
            result->comparisons.append({expectedShown, wholeMessage(state.response.data, state.response.text), true});
            *context << QCoreApplication::translate("Sockscope::ReplayRunner", "expected response:")
                     << QStringLiteral("  ") + shownMessage(recorded.payload, true)
                     << QCoreApplication::translate("Sockscope::ReplayRunner", "actual response:")
                     << QStringLiteral("  ") + shownMessage(state.response.data, state.response.text);
        }
    } else if (!state.cutShort) {
        failures->append(QCoreApplication::translate("Sockscope::ReplayRunner", "no response within %1 ms")
                             .arg(m_settings.responseTimeoutMs));
        result->comparisons.append({QString::fromUtf8(recorded.payload), QString(), false});
    }
}

// The replies that followed a message against the recorded ones, in order.
void ReplayStepEvaluator::compareReplies(const QVector<Event> &expected, const ReplayStepState &state,
                                         ReplayStepResult *result, QStringList *failures, QStringList *context) const
{
    for (int i = 0; i < expected.size(); ++i) {
        const Event &recorded = expected.at(i);
        const bool recordedText = recorded.kind == EventKind::Text;
        const QString prefix = expected.size() > 1
                                   ? QCoreApplication::translate("Sockscope::ReplayRunner", "reply %1: ").arg(i + 1)
                                   : QString();
        if (i >= state.received.size()) {
            if (!state.cutShort) {
                failures->append(prefix + QCoreApplication::translate("Sockscope::ReplayRunner", "missing (expected %1)")
                                              .arg(shownMessage(recorded.payload, recordedText).left(ReplayComparator::kShownValueChars)));
                result->comparisons.append({wholeMessage(recorded.payload, recordedText), QString(), false});
            }
            continue;
        }
        const ReplayReceived &received = state.received.at(i);
        const QStringList lines = m_comparator.compareMessages(recorded.payload, recordedText, received.data, received.text);
        for (const QString &line : lines)
            failures->append(prefix + line);
        if (!lines.isEmpty()) {
            result->comparisons.append({wholeMessage(recorded.payload, recordedText), wholeMessage(received.data, received.text), true});
            *context << QCoreApplication::translate("Sockscope::ReplayRunner", "expected:")
                     << QStringLiteral("  ") + shownMessage(recorded.payload, recordedText)
                     << QCoreApplication::translate("Sockscope::ReplayRunner", "actual:")
                     << QStringLiteral("  ") + shownMessage(received.data, received.text);
        }
    }
    if (!expected.isEmpty() && state.received.size() == expected.size())
        result->latencyNs = state.received.last().ns - state.sentNs;
}

void ReplayStepEvaluator::checkAssertions(int index, const ReplayStepState &state, qint64 latencyNs,
                                          const QString &closeReason, QStringList *failures) const
{
    const int number = index + 1;
    const bool wasSent = state.sentNs >= 0;
    const QJsonValue reply = wasSent ? replyJson(state) : QJsonValue(QJsonValue::Undefined);
    const auto failed = [failures](const ReplayAssertion &assertion, const QString &why) {
        failures->append(QCoreApplication::translate("Sockscope::ReplayRunner", "assertion failed: %1: %2")
                             .arg(assertion.describe(), why));
    };
    for (int a = 0; a < m_assertions.size(); ++a) {
        const ReplayAssertion &assertion = m_assertions.at(a);
        const bool mine = assertion.step == number
                          || (assertion.type == ReplayAssertion::Type::LatencyBelow && assertion.step == 0);
        if (!mine || !wasSent)
            continue;
        switch (assertion.type) {
        case ReplayAssertion::Type::Equals:
        case ReplayAssertion::Type::Matches:
        case ReplayAssertion::Type::Exists: {
            if (reply.isUndefined() || reply.isNull()) {
                failed(assertion, QCoreApplication::translate("Sockscope::ReplayRunner", "no JSON reply to check"));
                break;
            }
            const QList<QJsonValue> values = JsonPath::parse(assertion.path, nullptr).evaluate(reply);
            if (values.isEmpty()) {
                failed(assertion, QCoreApplication::translate("Sockscope::ReplayRunner", "the path selects nothing"));
                break;
            }
            if (assertion.type == ReplayAssertion::Type::Exists)
                break;
            bool hit = false;
            const QRegularExpression regex(assertion.pattern);
            for (const QJsonValue &value : values) {
                if (assertion.type == ReplayAssertion::Type::Equals) {
                    hit = hit || value == assertion.value;
                } else {
                    const QString text = value.isString() ? value.toString() : QString::fromUtf8(JsonRpcCodec::encodeValue(value));
                    hit = hit || regex.match(text).hasMatch();
                }
            }
            if (!hit) {
                QJsonArray all;
                for (const QJsonValue &value : values)
                    all.append(value);
                failed(assertion, QCoreApplication::translate("Sockscope::ReplayRunner", "got %1")
                                      .arg(ReplayComparator::showValue(values.size() == 1 ? values.first() : QJsonValue(all))));
            }
            break;
        }
        case ReplayAssertion::Type::NotificationWithin:
            if (state.notificationsSeen.value(a, -1) < 0)
                failed(assertion, QCoreApplication::translate("Sockscope::ReplayRunner", "none arrived in time"));
            break;
        case ReplayAssertion::Type::LatencyBelow:
            if (latencyNs < 0) {
                if (assertion.step != 0)
                    failed(assertion, QCoreApplication::translate("Sockscope::ReplayRunner", "no reply to time"));
            } else if (latencyNs >= qint64(assertion.ms) * kNsPerMs) {
                failed(assertion, QCoreApplication::translate("Sockscope::ReplayRunner", "it took %1 ms").arg(milliseconds(latencyNs)));
            }
            break;
        case ReplayAssertion::Type::NotClosed:
            break;
        }
    }
    // NotClosed: the step the server's close cut short says so.
    if (!closeReason.isEmpty()) {
        for (const ReplayAssertion &assertion : m_assertions) {
            if (assertion.type == ReplayAssertion::Type::NotClosed)
                failed(assertion, closeReason);
        }
    }
}

} // namespace Sockscope
