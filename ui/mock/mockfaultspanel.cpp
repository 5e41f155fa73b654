#include "mockfaultspanel.h"

#include "common/themecolors.h"
#include "mock/mockconfigloader.h"
#include "protocol/closecode.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace Sockscope {

namespace {

constexpr int kMaxCloseAfter = 1000000000;

QDoubleSpinBox *shareSpin(const QString &name, const QString &toolTip, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, 100);
    spin->setDecimals(1);
    spin->setSingleStep(5);
    spin->setSuffix(MockFaultsPanel::tr(" %", "percent suffix"));
    spin->setKeyboardTracking(false);
    spin->setToolTip(toolTip);
    return spin;
}

QSpinBox *intSpin(const QString &name, int min, int max, const QString &toolTip, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setKeyboardTracking(false);
    spin->setToolTip(toolTip);
    return spin;
}

// The rate shown with one decimal of a percent; an unchanged display keeps the exact rate.
double rateFrom(const QDoubleSpinBox *spin, double previous)
{
    const double shown = std::round(previous * 1000.0) / 10.0;
    return std::abs(spin->value() - shown) < 0.05 ? previous : spin->value() / 100.0;
}

QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'g', 3);
}

} // namespace

MockFaultsPanel::MockFaultsPanel(int settleMs, QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel(this)),
      m_latencyMin(intSpin(QStringLiteral("latencyMinSpin"), 0, MockConfigLoader::MaxDelayMs,
                           tr("Added to every answer: the shortest time"), this)),
      m_latencyMax(intSpin(QStringLiteral("latencyMaxSpin"), 0, MockConfigLoader::MaxDelayMs,
                           tr("The longest time; each answer draws its latency between the two"), this)),
      m_drop(shareSpin(QStringLiteral("dropSpin"), tr("Share of the answers never sent"), this)),
      m_malformed(shareSpin(QStringLiteral("malformedSpin"), tr("Share of the answers sent cut in half, as malformed JSON"), this)),
      m_oversized(shareSpin(QStringLiteral("oversizedSpin"), tr("Share of the answers padded to the size beside"), this)),
      m_oversizedBytes(intSpin(QStringLiteral("oversizedBytesSpin"), 1, int(MockConfigLoader::MaxOversizedBytes),
                               tr("The size of a padded answer, in bytes (default one byte over 1 MiB)"), this)),
      m_closeAfter(intSpin(QStringLiteral("closeAfterSpin"), 0, kMaxCloseAfter,
                           tr("Close each connection after this many messages from its client, after answering the last"), this)),
      m_closeCode(intSpin(QStringLiteral("closeCodeSpin"), 1000, 4999, tr("The close code of that close"), this)),
      m_ignorePings(new QCheckBox(tr("Ignore pings"), this)),
      m_methods(new QLineEdit(this)),
      m_seed(intSpin(QStringLiteral("seedSpin"), 0, std::numeric_limits<int>::max(),
                     tr("Seed of the random draws: the same seed repeats a run exactly"), this)),
      m_reset(new QPushButton(tr("Reset to Config"), this)),
      m_off(new QPushButton(tr("All Off"), this)),
      m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, &MockFaultsPanel::emitIfChanged);
    setObjectName(QStringLiteral("mockFaultsPanel"));
    m_summary->setObjectName(QStringLiteral("faultsSummary"));
    m_summary->setWordWrap(true);
    m_latencyMin->setSuffix(tr(" ms", "milliseconds suffix"));
    m_latencyMax->setSuffix(tr(" ms", "milliseconds suffix"));
    m_latencyMax->setSingleStep(50);
    m_latencyMin->setSingleStep(50);
    m_oversizedBytes->setSuffix(tr(" bytes", "size suffix"));
    m_closeAfter->setSpecialValueText(tr("never", "close after messages"));
    m_seed->setSpecialValueText(tr("random", "fault seed"));
    m_ignorePings->setObjectName(QStringLiteral("ignorePingsCheck"));
    m_ignorePings->setToolTip(tr("Stop answering WebSocket pings (no pong), to trip a client's heartbeat"));
    m_methods->setObjectName(QStringLiteral("faultMethodsEdit"));
    m_methods->setPlaceholderText(tr("every method"));
    m_methods->setClearButtonEnabled(true);
    m_methods->setToolTip(tr("Latency, drops, malformed and oversized answers only for these methods, separated by commas "
                             "(tools/call, resources/read, ...)"));
    m_reset->setObjectName(QStringLiteral("resetFaultsButton"));
    m_reset->setToolTip(tr("Back to the faults the configuration's \"faults\" member sets"));
    m_off->setObjectName(QStringLiteral("faultsOffButton"));
    m_off->setToolTip(tr("Turn every fault off"));

    layOut(createForm());

    // A value shows at once; it applies when the edit is over (see the class comment).
    for (QSpinBox *spin : {m_latencyMin, m_latencyMax, m_oversizedBytes, m_closeAfter, m_closeCode, m_seed}) {
        connect(spin, &QSpinBox::valueChanged, this, [this, spin] { onEdited(spin); });
        connect(spin, &QSpinBox::editingFinished, this, &MockFaultsPanel::applyPendingEdit);
    }
    for (QDoubleSpinBox *spin : {m_drop, m_malformed, m_oversized}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin] { onEdited(spin); });
        connect(spin, &QDoubleSpinBox::editingFinished, this, &MockFaultsPanel::applyPendingEdit);
    }
    connect(m_ignorePings, &QCheckBox::toggled, this, [this] {
        onEdited(m_ignorePings);
        applyPendingEdit();
    });
    connect(m_methods, &QLineEdit::editingFinished, this, [this] {
        onEdited(m_methods);
        applyPendingEdit();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] { choose(m_config); });
    connect(m_off, &QPushButton::clicked, this, [this] {
        MockFaults off;
        // Only the switches go off; sizes, codes and the seed stay for the next time.
        off.oversizedBytes = m_shown.oversizedBytes;
        off.closeCode = m_shown.closeCode;
        off.closeReason = m_shown.closeReason;
        off.methods = m_shown.methods;
        off.seed = m_shown.seed;
        choose(off);
    });
    setFaults(MockFaults());
}

QFormLayout *MockFaultsPanel::createForm()
{
    const auto row = [this](std::initializer_list<QWidget *> widgets) {
        auto *line = new QHBoxLayout;
        line->setContentsMargins(0, 0, 0, 0);
        for (QWidget *widget : widgets)
            line->addWidget(widget);
        line->addStretch(1);
        return line;
    };
    const auto word = [this](const QString &text, QWidget *buddy = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Latency:"), row({m_latencyMin, word(tr("to", "latency range")), m_latencyMax}));
    form->addRow(tr("&Dropped:"), row({m_drop}));
    form->addRow(tr("&Malformed:"), row({m_malformed}));
    form->addRow(tr("&Oversized:"), row({m_oversized, word(tr("padded to")), m_oversizedBytes}));
    form->addRow(tr("Close &after:"), row({m_closeAfter, word(tr("messages, with code"), m_closeCode), m_closeCode}));
    form->addRow(QString(), m_ignorePings);
    form->addRow(tr("Me&thods:"), m_methods);
    form->addRow(tr("&Seed:"), row({m_seed}));
    // The labels of rows whose field is a layout lead to its first widget. The mnemonics
    // avoid the menu bar's letters (F, E, V, C, H; German D, B, A, V, H).
    for (int i = 0; i < form->rowCount(); ++i) {
        QLayoutItem *labelItem = form->itemAt(i, QFormLayout::LabelRole);
        auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        QLayoutItem *field = form->itemAt(i, QFormLayout::FieldRole);
        if (label && field && field->layout() && field->layout()->count() > 0)
            label->setBuddy(field->layout()->itemAt(0)->widget());
    }
    return form;
}

void MockFaultsPanel::layOut(QFormLayout *form)
{
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_off);
    buttons->addStretch(1);

    auto *note = new QLabel(tr("Changes apply from the next answer on: a number typed when you press Enter or leave its box, "
                               "steps of the arrows once you stop stepping. Latency, drops, malformed and oversized "
                               "answers strike answers to requests only (to the methods named, when any); a dropped "
                               "answer is neither malformed nor padded. Each fault that strikes shows in the frames."),
                            this);
    note->setObjectName(QStringLiteral("faultsNote"));
    note->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(new QLabel(tr("<b>Now:</b>"), this));
    top->addWidget(m_summary, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(note);
    layout->addStretch(1);
}

MockFaults MockFaultsPanel::faults() const
{
    MockFaults faults = m_shown;
    faults.latencyMinMs = m_latencyMin->value();
    faults.latencyMaxMs = qMax(m_latencyMin->value(), m_latencyMax->value());
    faults.dropRate = rateFrom(m_drop, m_shown.dropRate);
    faults.malformedRate = rateFrom(m_malformed, m_shown.malformedRate);
    faults.oversizedRate = rateFrom(m_oversized, m_shown.oversizedRate);
    faults.oversizedBytes = m_oversizedBytes->value();
    faults.closeAfterMessages = m_closeAfter->value();
    if (CloseCode::isSendable(m_closeCode->value()))
        faults.closeCode = quint16(m_closeCode->value());
    faults.ignorePings = m_ignorePings->isChecked();
    faults.methods.clear();
    for (const QString &part : m_methods->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString method = part.trimmed();
        if (!method.isEmpty() && !faults.methods.contains(method))
            faults.methods.append(method);
    }
    // A seed beyond the spin box's range (the file allows more) stays as it was while shown.
    const bool seedClamped = m_shown.seed > quint64(m_seed->maximum()) && m_seed->value() == m_seed->maximum();
    faults.seed = seedClamped ? m_shown.seed : quint64(m_seed->value());
    return faults;
}

void MockFaultsPanel::setFaults(const MockFaults &faults)
{
    m_settle->stop(); // what was being stepped gives way to these
    m_updating = true;
    m_shown = faults;
    m_latencyMin->setValue(faults.latencyMinMs);
    m_latencyMax->setValue(faults.latencyMaxMs);
    m_drop->setValue(faults.dropRate * 100.0);
    m_malformed->setValue(faults.malformedRate * 100.0);
    m_oversized->setValue(faults.oversizedRate * 100.0);
    m_oversizedBytes->setValue(int(qMin<qint64>(faults.oversizedBytes, m_oversizedBytes->maximum())));
    m_closeAfter->setValue(faults.closeAfterMessages);
    m_closeCode->setValue(faults.closeCode);
    m_ignorePings->setChecked(faults.ignorePings);
    m_methods->setText(faults.methods.join(QStringLiteral(", ")));
    m_seed->setValue(int(qMin<quint64>(faults.seed, quint64(m_seed->maximum()))));
    m_updating = false;
    updateSummary();
}

void MockFaultsPanel::setConfigFaults(const MockFaults &faults)
{
    m_config = faults;
}

void MockFaultsPanel::onEdited(QObject *sender)
{
    if (m_updating)
        return;
    // The range stays a range: moving one end past the other takes the other along.
    m_updating = true;
    if (sender == m_latencyMin && m_latencyMax->value() < m_latencyMin->value())
        m_latencyMax->setValue(m_latencyMin->value());
    else if (sender == m_latencyMax && m_latencyMin->value() > m_latencyMax->value())
        m_latencyMin->setValue(m_latencyMax->value());
    m_updating = false;
    const bool codeOk = CloseCode::isSendable(m_closeCode->value());
    QPalette codePalette = m_closeCode->palette();
    codePalette.setColor(QPalette::Text, codeOk ? palette().color(QPalette::Text) : ThemeColors::problem(palette()));
    m_closeCode->setPalette(codePalette);
    m_closeCode->setToolTip(codeOk ? tr("The close code of that close")
                                   : tr("%1 may not be sent in a close frame; %2 stays in use")
                                         .arg(m_closeCode->value())
                                         .arg(m_shown.closeCode));
    m_settle->start();
}

void MockFaultsPanel::applyPendingEdit()
{
    m_settle->stop();
    emitIfChanged();
}

bool MockFaultsPanel::hasPendingEdit() const
{
    return m_settle->isActive();
}

void MockFaultsPanel::choose(const MockFaults &faults)
{
    applyPendingEdit(); // an edit still settling is reported first, as the user made it
    const bool changed = faults.toJson() != m_shown.toJson();
    setFaults(faults);
    if (changed)
        Q_EMIT faultsChanged(faults);
}

void MockFaultsPanel::emitIfChanged()
{
    const MockFaults now = faults();
    if (now.toJson() == m_shown.toJson())
        return;
    m_shown = now;
    updateSummary();
    Q_EMIT faultsChanged(now);
}

void MockFaultsPanel::updateSummary()
{
    m_summary->setText(describe(m_shown));
    m_summary->setToolTip(m_summary->text());
    m_off->setEnabled(m_shown.isActive());
}

QString MockFaultsPanel::describe(const MockFaults &faults)
{
    QStringList parts;
    if (faults.hasLatency()) {
        parts.append(faults.latencyMaxMs > faults.latencyMinMs
                         ? tr("latency %1–%2 ms").arg(faults.latencyMinMs).arg(faults.latencyMaxMs)
                         : tr("latency %1 ms").arg(faults.latencyMaxMs));
    }
    if (faults.dropRate > 0)
        parts.append(tr("%1 % dropped").arg(percent(faults.dropRate)));
    if (faults.malformedRate > 0)
        parts.append(tr("%1 % malformed").arg(percent(faults.malformedRate)));
    if (faults.oversizedRate > 0)
        parts.append(tr("%1 % oversized").arg(percent(faults.oversizedRate)));
    if (faults.closeAfterMessages > 0)
        parts.append(tr("close after %n message(s) with %1", nullptr, faults.closeAfterMessages).arg(faults.closeCode));
    if (faults.ignorePings)
        parts.append(tr("pings ignored"));
    if (parts.isEmpty())
        return tr("off", "faults");
    QString text = parts.join(tr(", ", "list separator"));
    const bool answerFaults = faults.hasLatency() || faults.dropRate > 0 || faults.malformedRate > 0 || faults.oversizedRate > 0;
    if (answerFaults && !faults.methods.isEmpty())
        text += QLatin1Char(' ') + tr("(answers to %1 only)").arg(faults.methods.join(QStringLiteral(", ")));
    return text;
}

} // namespace Sockscope
