#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTextTable>
#include <QVBoxLayout>

namespace Sockscope {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent),
      m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("Sockscope Guide"));
    setModal(false);

    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    // Web links open in the browser; the guide names docs/ files as plain paths.
    m_browser->setOpenExternalLinks(true);
    // The guide itself is English only: it is reference text that names menus, keys and
    // commands, and translating it belongs with the docs, not with the tr() strings.
    const QString markdown = guideMarkdown();
    if (markdown.isEmpty())
        m_browser->setPlainText(tr("The guide is missing from this build. See the docs folder of the source."));
    else
        m_browser->setMarkdown(markdown);
    // The Markdown importer draws tables with doubled borders and cramped cells: one-line
    // borders and some padding read better.
    for (QTextFrame *frame : m_browser->document()->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setBorder(1);
            format.setCellSpacing(0);
            format.setCellPadding(3);
            format.setBorderBrush(palette().brush(QPalette::Mid));
            table->setFormat(format);
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("helpButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString HelpDialog::guideMarkdown()
{
    QFile file(QStringLiteral(":/help/guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void HelpDialog::showHelp(QWidget *parent)
{
    auto *dialog = parent ? parent->findChild<HelpDialog *>(QStringLiteral("helpDialog"), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new HelpDialog(parent);
        if (!parent)
            dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace Sockscope
