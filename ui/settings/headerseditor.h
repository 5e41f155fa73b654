#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QTableWidget;

namespace Sockscope {

// Extra handshake headers as an ordered table of name and value, with add and remove.
class HeadersEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit HeadersEditor(QWidget *parent = nullptr);

    QList<QPair<QString, QString>> headers() const;
    void setHeaders(const QList<QPair<QString, QString>> &headers);
    void addRow(const QString &name = {}, const QString &value = {});
    QTableWidget *table() const { return m_table; }
    // Problems for people: bad names, line breaks in values.
    QStringList problems() const;

    // RFC 7230 token: what header names and subprotocols are made of.
    static bool isToken(const QString &text);

private:
    QTableWidget *m_table;
};

} // namespace Sockscope
