#pragma once

#include "capture/framerecord.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace Sockscope {

class CodeEditor;
class MethodTable;

// Everything about the selected frame: a summary (direction, kind, size, times; the close
// code and what it means; for JSON-RPC the kind, method, id, error code and a link to the
// paired request or response with the latency), then tabs: the message pretty-printed in
// the read-only editor with folding, a JSON tree, a hex + ASCII dump, the handshake
// headers of an open event, and the event as JSON.
class DetailPane final : public QWidget
{
    Q_OBJECT

public:
    struct Limits final
    {
        qsizetype maxPrettyBytes = 4 * 1024 * 1024;
        int maxTreeNodes = 20000;
        qsizetype maxHexBytes = 256 * 1024;
    };

    DetailPane(const MethodTable *methods, const Limits &limits, QWidget *parent = nullptr);

    // `record` null clears the pane. `pair` is the other half of a request/response pair
    // when it is still stored.
    void showRecord(const FrameRecord *record, quint64 index, const FrameRecord *pair);
    quint64 shownIndex() const { return m_index; }

    QString summaryText() const;
    CodeEditor *messageView() const { return m_message; }
    QTreeWidget *treeView() const { return m_tree; }
    QString hexText() const;
    QTableWidget *headersView() const { return m_headers; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // The user followed the link to the paired request or response.
    void jumpRequested();

private:
    // `jsonProblem`: where a message that looks like JSON breaks, for people; empty when it parsed.
    QString summaryHtml(const FrameRecord &record, quint64 index, const FrameRecord *pair, const QString &jsonProblem) const;
    QString rpcHtml(const FrameRecord &record, const FrameRecord *pair, bool jsonProblemShown) const;
    void clearRecord();
    void showMessage(const Event &event, bool parsed);
    void fillHeaders(const Event &event);

    const MethodTable *m_methods;
    Limits m_limits;
    quint64 m_index = FrameRecord::NoIndex;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    CodeEditor *m_message;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_hex;
    QTableWidget *m_headers;
    CodeEditor *m_eventJson;
};

} // namespace Sockscope
