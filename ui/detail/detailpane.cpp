#include "detailpane.h"

#include "event/eventdetails.h"

#include "closecodetext.h"
#include "hexdump.h"
#include "jsontreebuilder.h"

#include "common/displayformat.h"
#include "common/themecolors.h"
#include "editor/codeeditor.h"
#include "editor/jsonchecker.h"
#include "editor/jsonformatter.h"
#include "event/eventjson.h"
#include "frames/frametext.h"
#include "capture/methodtable.h"
#include "jsonrpc/jsonrpccodec.h"
#include "jsonrpc/jsonrpcerrorcode.h"
#include "protocol/closecode.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

enum Tab { MessageTab, TreeTab, HexTab, HeadersTab, EventTab };

} // namespace

DetailPane::DetailPane(const MethodTable *methods, const Limits &limits, QWidget *parent)
    : QWidget(parent),
      m_methods(methods),
      m_limits(limits),
      m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_message(new CodeEditor(this)),
      m_tree(new QTreeWidget(this)),
      m_hex(new QPlainTextEdit(this)),
      m_headers(new QTableWidget(this)),
      m_eventJson(new CodeEditor(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("pair"))
            Q_EMIT jumpRequested();
    });

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setReadOnly(true);
    m_tree->setObjectName(QStringLiteral("detailTree"));
    m_tree->setHeaderLabels({tr("Key"), tr("Value"), tr("Type")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 180);
    m_hex->setObjectName(QStringLiteral("detailHex"));
    m_hex->setReadOnly(true);
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_headers->setObjectName(QStringLiteral("detailHeaders"));
    m_headers->setColumnCount(3);
    m_headers->setHorizontalHeaderLabels({tr("Sent in"), tr("Header"), tr("Value")});
    m_headers->verticalHeader()->hide();
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventJson->setObjectName(QStringLiteral("detailEventJson"));
    m_eventJson->setReadOnly(true);

    m_tabs->addTab(m_message, tr("Message"));
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_hex, tr("Hex"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_eventJson, tr("Event"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    showRecord(nullptr, FrameRecord::NoIndex, nullptr);
}

QString DetailPane::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

QString DetailPane::hexText() const
{
    return m_hex->toPlainText();
}

void DetailPane::showRecord(const FrameRecord *record, quint64 index, const FrameRecord *pair)
{
    m_index = record ? index : FrameRecord::NoIndex;
    if (!record) {
        clearRecord();
        return;
    }
    m_tabs->show();
    const Event &event = record->event;

    // The message, pretty when it is JSON (keys in their order, numbers as sent); where JSON
    // breaks is told in the summary, at the same line:column the composer would name.
    bool parsed = false;
    QJsonDocument document;
    QString jsonProblem;
    const bool isText = event.kind == EventKind::Text;
    const QByteArray &payload = event.payload;
    if (isText && payload.size() <= m_limits.maxPrettyBytes && JsonChecker::looksLikeJson(payload)) {
        QJsonParseError error;
        document = QJsonDocument::fromJson(payload, &error);
        parsed = error.error == QJsonParseError::NoError;
        if (!parsed)
            jsonProblem = JsonChecker::describe(JsonChecker::fromParseError(payload, error));
    }
    m_summary->setText(summaryHtml(*record, index, pair, jsonProblem));

    showMessage(event, parsed);
    m_tabs->setTabEnabled(MessageTab, !m_message->text().isEmpty());

    if (parsed)
        JsonTreeBuilder::fill(m_tree, document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                              m_limits.maxTreeNodes);
    else
        m_tree->clear();
    m_tabs->setTabEnabled(TreeTab, parsed);

    m_hex->setPlainText(event.payload.isEmpty() ? QString() : HexDump::dump(event.payload, m_limits.maxHexBytes));
    m_tabs->setTabEnabled(HexTab, !event.payload.isEmpty());

    fillHeaders(event);
    m_tabs->setTabEnabled(HeadersTab, m_headers->rowCount() > 0);

    Event shown = event;
    if (shown.payload.size() > m_limits.maxPrettyBytes)
        shown.payload = shown.payload.left(m_limits.maxPrettyBytes);
    m_eventJson->setText(JsonFormatter::pretty(QString::fromUtf8(eventToJsonLine(shown))));
    m_tabs->setTabEnabled(EventTab, true);

    // Show the most telling tab for this kind of frame.
    int preferred = EventTab;
    if (event.kind == EventKind::Open)
        preferred = HeadersTab;
    else if (isText || (!m_message->text().isEmpty() && event.direction == Direction::Local))
        preferred = MessageTab;
    else if (!event.payload.isEmpty())
        preferred = HexTab;
    if (!m_tabs->isTabEnabled(m_tabs->currentIndex()) || m_tabs->currentIndex() != preferred)
        m_tabs->setCurrentIndex(preferred);
}

void DetailPane::clearRecord()
{
    m_summary->setText(tr("Select a frame to see it here."));
    m_message->setText(QString());
    m_tree->clear();
    m_hex->clear();
    m_headers->setRowCount(0);
    m_eventJson->setText(QString());
    m_tabs->hide();
}

// The Message tab: pretty JSON, text (up to the pretty limit) or what a control frame says.
void DetailPane::showMessage(const Event &event, bool parsed)
{
    const QByteArray &payload = event.payload;
    if (event.kind == EventKind::Text) {
        if (parsed) {
            m_message->setMode(CodeEditor::Mode::Json);
            m_message->setText(JsonFormatter::pretty(QString::fromUtf8(payload)));
        } else {
            m_message->setMode(CodeEditor::Mode::Plain);
            QString text = QString::fromUtf8(payload.left(m_limits.maxPrettyBytes));
            if (payload.size() > m_limits.maxPrettyBytes)
                text += tr("\n… %1 more not shown").arg(DisplayFormat::bytes(payload.size() - m_limits.maxPrettyBytes));
            m_message->setText(text);
        }
    } else if (event.kind == EventKind::Binary || event.kind == EventKind::Ping || event.kind == EventKind::Pong) {
        m_message->setMode(CodeEditor::Mode::Plain);
        m_message->setText(QString());
    } else {
        m_message->setMode(CodeEditor::Mode::Plain);
        m_message->setText(FrameText::describe(event));
    }
}

void DetailPane::fillHeaders(const Event &event)
{
    m_headers->setRowCount(0);
    const auto add = [this](const QString &where, const QJsonArray &headers) {
        for (const QJsonValue &header : headers) {
            const QJsonArray pair = header.toArray();
            const int row = m_headers->rowCount();
            m_headers->insertRow(row);
            m_headers->setItem(row, 0, new QTableWidgetItem(where));
            m_headers->setItem(row, 1, new QTableWidgetItem(pair.at(0).toString()));
            m_headers->setItem(row, 2, new QTableWidgetItem(pair.at(1).toString()));
        }
    };
    add(tr("request"), EventDetails::requestHeaders(event));
    add(tr("response"), EventDetails::responseHeaders(event));
    m_headers->resizeColumnToContents(0);
    m_headers->resizeColumnToContents(1);
}

QString DetailPane::summaryHtml(const FrameRecord &record, quint64 index, const FrameRecord *pair,
                                const QString &jsonProblem) const
{
    const Event &event = record.event;
    QStringList lines;
    QStringList first;
    first.append(QStringLiteral("<b>#%1</b>").arg(index + 1));
    first.append(FrameText::directionWithArrow(event.direction).toHtmlEscaped());
    first.append(QStringLiteral("<b>%1</b>").arg(FrameText::kind(event).toHtmlEscaped()));
    if (event.peerId != 0)
        first.append(tr("peer %1").arg(event.peerId).toHtmlEscaped());
    if (event.kind == EventKind::Text || event.kind == EventKind::Binary || event.kind == EventKind::Ping
        || event.kind == EventKind::Pong || event.kind == EventKind::Close)
        first.append(tr("%n byte(s)", nullptr, int(qMin<qint64>(event.size, std::numeric_limits<int>::max()))).toHtmlEscaped());
    if (const int frames = EventDetails::frameCount(event); frames > 0)
        first.append(tr("in %1 frames").arg(frames).toHtmlEscaped());
    first.append(DisplayFormat::timeOfDay(event.wallMs));
    // One number per frame, the # of the table (the event's own sequence number is in the
    // Event tab).
    lines.append(first.join(QStringLiteral(" · ")));
    if (!jsonProblem.isEmpty())
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(ThemeColors::problem(palette()).name(), jsonProblem.toHtmlEscaped()));

    if (const std::optional<qint64> rtt = EventDetails::roundTripNs(event))
        lines.append(tr("Round trip %1").arg(DisplayFormat::duration(*rtt)).toHtmlEscaped());

    if (event.kind == EventKind::Close) {
        const int code = EventDetails::closeCode(event).value_or(-1);
        if (code >= 0) {
            lines.append(tr("Close code <b>%1</b> (%2): %3")
                             .arg(code)
                             .arg(CloseCode::name(code).toHtmlEscaped(), CloseCodeText::meaning(code).toHtmlEscaped()));
        } else {
            lines.append(tr("The close frame carried no code.").toHtmlEscaped());
        }
        const QString reason = EventDetails::closeReason(event);
        if (!reason.isEmpty())
            lines.append(tr("Reason: %1").arg(reason).toHtmlEscaped());
    } else if (event.direction == Direction::Local || event.kind == EventKind::Open) {
        lines.append(FrameText::describe(event).toHtmlEscaped());
    }
    if (record.rpcKind != RpcKind::None)
        lines.append(rpcHtml(record, pair, !jsonProblem.isEmpty()));
    return lines.join(QStringLiteral("<br>"));
}

QString DetailPane::rpcHtml(const FrameRecord &record, const FrameRecord *pair, bool jsonProblemShown) const
{
    const JsonRpcMessage message = JsonRpcCodec::parse(record.event.payload);
    QStringList parts;
    QString head = FrameText::rpcHeading(record.rpcKind).toHtmlEscaped();
    if (record.methodId != MethodTable::None)
        head += QStringLiteral(" <b>%1</b>").arg(m_methods->name(record.methodId).toHtmlEscaped());
    if (message.id.isUsable() || message.id.isNull())
        head += tr(", id %1").arg(message.id.toDisplayString()).toHtmlEscaped();
    parts.append(head);
    if (message.kind == JsonRpcMessage::Kind::Error) {
        parts.append(tr("error %1 %2 (%3): %4")
                         .arg(message.errorCode)
                         .arg(JsonRpcErrorCode::name(message.errorCode), JsonRpcErrorCode::description(message.errorCode),
                              message.errorMessage)
                         .toHtmlEscaped());
    }
    // A syntax error is already said above, with its line:column.
    const bool syntax = message.problem == JsonRpcMessage::Problem::NotJson || message.problem == JsonRpcMessage::Problem::InvalidUtf8
                        || message.problem == JsonRpcMessage::Problem::TooDeep;
    if (message.kind == JsonRpcMessage::Kind::Invalid && message.problem != JsonRpcMessage::Problem::None
        && !(syntax && jsonProblemShown))
        parts.append(message.problemText().toHtmlEscaped());
    for (const QString &warning : message.warnings)
        parts.append(tr("warning: %1").arg(warning).toHtmlEscaped());
    if (message.kind == JsonRpcMessage::Kind::Batch)
        parts.append(tr("%n message(s) in the batch", nullptr, int(message.items.size())).toHtmlEscaped());

    const bool isRequest = record.rpcKind == RpcKind::Request;
    if (record.pairIndex != FrameRecord::NoIndex) {
        const QString latency = DisplayFormat::duration(record.latencyNs);
        const QString what = isRequest ? tr("answered by #%1 after %2").arg(record.pairIndex + 1).arg(latency)
                                       : tr("answers request #%1 after %2").arg(record.pairIndex + 1).arg(latency);
        QString line = what.toHtmlEscaped();
        if (pair)
            line += QStringLiteral(" — <a href=\"pair\">%1</a>")
                        .arg((isRequest ? tr("Go to response") : tr("Go to request")).toHtmlEscaped());
        else
            line += QStringLiteral(" ") + tr("(no longer stored)").toHtmlEscaped();
        parts.append(line);
    } else if (record.latencyNs >= 0) {
        parts.append(tr("late answer, %1 after its request").arg(DisplayFormat::duration(record.latencyNs)).toHtmlEscaped());
    } else if (isRequest) {
        parts.append(tr("no response yet").toHtmlEscaped());
    }
    return parts.join(QStringLiteral("<br>"));
}

} // namespace Sockscope
