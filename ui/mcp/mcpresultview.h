#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace Sockscope {

class CodeEditor;
class McpReply;

// The answer to a call, rendered: text, images decoded from base64 and shown as images,
// audio and resource links described, embedded resources in a box, structured content as
// JSON; a tools/call result with isError: true and a JSON-RPC error are highlighted. The
// same view renders resources/read (its contents) and prompts/get (its messages). Raw JSON
// shows the result as it came.
class McpResultView final : public QWidget
{
    Q_OBJECT

public:
    enum class Status : quint8 { Empty, Pending, Result, ToolError, Error };
    Q_ENUM(Status)

    explicit McpResultView(QWidget *parent = nullptr);

    void clear();
    void showPending(const QString &what);
    // A finished reply: the result by its method, or the error.
    void showReply(const McpReply *reply);
    // A result of `method` without a reply (tests, replays).
    void showResult(const QString &method, const QJsonObject &result, qint64 latencyNs = -1);

    Status status() const { return m_status; }
    QString statusText() const;
    // The rendered text, as plain text.
    QString renderedText() const;
    int imageCount() const { return m_imageCount; }
    QJsonObject rawResult() const { return m_raw; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void setStatus(Status status, const QString &text);
    void render(const QString &html);
    QString contentHtml(const QJsonObject &item);
    QString resourceHtml(const QJsonObject &resource);
    QString imageHtml(const QByteArray &base64, const QString &mimeType);
    QString jsonHtml(const QJsonValue &value) const;

    Status m_status = Status::Empty;
    QLabel *m_statusLabel;
    QToolButton *m_rawToggle;
    QStackedWidget *m_stack;
    QTextBrowser *m_browser;
    CodeEditor *m_rawView;
    QJsonObject m_raw;
    int m_imageCount = 0;
};

} // namespace Sockscope
