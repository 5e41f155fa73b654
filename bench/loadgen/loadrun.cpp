#include "loadrun.h"

#include "processcpu.h"

#include "common/monotonicclock.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace SockscopeBench {

using Sockscope::MonotonicClock;

namespace {

QByteArray pickPayload(qint64 bytes)
{
    // Printable ASCII (valid UTF-8), never starting with "__" (the interop peers' commands).
    QByteArray payload(bytes, Qt::Uninitialized);
    for (qint64 i = 0; i < bytes; ++i)
        payload[i] = char('a' + i % 26);
    return payload;
}

const char *stageName(int stage)
{
    static const char *const names[] = {"connecting", "initialising", "warm-up", "measuring", "done"};
    return names[stage];
}

} // namespace

LoadRun::LoadRun(const LoadSettings &settings, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_payload(pickPayload(settings.messageBytes)),
      m_stageTimer(new QTimer(this)),
      m_connectTimer(new QTimer(this))
{
    if (settings.pattern == LoadSettings::Pattern::Mcp)
        m_subprotocols = {QStringLiteral("mcp")};
    m_stageTimer->setSingleShot(true);
    m_stageTimer->setTimerType(Qt::PreciseTimer);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        const QString why = QStringLiteral("connections not ready after %1 ms (%2 of %3 open)")
                                .arg(m_settings.connectTimeoutMs).arg(m_opened).arg(m_settings.connections);
        if (m_ready == 0 || m_stage != Stage::Connecting) {
            stop(why);
            return;
        }
        // Go on with the connections that are ready; the others count as failed.
        error(why);
        for (LoadClient *client : m_clients) {
            if (!client->wasOpened() || (m_settings.pattern == LoadSettings::Pattern::Mcp && client->phase != 2)) {
                client->abort();
                ++m_failedToOpen;
            }
        }
        m_ready = int(m_clients.size()) - m_failedToOpen;
        m_connecting = 0;
        checkReady();
    });
    connect(m_stageTimer, &QTimer::timeout, this, [this] {
        if (m_stage == Stage::Warmup)
            beginMeasuring();
        else if (m_stage == Stage::Measuring)
            stop(QString());
    });
}

LoadRun::~LoadRun() = default;

void LoadRun::start()
{
    if (m_settings.serverPid > 0)
        m_serverRssBefore = processRssBytes(m_settings.serverPid);
    m_clients.reserve(size_t(m_settings.connections));
    for (int i = 0; i < m_settings.connections; ++i)
        m_clients.push_back(new LoadClient(i, this, this));
    m_rttNs.reserve(1 << 20);
    m_openStartNs = MonotonicClock::nowNs();
    m_connectTimer->start(m_settings.connectTimeoutMs);
    openMore();
}

void LoadRun::openMore()
{
    while (m_connecting < m_settings.connectWindow && m_nextToOpen < int(m_clients.size())) {
        ++m_connecting;
        m_clients[size_t(m_nextToOpen++)]->open(m_settings.url, m_subprotocols);
    }
}

void LoadRun::error(const QString &why)
{
    if (m_stage == Stage::Measuring)
        ++m_errors;
    else
        ++m_errorsBefore;
    if (m_firstError.isEmpty())
        m_firstError = why;
}

void LoadRun::clientOpened(LoadClient *client)
{
    --m_connecting;
    ++m_opened;
    openMore();
    if (m_settings.pattern == LoadSettings::Pattern::Mcp) {
        client->phase = 1;
        client->send(true,
                     "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                     "\"2025-03-26\",\"capabilities\":{},\"clientInfo\":{\"name\":\"sockscope-bench\","
                     "\"version\":\"1\"}}}",
                     MonotonicClock::nowNs());
        return;
    }
    ++m_ready;
    checkReady();
}

void LoadRun::clientFailed(LoadClient *client, const QString &why)
{
    if (!client->wasOpened()) {
        --m_connecting;
        ++m_failedToOpen;
        openMore();
    }
    if (m_stage != Stage::Done)
        error(why);
    checkReady();
}

void LoadRun::checkReady()
{
    if (m_stage != Stage::Connecting)
        return;
    if (m_ready + m_failedToOpen < int(m_clients.size()))
        return;
    m_connectTimer->stop();
    if (m_ready == 0) {
        stop(QStringLiteral("no connection opened"));
        return;
    }
    beginTraffic();
}

void LoadRun::beginTraffic()
{
    const qint64 openNs = MonotonicClock::nowNs() - m_openStartNs;
    m_report.insert(QStringLiteral("openSeconds"), double(openNs) / 1e9);
    if (m_settings.pattern == LoadSettings::Pattern::Idle) {
        // Nothing to send: hold the connections (answering pings) for the measured time.
        beginMeasuring();
        return;
    }
    m_stage = Stage::Warmup;
    const int window = m_settings.pattern == LoadSettings::Pattern::Flood ? m_settings.window : 1;
    for (LoadClient *client : m_clients) {
        if (!client->isOpen())
            continue;
        for (int i = 0; i < window; ++i)
            sendNext(client);
    }
    if (m_settings.warmupSeconds > 0)
        m_stageTimer->start(int(m_settings.warmupSeconds * 1000));
    else
        beginMeasuring();
}

void LoadRun::beginMeasuring()
{
    m_stage = Stage::Measuring;
    m_answers = 0;
    m_answerBytes = 0;
    m_rttNs.clear();
    m_startNs = MonotonicClock::nowNs();
    m_ownCpuStart = processCpuNs(0);
    m_pingsAtStart = 0;
    for (const LoadClient *client : m_clients)
        m_pingsAtStart += client->pingsAnswered();
    if (m_settings.serverPid > 0)
        m_serverCpuStart = processCpuNs(m_settings.serverPid);
    m_stageTimer->start(int(m_settings.seconds * 1000));
}

void LoadRun::sendNext(LoadClient *client)
{
    if (m_settings.pattern == LoadSettings::Pattern::Mcp)
        sendMcpCall(client);
    else
        client->send(!m_settings.binary, m_payload, MonotonicClock::nowNs());
}

void LoadRun::sendMcpCall(LoadClient *client)
{
    const QByteArray request = "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(client->nextId++)
                               + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + m_settings.mcpTool
                               + "\",\"arguments\":{\"" + m_settings.mcpArgument + "\":\"" + m_payload + "\"}}}";
    client->send(true, request, MonotonicClock::nowNs());
}

void LoadRun::clientMessage(LoadClient *client, bool isText, const QByteArray &data)
{
    const qint64 now = MonotonicClock::nowNs();
    if (m_settings.pattern == LoadSettings::Pattern::Mcp) {
        // Notifications (no id) are not answers.
        if (!data.contains("\"id\""))
            return;
        if (client->phase == 1) {
            client->takeSendTime();
            if (!data.contains("\"result\"")) {
                error(QStringLiteral("initialize failed: %1").arg(QString::fromUtf8(data.left(200))));
                return;
            }
            client->phase = 2;
            client->send(true, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", now);
            client->takeSendTime(); // a notification has no answer
            ++m_ready;
            checkReady();
            return;
        }
        if (!data.contains("\"result\"") || data.contains("\"isError\":true"))
            error(QStringLiteral("tools/call failed: %1").arg(QString::fromUtf8(data.left(200))));
    } else if (isText == m_settings.binary || data != m_payload) {
        error(QStringLiteral("the echo differs from the message sent (%1 bytes back)").arg(data.size()));
    }
    const qint64 sentAt = client->takeSendTime();
    if (m_stage == Stage::Measuring) {
        ++m_answers;
        m_answerBytes += quint64(data.size());
        if (sentAt >= 0)
            m_rttNs.push_back(now - sentAt);
        if (m_settings.count > 0 && qint64(m_answers) >= m_settings.count) {
            stop(QString());
            return;
        }
    }
    if (m_stage == Stage::Warmup || m_stage == Stage::Measuring)
        sendNext(client);
}

void LoadRun::stop(const QString &why)
{
    if (m_stage == Stage::Done)
        return;
    const bool measured = m_stage == Stage::Measuring;
    const Stage reached = m_stage;
    m_stage = Stage::Done;
    m_stageTimer->stop();
    m_connectTimer->stop();
    const qint64 now = MonotonicClock::nowNs();
    const double seconds = measured ? double(now - m_startNs) / 1e9 : 0.0;
    const double ownCpu = measured ? double(processCpuNs(0) - m_ownCpuStart) / 1e9 : 0.0;

    QJsonObject &r = m_report;
    r.insert(QStringLiteral("url"), m_settings.url.toString());
    r.insert(QStringLiteral("connections"), m_settings.connections);
    r.insert(QStringLiteral("opened"), m_opened);
    r.insert(QStringLiteral("messageBytes"), double(m_settings.messageBytes));
    r.insert(QStringLiteral("seconds"), seconds);
    r.insert(QStringLiteral("answers"), double(m_answers));
    r.insert(QStringLiteral("messagesPerSecond"), seconds > 0 ? double(m_answers) / seconds : 0.0);
    r.insert(QStringLiteral("mbPerSecond"), seconds > 0 ? double(m_answerBytes) / seconds / 1e6 : 0.0);
    std::sort(m_rttNs.begin(), m_rttNs.end());
    const auto percentile = [this](double p) {
        if (m_rttNs.empty())
            return 0.0;
        const size_t at = std::min(m_rttNs.size() - 1, size_t(p / 100.0 * double(m_rttNs.size())));
        return double(m_rttNs[at]) / 1000.0;
    };
    r.insert(QStringLiteral("p50Us"), percentile(50));
    r.insert(QStringLiteral("p90Us"), percentile(90));
    r.insert(QStringLiteral("p99Us"), percentile(99));
    r.insert(QStringLiteral("maxUs"), m_rttNs.empty() ? 0.0 : double(m_rttNs.back()) / 1000.0);
    r.insert(QStringLiteral("errors"), double(m_errors));
    r.insert(QStringLiteral("errorsBeforeMeasuring"), double(m_errorsBefore));
    r.insert(QStringLiteral("failedToOpen"), m_failedToOpen);
    if (!m_firstError.isEmpty())
        r.insert(QStringLiteral("firstError"), m_firstError);
    r.insert(QStringLiteral("loadCpuShare"), seconds > 0 ? ownCpu / seconds : 0.0);
    if (m_settings.serverPid > 0 && measured) {
        const double serverCpu = double(processCpuNs(m_settings.serverPid) - m_serverCpuStart) / 1e9;
        r.insert(QStringLiteral("serverCpuShare"), seconds > 0 ? serverCpu / seconds : 0.0);
        const qint64 rss = processRssBytes(m_settings.serverPid);
        r.insert(QStringLiteral("serverRssBefore"), double(m_serverRssBefore));
        r.insert(QStringLiteral("serverRss"), double(rss));
        if (m_opened > 0 && m_serverRssBefore > 0 && rss > 0)
            r.insert(QStringLiteral("serverRssPerConnection"), double(rss - m_serverRssBefore) / m_opened);
    }
    quint64 pings = 0;
    for (const LoadClient *client : m_clients)
        pings += client->pingsAnswered();
    // Those of the measured time only, not of the opening.
    r.insert(QStringLiteral("pingsAnswered"), double(measured ? pings - m_pingsAtStart : pings));
    if (!measured) {
        r.insert(QStringLiteral("failed"), why.isEmpty() ? QStringLiteral("stopped while %1").arg(QLatin1String(stageName(int(reached)))) : why);
    }
    for (LoadClient *client : m_clients)
        client->abort();
    Q_EMIT finished();
}

} // namespace SockscopeBench
