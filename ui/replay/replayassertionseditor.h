#pragma once

#include "replayassertiondialog.h"

#include "replay/replayassertion.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace Sockscope {

// The assertions of a replay as a list (each described as in a report) with Add, Edit and
// Remove; adding and editing open a ReplayAssertionDialog, window-modal but not blocking.
class ReplayAssertionsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayAssertionsEditor(QWidget *parent = nullptr);

    void setAssertions(const QList<ReplayAssertion> &assertions);
    QList<ReplayAssertion> assertions() const { return m_assertions; }
    // The labels of the steps, step 1 first, offered by the assertion dialog.
    void setSteps(const QStringList &steps);

    void addAssertion();
    void editAssertion(int row);
    void removeSelected();
    // The add/edit dialog while it is open.
    ReplayAssertionDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void changed();

private:
    void openDialog(int row);
    void rebuild(int select);
    void updateButtons();

    QList<ReplayAssertion> m_assertions;
    QStringList m_steps;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPointer<ReplayAssertionDialog> m_dialog;
};

} // namespace Sockscope
