#include "mockconfigpanel.h"

#include "jsonpathlocator.h"

#include "common/displayformat.h"
#include "common/flowlayout.h"
#include "common/themecolors.h"
#include "editor/codeeditor.h"
#include "editor/jsonchecker.h"
#include "mock/mockconfigloader.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStringDecoder>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

// The byte offset of a 1-based line and byte column.
qsizetype offsetOf(const QByteArray &utf8, int line, int column)
{
    qsizetype start = 0;
    for (int l = 1; l < line && start >= 0; ++l) {
        start = utf8.indexOf('\n', start);
        if (start >= 0)
            ++start;
    }
    return start < 0 ? utf8.size() : qMin(utf8.size(), start + qMax(0, column - 1));
}

QByteArray builtinText()
{
    QFile file(MockConfigLoader::builtinFileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

MockConfigPanel::MockConfigPanel(const DocumentSettings &settings, QWidget *parent)
    : QWidget(parent),
      m_settings(settings),
      m_editor(new CodeEditor(this)),
      m_fileLabel(new QLabel(this)),
      m_message(new QLabel(this)),
      m_open(new QToolButton(this)),
      m_save(new QToolButton(this)),
      m_saveAs(new QToolButton(this)),
      m_revert(new QToolButton(this)),
      m_apply(new QPushButton(tr("Apply"), this)),
      m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mockConfigPanel"));
    m_editor->setObjectName(QStringLiteral("mockConfigEditor"));
    m_fileLabel->setObjectName(QStringLiteral("configFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("configMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing());
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Tool buttons: four file actions and Apply fit the side panel's width.
    m_open->setText(tr("Open…"));
    m_save->setText(tr("Save"));
    m_saveAs->setText(tr("Save As…"));
    m_revert->setText(tr("Revert to Built-in"));
    m_open->setObjectName(QStringLiteral("openConfigButton"));
    m_open->setToolTip(tr("Open a mock configuration file (docs/MOCK.md)"));
    m_save->setObjectName(QStringLiteral("saveConfigButton"));
    m_save->setToolTip(tr("Save the configuration to its file (Ctrl+S)"));
    m_saveAs->setObjectName(QStringLiteral("saveConfigAsButton"));
    m_saveAs->setToolTip(tr("Save the configuration to a new file"));
    m_revert->setObjectName(QStringLiteral("revertConfigButton"));
    m_revert->setToolTip(tr("Replace the text with the built-in configuration, one tool per response kind"));
    m_apply->setObjectName(QStringLiteral("applyConfigButton"));
    m_apply->setToolTip(tr("Use this configuration: a running mock server restarts on the same port with it (Ctrl+Enter)"));
    m_apply->setDefault(true);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(settings.configCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &MockConfigPanel::validateNow);
    connect(m_editor, &QsciScintilla::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this](bool modified) {
        updateFileLabel();
        Q_EMIT modifiedChanged(modified);
    });
    connect(m_message, &QLabel::linkActivated, this, &MockConfigPanel::revealError);
    connect(m_open, &QToolButton::clicked, this, &MockConfigPanel::openFile);
    connect(m_save, &QToolButton::clicked, this, &MockConfigPanel::save);
    connect(m_saveAs, &QToolButton::clicked, this, &MockConfigPanel::saveAs);
    connect(m_revert, &QToolButton::clicked, this, &MockConfigPanel::revertToBuiltin);
    connect(m_apply, &QPushButton::clicked, this, &MockConfigPanel::applyRequested);
    new QShortcut(QKeySequence::Save, this, this, &MockConfigPanel::save, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &MockConfigPanel::applyRequested,
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &MockConfigPanel::applyRequested,
                  Qt::WidgetWithChildrenShortcut);

    // The buttons wrap onto a second line in a narrow side panel (longer labels in German)
    // rather than being cut.
    auto *buttonRow = new QWidget(this);
    buttonRow->setObjectName(QStringLiteral("configButtons"));
    auto *buttons = new FlowLayout(buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveAs);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_fileLabel);
    layout->addWidget(buttonRow);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_message);

    setText(builtinText(), QString());
}

QByteArray MockConfigPanel::text() const
{
    return m_editor->utf8Text();
}

bool MockConfigPanel::isModified() const
{
    return m_editor->isModified();
}

QString MockConfigPanel::displayName() const
{
    return m_filePath.isEmpty() ? tr("default.json (built-in)") : QFileInfo(m_filePath).fileName();
}

QString MockConfigPanel::sourceName() const
{
    return m_filePath.isEmpty() ? tr("built-in configuration") : QFileInfo(m_filePath).fileName();
}

void MockConfigPanel::setText(const QByteArray &utf8, const QString &filePath)
{
    m_filePath = filePath;
    m_editor->setUtf8Text(utf8);
    // Undo does not lead back into the previous file.
    m_editor->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    m_editor->setModified(false);
    updateFileLabel();
    validateNow();
    Q_EMIT textReplaced();
}

void MockConfigPanel::updateFileLabel()
{
    const QString name = displayName().toHtmlEscaped();
    m_fileLabel->setText(isModified() ? tr("<b>%1</b> — modified").arg(name) : tr("<b>%1</b>").arg(name));
    m_fileLabel->setToolTip(m_filePath.isEmpty() ? tr("The built-in configuration; Save asks for a file")
                                                 : QDir::toNativeSeparators(m_filePath));
}

void MockConfigPanel::openFile()
{
    const QString dir = m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Mock Configuration"), dir,
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool MockConfigPanel::loadFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        refuseFile(path, tr("%1 does not exist.").arg(name));
        return false;
    }
    if (info.size() > m_settings.configMaxBytes) {
        refuseFile(path, tr("%1 is %2: a mock configuration may have at most %3.")
                             .arg(name, DisplayFormat::bytes(info.size()), DisplayFormat::bytes(m_settings.configMaxBytes)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        refuseFile(path, tr("%1 cannot be read: %2").arg(name, file.errorString()));
        return false;
    }
    const QByteArray data = file.read(m_settings.configMaxBytes + 1);
    if (data.size() > m_settings.configMaxBytes) {
        refuseFile(path, tr("%1 is larger than the %2 a mock configuration may have.")
                             .arg(name, DisplayFormat::bytes(m_settings.configMaxBytes)));
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(data);
    if (decoder.hasError()) {
        refuseFile(path, tr("%1 is not UTF-8 text.").arg(name));
        return false;
    }
    MockConfig config;
    MockConfigLoader loader;
    if (!loader.loadData(data, name, &config)) {
        const MockConfigError &error = loader.error();
        const QString where = error.line > 0 ? tr("line %1, column %2").arg(error.line).arg(error.column) : error.path;
        const QString problem = where.isEmpty() ? error.message : tr("%1: %2").arg(where, error.message);
        Q_EMIT message(tr("%1 is not a valid mock configuration: %2").arg(name, problem));
        QString question = tr("%1 is not a valid mock configuration:\n\n%2\n\nOpen it anyway, to fix it in the editor?").arg(name, problem);
        if (isModified())
            question += QLatin1Char(' ') + tr("The unsaved changes in the editor are lost.");
        if (!askToReplace(question))
            return false;
    } else if (isModified() && !askToReplace(tr("Open %1 and lose the unsaved changes in the editor?").arg(name))) {
        return false;
    }
    setText(data, info.absoluteFilePath());
    Q_EMIT message(tr("Opened %1.").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    return true;
}

void MockConfigPanel::refuseFile(const QString &path, const QString &reason)
{
    Q_EMIT message(reason);
    QMessageBox box(QMessageBox::Warning, tr("Open Mock Configuration"),
                    tr("%1\n\nThe editor keeps its text.").arg(reason), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("mockConfigFileError"));
    box.setDetailedText(QDir::toNativeSeparators(path));
    box.exec();
}

bool MockConfigPanel::askToReplace(const QString &question)
{
    QMessageBox box(QMessageBox::Question, tr("Mock Configuration"), question, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("mockConfigQuestion"));
    QPushButton *replace = box.addButton(tr("Replace the Text"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    keep->setObjectName(QStringLiteral("keepButton"));
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == replace;
}

bool MockConfigPanel::saveFile(const QString &path)
{
    QSaveFile file(path);
    const QByteArray data = text();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        const QString reason = tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        Q_EMIT message(reason);
        QMessageBox box(QMessageBox::Warning, tr("Save Mock Configuration"), reason, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("mockConfigSaveError"));
        box.exec();
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_editor->setModified(false);
    updateFileLabel();
    validateNow(); // errors name the file
    Q_EMIT message(m_valid ? tr("Saved %1.").arg(QDir::toNativeSeparators(m_filePath))
                           : tr("Saved %1; it still has an error.").arg(QDir::toNativeSeparators(m_filePath)));
    return true;
}

bool MockConfigPanel::save()
{
    return m_filePath.isEmpty() ? saveAs() : saveFile(m_filePath);
}

bool MockConfigPanel::saveAs()
{
    const QString suggestion = m_filePath.isEmpty() ? QStringLiteral("mock.json") : m_filePath;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Mock Configuration"), suggestion,
                                                tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveFile(path);
}

bool MockConfigPanel::revertToBuiltin()
{
    if (isModified() && !askToReplace(tr("Replace the text with the built-in configuration and lose the unsaved changes?")))
        return false;
    setText(builtinText(), QString());
    Q_EMIT message(tr("The built-in configuration is in the editor."));
    return true;
}

bool MockConfigPanel::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Mock Configuration"),
                    tr("The mock configuration (%1) has unsaved changes.").arg(displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("mockConfigUnsaved"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

bool MockConfigPanel::validateNow()
{
    m_checkTimer->stop();
    const QByteArray utf8 = text();
    MockConfig config;
    MockConfigLoader loader;
    m_valid = loader.loadData(utf8, sourceName(), &config);
    m_errorLine = 0;
    if (m_valid) {
        m_config = config;
        m_error = {};
        m_editor->clearError();
    } else {
        m_error = loader.error();
        qsizetype offset = -1;
        qsizetype length = 1;
        if (m_error.line > 0) {
            // The checker points at the character that broke the parse (Qt reports past it);
            // a duplicate key is where the loader says.
            const JsonChecker::Result syntax = JsonChecker::check(utf8);
            offset = !syntax.ok ? syntax.offset : offsetOf(utf8, m_error.line, m_error.column);
        } else if (!m_error.path.isEmpty()) {
            const JsonPathLocator::Location location = JsonPathLocator::locate(utf8, m_error.path);
            offset = location.offset;
            length = location.length;
        }
        if (offset >= 0) {
            const QString where = m_error.path.isEmpty() ? m_error.message : m_error.path + QStringLiteral(": ") + m_error.message;
            m_editor->setErrorAt(offset, where, length);
            m_errorLine = int(utf8.left(offset).count('\n')) + 1;
            m_editor->setErrorLine(m_errorLine);
        } else {
            m_editor->clearError();
        }
    }
    showOutcome();
    Q_EMIT validated(m_valid);
    return m_valid;
}

QString MockConfigPanel::messageText() const
{
    return m_message->text();
}

void MockConfigPanel::showOutcome()
{
    QPalette pal = m_message->palette();
    QString text;
    if (m_valid) {
        QStringList counts = {tr("%n tool(s)", nullptr, int(m_config.tools.size())),
                              tr("%n resource(s)", nullptr, int(m_config.resources.size())),
                              tr("%n resource template(s)", nullptr, int(m_config.resourceTemplates.size())),
                              tr("%n prompt(s)", nullptr, int(m_config.prompts.size()))};
        if (!m_config.notifications.isEmpty())
            counts.append(tr("%n scheduled notification(s)", nullptr, int(m_config.notifications.size())));
        text = tr("Valid: %1.").arg(counts.join(tr(", ", "list separator")));
        if (!m_runningText.isEmpty()) {
            text += QLatin1Char(' ') + (m_runningText == this->text() ? tr("The mock server runs it.")
                                                                      : tr("Not applied yet: Apply restarts the mock server with it."));
        }
        pal.setColor(QPalette::WindowText, m_runningText.isEmpty() || m_runningText == this->text()
                                               ? ThemeColors::good(palette())
                                               : ThemeColors::busy(palette()));
        m_message->setText(text.toHtmlEscaped());
    } else {
        const QString problem = (m_error.path.isEmpty() ? m_error.message : m_error.path + QStringLiteral(": ") + m_error.message)
                                    .toHtmlEscaped();
        if (m_errorLine > 0) {
            text = tr("<a href=\"#error\">Line %1</a>: %2").arg(m_errorLine).arg(problem);
        } else {
            text = problem;
        }
        pal.setColor(QPalette::WindowText, ThemeColors::problem(palette()));
        m_message->setText(text);
    }
    m_message->setPalette(pal);
    m_message->setToolTip(m_valid ? QString() : tr("Click the line number to go to the error"));
}

void MockConfigPanel::revealError()
{
    if (m_valid || m_editor->errorOffset() < 0)
        return;
    m_editor->SendScintilla(QsciScintilla::SCI_GOTOPOS, static_cast<unsigned long>(m_editor->errorOffset()));
    m_editor->ensureLineVisible(m_errorLine - 1);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void MockConfigPanel::setRunningText(const QByteArray &utf8)
{
    m_runningText = utf8;
    showOutcome();
}

} // namespace Sockscope
