#include "linesedit.h"

namespace Sockscope {

LinesEdit::LinesEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

QStringList LinesEdit::lines() const
{
    QStringList list;
    for (const QString &line : toPlainText().split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            list.append(trimmed);
    }
    return list;
}

void LinesEdit::setLines(const QStringList &lines)
{
    setPlainText(lines.join(QLatin1Char('\n')));
}

QSize LinesEdit::sizeHint() const
{
    return {240, fontMetrics().height() * 4 + 12};
}

} // namespace Sockscope
