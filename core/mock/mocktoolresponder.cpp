#include "mocktoolresponder.h"

#include "mockcontent.h"
#include "mocktemplate.h"

#include "jsonrpc/jsonrpccodec.h"
#include "jsonrpc/jsonrpcerrorcode.h"

#include <QJsonArray>
#include <QStringList>

namespace Sockscope {

namespace {

QJsonObject textContent(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

} // namespace

MockToolResponder::MockToolResponder(QHash<QString, quint64> *serverCounters)
    : m_serverCounters(serverCounters)
{
}

MockAnswer MockToolResponder::answer(const MockResponse &response, const Call &call)
{
    MockAnswer answer;
    resolve(response, call, 0, &answer);
    return answer;
}

QJsonObject MockToolResponder::variables(const Call &call)
{
    return QJsonObject{{QStringLiteral("args"), call.args},
                       {QStringLiteral("tool"), call.tool},
                       {QStringLiteral("call"), double(call.number)},
                       {QStringLiteral("now"), MockContent::nowText()}};
}

void MockToolResponder::resolve(const MockResponse &response, const Call &call, qint64 delayMs, MockAnswer *answer)
{
    delayMs += response.delayMs;
    answer->delayMs = delayMs;
    const QJsonObject vars = variables(call);
    switch (response.kind) {
    case MockResponse::Kind::Static:
        answer->result = response.result;
        return;
    case MockResponse::Kind::Template:
        answer->result = MockContent::normalizedResult(MockTemplate::fill(response.result, vars).toObject());
        return;
    case MockResponse::Kind::Echo:
        answer->result = QJsonObject{{QStringLiteral("content"), QJsonArray{textContent(MockContent::compact(call.args))}},
                                     {QStringLiteral("structuredContent"), call.args}};
        return;
    case MockResponse::Kind::ToolError:
        answer->result = QJsonObject{
            {QStringLiteral("content"), QJsonArray{textContent(MockTemplate::fillText(response.message, vars))}},
            {QStringLiteral("isError"), true}};
        return;
    case MockResponse::Kind::JsonRpcError:
        answer->isError = true;
        answer->code = response.errorCode;
        answer->message = MockTemplate::fillText(response.message, vars);
        answer->data = response.errorData.isUndefined() ? response.errorData : MockTemplate::fill(response.errorData, vars);
        return;
    case MockResponse::Kind::Sum:
        sum(response, call, vars, answer);
        return;
    case MockResponse::Kind::Sequence: {
        QHash<QString, quint64> &counters = response.perServer && m_serverCounters ? *m_serverCounters : m_counters;
        const quint64 number = counters[response.counterKey]++;
        const size_t count = response.responses.size();
        const size_t at = response.cycle ? size_t(number % count) : size_t(qMin<quint64>(number, count - 1));
        resolve(response.responses.at(at), call, delayMs, answer);
        return;
    }
    case MockResponse::Kind::Progress:
        progress(response, call, vars, delayMs, answer);
        return;
    }
}

void MockToolResponder::sum(const MockResponse &response, const Call &call, QJsonObject vars, MockAnswer *answer)
{
    double sum = 0;
    QStringList operands = response.operands;
    if (operands.isEmpty()) {
        for (auto it = call.args.begin(); it != call.args.end(); ++it) {
            if (it.value().isDouble())
                operands.append(it.key());
        }
    }
    for (const QString &operand : std::as_const(operands)) {
        const QJsonValue value = call.args.value(operand);
        if (!value.isDouble()) {
            answer->isError = true;
            answer->code = JsonRpcErrorCode::InvalidParams;
            answer->message = QStringLiteral("Invalid arguments for tool %1: %2 must be a number, not %3")
                                  .arg(call.tool, MockContent::quoted(operand),
                                       value.isUndefined() ? QStringLiteral("missing") : MockContent::compact(value));
            answer->data = QJsonObject{{QStringLiteral("tool"), call.tool}, {QStringLiteral("field"), operand}};
            return;
        }
        sum += value.toDouble();
    }
    vars.insert(QStringLiteral("sum"), sum);
    answer->result = MockContent::normalizedResult(MockTemplate::fill(response.result, vars).toObject());
}

void MockToolResponder::progress(const MockResponse &response, const Call &call, const QJsonObject &vars,
                                 qint64 delayMs, MockAnswer *answer)
{
    const bool reports = !call.progressToken.isUndefined() && !call.progressToken.isNull();
    const double total = response.total > 0 ? response.total : response.steps;
    for (int step = 1; reports && step <= response.steps; ++step) {
        // The first step at once, the answer one interval after the last: a client never
        // sees a step arrive together with the answer.
        const qint64 at = delayMs + qint64(step - 1) * response.intervalMs;
        QJsonObject stepVars = vars;
        stepVars.insert(QStringLiteral("step"), step);
        stepVars.insert(QStringLiteral("steps"), response.steps);
        QJsonObject progress{{QStringLiteral("progressToken"), call.progressToken},
                             {QStringLiteral("progress"), response.total > 0 ? total * step / response.steps : double(step)},
                             {QStringLiteral("total"), total}};
        if (!response.message.isEmpty())
            progress.insert(QStringLiteral("message"), MockTemplate::fillText(response.message, stepVars));
        MockOutput output = MockOutput::send(JsonRpcCodec::notification(QStringLiteral("notifications/progress"), progress), at);
        output.requestKey = call.requestKey; // cancelled with its request
        answer->before.append(output);
    }
    resolve(response.next.front(), call, delayMs + qint64(response.steps) * response.intervalMs, answer);
}

} // namespace Sockscope
