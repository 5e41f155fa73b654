#include "serieschart.h"

#include "capture/sampleseries.h"

#include "common/displayformat.h"
#include "common/themecolors.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Sockscope {

namespace {

// 1, 2 or 5 times a power of ten, at least `value`.
qint64 niceCeiling(qint64 value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(value))));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= double(value))
            return qint64(step * magnitude);
    }
    return value;
}

} // namespace

SeriesChart::SeriesChart(const QString &title, QWidget *parent)
    : QWidget(parent), m_title(title)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SeriesChart::setSeries(const SampleSeries *series)
{
    if (series == m_series && (!series || series->revision() == m_revision))
        return;
    m_series = series;
    m_revision = series ? series->revision() : 0;
    update();
}

QSize SeriesChart::sizeHint() const
{
    return {320, fontMetrics().height() * 6};
}

QSize SeriesChart::minimumSizeHint() const
{
    return {160, fontMetrics().height() * 5};
}

void SeriesChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(pal.color(QPalette::Mid));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRect(frame);

    const int line = metrics.height();
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRectF(6, 2, width() - 12, line), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    const int count = m_series ? m_series->size() : 0;
    if (count == 0) {
        painter.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter, tr("No samples yet"));
        return;
    }
    const qint64 top = niceCeiling(m_series->maxValue());
    const SampleSeries::Sample last = m_series->at(count - 1);
    painter.drawText(QRectF(6, 2, width() - 12, line), Qt::AlignRight | Qt::AlignVCenter,
                     tr("last %1").arg(DisplayFormat::duration(last.value)));

    const QRectF plot(6, line + 6, width() - 12, height() - 2 * line - 10);
    painter.setPen(QPen(pal.color(QPalette::Midlight), 1, Qt::DashLine));
    for (int i = 1; i < 4; ++i) {
        const qreal y = plot.top() + plot.height() * i / 4.0;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    painter.setPen(pal.color(QPalette::Disabled, QPalette::Text));
    painter.drawText(QRectF(6, plot.bottom() + 2, width() - 12, line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("max scale %1 · %n sample(s)", nullptr, count).arg(DisplayFormat::duration(top)));

    QPainterPath path;
    const qreal step = count > 1 ? plot.width() / (count - 1) : 0;
    for (int i = 0; i < count; ++i) {
        const qreal x = plot.left() + step * i;
        const qreal y = plot.bottom() - plot.height() * double(m_series->at(i).value) / double(top);
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    const QColor accent = ThemeColors::incoming(pal);
    painter.setPen(QPen(accent, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setBrush(accent);
    const qreal lastY = plot.bottom() - plot.height() * double(last.value) / double(top);
    painter.drawEllipse(QPointF(plot.left() + step * (count - 1), lastY), 2.5, 2.5);
}

} // namespace Sockscope
