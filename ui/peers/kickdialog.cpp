#include "kickdialog.h"

#include "common/themecolors.h"
#include "detail/closecodetext.h"
#include "protocol/closecode.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

constexpr int kMaxReasonBytes = 123;

} // namespace

KickDialog::KickDialog(quint32 peerId, QWidget *parent)
    : QDialog(parent),
      m_code(new QSpinBox(this)),
      m_meaning(new QLabel(this)),
      m_reason(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("kickDialog"));
    setWindowTitle(tr("Close Peer %1").arg(peerId));
    m_code->setObjectName(QStringLiteral("kickCode"));
    m_code->setRange(1000, 4999);
    m_code->setValue(CloseCode::Normal);
    m_code->setToolTip(tr("1000-1014 as RFC 6455 defines them, 3000-3999 registered, 4000-4999 private. Default: 1000."));
    m_meaning->setObjectName(QStringLiteral("kickMeaning"));
    m_meaning->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("kickReason"));
    m_reason->setPlaceholderText(tr("optional, at most 123 bytes"));
    m_problem->setObjectName(QStringLiteral("kickProblem"));
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, ThemeColors::problem(pal));
    m_problem->setPalette(pal);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close Peer"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QSpinBox::valueChanged, this, &KickDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &KickDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("Close code:"), m_code);
    form->addRow(QString(), m_meaning);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
}

quint16 KickDialog::code() const
{
    return quint16(m_code->value());
}

QString KickDialog::reason() const
{
    return m_reason->text();
}

void KickDialog::setCode(int code)
{
    m_code->setValue(code);
}

void KickDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

bool KickDialog::isValid() const
{
    return CloseCode::isSendable(m_code->value()) && m_reason->text().toUtf8().size() <= kMaxReasonBytes;
}

void KickDialog::validate()
{
    const int code = m_code->value();
    m_meaning->setText(tr("%1: %2").arg(CloseCode::name(code), CloseCodeText::meaning(code)));
    QString problem;
    if (!CloseCode::isSendable(code))
        problem = tr("%1 may not be sent in a close frame.").arg(code);
    else if (m_reason->text().toUtf8().size() > kMaxReasonBytes)
        problem = tr("The reason is %1 bytes long; a close frame holds at most %2.").arg(m_reason->text().toUtf8().size()).arg(kMaxReasonBytes);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Sockscope
