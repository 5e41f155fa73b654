#include "replayassertionseditor.h"

#include "replayassertiondialog.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Sockscope {

ReplayAssertionsEditor::ReplayAssertionsEditor(QWidget *parent)
    : QWidget(parent),
      m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("Remo&ve"), this))
{
    setObjectName(QStringLiteral("replayAssertionsEditor"));
    m_list->setObjectName(QStringLiteral("assertionList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setToolTip(tr("Checks beyond comparing with the recording; a failed assertion fails its step"));
    m_add->setObjectName(QStringLiteral("addAssertionButton"));
    m_edit->setObjectName(QStringLiteral("editAssertionButton"));
    m_remove->setObjectName(QStringLiteral("removeAssertionButton"));
    connect(m_add, &QPushButton::clicked, this, &ReplayAssertionsEditor::addAssertion);
    connect(m_edit, &QPushButton::clicked, this, [this] { editAssertion(m_list->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, &ReplayAssertionsEditor::removeSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) { editAssertion(m_list->row(item)); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ReplayAssertionsEditor::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    updateButtons();
}

void ReplayAssertionsEditor::setAssertions(const QList<ReplayAssertion> &assertions)
{
    m_assertions = assertions;
    rebuild(-1);
}

void ReplayAssertionsEditor::setSteps(const QStringList &steps)
{
    m_steps = steps;
}

void ReplayAssertionsEditor::addAssertion()
{
    openDialog(-1);
}

void ReplayAssertionsEditor::editAssertion(int row)
{
    if (row >= 0 && row < m_assertions.size())
        openDialog(row);
}

void ReplayAssertionsEditor::openDialog(int row)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new ReplayAssertionDialog(m_steps, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowTitle(row < 0 ? tr("Add Assertion") : tr("Edit Assertion"));
    if (row >= 0)
        m_dialog->setAssertion(m_assertions.at(row));
    connect(m_dialog, &QDialog::accepted, this, [this, row] {
        ReplayAssertion assertion;
        if (!m_dialog || !m_dialog->assertion(&assertion, nullptr))
            return;
        if (row >= 0 && row < m_assertions.size())
            m_assertions[row] = assertion;
        else
            m_assertions.append(assertion);
        rebuild(row >= 0 ? row : int(m_assertions.size()) - 1);
        Q_EMIT changed();
    });
    m_dialog->open();
}

void ReplayAssertionsEditor::removeSelected()
{
    QList<int> rows;
    for (const QListWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->row(item));
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : std::as_const(rows))
        m_assertions.removeAt(row);
    rebuild(std::min(rows.last(), int(m_assertions.size()) - 1));
    Q_EMIT changed();
}

void ReplayAssertionsEditor::rebuild(int select)
{
    m_list->clear();
    for (const ReplayAssertion &assertion : std::as_const(m_assertions)) {
        auto *item = new QListWidgetItem(assertion.describe(), m_list);
        item->setToolTip(ReplayAssertionDialog::typeTitle(assertion.type) + QStringLiteral(": ") + assertion.describe());
    }
    if (select >= 0 && select < m_list->count())
        m_list->setCurrentRow(select);
    updateButtons();
}

void ReplayAssertionsEditor::updateButtons()
{
    const bool selected = !m_list->selectedItems().isEmpty();
    m_edit->setEnabled(m_list->selectedItems().size() == 1);
    m_remove->setEnabled(selected);
}

} // namespace Sockscope
