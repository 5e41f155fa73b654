#pragma once

#include <QDialog>

class QSpinBox;

namespace Sockscope {

// Asks how often to send the composer's message, and at what interval (Send Repeatedly…).
// The last choice is kept in the settings ("composer/repeat…").
class RepeatDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RepeatDialog(bool hasVariables, QWidget *parent = nullptr);

    qint64 count() const;
    int intervalMs() const;
    void setCount(qint64 count);
    void setIntervalMs(int ms);
    // Keeps the choice for the next time.
    void remember() const;

private:
    QSpinBox *m_count;
    QSpinBox *m_interval;
};

} // namespace Sockscope
