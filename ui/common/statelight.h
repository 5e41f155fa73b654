#pragma once

#include "documentstate.h"

#include <QIcon>
#include <QWidget>

namespace Sockscope {

// A round light in the state's colour (grey idle, amber busy, green open, red failed),
// as a small widget for the connection bar and as an icon for the document's tab.
class StateLight final : public QWidget
{
    Q_OBJECT

public:
    explicit StateLight(QWidget *parent = nullptr);

    DocumentState state() const { return m_state; }
    void setState(DocumentState state);
    QSize sizeHint() const override;

    static QColor color(DocumentState state, const QPalette &palette);
    static QIcon icon(DocumentState state, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DocumentState m_state = DocumentState::Idle;
};

} // namespace Sockscope
