#include "repeatdialog.h"

#include "bulksender.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

const QString kCountKey = QStringLiteral("composer/repeatCount");
const QString kIntervalKey = QStringLiteral("composer/repeatIntervalMs");
constexpr int kDefaultCount = 100;

} // namespace

RepeatDialog::RepeatDialog(bool hasVariables, QWidget *parent)
    : QDialog(parent), m_count(new QSpinBox(this)), m_interval(new QSpinBox(this))
{
    setObjectName(QStringLiteral("repeatDialog"));
    setWindowTitle(tr("Send Repeatedly"));
    m_count->setObjectName(QStringLiteral("repeatCount"));
    m_count->setRange(1, int(BulkSender::kMaxRepeat));
    m_count->setGroupSeparatorShown(true);
    m_count->setToolTip(tr("How many times the message is sent: 1 to %1").arg(QLocale().toString(BulkSender::kMaxRepeat)));
    m_interval->setObjectName(QStringLiteral("repeatInterval"));
    m_interval->setRange(0, BulkSender::kMaxIntervalMs);
    m_interval->setGroupSeparatorShown(true);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setSpecialValueText(tr("none: as fast as the socket takes them"));
    m_interval->setToolTip(tr("Time between two messages; 0 sends as fast as the socket takes them"));
    const QSettings settings;
    m_count->setValue(settings.value(kCountKey, kDefaultCount).toInt());
    m_interval->setValue(settings.value(kIntervalKey, 0).toInt());

    auto *note = new QLabel(hasVariables ? tr("{{nextId}}, {{uuid}} and {{now}} are new in every message.")
                                         : tr("The message is sent as it is, each time."),
                            this);
    note->setObjectName(QStringLiteral("repeatNote"));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("repeatButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Messages:"), m_count);
    form->addRow(tr("Interval:"), m_interval);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

qint64 RepeatDialog::count() const
{
    return m_count->value();
}

int RepeatDialog::intervalMs() const
{
    return m_interval->value();
}

void RepeatDialog::setCount(qint64 count)
{
    m_count->setValue(int(qBound<qint64>(1, count, BulkSender::kMaxRepeat)));
}

void RepeatDialog::setIntervalMs(int ms)
{
    m_interval->setValue(ms);
}

void RepeatDialog::remember() const
{
    QSettings settings;
    settings.setValue(kCountKey, m_count->value());
    settings.setValue(kIntervalKey, m_interval->value());
}

} // namespace Sockscope
