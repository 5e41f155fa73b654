#include "elidedlabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QTextDocument>
#include <QToolTip>

namespace Sockscope {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(false);
}

void ElidedLabel::setMinimumChars(int chars)
{
    m_minimumChars = qMax(1, chars);
    updateGeometry();
}

QSize ElidedLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    const QMargins margins = contentsMargins();
    const int least = fontMetrics().averageCharWidth() * m_minimumChars + margins.left() + margins.right() + 2 * margin();
    size.setWidth(qMin(size.width(), least));
    return size;
}

QString ElidedLabel::plainText() const
{
    const bool rich = textFormat() == Qt::RichText || (textFormat() == Qt::AutoText && Qt::mightBeRichText(text()));
    return rich ? QString() : text();
}

QRect ElidedLabel::textArea() const
{
    return contentsRect().adjusted(margin(), margin(), -margin(), -margin());
}

bool ElidedLabel::isElided() const
{
    const QString shown = plainText();
    return !shown.isEmpty() && fontMetrics().horizontalAdvance(shown) > textArea().width();
}

bool ElidedLabel::event(QEvent *event)
{
    // While elided, the tooltip is the whole text (the label's own tooltip below it).
    if (event->type() == QEvent::ToolTip && isElided()) {
        const QString own = toolTip();
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                           own.isEmpty() ? plainText() : plainText() + QLatin1Char('\n') + own, this);
        return true;
    }
    return QLabel::event(event);
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    if (!isElided()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    const QRect area = textArea();
    const QString text = fontMetrics().elidedText(plainText(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), text, foregroundRole());
}

} // namespace Sockscope
