#pragma once

#include "mcp/mcpreply.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace Sockscope {

class CodeEditor;

// The answer to a call, rendered: text, images decoded from base64 and shown as images,
// audio and resource links described, embedded resources in a box, structured content as
// JSON; a tools/call result with isError: true and a JSON-RPC error are highlighted. The
// same view renders resources/read (its contents) and prompts/get (its messages). Raw JSON
// shows the result as it came. A cancelled call says so; a failed one says why.
//
// The view is about a subject (a tool's or prompt's name, a resource's URI): the last call
// is kept with the subject it was made for, so picking another item clears the view, and
// picking that one again shows its result, or that it still runs.
class McpResultView final : public QWidget
{
    Q_OBJECT

public:
    enum class Status : quint8 { Empty, Pending, Result, ToolError, Error, Cancelled };
    Q_ENUM(Status)

    explicit McpResultView(QWidget *parent = nullptr);

    // Forgets the last call (a new session).
    void clear();
    void setSubject(const QString &subject);
    QString subject() const { return m_subject; }
    // A call about `subject` went out: `what` is "tools/call NAME", ...
    void showPending(const QString &subject, const QString &what);
    // The last call's answer: the result by its method, or the error. Shown when its subject
    // is the view's, kept for it otherwise.
    void showReply(const McpReply *reply);
    // A result of `method` for the current subject without a reply (tests, replays).
    void showResult(const QString &method, const QJsonObject &result, qint64 latencyNs = -1);

    Status status() const { return m_status; }
    QString statusText() const;
    // The rendered text, as plain text.
    QString renderedText() const;
    int imageCount() const { return m_imageCount; }
    QJsonObject rawResult() const { return m_raw; }
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // The last call, kept apart from the widgets so it can be shown again (another subject
    // in between, a new theme).
    struct Outcome final
    {
        Status status = Status::Empty;
        QString subject;
        QString what;
        QString method;
        QJsonObject result;
        McpReply::Failure failure = McpReply::Failure::None;
        int errorCode = 0;
        QString errorMessage; // the server's or the session's words
        QString errorText;    // with the code and its name
        QJsonValue errorData = QJsonValue(QJsonValue::Undefined);
        QJsonObject errorJson;
        qint64 latencyNs = -1;
    };

    void display();
    void clearDisplay();
    void renderResult();
    void renderFailure();
    void setStatus(Status status, const QString &text);
    void render(const QString &html);
    QString contentHtml(const QJsonObject &item);
    QString resourceHtml(const QJsonObject &resource);
    QString imageHtml(const QByteArray &base64, const QString &mimeType);
    QString jsonHtml(const QJsonValue &value) const;

    Status m_status = Status::Empty;
    QString m_subject;
    Outcome m_last;
    QLabel *m_statusLabel;
    QToolButton *m_rawToggle;
    QStackedWidget *m_stack;
    QTextBrowser *m_browser;
    CodeEditor *m_rawView;
    QJsonObject m_raw;
    int m_imageCount = 0;
};

} // namespace Sockscope
