#pragma once

#include <QWidget>

class QLineEdit;

namespace Sockscope {

// A file path with a Browse button (PEM certificates and keys).
class FileEdit final : public QWidget
{
    Q_OBJECT

public:
    FileEdit(const QString &filter, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QLineEdit *lineEdit() const { return m_edit; }
    // Empty, or a readable file.
    bool isAcceptable() const;

private:
    QLineEdit *m_edit;
    QString m_filter;
};

} // namespace Sockscope
