#pragma once

#include "mcp/mcpsessionstate.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace Sockscope {

class McpClientSession;

// What initialize told about the server: the session's state, the negotiated protocol
// version, the server's name, version and title, its instructions and its capabilities.
class McpServerInfoView final : public QWidget
{
    Q_OBJECT

public:
    explicit McpServerInfoView(QWidget *parent = nullptr);

    // Reads the session's public state (nullptr: nothing known).
    void showSession(const McpClientSession *session);

    QString stateText() const;
    QString protocolVersionText() const;
    QString serverText() const;
    QString instructionsText() const;
    QTreeWidget *capabilitiesTree() const { return m_capabilities; }

    // For people: "ready", "initialising", ...
    static QString stateName(McpSessionState state);

private:
    QLabel *m_state;
    QLabel *m_version;
    QLabel *m_server;
    QLabel *m_title;
    QPlainTextEdit *m_instructions;
    QTreeWidget *m_capabilities;
};

} // namespace Sockscope
