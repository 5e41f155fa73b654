#include "composer.h"

#include "binaryinput.h"
#include "bulksendbutton.h"
#include "messagetemplates.h"
#include "targetselector.h"

#include "common/elidedlabel.h"
#include "common/themecolors.h"
#include "editor/codeeditor.h"
#include "editor/jsonchecker.h"
#include "editor/jsonformatter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

constexpr int kBinaryValidateDelayMs = 120;
// A running job's progress line: five times a second, as the panels (batched status).
constexpr int kJobProgressIntervalMs = 200;

} // namespace

Composer::Composer(bool serverMode, int historyEntries, QWidget *parent)
    : QWidget(parent),
      m_editor(new CodeEditor(this)),
      m_status(new ElidedLabel(this)),
      m_binaryTimer(new QTimer(this)),
      m_jobTimer(new QTimer(this)),
      m_stopShortcut(new QShortcut(QKeySequence(Qt::Key_Escape), this)),
      m_history(historyEntries),
      m_bulk(new BulkSender(&m_variables, this))
{
    setObjectName(QStringLiteral("composer"));
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setLiveValidation(true);
    m_editor->installEventFilter(this);
    m_editor->setToolTip(tr("Ctrl+Enter sends. Ctrl+Up and Ctrl+Down go through the messages sent before."));
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_binaryTimer->setSingleShot(true);
    m_binaryTimer->setInterval(kBinaryValidateDelayMs);
    connect(m_binaryTimer, &QTimer::timeout, this, [this] {
        if (!m_showingOutcome && !isJobRunning())
            validateBinary();
    });
    m_jobTimer->setInterval(kJobProgressIntervalMs);
    connect(m_jobTimer, &QTimer::timeout, this, &Composer::showJobProgress);
    // Esc anywhere in the composer stops a job; the editor's own Esc is caught in eventFilter().
    m_stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    m_stopShortcut->setEnabled(false);
    connect(m_stopShortcut, &QShortcut::activated, this, &Composer::stopJob);
    connect(m_bulk, &BulkSender::started, this, &Composer::onJobStarted);
    connect(m_bulk, &BulkSender::waitingChanged, this, &Composer::showJobProgress);
    connect(m_bulk, &BulkSender::finished, this, &Composer::onJobFinished);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        m_showingOutcome = false;
        if (format() != Format::Text)
            m_binaryTimer->start();
    });
    connect(m_editor, &CodeEditor::validated, this, [this](bool ok, const QString &message) {
        if (format() != Format::Text || m_showingOutcome || isJobRunning())
            return;
        if (ok)
            showHint();
        else
            setStatus(tr("%1. It can still be sent.")
                          .arg(JsonChecker::describe(TextPosition::at(m_editor->utf8Text(), m_editor->errorOffset()), message)),
                      true);
    });

    QSettings settings;
    m_history.load(settings);
    m_saved.load(settings);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createToolbar());
    layout->addWidget(m_editor, 1);
    layout->addWidget(createSendRow(serverMode));
    setReady(false);
    showHint();
}

QWidget *Composer::createToolbar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("composerToolbar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_format = new QComboBox(bar);
    m_format->setObjectName(QStringLiteral("composerFormat"));
    m_format->addItem(tr("Text"), int(Format::Text));
    m_format->addItem(tr("Binary (hex)"), int(Format::Hex));
    m_format->addItem(tr("Binary (base64)"), int(Format::Base64));
    m_format->setToolTip(tr("Send a text message, or a binary message written as hex or base64"));
    connect(m_format, &QComboBox::currentIndexChanged, this, &Composer::onFormatChanged);

    m_templatesButton = new QToolButton(bar);
    m_templatesButton->setObjectName(QStringLiteral("templatesButton"));
    m_templatesButton->setText(tr("Templates"));
    m_templatesButton->setToolTip(tr("Every MCP method, JSON-RPC shapes and plain-JSON tool messages"));
    m_templatesButton->setPopupMode(QToolButton::InstantPopup);
    auto *templatesMenu = new QMenu(m_templatesButton);
    templatesMenu->setObjectName(QStringLiteral("templatesMenu"));
    buildTemplatesMenu(templatesMenu);
    m_templatesButton->setMenu(templatesMenu);

    m_savedButton = new QToolButton(bar);
    m_savedButton->setObjectName(QStringLiteral("savedButton"));
    m_savedButton->setText(tr("Saved"));
    m_savedButton->setToolTip(tr("Messages saved under a name, shared by every connection"));
    m_savedButton->setPopupMode(QToolButton::InstantPopup);
    m_savedMenu = new QMenu(m_savedButton);
    m_savedMenu->setObjectName(QStringLiteral("savedMenu"));
    m_savedButton->setMenu(m_savedMenu);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &Composer::rebuildSavedMenu);

    m_prettyButton = new QPushButton(tr("Pretty"), bar);
    m_prettyButton->setObjectName(QStringLiteral("prettyButton"));
    m_prettyButton->setToolTip(tr("Indent the JSON, keeping key order and numbers as written"));
    connect(m_prettyButton, &QPushButton::clicked, this, &Composer::prettyPrint);
    m_compactButton = new QPushButton(tr("Compact"), bar);
    m_compactButton->setObjectName(QStringLiteral("compactButton"));
    m_compactButton->setToolTip(tr("Put the JSON on one line"));
    connect(m_compactButton, &QPushButton::clicked, this, &Composer::compact);

    row->addWidget(m_format);
    row->addWidget(m_templatesButton);
    row->addWidget(m_savedButton);
    row->addWidget(m_prettyButton);
    row->addWidget(m_compactButton);
    row->addStretch(1);
    return bar;
}

QWidget *Composer::createSendRow(bool serverMode)
{
    // Where the message goes sits beside Send, where the eye is when sending.
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("composerSendRow"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status, 1);
    if (serverMode) {
        auto *label = new QLabel(tr("Send to:"), bar);
        label->setObjectName(QStringLiteral("targetLabel"));
        m_targets = new TargetSelector(bar);
        // Long peer addresses elide rather than widen the window.
        m_targets->setMinimumWidth(m_targets->fontMetrics().averageCharWidth() * 12 + 32);
        label->setBuddy(m_targets);
        row->addWidget(label);
        row->addWidget(m_targets);
    }
    m_sendButton = new QPushButton(tr("Send"), bar);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the message (Ctrl+Enter)"));
    m_sendButton->setDefault(true);
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);
    m_stopButton = new QPushButton(tr("Stop"), bar);
    m_stopButton->setObjectName(QStringLiteral("stopJobButton"));
    m_stopButton->setToolTip(tr("Stop sending (Esc)"));
    m_stopButton->hide();
    connect(m_stopButton, &QPushButton::clicked, this, &Composer::stopJob);
    m_bulkButton = new BulkSendButton(this, bar);
    row->addWidget(m_stopButton);
    row->addWidget(m_sendButton);
    row->addWidget(m_bulkButton);
    return bar;
}

void Composer::buildTemplatesMenu(QMenu *menu)
{
    const QList<MessageTemplates::Template> templates = MessageTemplates::all();
    for (const QString &category : MessageTemplates::categories()) {
        QMenu *sub = menu->addMenu(category);
        for (const MessageTemplates::Template &t : templates) {
            if (t.category != category)
                continue;
            QAction *action = sub->addAction(t.name);
            const QString name = t.name;
            connect(action, &QAction::triggered, this, [this, name, category] { applyTemplate(name, category); });
        }
    }
}

void Composer::rebuildSavedMenu()
{
    QSettings settings;
    m_saved.load(settings);
    m_savedMenu->clear();
    for (const SavedMessages::Message &message : m_saved.messages()) {
        const QString name = message.name;
        m_savedMenu->addAction(name, this, [this, name] { loadSaved(name); });
    }
    if (!m_saved.messages().isEmpty()) {
        m_savedMenu->addSeparator();
        m_savedMenu->addAction(m_bulkButton->allSavedAction());
        m_savedMenu->addSeparator();
    }
    QAction *save = m_savedMenu->addAction(tr("Save Current Message As…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Message"), tr("Name:"), QLineEdit::Normal, {}, &ok).trimmed();
        if (ok && !name.isEmpty())
            saveCurrentAs(name);
    });
    save->setEnabled(!text().isEmpty());
    if (!m_saved.messages().isEmpty()) {
        QMenu *remove = m_savedMenu->addMenu(tr("Delete"));
        for (const SavedMessages::Message &message : m_saved.messages()) {
            const QString name = message.name;
            remove->addAction(name, this, [this, name] { deleteSaved(name); });
        }
    }
}

void Composer::setReady(bool ready)
{
    m_ready = ready;
    updateSendEnabled();
}

void Composer::updateSendEnabled()
{
    // One job at a time, and nothing sent by hand in the middle of one.
    const bool free = m_ready && !isJobRunning();
    m_sendButton->setEnabled(free);
    m_bulkButton->setAvailable(free);
    // A job keeps the target it started with: no choice that would change nothing.
    if (m_targets)
        m_targets->setEnabled(!isJobRunning());
}

Composer::Format Composer::format() const
{
    return Format(m_format->currentData().toInt());
}

void Composer::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString Composer::text() const
{
    return m_editor->text();
}

void Composer::setText(const QString &text)
{
    m_editor->setText(text);
    if (format() == Format::Text)
        m_editor->validateNow();
    else
        validateBinary();
}

QString Composer::statusText() const
{
    return m_status->text();
}

void Composer::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    QPalette pal = palette();
    if (problem)
        pal.setColor(QPalette::WindowText, ThemeColors::problem(pal));
    m_status->setPalette(pal);
}

void Composer::showHint()
{
    setStatus(format() == Format::Text
                  ? tr("Variables: {{uuid}}, {{now}}, {{nextId}} (next: %1). Ctrl+Enter sends; Ctrl+Up/Down: history.")
                        .arg(m_variables.nextId())
                  : tr("Bytes as %1. Ctrl+Enter sends; Ctrl+Up/Down: history.")
                        .arg(format() == Format::Hex ? tr("hex, for example 01 ab ff") : tr("base64")));
}

void Composer::onFormatChanged()
{
    const Format now = format();
    const Format before = m_lastFormat;
    m_lastFormat = now;
    // Carry the content across: the same bytes in the new notation, when they parse.
    const QString current = text();
    if (!current.isEmpty() && before != now) {
        QByteArray bytes;
        bool ok = true;
        if (before == Format::Text) {
            bytes = current.toUtf8();
        } else {
            const BinaryInput::Result parsed = BinaryInput::parse(current, before == Format::Hex ? BinaryInput::Format::Hex : BinaryInput::Format::Base64);
            ok = parsed.ok;
            bytes = parsed.data;
        }
        if (ok) {
            if (now == Format::Text)
                m_editor->setText(QString::fromUtf8(bytes));
            else
                m_editor->setText(BinaryInput::format(bytes, now == Format::Hex ? BinaryInput::Format::Hex : BinaryInput::Format::Base64));
        }
    }
    m_editor->setMode(now == Format::Text ? CodeEditor::Mode::Json : CodeEditor::Mode::Plain);
    m_prettyButton->setEnabled(now == Format::Text);
    m_compactButton->setEnabled(now == Format::Text);
    if (now == Format::Text) {
        m_editor->validateNow();
    } else {
        validateBinary();
    }
}

void Composer::validateBinary()
{
    m_binaryTimer->stop();
    if (format() == Format::Text)
        return;
    const QString input = text();
    const BinaryInput::Result result =
        BinaryInput::parse(input, format() == Format::Hex ? BinaryInput::Format::Hex : BinaryInput::Format::Base64);
    if (result.ok) {
        m_editor->clearError();
        setStatus(tr("%n byte(s). Ctrl+Enter sends; Ctrl+Up/Down: history.", nullptr, int(result.data.size())));
        return;
    }
    m_editor->setErrorAt(input.left(result.offset).toUtf8().size(), result.error);
    setStatus(result.error, true);
}

bool Composer::send()
{
    if (isJobRunning()) {
        setStatus(tr("Not sent: a job is sending; stop it first (Esc)."), true);
        return false;
    }
    const QString written = text();
    if (written.isEmpty()) {
        setStatus(tr("Nothing to send."), true);
        return false;
    }
    QByteArray data;
    const bool isText = format() == Format::Text;
    QStringList unknown;
    if (isText) {
        const VariableSubstituter::Result substituted = m_variables.substitute(written.toUtf8());
        data = substituted.text;
        unknown = substituted.unknown;
    } else {
        const BinaryInput::Result parsed =
            BinaryInput::parse(written, format() == Format::Hex ? BinaryInput::Format::Hex : BinaryInput::Format::Base64);
        if (!parsed.ok) {
            validateBinary();
            return false;
        }
        data = parsed.data;
    }
    QString outcome;
    const bool sent = m_sender && m_sender(data, isText, target(), &outcome);
    if (!sent) {
        setStatus(outcome.isEmpty() ? tr("Not sent.") : outcome, true);
        m_showingOutcome = true;
        return false;
    }
    addToHistory();
    if (!unknown.isEmpty()) {
        setStatus(tr("%1 Unknown variables left as written: %2.").arg(outcome, unknown.join(QStringLiteral(", "))), true);
    } else {
        setStatus(outcome);
    }
    m_showingOutcome = true;
    return true;
}

SendTarget Composer::target() const
{
    return m_targets ? m_targets->target() : SendTarget::broadcast();
}

void Composer::addToHistory()
{
    m_history.add({text(), int(format())});
    QSettings settings;
    m_history.save(settings);
}

void Composer::historyPrevious()
{
    if (const auto entry = m_history.previous({text(), int(format())})) {
        QSignalBlocker blocker(m_format);
        setFormat(Format(entry->format));
        m_lastFormat = format();
        blocker.unblock();
        m_editor->setMode(format() == Format::Text ? CodeEditor::Mode::Json : CodeEditor::Mode::Plain);
        setText(entry->text);
    }
}

void Composer::historyNext()
{
    if (const auto entry = m_history.next()) {
        QSignalBlocker blocker(m_format);
        setFormat(Format(entry->format));
        m_lastFormat = format();
        blocker.unblock();
        m_editor->setMode(format() == Format::Text ? CodeEditor::Mode::Json : CodeEditor::Mode::Plain);
        setText(entry->text);
    }
}

void Composer::prettyPrint()
{
    if (format() != Format::Text)
        return;
    const JsonChecker::Result check = JsonChecker::check(m_editor->utf8Text());
    if (!check.looksLikeJson || !check.ok) {
        setStatus(tr("Only valid JSON can be reformatted."), true);
        return;
    }
    setText(JsonFormatter::pretty(text()));
}

void Composer::compact()
{
    if (format() != Format::Text)
        return;
    const JsonChecker::Result check = JsonChecker::check(m_editor->utf8Text());
    if (!check.looksLikeJson || !check.ok) {
        setStatus(tr("Only valid JSON can be reformatted."), true);
        return;
    }
    setText(JsonFormatter::compact(text()));
}

void Composer::applyTemplate(const QString &name, const QString &category)
{
    const QList<MessageTemplates::Template> templates = MessageTemplates::all();
    const MessageTemplates::Template *t = MessageTemplates::find(templates, name, category);
    if (!t)
        return;
    setFormat(Format::Text);
    setText(t->text);
    m_history.stopBrowsing();
    m_editor->setFocus();
}

void Composer::setMessage(const QByteArray &data, bool isText)
{
    // No conversion of what was there before: the message replaces it.
    QSignalBlocker blocker(m_format);
    setFormat(isText ? Format::Text : Format::Hex);
    m_lastFormat = format();
    blocker.unblock();
    m_editor->setMode(isText ? CodeEditor::Mode::Json : CodeEditor::Mode::Plain);
    m_prettyButton->setEnabled(isText);
    m_compactButton->setEnabled(isText);
    setText(isText ? QString::fromUtf8(data) : BinaryInput::format(data, BinaryInput::Format::Hex));
    m_history.stopBrowsing();
}

void Composer::saveCurrentAs(const QString &name)
{
    QSettings settings;
    m_saved.load(settings);
    m_saved.put({name, text(), int(format())});
    m_saved.save(settings);
    setStatus(tr("Saved as \"%1\".").arg(name));
}

bool Composer::loadSaved(const QString &name)
{
    QSettings settings;
    m_saved.load(settings);
    const SavedMessages::Message *message = m_saved.find(name);
    if (!message)
        return false;
    QSignalBlocker blocker(m_format);
    setFormat(Format(message->format));
    m_lastFormat = format();
    blocker.unblock();
    m_editor->setMode(format() == Format::Text ? CodeEditor::Mode::Json : CodeEditor::Mode::Plain);
    setText(message->text);
    return true;
}

void Composer::deleteSaved(const QString &name)
{
    QSettings settings;
    m_saved.load(settings);
    if (m_saved.remove(name))
        m_saved.save(settings);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool control = key->modifiers() & Qt::ControlModifier;
        if (control && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (m_ready && !isJobRunning())
                send();
            return true;
        }
        if (key->key() == Qt::Key_Escape && isJobRunning()) {
            stopJob();
            return true;
        }
        if (control && key->key() == Qt::Key_Up) {
            historyPrevious();
            return true;
        }
        if (control && key->key() == Qt::Key_Down) {
            historyNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Sockscope
