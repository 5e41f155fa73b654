#pragma once

#include "loadclient.h"
#include "loadsettings.h"

#include <QJsonObject>
#include <QObject>

#include <vector>

class QTimer;

namespace SockscopeBench {

// One load run: opens the connections (a window of handshakes at a time), for MCP
// initialises each, runs the traffic pattern through a warm-up and then a measured time
// (or count), and reports rates, round-trip percentiles, errors and the CPU used by this
// process and, when its pid is given, by the server. Emits finished() once.
class LoadRun final : public QObject, private LoadClientObserver
{
    Q_OBJECT

public:
    explicit LoadRun(const LoadSettings &settings, QObject *parent = nullptr);
    ~LoadRun() override;
    Q_DISABLE_COPY_MOVE(LoadRun)

    void start();
    // The report as JSON (valid after finished()).
    const QJsonObject &report() const { return m_report; }

Q_SIGNALS:
    void finished();

private:
    enum class Stage { Connecting, Initialising, Warmup, Measuring, Done };

    void clientOpened(LoadClient *client) override;
    void clientMessage(LoadClient *client, bool isText, const QByteArray &data) override;
    void clientFailed(LoadClient *client, const QString &why) override;

    void openMore();
    void checkReady();
    void beginTraffic();
    void beginMeasuring();
    void stop(const QString &why);
    void sendNext(LoadClient *client);
    void sendMcpCall(LoadClient *client);
    void error(const QString &why);

    LoadSettings m_settings;
    QStringList m_subprotocols;
    QByteArray m_payload;
    std::vector<LoadClient *> m_clients;
    int m_nextToOpen = 0;
    int m_connecting = 0;
    int m_opened = 0;
    int m_ready = 0;
    int m_failedToOpen = 0;
    Stage m_stage = Stage::Connecting;
    QTimer *m_stageTimer;
    QTimer *m_connectTimer;

    // Counted over the measured time only.
    quint64 m_answers = 0;
    quint64 m_answerBytes = 0;
    quint64 m_errors = 0;
    quint64 m_errorsBefore = 0; // during connecting and warm-up
    QString m_firstError;
    std::vector<qint64> m_rttNs;
    qint64 m_startNs = 0;
    qint64 m_openStartNs = 0;
    qint64 m_ownCpuStart = 0;
    qint64 m_serverCpuStart = 0;
    quint64 m_pingsAtStart = 0;
    qint64 m_serverRssBefore = -1;
    QJsonObject m_report;
};

} // namespace SockscopeBench
