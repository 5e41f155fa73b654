#include "fileedit.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Sockscope {

FileEdit::FileEdit(const QString &filter, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_filter(filter)
{
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a File"), m_edit->text(), m_filter);
        if (!path.isEmpty())
            m_edit->setText(path);
    });
    m_edit->setClearButtonEnabled(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(browse);
}

QString FileEdit::path() const
{
    return m_edit->text().trimmed();
}

void FileEdit::setPath(const QString &path)
{
    m_edit->setText(path);
}

bool FileEdit::isAcceptable() const
{
    if (path().isEmpty())
        return true;
    const QFileInfo info(path());
    return info.isFile() && info.isReadable();
}

} // namespace Sockscope
