#include "statelight.h"

#include "themecolors.h"

#include <QPainter>
#include <QPixmap>

namespace Sockscope {

namespace {

void paintLight(QPainter *painter, const QRectF &area, const QColor &color)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color.darker(140), 1));
    painter->setBrush(color);
    const qreal side = qMin(area.width(), area.height()) - 2;
    painter->drawEllipse(QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side));
}

} // namespace

StateLight::StateLight(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stateLight"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StateLight::setState(DocumentState state)
{
    if (m_state == state)
        return;
    m_state = state;
    update();
}

QSize StateLight::sizeHint() const
{
    const int side = fontMetrics().height() * 3 / 4 + 2;
    return {side, side};
}

QColor StateLight::color(DocumentState state, const QPalette &palette)
{
    switch (state) {
    case DocumentState::Idle: return ThemeColors::idle(palette);
    case DocumentState::Busy: return ThemeColors::busy(palette);
    case DocumentState::Open: return ThemeColors::good(palette);
    case DocumentState::Failed: return ThemeColors::problem(palette);
    }
    return ThemeColors::idle(palette);
}

QIcon StateLight::icon(DocumentState state, const QPalette &palette)
{
    QIcon icon;
    for (const int side : {12, 16, 24, 32}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintLight(&painter, QRectF(0, 0, side, side).adjusted(side / 8.0, side / 8.0, -side / 8.0, -side / 8.0),
                   color(state, palette));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void StateLight::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintLight(&painter, QRectF(rect()), color(m_state, palette()));
}

} // namespace Sockscope
