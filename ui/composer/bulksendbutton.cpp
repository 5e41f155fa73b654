#include "bulksendbutton.h"

#include "composer.h"
#include "repeatdialog.h"
#include "sendfiledialog.h"

#include "template/texttemplate.h"

#include <QMenu>

namespace Sockscope {

BulkSendButton::BulkSendButton(Composer *composer, QWidget *parent)
    : QToolButton(parent), m_composer(composer)
{
    setObjectName(QStringLiteral("bulkSendButton"));
    setText(tr("Bulk"));
    setToolTip(tr("Send the message repeatedly, a file's lines, or every saved message"));
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("bulkSendMenu"));
    m_repeat = menu->addAction(tr("Send &Repeatedly…"), this, &BulkSendButton::chooseRepeat);
    m_repeat->setObjectName(QStringLiteral("sendRepeatedlyAction"));
    m_repeat->setToolTip(tr("Send the composer's message many times, its variables new in each"));
    m_file = menu->addAction(tr("Send &File…"), this, &BulkSendButton::chooseFile);
    m_file->setObjectName(QStringLiteral("sendFileAction"));
    m_file->setToolTip(tr("Send a file's lines as messages, or the whole file as one"));
    m_allSaved = menu->addAction(tr("Send &All Saved"), composer, &Composer::sendAllSaved);
    m_allSaved->setObjectName(QStringLiteral("sendAllSavedAction"));
    m_allSaved->setToolTip(tr("Send every saved message, in the order of the Saved menu"));
    setMenu(menu);
}

void BulkSendButton::setAvailable(bool available)
{
    setEnabled(available);
    for (QAction *action : {m_repeat, m_file, m_allSaved})
        action->setEnabled(available);
}

void BulkSendButton::chooseRepeat()
{
    // Not while a job runs or there is nowhere to send (the entries are disabled then too).
    if (!isEnabled())
        return;
    const bool variables = m_composer->format() == Composer::Format::Text && TextTemplate(m_composer->text()).hasPlaceholders();
    RepeatDialog dialog(variables, m_composer);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    m_composer->sendRepeatedly(dialog.count(), dialog.intervalMs());
}

void BulkSendButton::chooseFile()
{
    // Not while a job runs or there is nowhere to send (the entries are disabled then too).
    if (!isEnabled())
        return;
    SendFileDialog dialog(int(m_composer->format()), m_composer);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_composer->sendFile(dialog.path(), dialog.mode(), dialog.content(), dialog.intervalMs());
}

} // namespace Sockscope
