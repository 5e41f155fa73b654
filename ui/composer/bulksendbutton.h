#pragma once

#include <QToolButton>

class QAction;

namespace Sockscope {

class Composer;

// The composer's Bulk menu beside Send: Send Repeatedly… and Send File… (each asks with
// its dialog) and Send All Saved, all started through the composer's job API.
class BulkSendButton final : public QToolButton
{
    Q_OBJECT

public:
    explicit BulkSendButton(Composer *composer, QWidget *parent = nullptr);

    QAction *repeatAction() const { return m_repeat; }
    QAction *fileAction() const { return m_file; }
    // Also offered in the Saved menu.
    QAction *allSavedAction() const { return m_allSaved; }
    // Enables the button and its entries (no job runs and sending is possible).
    void setAvailable(bool available);

    void chooseRepeat();
    void chooseFile();

private:
    Composer *m_composer;
    QAction *m_repeat;
    QAction *m_file;
    QAction *m_allSaved;
};

} // namespace Sockscope
