#include "mockfaultinjector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sockscope {

namespace {

const QLatin1String kPaddingKey("sockscope/padding");

quint32 seedOf(const MockFaults &faults)
{
    return faults.seed != 0 ? quint32(faults.seed ^ (faults.seed >> 32)) : QRandomGenerator::global()->generate();
}

QJsonObject padObject(QJsonObject message, const QString &padding)
{
    if (message.value(QLatin1String("result")).isObject()) {
        QJsonObject result = message.value(QLatin1String("result")).toObject();
        QJsonObject meta = result.value(QLatin1String("_meta")).toObject();
        meta.insert(kPaddingKey, padding);
        result.insert(QStringLiteral("_meta"), meta);
        message.insert(QStringLiteral("result"), result);
    } else if (message.value(QLatin1String("error")).isObject()) {
        QJsonObject error = message.value(QLatin1String("error")).toObject();
        QJsonObject data = error.value(QLatin1String("data")).toObject();
        data.insert(kPaddingKey, padding);
        error.insert(QStringLiteral("data"), data);
        message.insert(QStringLiteral("error"), error);
    } else {
        QJsonObject params = message.value(QLatin1String("params")).toObject();
        QJsonObject meta = params.value(QLatin1String("_meta")).toObject();
        meta.insert(kPaddingKey, padding);
        params.insert(QStringLiteral("_meta"), meta);
        message.insert(QStringLiteral("params"), params);
    }
    return message;
}

} // namespace

MockFaultInjector::MockFaultInjector(const MockFaults &faults)
    : m_faults(faults), m_random(seedOf(faults))
{
}

void MockFaultInjector::setFaults(const MockFaults &faults)
{
    if (faults.seed != 0)
        m_random.seed(seedOf(faults));
    m_faults = faults;
}

bool MockFaultInjector::strikes(double rate)
{
    if (rate >= 1)
        return true;
    return rate > 0 && m_random.generateDouble() < rate;
}

MockFaultInjector::Decision MockFaultInjector::decide(const QString &method)
{
    Decision decision;
    if (!m_faults.appliesTo(method))
        return decision;
    if (m_faults.latencyMaxMs > m_faults.latencyMinMs)
        decision.extraDelayMs = int(m_random.bounded(m_faults.latencyMinMs, m_faults.latencyMaxMs + 1));
    else
        decision.extraDelayMs = m_faults.latencyMinMs;
    decision.drop = strikes(m_faults.dropRate);
    if (decision.drop)
        return decision;
    decision.malformed = strikes(m_faults.malformedRate);
    if (!decision.malformed)
        decision.oversized = strikes(m_faults.oversizedRate);
    return decision;
}

QByteArray MockFaultInjector::malform(const QByteArray &message)
{
    qsizetype cut = message.size() / 2;
    while (cut > 0 && (uchar(message.at(cut)) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence: the text stays valid UTF-8, only the JSON breaks
    if (cut == 0)
        return QByteArrayLiteral("{");
    return message.left(cut);
}

QByteArray MockFaultInjector::pad(const QByteArray &message, qint64 size)
{
    const qint64 missing = size - message.size();
    if (missing <= 0)
        return message;
    const QJsonDocument document = QJsonDocument::fromJson(message);
    // The padding key, quotes, colon and braces cost a little: count them once and fix up.
    const auto build = [&](qint64 paddingBytes) -> QByteArray {
        const QString padding(qMax<qint64>(0, paddingBytes), QLatin1Char('x'));
        if (document.isArray()) {
            QJsonArray batch = document.array();
            if (!batch.isEmpty())
                batch.replace(0, padObject(batch.at(0).toObject(), padding));
            return QJsonDocument(batch).toJson(QJsonDocument::Compact);
        }
        return QJsonDocument(padObject(document.object(), padding)).toJson(QJsonDocument::Compact);
    };
    const QByteArray first = build(missing);
    const qint64 overhead = first.size() - size;
    return overhead > 0 ? build(missing - overhead) : first;
}

} // namespace Sockscope
