#include "framesfilterbar.h"

#include "frametext.h"

#include "common/flowlayout.h"
#include "common/themecolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace Sockscope {

namespace {

constexpr EventKind kKinds[] = {
    EventKind::Text, EventKind::Binary, EventKind::Ping, EventKind::Pong, EventKind::Open, EventKind::Close,
    EventKind::Error, EventKind::Notice, EventKind::StateChange, EventKind::ReconnectAttempt,
    EventKind::HeartbeatMiss, EventKind::Refused,
};

} // namespace

FramesFilterBar::FramesFilterBar(bool serverMode, int delayMs, QWidget *parent)
    : QWidget(parent), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("framesFilterBar"));
    m_delay->setSingleShot(true);
    m_delay->setInterval(delayMs);
    connect(m_delay, &QTimer::timeout, this, &FramesFilterBar::emitNow);

    createTextField();

    const auto toggle = [this](const QString &name, const QString &text, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        connect(button, &QToolButton::toggled, this, &FramesFilterBar::emitNow);
        return button;
    };
    m_regex = toggle(QStringLiteral("filterRegex"), QStringLiteral(".*"), tr("Treat the text as a regular expression"));
    m_case = toggle(QStringLiteral("filterCase"), QStringLiteral("Aa"), tr("Match upper and lower case exactly"));

    createKindMenu();

    m_in = toggle(QStringLiteral("filterIn"), FrameText::directionWithArrow(Direction::In), tr("Show received frames"));
    m_out = toggle(QStringLiteral("filterOut"), FrameText::directionWithArrow(Direction::Out), tr("Show sent frames"));
    m_local = toggle(QStringLiteral("filterLocal"), FrameText::directionWithArrow(Direction::Local),
                     tr("Show what happened here: state changes, errors, reconnects"));
    for (QToolButton *button : {m_in, m_out, m_local}) {
        QSignalBlocker blocker(button);
        button->setChecked(true);
    }

    createMethodAndPeerFilters(serverMode);

    m_errors = new QCheckBox(tr("Errors only"), this);
    m_errors->setObjectName(QStringLiteral("filterErrors"));
    m_errors->setToolTip(tr("Errors, warnings, JSON-RPC errors, abnormal closes, refused peers and missed heartbeats"));
    connect(m_errors, &QCheckBox::toggled, this, &FramesFilterBar::emitNow);

    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("filterReset"));
    m_reset->setText(tr("Show All"));
    m_reset->setToolTip(tr("Remove every filter"));
    m_reset->setAutoRaise(true);
    connect(m_reset, &QToolButton::clicked, this, [this] { setFilter(FrameFilter()); emitNow(); });

    // The controls wrap to a second line rather than widen the window (docs/GUI.md).
    auto *row = new FlowLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->setStretchWidget(m_text);
    row->addWidget(m_text);
    row->addWidget(m_regex);
    row->addWidget(m_case);
    row->addWidget(m_kinds);
    row->addWidget(m_in);
    row->addWidget(m_out);
    row->addWidget(m_local);
    row->addWidget(m_method);
    if (m_peer)
        row->addWidget(m_peer);
    row->addWidget(m_errors);
    row->addWidget(m_reset);
    updateKindButton();
}

void FramesFilterBar::createTextField()
{
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter frames (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    // Room for a short filter and the whole placeholder (longer in some languages), the
    // clear button and the frame beside it: the field takes what its line leaves over, and
    // the filters stay on one line down to a frames pane of about 800 pixels.
    constexpr int shortFilterChars = 14;
    constexpr int clearButtonAndFrame = 32;
    const QFontMetrics metrics = m_text->fontMetrics();
    m_text->setMinimumWidth(qMax(metrics.averageCharWidth() * shortFilterChars, metrics.horizontalAdvance(m_text->placeholderText()))
                            + clearButtonAndFrame);
    m_text->setToolTip(tr("Show only frames whose message (or, for connection events, description) contains this text"));
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_delay->start(); });
    connect(m_text, &QLineEdit::returnPressed, this, &FramesFilterBar::emitNow);
}

void FramesFilterBar::createKindMenu()
{
    m_kinds = new QToolButton(this);
    m_kinds->setObjectName(QStringLiteral("filterKinds"));
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    m_kinds->setToolTip(tr("Which kinds of events to show"));
    m_kindMenu = new QMenu(m_kinds);
    m_kindMenu->setObjectName(QStringLiteral("filterKindMenu"));
    m_kindMenu->addAction(tr("All Kinds"), this, [this] {
        QSignalBlocker blocker(m_kindMenu);
        for (QAction *action : m_kindMenu->actions()) {
            if (action->isCheckable())
                action->setChecked(true);
        }
        emitNow();
    });
    m_kindMenu->addAction(tr("Messages Only"), this, [this] {
        for (QAction *action : m_kindMenu->actions()) {
            if (action->isCheckable()) {
                const auto kind = EventKind(action->data().toInt());
                action->setChecked(kind == EventKind::Text || kind == EventKind::Binary);
            }
        }
        emitNow();
    });
    m_kindMenu->addSeparator();
    for (const EventKind kind : kKinds) {
        QAction *action = m_kindMenu->addAction(FrameText::kind(kind));
        action->setObjectName(QStringLiteral("filterKind_") + eventKindName(kind));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(kind));
        connect(action, &QAction::toggled, this, &FramesFilterBar::emitNow);
    }
    m_kinds->setMenu(m_kindMenu);
}

void FramesFilterBar::createMethodAndPeerFilters(bool serverMode)
{
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("filterMethod"));
    m_method->setToolTip(tr("Show only requests of this JSON-RPC method, and their responses"));
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_method->addItem(tr("Any method"), QString());
    // As wide as its longest method when there is room, but a long one never widens the window.
    m_method->setMinimumWidth(m_method->minimumSizeHint().width());
    connect(m_method, &QComboBox::currentIndexChanged, this, &FramesFilterBar::emitNow);

    if (serverMode) {
        m_peer = new QComboBox(this);
        m_peer->setObjectName(QStringLiteral("filterPeer"));
        m_peer->setToolTip(tr("Show only the frames of one peer"));
        m_peer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_peer->addItem(tr("Any peer"), 0U);
        m_peer->setMinimumWidth(m_peer->minimumSizeHint().width());
        connect(m_peer, &QComboBox::currentIndexChanged, this, &FramesFilterBar::emitNow);
    }
}

FrameFilter FramesFilterBar::filter() const
{
    FrameFilter f;
    f.text = m_text->text();
    f.regex = m_regex->isChecked();
    f.caseSensitive = m_case->isChecked();
    f.kinds = 0;
    for (const QAction *action : m_kindMenu->actions()) {
        if (action->isCheckable() && action->isChecked())
            f.kinds |= FrameFilter::kindBit(EventKind(action->data().toInt()));
    }
    f.directions = 0;
    if (m_in->isChecked())
        f.directions |= FrameFilter::directionBit(Direction::In);
    if (m_out->isChecked())
        f.directions |= FrameFilter::directionBit(Direction::Out);
    if (m_local->isChecked())
        f.directions |= FrameFilter::directionBit(Direction::Local);
    f.method = m_method->currentData().toString();
    f.peerId = m_peer ? m_peer->currentData().toUInt() : 0;
    f.errorsOnly = m_errors->isChecked();
    return f;
}

void FramesFilterBar::setFilter(const FrameFilter &filter)
{
    m_applying = true;
    {
        const QList<QObject *> controls{m_text, m_regex, m_case, m_kindMenu, m_in, m_out, m_local, m_method, m_errors};
        for (QObject *control : controls)
            control->blockSignals(true);
        for (QAction *action : m_kindMenu->actions()) {
            if (action->isCheckable()) {
                QSignalBlocker blocker(action);
                action->setChecked(filter.kinds & FrameFilter::kindBit(EventKind(action->data().toInt())));
            }
        }
        m_text->setText(filter.text);
        m_regex->setChecked(filter.regex);
        m_case->setChecked(filter.caseSensitive);
        m_in->setChecked(filter.directions & FrameFilter::directionBit(Direction::In));
        m_out->setChecked(filter.directions & FrameFilter::directionBit(Direction::Out));
        m_local->setChecked(filter.directions & FrameFilter::directionBit(Direction::Local));
        if (!filter.method.isEmpty() && m_method->findData(filter.method) < 0)
            m_method->addItem(filter.method, filter.method);
        m_method->setCurrentIndex(qMax(0, m_method->findData(filter.method)));
        m_errors->setChecked(filter.errorsOnly);
        if (m_peer) {
            QSignalBlocker blocker(m_peer);
            if (filter.peerId != 0 && m_peer->findData(filter.peerId) < 0)
                m_peer->addItem(tr("Peer %1").arg(filter.peerId), filter.peerId);
            m_peer->setCurrentIndex(qMax(0, m_peer->findData(filter.peerId)));
        }
        for (QObject *control : controls)
            control->blockSignals(false);
    }
    m_delay->stop();
    m_applying = false;
    updateKindButton();
}

void FramesFilterBar::setMethods(const QStringList &methods)
{
    if (m_method->count() - 1 == methods.size())
        return;
    QSignalBlocker blocker(m_method);
    const QString current = m_method->currentData().toString();
    m_method->clear();
    m_method->addItem(tr("Any method"), QString());
    QStringList sorted = methods;
    sorted.sort();
    for (const QString &method : std::as_const(sorted))
        m_method->addItem(method, method);
    if (!current.isEmpty() && m_method->findData(current) < 0)
        m_method->addItem(current, current);
    m_method->setCurrentIndex(qMax(0, m_method->findData(current)));
}

void FramesFilterBar::setPeers(const QList<quint32> &peers)
{
    if (!m_peer || m_peer->count() - 1 == peers.size())
        return;
    QSignalBlocker blocker(m_peer);
    const quint32 current = m_peer->currentData().toUInt();
    m_peer->clear();
    m_peer->addItem(tr("Any peer"), 0U);
    for (const quint32 peer : peers)
        m_peer->addItem(tr("Peer %1").arg(peer), peer);
    if (current != 0 && m_peer->findData(current) < 0)
        m_peer->addItem(tr("Peer %1").arg(current), current);
    m_peer->setCurrentIndex(qMax(0, m_peer->findData(current)));
}

void FramesFilterBar::setError(const QString &error)
{
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::Text, error.isEmpty() ? palette().color(QPalette::Text) : ThemeColors::problem(palette()));
    m_text->setPalette(pal);
    m_text->setToolTip(error.isEmpty() ? tr("Show only frames whose message (or, for connection events, description) contains this text")
                                       : error);
}

void FramesFilterBar::focusText()
{
    m_text->setFocus();
    m_text->selectAll();
}

void FramesFilterBar::updateKindButton()
{
    int checked = 0;
    int all = 0;
    for (const QAction *action : m_kindMenu->actions()) {
        if (action->isCheckable()) {
            ++all;
            checked += action->isChecked() ? 1 : 0;
        }
    }
    m_kinds->setText(checked == all ? tr("All kinds") : tr("%1 of %2 kinds").arg(checked).arg(all));
}

void FramesFilterBar::emitNow()
{
    if (m_applying)
        return;
    m_delay->stop();
    updateKindButton();
    Q_EMIT filterChanged(filter());
}

} // namespace Sockscope
