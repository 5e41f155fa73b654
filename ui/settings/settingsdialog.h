#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QTabWidget;

namespace Sockscope {

// What the connection and server settings dialogs share: their pages in tabs, the list of
// what is wrong under them, OK and Cancel. OK accepts only when problems() is empty and
// otherwise lists the problems and stays open.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    QTabWidget *tabs() const { return m_tabs; }
    // Empty when everything is acceptable.
    virtual QStringList problems() const = 0;

    void accept() override;

protected:
    SettingsDialog(const QString &objectName, const QString &title, QWidget *parent);
    // Adds OK and Cancel below the pages: call after the pages were added, so the buttons
    // come last in the focus chain.
    void addButtons();

private:
    QTabWidget *m_tabs;
    QLabel *m_problems;
};

} // namespace Sockscope
