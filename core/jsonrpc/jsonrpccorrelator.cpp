#include "jsonrpccorrelator.h"

#include <algorithm>

namespace Sockscope {

namespace {

constexpr qint64 kNsPerMs = 1000000;

QString statsName(const QString &method)
{
    return method.isEmpty() ? QStringLiteral("(unnamed)") : method;
}

} // namespace

JsonRpcCorrelator::JsonRpcCorrelator(const JsonRpcCorrelatorSettings &settings, Direction requestDirection)
    : m_settings(settings), m_requestDirection(requestDirection)
{
}

JsonRpcMethodStats &JsonRpcCorrelator::methodStats(const QString &method)
{
    const QString name = statsName(method);
    auto it = m_methods.find(name);
    if (it == m_methods.end())
        it = m_methods.insert(name, JsonRpcMethodStats(m_settings.latencySamples));
    return it.value();
}

JsonRpcFinding JsonRpcCorrelator::finding(JsonRpcFinding::Kind kind, const JsonRpcId &id, const QString &method) const
{
    JsonRpcFinding result;
    result.kind = kind;
    result.requestDirection = m_requestDirection;
    result.id = id;
    result.method = method;
    return result;
}

std::optional<JsonRpcFinding> JsonRpcCorrelator::request(const JsonRpcId &id, const QString &method, qint64 nowNs)
{
    methodStats(method).requestSeen();
    if (!id.isUsable())
        return std::nullopt; // a null id cannot be answered in a way that pairs
    const QString key = id.key();
    if (m_pending.contains(key)) {
        ++m_duplicates;
        return finding(JsonRpcFinding::Kind::Duplicate, id, method);
    }
    if (m_pending.size() >= m_settings.maxPending) {
        ++m_untracked;
        return finding(JsonRpcFinding::Kind::Untracked, id, method);
    }
    m_remembered.remove(key); // the id is reused after its earlier request was given up
    Pending pending;
    pending.id = id;
    pending.method = method;
    pending.sentNs = nowNs;
    pending.serial = ++m_serial;
    if (m_settings.timeoutMs > 0) {
        pending.deadlineNs = nowNs + qint64(m_settings.timeoutMs) * kNsPerMs;
        m_deadlines.push_back({pending.deadlineNs, key, pending.serial});
    }
    m_pending.insert(key, pending);
    dropStaleDeadlines();
    return std::nullopt;
}

JsonRpcFinding JsonRpcCorrelator::response(const JsonRpcId &id, bool isError, int errorCode, qint64 nowNs)
{
    const QString key = id.key();
    JsonRpcFinding result;
    if (const auto it = m_pending.constFind(key); it != m_pending.constEnd()) {
        result = finding(JsonRpcFinding::Kind::Paired, it->id, it->method);
        result.latencyNs = nowNs - it->sentNs;
        ++m_paired;
        m_pending.erase(it);
        dropStaleDeadlines();
    } else if (const auto old = m_remembered.constFind(key); old != m_remembered.constEnd()) {
        result = finding(JsonRpcFinding::Kind::Late, old->id, old->method);
        result.latencyNs = nowNs - old->sentNs;
        ++m_late;
        m_remembered.erase(old);
    } else {
        ++m_orphans;
        result = finding(JsonRpcFinding::Kind::Orphan, id, {});
    }
    result.isError = isError;
    result.errorCode = isError ? errorCode : 0;
    if (result.kind != JsonRpcFinding::Kind::Orphan)
        methodStats(result.method).responseSeen(result.latencyNs, isError);
    return result;
}

std::optional<JsonRpcFinding> JsonRpcCorrelator::cancel(const JsonRpcId &id, qint64 nowNs)
{
    Q_UNUSED(nowNs)
    const QString key = id.key();
    const auto it = m_pending.constFind(key);
    if (it == m_pending.constEnd())
        return std::nullopt;
    JsonRpcFinding result = finding(JsonRpcFinding::Kind::Cancelled, it->id, it->method);
    ++m_cancelled;
    remember(key, *it);
    m_pending.remove(key);
    dropStaleDeadlines();
    return result;
}

QList<JsonRpcFinding> JsonRpcCorrelator::expire(qint64 nowNs)
{
    QList<JsonRpcFinding> findings;
    while (!m_deadlines.empty() && m_deadlines.front().deadlineNs <= nowNs) {
        const Deadline deadline = m_deadlines.front();
        m_deadlines.pop_front();
        const auto it = m_pending.constFind(deadline.key);
        if (it == m_pending.constEnd() || it->serial != deadline.serial)
            continue;
        JsonRpcFinding result = finding(JsonRpcFinding::Kind::Timeout, it->id, it->method);
        result.timeoutMs = m_settings.timeoutMs;
        findings.append(result);
        ++m_timeouts;
        methodStats(it->method).timedOut();
        remember(deadline.key, *it);
        m_pending.remove(deadline.key);
    }
    dropStaleDeadlines();
    return findings;
}

QList<JsonRpcCorrelator::Pending> JsonRpcCorrelator::abandonAll()
{
    QList<Pending> abandoned = pending();
    m_pending.clear();
    m_deadlines.clear();
    m_remembered.clear();
    m_rememberedOrder.clear();
    return abandoned;
}

std::optional<qint64> JsonRpcCorrelator::nextDeadlineNs() const
{
    for (const Deadline &deadline : m_deadlines) {
        const auto it = m_pending.constFind(deadline.key);
        if (it != m_pending.constEnd() && it->serial == deadline.serial)
            return deadline.deadlineNs;
    }
    return std::nullopt;
}

bool JsonRpcCorrelator::knows(const JsonRpcId &id) const
{
    const QString key = id.key();
    return m_pending.contains(key) || m_remembered.contains(key);
}

QList<JsonRpcCorrelator::Pending> JsonRpcCorrelator::pending() const
{
    QList<Pending> result = m_pending.values();
    std::sort(result.begin(), result.end(), [](const Pending &a, const Pending &b) { return a.serial < b.serial; });
    return result;
}

void JsonRpcCorrelator::remember(const QString &key, const Pending &pending)
{
    if (m_settings.rememberedIds <= 0)
        return;
    m_remembered.insert(key, pending);
    m_rememberedOrder.push_back({key, pending.serial});
    while (int(m_rememberedOrder.size()) > m_settings.rememberedIds) {
        const auto [oldest, serial] = m_rememberedOrder.front();
        m_rememberedOrder.pop_front();
        // A key can be queued twice (remembered, reused, remembered again): only the entry
        // with the live serial stands for the memory.
        const auto it = m_remembered.constFind(oldest);
        if (it != m_remembered.constEnd() && it->serial == serial)
            m_remembered.erase(it);
    }
}

void JsonRpcCorrelator::dropStaleDeadlines()
{
    // Answered requests leave their deadline behind; drop those at the front so the queue
    // holds little more than what is pending.
    while (!m_deadlines.empty()) {
        const Deadline &front = m_deadlines.front();
        const auto it = m_pending.constFind(front.key);
        if (it != m_pending.constEnd() && it->serial == front.serial)
            break;
        m_deadlines.pop_front();
    }
}

QJsonObject JsonRpcCorrelator::statsJson() const
{
    QJsonObject methods;
    for (auto it = m_methods.constBegin(); it != m_methods.constEnd(); ++it)
        methods.insert(it.key(), it.value().toJson());
    return {
        {QStringLiteral("pending"), pendingCount()},
        {QStringLiteral("paired"), double(m_paired)},
        {QStringLiteral("orphans"), double(m_orphans)},
        {QStringLiteral("duplicates"), double(m_duplicates)},
        {QStringLiteral("timeouts"), double(m_timeouts)},
        {QStringLiteral("late"), double(m_late)},
        {QStringLiteral("cancelled"), double(m_cancelled)},
        {QStringLiteral("untracked"), double(m_untracked)},
        {QStringLiteral("methods"), methods},
    };
}

} // namespace Sockscope
