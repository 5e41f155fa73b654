#pragma once

#include <QLabel>

namespace Sockscope {

// A one-line label for text of any length (status lines, URLs, messages): it asks for its
// whole text's width but makes do with a few characters, eliding the rest on the right and
// showing the whole text as its tooltip while elided. A long message therefore never widens
// the window. Rich text is drawn as QLabel does, only the minimum width is capped.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // How many average characters the label keeps at the least (default 12).
    void setMinimumChars(int chars);
    // Whether the text does not fit the label's width now.
    bool isElided() const;

    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // The text as drawn when it is plain; empty for rich text (never elided).
    QString plainText() const;

    QRect textArea() const;

    int m_minimumChars = 12;
};

} // namespace Sockscope
