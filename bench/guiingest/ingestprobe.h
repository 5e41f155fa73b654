#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;
class QWidget;

namespace SockscopeBench {

// Watches the GUI thread: a precise timer every `intervalMs` measures how late each tick
// comes (the worst is the longest event-loop stall), and an event filter counts the paints
// of one widget (the frames table keeps repainting, or it does not).
class IngestProbe final : public QObject
{
    Q_OBJECT

public:
    IngestProbe(QWidget *painted, int intervalMs, QObject *parent = nullptr);

    void start();
    void stop();
    double worstStallMs() const { return m_worstStallNs / 1e6; }
    int stallsOver(double ms) const;
    int paints() const { return m_paints; }
    int ticks() const { return m_ticks; }
    double seconds() const { return m_seconds; }

    // Resident memory of this process in bytes (0 where the platform does not say).
    static qint64 residentBytes();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTick();

    QWidget *m_painted;
    int m_intervalMs;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstStallNs = 0;
    QList<qint64> m_stalls;
    int m_paints = 0;
    int m_ticks = 0;
    double m_seconds = 0;
    bool m_running = false;
};

} // namespace SockscopeBench
