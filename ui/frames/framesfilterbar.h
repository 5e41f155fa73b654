#pragma once

#include "framefilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace Sockscope {

// The controls above the frames: text or regular expression (case optional), kinds,
// directions, JSON-RPC method, peer (server documents) and "errors only". Typing waits
// `delayMs` before the filter applies; every other control applies at once.
class FramesFilterBar final : public QWidget
{
    Q_OBJECT

public:
    FramesFilterBar(bool serverMode, int delayMs, QWidget *parent = nullptr);

    FrameFilter filter() const;
    void setFilter(const FrameFilter &filter);
    // The methods and peers on offer; the current choice stays.
    void setMethods(const QStringList &methods);
    void setPeers(const QList<quint32> &peers);
    void setError(const QString &error);
    void focusText();

Q_SIGNALS:
    void filterChanged(const Sockscope::FrameFilter &filter);

private:
    void createTextField();
    // The kinds button: All Kinds, Messages Only and one checkable action per kind.
    void createKindMenu();
    // The method filter, and the peer filter of a server's frames.
    void createMethodAndPeerFilters(bool serverMode);
    void emitNow();
    void updateKindButton();

    QLineEdit *m_text;
    QToolButton *m_regex;
    QToolButton *m_case;
    QToolButton *m_kinds;
    QMenu *m_kindMenu;
    QToolButton *m_in;
    QToolButton *m_out;
    QToolButton *m_local;
    QComboBox *m_method;
    QComboBox *m_peer = nullptr;
    QCheckBox *m_errors;
    QToolButton *m_reset;
    QTimer *m_delay;
    bool m_applying = false;
};

} // namespace Sockscope
