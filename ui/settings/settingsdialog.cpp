#include "settingsdialog.h"

#include "common/themecolors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sockscope {

SettingsDialog::SettingsDialog(const QString &objectName, const QString &title, QWidget *parent)
    : QDialog(parent),
      m_tabs(new QTabWidget(this)),
      m_problems(new QLabel(this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    m_problems->setWordWrap(true);
    QPalette pal = m_problems->palette();
    pal.setColor(QPalette::WindowText, ThemeColors::problem(pal));
    m_problems->setPalette(pal);
    m_problems->hide();
}

void SettingsDialog::addButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QStringList list = problems();
    if (!list.isEmpty()) {
        m_problems->setText(list.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    m_problems->hide();
    QDialog::accept();
}

} // namespace Sockscope
