#include "headerseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sockscope {

HeadersEditor::HeadersEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("headersEditor"));
    m_table->setObjectName(QStringLiteral("headersTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 180);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("Add Header"), this);
    add->setObjectName(QStringLiteral("addHeaderButton"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeHeaderButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void HeadersEditor::addRow(const QString &name, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
}

QList<QPair<QString, QString>> HeadersEditor::headers() const
{
    QList<QPair<QString, QString>> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue;
        list.append({name, value});
    }
    return list;
}

void HeadersEditor::setHeaders(const QList<QPair<QString, QString>> &headers)
{
    m_table->setRowCount(0);
    for (const auto &header : headers)
        addRow(header.first, header.second);
}

bool HeadersEditor::isToken(const QString &text)
{
    if (text.isEmpty())
        return false;
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

QStringList HeadersEditor::problems() const
{
    QStringList list;
    for (const auto &header : headers()) {
        if (!isToken(header.first))
            list.append(tr("\"%1\" is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only).").arg(header.first));
        if (header.second.contains(QLatin1Char('\n')) || header.second.contains(QLatin1Char('\r')))
            list.append(tr("The value of header %1 contains a line break.").arg(header.first));
    }
    return list;
}

} // namespace Sockscope
