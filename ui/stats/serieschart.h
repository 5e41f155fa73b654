#pragma once

#include <QWidget>

namespace Sockscope {

class SampleSeries;

// A small live line chart of a SampleSeries (durations in nanoseconds), drawn with
// QPainter: the samples in arrival order, a scale rounded to a readable maximum, the
// last value. Colours from the palette.
class SeriesChart final : public QWidget
{
    Q_OBJECT

public:
    SeriesChart(const QString &title, QWidget *parent = nullptr);

    // Repaints when the series moved since the last call.
    void setSeries(const SampleSeries *series);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    const SampleSeries *m_series = nullptr;
    quint64 m_revision = ~quint64(0);
};

} // namespace Sockscope
