#pragma once

#include "replay/replayassertion.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sockscope {

// Adds or edits one replay assertion: its type, then the fields that type takes (step, JSON
// path, value, pattern, notification method, milliseconds). What is typed is checked as the
// session file would be (ReplayAssertion::fromJson): after the first edit, and on OK, the field
// in error gets a red frame and the line under the form says what is wrong; OK accepts only
// a valid assertion.
class ReplayAssertionDialog final : public QDialog
{
    Q_OBJECT

public:
    // `steps`: the labels of the replay's steps, step 1 first, for the step list.
    explicit ReplayAssertionDialog(const QStringList &steps, QWidget *parent = nullptr);

    void setAssertion(const ReplayAssertion &assertion);
    // The assertion as typed; false (with `error`) when it is not valid.
    bool assertion(ReplayAssertion *assertion, QString *error) const;
    QString errorText() const;

    static QString typeTitle(ReplayAssertion::Type type);

private:
    void onTypeChanged();
    void fillSteps(int keep);
    bool build(ReplayAssertion *assertion, QString *error, QWidget **culprit) const;
    bool validate();
    void touch();
    ReplayAssertion::Type currentType() const;

    QStringList m_steps;
    QComboBox *m_type;
    QComboBox *m_step;
    QLineEdit *m_path;
    QLineEdit *m_value;
    QLineEdit *m_pattern;
    QLineEdit *m_method;
    QSpinBox *m_ms;
    QLabel *m_msLabel;
    QLabel *m_hint;
    QLabel *m_error;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    bool m_touched = false;
};

} // namespace Sockscope
