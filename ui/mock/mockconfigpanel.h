#pragma once

#include "document/documentsettings.h"
#include "mock/mockconfig.h"
#include "mock/mockconfigerror.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace Sockscope {

class CodeEditor;

// The configuration of a mock server document in the JSON editor (docs/MOCK.md): checked
// with MockConfigLoader shortly after each change; an error is told in the line under the
// editor (its line is a link to it) and marked in the text, a syntax error at its character,
// a JSON path error at the member the path names (JsonPathLocator). Open, Save, Save As and
// Revert to Built-in keep the text safe: a file that cannot be taken changes nothing, and
// unsaved changes are never dropped without asking. Apply is the document's to carry out.
class MockConfigPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MockConfigPanel(const DocumentSettings &settings, QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_editor; }
    QByteArray text() const;
    // The file the text came from and Save writes to; empty for the built-in configuration.
    QString filePath() const { return m_filePath; }
    // "default.json (built-in)" or the file's name.
    QString displayName() const;
    bool isModified() const;
    // Replaces the text, unmodified; `filePath` empty: the built-in configuration.
    void setText(const QByteArray &utf8, const QString &filePath);

    // Takes a file into the editor. An unreadable, oversized or non-UTF-8 file is refused with
    // a message; an invalid configuration, or unsaved changes, are asked about first. True
    // when the file was taken.
    bool loadFile(const QString &path);
    // Writes the text atomically; on success the file becomes the document's.
    bool saveFile(const QString &path);
    bool save();
    bool saveAs();
    // The built-in configuration (asking first when there are unsaved changes).
    bool revertToBuiltin();
    // Before closing: Save, Discard or Cancel when there are unsaved changes; false: Cancel.
    bool maybeSave();

    // Checks the text now (otherwise the timer does it after typing) and shows the outcome.
    bool validateNow();
    bool isValid() const { return m_valid; }
    // The last valid configuration checked.
    const MockConfig &config() const { return m_config; }
    const MockConfigError &error() const { return m_error; }
    // 1-based line of the error in the text; 0 when valid or unknown.
    int errorLine() const { return m_errorLine; }
    QString messageText() const;
    // Moves the cursor to the error and shows it.
    void revealError();
    // The text the running server was started with ("not applied" otherwise); empty: stopped.
    void setRunningText(const QByteArray &utf8);

Q_SIGNALS:
    void applyRequested();
    // After each check.
    void validated(bool valid);
    // A new text was taken from a file or the built-in configuration.
    void textReplaced();
    void modifiedChanged(bool modified);
    // For the status bar.
    void message(const QString &text);

private:
    void openFile();
    void refuseFile(const QString &path, const QString &reason);
    bool askToReplace(const QString &question);
    void showOutcome();
    void updateFileLabel();
    QString sourceName() const;

    DocumentSettings m_settings;
    CodeEditor *m_editor;
    QLabel *m_fileLabel;
    QLabel *m_message;
    QToolButton *m_open;
    QToolButton *m_save;
    QToolButton *m_saveAs;
    QToolButton *m_revert;
    QPushButton *m_apply;
    QTimer *m_checkTimer;
    QString m_filePath;
    QByteArray m_runningText;
    MockConfig m_config;
    MockConfigError m_error;
    int m_errorLine = 0;
    bool m_valid = false;
};

} // namespace Sockscope
