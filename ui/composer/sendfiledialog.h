#pragma once

#include "filesource.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Sockscope {

class FileEdit;

// Asks which file to send and how (Send File…): each line a message (text, or binary with
// each line written as hex or base64), or the whole file as one message (text, or its
// bytes as binary), and the interval between messages.
class SendFileDialog final : public QDialog
{
    Q_OBJECT

public:
    // `composerFormat`: the composer's format (0 text, 1 hex, 2 base64) picks the first choice.
    explicit SendFileDialog(int composerFormat, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    FileSource::Mode mode() const;
    void setMode(FileSource::Mode mode);
    FileSource::Content content() const;
    void setContent(FileSource::Content content);
    int intervalMs() const;
    void setIntervalMs(int ms);

private:
    void fillContents();
    void validate();

    FileEdit *m_file;
    QRadioButton *m_lines;
    QRadioButton *m_whole;
    QComboBox *m_content;
    QSpinBox *m_interval;
    QLabel *m_problem;
    QPushButton *m_send = nullptr;
    int m_composerFormat;
};

} // namespace Sockscope
