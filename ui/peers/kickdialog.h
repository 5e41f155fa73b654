#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sockscope {

// Asks for the close code and reason to close a peer with. Only codes that may be sent
// are accepted; the reason must fit a close frame (123 bytes of UTF-8).
class KickDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit KickDialog(quint32 peerId, QWidget *parent = nullptr);

    quint16 code() const;
    QString reason() const;
    void setCode(int code);
    void setReason(const QString &reason);
    bool isValid() const;

private:
    void validate();

    QSpinBox *m_code;
    QLabel *m_meaning;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Sockscope
