#pragma once

#include "mock/mockfaults.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Sockscope {

// The Faults tab of a mock server document: fault injection changed while it runs: latency (a fixed
// time or a range), the shares of answers dropped, sent malformed or padded, closing each
// connection after N messages, ignoring pings, the methods the answer faults apply to, and
// the seed. Every edit the user makes comes out as one faultsChanged(): a number typed
// applies when Enter is pressed or its box is left; steps of the arrows, keys or wheel
// apply together `settleMs` after the last one (or when the box is left), so holding an
// arrow is one change, not one per value passed; the methods apply when their field is left.
class MockFaultsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MockFaultsPanel(int settleMs, QWidget *parent = nullptr);

    // Applies a stepped value now rather than after the pause (what leaving the box does).
    void applyPendingEdit();
    bool hasPendingEdit() const;

    // What the controls show (with what they do not show, such as the close reason, kept
    // from the last setFaults()).
    MockFaults faults() const;
    // Shows `faults`, without faultsChanged().
    void setFaults(const MockFaults &faults);
    // What "Reset to Config" goes back to: the configuration's "faults".
    void setConfigFaults(const MockFaults &faults);
    const MockFaults &configFaults() const { return m_config; }

    // For people: "latency 300 ms, 10 % dropped, pings ignored", or "off".
    static QString describe(const MockFaults &faults);

Q_SIGNALS:
    void faultsChanged(const Sockscope::MockFaults &faults);

private:
    // The faults' rows, each label leading to its row's first field.
    QFormLayout *createForm();
    // The summary line, the rows, the buttons and the note.
    void layOut(QFormLayout *form);
    void onEdited(QObject *sender);
    void emitIfChanged();
    // Shows `faults` and reports them when they differ from what was shown.
    void choose(const MockFaults &faults);
    void updateSummary();

    QLabel *m_summary;
    QSpinBox *m_latencyMin;
    QSpinBox *m_latencyMax;
    QDoubleSpinBox *m_drop;
    QDoubleSpinBox *m_malformed;
    QDoubleSpinBox *m_oversized;
    QSpinBox *m_oversizedBytes;
    QSpinBox *m_closeAfter;
    QSpinBox *m_closeCode;
    QCheckBox *m_ignorePings;
    QLineEdit *m_methods;
    QSpinBox *m_seed;
    QPushButton *m_reset;
    QPushButton *m_off;
    QTimer *m_settle;
    MockFaults m_shown;  // the last faults set or emitted
    MockFaults m_config;
    bool m_updating = false;
};

} // namespace Sockscope
