#pragma once

#include <QDialog>

namespace Sockscope {

// Version and licence information, including the Qt and QScintilla versions in use.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString qscintillaVersion();
};

} // namespace Sockscope
