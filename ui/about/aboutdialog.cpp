#include "aboutdialog.h"

#include <Qsci/qsciglobal.h>

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Sockscope {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Sockscope"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sockscope.png")).pixmap(64, 64));

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setText(tr("<h2>Sockscope %1</h2>"
                     "<p>Inspector and test harness for WebSocket and for MCP over WebSocket.</p>"
                     "<p>Qt %2 (built with %3)<br>QScintilla %4</p>")
                      .arg(QStringLiteral(SOCKSCOPE_VERSION), QString::fromLatin1(qVersion()),
                           QStringLiteral(QT_VERSION_STR), qscintillaVersion()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

QString AboutDialog::qscintillaVersion()
{
    return QStringLiteral(QSCINTILLA_VERSION_STR);
}

} // namespace Sockscope
