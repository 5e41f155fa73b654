#include "sendfiledialog.h"

#include "bulksender.h"

#include "common/themecolors.h"
#include "settings/fileedit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

constexpr int kPathChars = 48;

} // namespace

SendFileDialog::SendFileDialog(int composerFormat, QWidget *parent)
    : QDialog(parent),
      m_file(new FileEdit(tr("All files (*)"), this)),
      m_lines(new QRadioButton(tr("Each line as a message"), this)),
      m_whole(new QRadioButton(tr("The whole file as one message"), this)),
      m_content(new QComboBox(this)),
      m_interval(new QSpinBox(this)),
      m_problem(new QLabel(this)),
      m_composerFormat(composerFormat)
{
    setObjectName(QStringLiteral("sendFileDialog"));
    setWindowTitle(tr("Send File"));
    m_file->setObjectName(QStringLiteral("sendFilePath"));
    m_file->lineEdit()->setObjectName(QStringLiteral("sendFilePathEdit"));
    m_file->lineEdit()->setPlaceholderText(tr("the file to send"));
    m_lines->setObjectName(QStringLiteral("sendFileLines"));
    m_lines->setToolTip(tr("One message per line, in order; an empty line is an empty message, as sockscope connect sends standard input"));
    m_whole->setObjectName(QStringLiteral("sendFileWhole"));
    m_whole->setToolTip(tr("One message with the file's content, up to the connection's max message size"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_lines);
    modes->addButton(m_whole);
    m_lines->setChecked(true);
    m_content->setObjectName(QStringLiteral("sendFileContent"));
    m_interval->setObjectName(QStringLiteral("sendFileInterval"));
    m_interval->setRange(0, BulkSender::kMaxIntervalMs);
    m_interval->setGroupSeparatorShown(true);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setSpecialValueText(tr("none: as fast as the socket takes them"));
    m_interval->setToolTip(tr("Time between two lines; 0 sends as fast as the socket takes them"));
    m_problem->setObjectName(QStringLiteral("sendFileProblem"));
    m_problem->setWordWrap(true);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, ThemeColors::problem(pal));
    m_problem->setPalette(pal);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("sendFileButtons"));
    m_send = buttons->button(QDialogButtonBox::Ok);
    m_send->setText(tr("Send"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lines, &QRadioButton::toggled, this, [this] {
        fillContents();
        m_interval->setEnabled(m_lines->isChecked());
    });
    connect(m_file->lineEdit(), &QLineEdit::textChanged, this, &SendFileDialog::validate);

    // Room for a path: the file box would otherwise be a dozen characters wide.
    m_file->setMinimumWidth(fontMetrics().averageCharWidth() * kPathChars);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Send:"), m_lines);
    form->addRow(QString(), m_whole);
    form->addRow(tr("As:"), m_content);
    form->addRow(tr("Interval:"), m_interval);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    fillContents();
    validate();
}

void SendFileDialog::fillContents()
{
    // The lines can be written as the composer writes binary; a whole file is sent as it is.
    const QVariant before = m_content->currentData();
    m_content->clear();
    m_content->addItem(tr("Text"), int(FileSource::Content::Text));
    if (mode() == FileSource::Mode::Lines) {
        m_content->addItem(tr("Binary: each line is hex"), int(FileSource::Content::Hex));
        m_content->addItem(tr("Binary: each line is base64"), int(FileSource::Content::Base64));
    } else {
        m_content->addItem(tr("Binary: the file's bytes"), int(FileSource::Content::Binary));
    }
    int index = m_content->findData(before);
    if (!before.isValid() || index < 0) {
        const bool lines = mode() == FileSource::Mode::Lines;
        const int wanted = m_composerFormat == 0 ? int(FileSource::Content::Text)
                           : lines ? int(m_composerFormat == 1 ? FileSource::Content::Hex : FileSource::Content::Base64)
                                   : int(FileSource::Content::Binary);
        index = qMax(0, m_content->findData(wanted));
    }
    m_content->setCurrentIndex(index);
}

void SendFileDialog::validate()
{
    const QFileInfo info(path());
    QString problem;
    if (!path().isEmpty() && !info.exists())
        problem = tr("There is no such file.");
    else if (!path().isEmpty() && !info.isFile())
        problem = tr("This is not a file.");
    m_problem->setText(problem);
    m_send->setEnabled(problem.isEmpty() && info.isFile());
}

QString SendFileDialog::path() const
{
    return m_file->path();
}

void SendFileDialog::setPath(const QString &path)
{
    m_file->setPath(path);
}

FileSource::Mode SendFileDialog::mode() const
{
    return m_whole->isChecked() ? FileSource::Mode::Whole : FileSource::Mode::Lines;
}

void SendFileDialog::setMode(FileSource::Mode mode)
{
    (mode == FileSource::Mode::Whole ? m_whole : m_lines)->setChecked(true);
}

FileSource::Content SendFileDialog::content() const
{
    return FileSource::Content(m_content->currentData().toInt());
}

void SendFileDialog::setContent(FileSource::Content content)
{
    const int index = m_content->findData(int(content));
    if (index >= 0)
        m_content->setCurrentIndex(index);
}

int SendFileDialog::intervalMs() const
{
    return mode() == FileSource::Mode::Lines ? m_interval->value() : 0;
}

void SendFileDialog::setIntervalMs(int ms)
{
    m_interval->setValue(ms);
}

} // namespace Sockscope
