#pragma once

#include <QPlainTextEdit>

namespace Sockscope {

// A list of strings edited one per line (subprotocols, allowed origins); blank lines and
// surrounding spaces are ignored.
class LinesEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LinesEdit(QWidget *parent = nullptr);

    QStringList lines() const;
    void setLines(const QStringList &lines);
    QSize sizeHint() const override;
};

} // namespace Sockscope
