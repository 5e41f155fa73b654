#include "mcpresultview.h"

#include "common/displayformat.h"
#include "common/themecolors.h"
#include "editor/codeeditor.h"
#include "jsonrpc/jsonrpcerrorcode.h"
#include "mcp/mcpreply.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

// Wider images are scaled down to this many pixels; the view stays readable beside the frames.
constexpr int kMaxImageWidth = 360;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QColor tint(const QColor &accent, const QPalette &palette)
{
    // A faint background of the accent colour that reads on light and dark palettes.
    const QColor base = palette.color(QPalette::Base);
    constexpr double share = 0.14;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + accent.redF() * share),
                            float(base.greenF() * (1 - share) + accent.greenF() * share),
                            float(base.blueF() * (1 - share) + accent.blueF() * share));
}

} // namespace

McpResultView::McpResultView(QWidget *parent)
    : QWidget(parent),
      m_statusLabel(new QLabel(this)),
      m_rawToggle(new QToolButton(this)),
      m_stack(new QStackedWidget(this)),
      m_browser(new QTextBrowser(this)),
      m_rawView(new CodeEditor(this))
{
    setObjectName(QStringLiteral("resultView"));
    m_statusLabel->setObjectName(QStringLiteral("resultStatusLabel"));
    m_statusLabel->setTextFormat(Qt::RichText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long error wraps instead of widening the panel.
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_rawToggle->setObjectName(QStringLiteral("resultRawToggle"));
    m_rawToggle->setText(tr("Raw JSON"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setAutoRaise(true);
    m_rawToggle->setToolTip(tr("Show the result as it came"));
    connect(m_rawToggle, &QToolButton::toggled, this,
            [this](bool raw) { m_stack->setCurrentWidget(raw ? static_cast<QWidget *>(m_rawView) : m_browser); });
    m_browser->setObjectName(QStringLiteral("resultBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_rawView->setObjectName(QStringLiteral("resultRawView"));
    m_rawView->setMode(CodeEditor::Mode::Json);
    m_rawView->setReadOnly(true);
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_rawView);
    // A few lines at the smallest: the panel shares the window with the frames.
    constexpr int minimumLines = 3;
    m_browser->setMinimumHeight(fontMetrics().lineSpacing() * minimumLines);
    m_rawView->setMinimumHeight(fontMetrics().lineSpacing() * minimumLines);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_statusLabel, 1);
    header->addWidget(m_rawToggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    clear();
}

void McpResultView::clear()
{
    m_last = {};
    clearDisplay();
}

void McpResultView::clearDisplay()
{
    m_raw = {};
    m_imageCount = 0;
    m_rawView->setUtf8Text({});
    render({});
    setStatus(Status::Empty, tr("No result yet."));
}

void McpResultView::setSubject(const QString &subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    display();
}

void McpResultView::showPending(const QString &subject, const QString &what)
{
    m_subject = subject;
    m_last = {};
    m_last.status = Status::Pending;
    m_last.subject = subject;
    m_last.what = what;
    display();
}

QString McpResultView::statusText() const
{
    return m_statusLabel->text();
}

QString McpResultView::renderedText() const
{
    return m_browser->toPlainText();
}

void McpResultView::setStatus(Status status, const QString &text)
{
    m_status = status;
    QColor color = palette().color(QPalette::WindowText);
    if (status == Status::Result)
        color = ThemeColors::good(palette());
    else if (status == Status::ToolError || status == Status::Error)
        color = ThemeColors::problem(palette());
    else if (status == Status::Empty || status == Status::Pending)
        color = ThemeColors::idle(palette());
    m_statusLabel->setText(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped()));
    m_statusLabel->setToolTip(text);
}

void McpResultView::render(const QString &html)
{
    m_browser->setHtml(html);
}

void McpResultView::changeEvent(QEvent *event)
{
    // The colours are baked into the HTML: a new theme renders it again.
    if (event->type() == QEvent::PaletteChange)
        display();
    QWidget::changeEvent(event);
}

void McpResultView::display()
{
    if (m_last.status == Status::Empty || m_last.subject != m_subject) {
        clearDisplay();
        return;
    }
    if (m_last.status == Status::Pending) {
        clearDisplay();
        setStatus(Status::Pending, tr("Waiting for %1… (Esc cancels)").arg(m_last.what));
        return;
    }
    if (m_last.status == Status::Error || m_last.status == Status::Cancelled)
        renderFailure();
    else
        renderResult();
}

void McpResultView::showReply(const McpReply *reply)
{
    Outcome outcome;
    outcome.subject = m_last.subject;
    outcome.what = m_last.what;
    outcome.method = reply->method();
    outcome.latencyNs = reply->latencyNs();
    if (reply->isError()) {
        outcome.status = reply->failure() == McpReply::Failure::Cancelled ? Status::Cancelled : Status::Error;
        outcome.failure = reply->failure();
        outcome.errorCode = reply->errorCode();
        outcome.errorMessage = reply->errorMessage();
        outcome.errorText = reply->errorText();
        outcome.errorData = reply->errorData();
        outcome.errorJson = reply->errorJson();
    } else {
        outcome.status = reply->isToolError() ? Status::ToolError : Status::Result;
        outcome.result = reply->result();
    }
    m_last = outcome;
    display();
}

void McpResultView::showResult(const QString &method, const QJsonObject &result, qint64 latencyNs)
{
    m_last = {};
    m_last.status = method == QLatin1String("tools/call") && result.value(QLatin1String("isError")).toBool() ? Status::ToolError
                                                                                                            : Status::Result;
    m_last.subject = m_subject;
    m_last.method = method;
    m_last.result = result;
    m_last.latencyNs = latencyNs;
    display();
}

void McpResultView::renderFailure()
{
    clearDisplay();
    const Outcome &outcome = m_last;
    m_raw = outcome.errorJson;
    m_rawView->setUtf8Text(QJsonDocument(m_raw).toJson(QJsonDocument::Indented));
    const QPalette p = palette();
    const QString latency = DisplayFormat::duration(outcome.latencyNs);
    if (outcome.status == Status::Cancelled) {
        // Not a problem: the user asked for it. Plain text colours read on any theme.
        render(QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"1\" "
                              "style=\"border-style:solid; border-color:%1; background-color:%2\"><tr><td>"
                              "<b>%3</b><p>%4</p></td></tr></table>")
                   .arg(p.color(QPalette::Mid).name(), tint(ThemeColors::idle(p), p).name(), escaped(tr("Cancelled")),
                        escaped(tr("notifications/cancelled went to the server; an answer arriving now is ignored."))));
        setStatus(Status::Cancelled, latency.isEmpty() ? tr("Cancelled.") : tr("Cancelled after %1.").arg(latency));
        return;
    }
    // The title says what kind of failure, the text below it the reason as given.
    QString title = tr("The call failed");
    switch (outcome.failure) {
    case McpReply::Failure::JsonRpcError:
        title = tr("JSON-RPC error %1 (%2)").arg(outcome.errorCode).arg(JsonRpcErrorCode::description(outcome.errorCode));
        break;
    case McpReply::Failure::Timeout: title = tr("No answer in time"); break;
    case McpReply::Failure::ConnectionClosed: title = tr("The connection closed first"); break;
    case McpReply::Failure::NotInitialized: title = tr("The session is not initialised"); break;
    case McpReply::Failure::SendFailed: title = tr("Not sent"); break;
    case McpReply::Failure::InvalidResponse: title = tr("The answer is not valid"); break;
    case McpReply::Failure::None:
    case McpReply::Failure::Cancelled: break;
    }
    const QString reason = outcome.errorMessage.isEmpty() ? outcome.errorText : outcome.errorMessage;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"1\" "
                                  "style=\"border-style:solid; border-color:%1; background-color:%2\"><tr><td>"
                                  "<b style=\"color:%1\">%3</b><p style=\"white-space:pre-wrap\">%4</p></td></tr></table>")
                       .arg(ThemeColors::problem(p).name(), tint(ThemeColors::problem(p), p).name(), escaped(title),
                            escaped(reason));
    if (!outcome.errorData.isUndefined())
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(tr("Error data"))) + jsonHtml(outcome.errorData);
    render(html);
    setStatus(Status::Error, latency.isEmpty() ? tr("Failed: %1").arg(outcome.errorText)
                                               : tr("Failed after %1: %2").arg(latency, outcome.errorText));
}

void McpResultView::renderResult()
{
    clearDisplay();
    const QString &method = m_last.method;
    const QJsonObject &result = m_last.result;
    m_raw = result;
    m_rawView->setUtf8Text(QJsonDocument(result).toJson(QJsonDocument::Indented));
    const QPalette p = palette();
    QString html;
    const bool toolError = m_last.status == Status::ToolError;
    if (toolError) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\" "
                               "style=\"border-style:solid; border-color:%1; background-color:%2\"><tr><td>"
                               "<b style=\"color:%1\">%3</b> %4</td></tr></table>")
                    .arg(ThemeColors::problem(p).name(), tint(ThemeColors::problem(p), p).name(),
                         escaped(tr("Tool error")), escaped(tr("The tool ran and reported a failure (isError: true).")));
    }
    if (method == QLatin1String("resources/read")) {
        for (const QJsonValue &value : result.value(QLatin1String("contents")).toArray())
            html += resourceHtml(value.toObject());
    } else if (method == QLatin1String("prompts/get")) {
        const QString description = result.value(QLatin1String("description")).toString();
        if (!description.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(description));
        for (const QJsonValue &value : result.value(QLatin1String("messages")).toArray()) {
            const QJsonObject message = value.toObject();
            html += QStringLiteral("<p style=\"margin-top:8px\"><b>%1</b></p>").arg(escaped(message.value(QLatin1String("role")).toString()));
            html += contentHtml(message.value(QLatin1String("content")).toObject());
        }
    } else if (result.contains(QLatin1String("content"))) {
        for (const QJsonValue &value : result.value(QLatin1String("content")).toArray())
            html += contentHtml(value.toObject());
    } else {
        html += jsonHtml(result);
    }
    if (result.contains(QLatin1String("structuredContent"))) {
        html += QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b></p>").arg(escaped(tr("Structured content")));
        html += jsonHtml(result.value(QLatin1String("structuredContent")));
    }
    render(html);
    const QString latency = m_last.latencyNs >= 0 ? DisplayFormat::duration(m_last.latencyNs) : QString();
    if (toolError)
        setStatus(Status::ToolError, latency.isEmpty() ? tr("Tool error.") : tr("Tool error after %1.").arg(latency));
    else
        setStatus(Status::Result, latency.isEmpty() ? tr("Result.") : tr("Result in %1.").arg(latency));
}

QString McpResultView::contentHtml(const QJsonObject &item)
{
    const QString type = item.value(QLatin1String("type")).toString();
    const QPalette p = palette();
    const QString caption = QStringLiteral("<p style=\"color:%1; margin-top:6px\">%2</p>").arg(ThemeColors::idle(p).name());
    if (type == QLatin1String("text"))
        return QStringLiteral("<p style=\"white-space:pre-wrap; margin-top:4px\">%1</p>").arg(escaped(item.value(QLatin1String("text")).toString()));
    if (type == QLatin1String("image")) {
        return imageHtml(item.value(QLatin1String("data")).toString().toLatin1(), item.value(QLatin1String("mimeType")).toString());
    }
    if (type == QLatin1String("audio")) {
        const qsizetype bytes = QByteArray::fromBase64(item.value(QLatin1String("data")).toString().toLatin1()).size();
        return caption.arg(escaped(tr("Audio: %1, %2").arg(item.value(QLatin1String("mimeType")).toString(), DisplayFormat::bytes(bytes))));
    }
    if (type == QLatin1String("resource_link")) {
        const QString uri = item.value(QLatin1String("uri")).toString();
        const QString name = item.value(QLatin1String("name")).toString();
        return QStringLiteral("<p>%1 <a href=\"%2\">%3</a> <span style=\"color:%4\">%5</span></p>")
            .arg(escaped(tr("Resource link:")), escaped(uri), escaped(name.isEmpty() ? uri : name), ThemeColors::idle(p).name(), escaped(uri));
    }
    if (type == QLatin1String("resource"))
        return resourceHtml(item.value(QLatin1String("resource")).toObject());
    return caption.arg(escaped(tr("Content of type \"%1\":").arg(type))) + jsonHtml(item);
}

QString McpResultView::resourceHtml(const QJsonObject &resource)
{
    const QPalette p = palette();
    const QString uri = resource.value(QLatin1String("uri")).toString();
    const QString mime = resource.value(QLatin1String("mimeType")).toString();
    QString body;
    if (resource.contains(QLatin1String("text"))) {
        body = QStringLiteral("<pre style=\"white-space:pre-wrap\">%1</pre>").arg(escaped(resource.value(QLatin1String("text")).toString()));
    } else if (resource.contains(QLatin1String("blob"))) {
        const QByteArray blob = resource.value(QLatin1String("blob")).toString().toLatin1();
        body = mime.startsWith(QLatin1String("image/"))
                   ? imageHtml(blob, mime)
                   : QStringLiteral("<p>%1</p>").arg(escaped(tr("Binary, %1").arg(DisplayFormat::bytes(QByteArray::fromBase64(blob).size()))));
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\" "
                          "style=\"border-style:solid; border-color:%1; margin-top:6px\"><tr><td style=\"background-color:%2\">"
                          "<b>%3</b> <span style=\"color:%4\">%5</span></td></tr><tr><td>%6</td></tr></table>")
        .arg(p.color(QPalette::Mid).name(), tint(ThemeColors::incoming(p), p).name(), escaped(uri), ThemeColors::idle(p).name(),
             escaped(mime), body);
}

QString McpResultView::imageHtml(const QByteArray &base64, const QString &mimeType)
{
    QImage image;
    if (!image.loadFromData(QByteArray::fromBase64(base64))) {
        return QStringLiteral("<p style=\"color:%1\">%2</p>")
            .arg(ThemeColors::problem(palette()).name(), escaped(tr("An image (%1) that could not be decoded.").arg(mimeType)));
    }
    const QUrl name(QStringLiteral("mcpimage://%1").arg(++m_imageCount));
    m_browser->document()->addResource(QTextDocument::ImageResource, name, image);
    const int width = std::min(image.width(), kMaxImageWidth);
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p><p style=\"color:%3\">%4</p>")
        .arg(name.toString())
        .arg(width)
        .arg(ThemeColors::idle(palette()).name(), escaped(tr("%1, %2 × %3 pixels").arg(mimeType).arg(image.width()).arg(image.height())));
}

QString McpResultView::jsonHtml(const QJsonValue &value) const
{
    const QByteArray text = value.isObject()  ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                            : value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                              : QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QStringLiteral("<pre>%1</pre>").arg(escaped(QString::fromUtf8(text).trimmed()));
}

} // namespace Sockscope
