#pragma once

#include "bulksender.h"
#include "savedmessages.h"
#include "sendhistory.h"
#include "sendtarget.h"
#include "variablesubstituter.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QShortcut;
class QTimer;
class QToolButton;

namespace Sockscope {

class BulkSendButton;
class CodeEditor;
class TargetSelector;

// Writes and sends messages: the project's JSON editor with live validation, text or
// binary (hex or base64, validated), pretty-print and compact, {{uuid}} / {{now}} /
// {{nextId}} variables, templates, a send history (Ctrl+Up / Ctrl+Down), saved messages,
// Ctrl+Enter to send; in a server document, a target selector (broadcast, group, peer).
// Bulk sending (Send Repeatedly, Send File, Send All Saved) runs as one job at a time
// (BulkSender), with its progress in the status line and Stop (Esc) beside Send.
class Composer final : public QWidget
{
    Q_OBJECT

public:
    enum class Format { Text, Hex, Base64 };
    // Sends one message; false with `outcome` saying why it could not.
    using Sender = std::function<bool(const QByteArray &data, bool isText, const SendTarget &target, QString *outcome)>;

    Composer(bool serverMode, int historyEntries, QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_editor; }
    TargetSelector *targetSelector() const { return m_targets; }
    VariableSubstituter &variables() { return m_variables; }
    SendHistory &history() { return m_history; }
    const SavedMessages &savedMessages() const { return m_saved; }

    void setSender(Sender sender) { m_sender = std::move(sender); }
    // Where bulk jobs send (the document's connection or target peers).
    void setJobSinkFactory(BulkSender::SinkFactory factory) { m_bulk->setSinkFactory(std::move(factory)); }
    BulkSender *bulkSender() const { return m_bulk; }
    // Sending is possible (the connection is open, or the server has peers).
    void setReady(bool ready);

    Format format() const;
    void setFormat(Format format);
    QString text() const;
    void setText(const QString &text);
    QString statusText() const;

    // Composes the message and hands it to the sender. False when the binary input is
    // invalid, nothing is written, or the sender refused.
    bool send();
    // Bulk jobs, each false with the reason in the status line when nothing started: the
    // composer's message `count` times (variables new in each), a file's lines or the whole
    // file, every saved message in order. Messages go to the composer's target.
    bool sendRepeatedly(qint64 count, int intervalMs);
    bool sendFile(const QString &path, FileSource::Mode mode, FileSource::Content content, int intervalMs);
    bool sendAllSaved();
    void stopJob();
    bool isJobRunning() const { return m_bulk->isRunning(); }
    BulkSendButton *bulkButton() const { return m_bulkButton; }
    void historyPrevious();
    void historyNext();
    void prettyPrint();
    void compact();
    void applyTemplate(const QString &name, const QString &category = {});
    // Puts a message in the editor as it would go out again: text as text, bytes as hex.
    void setMessage(const QByteArray &data, bool isText);
    void saveCurrentAs(const QString &name);
    bool loadSaved(const QString &name);
    void deleteSaved(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createSendRow(bool serverMode);
    void updateSendEnabled();
    SendTarget target() const;
    void addToHistory();
    // Says why a job did not start; false.
    bool refuseJob(const QString &problem);
    void onJobStarted();
    void onJobFinished();
    void showJobProgress();
    void buildTemplatesMenu(QMenu *menu);
    void rebuildSavedMenu();
    void onFormatChanged();
    void validateBinary();
    void setStatus(const QString &text, bool problem = false);
    void showHint();

    CodeEditor *m_editor;
    QComboBox *m_format = nullptr;
    QToolButton *m_templatesButton = nullptr;
    QToolButton *m_savedButton = nullptr;
    QMenu *m_savedMenu = nullptr;
    QPushButton *m_prettyButton = nullptr;
    QPushButton *m_compactButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    BulkSendButton *m_bulkButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    TargetSelector *m_targets = nullptr;
    QLabel *m_status;
    QTimer *m_binaryTimer;
    QTimer *m_jobTimer;
    QShortcut *m_stopShortcut;
    Format m_lastFormat = Format::Text;
    VariableSubstituter m_variables;
    SendHistory m_history;
    SavedMessages m_saved;
    Sender m_sender;
    BulkSender *m_bulk;
    bool m_ready = false;
    // The status shows what the last send did: kept until the text changes, so the editor's
    // delayed JSON check (which ends in the hint line) does not wipe it.
    bool m_showingOutcome = false;
};

} // namespace Sockscope
