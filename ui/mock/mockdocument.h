#pragma once

#include "document/serverdocumentbase.h"
#include "mock/mockconfig.h"
#include "mock/mockserver.h"
#include "mock/mocksessionstate.h"

#include <QJsonObject>
#include <QPointer>

class QToolButton;

namespace Sockscope {

class MockConfigPanel;
class MockFaultsPanel;

// The mock MCP server in a tab (docs/MOCK.md, docs/GUI.md): started and stopped from the
// connection bar with the configuration in the Config side tab, its faults changed live in
// the Faults side tab (and told beside the connection bar), its peers (with their MCP
// session) and frames as in a server document. Start and Apply refuse an invalid
// configuration and show the error; Apply restarts a running server on the same port,
// closing its peers with 1001.
class MockDocument final : public ServerDocumentBase
{
    Q_OBJECT

public:
    explicit MockDocument(const DocumentSettings &settings = {}, QWidget *parent = nullptr);
    ~MockDocument() override;

    QString title() const override;
    void start() override;
    void stop() override;
    bool confirmClose() override;
    QString sessionRole() const override { return QStringLiteral("mock"); }
    void restoreLayout(QSettings &settings) override;

    // Null before the first start.
    MockServer *mockServer() const { return m_mock; }
    MockConfigPanel *configPanel() const { return m_configPanel; }
    MockFaultsPanel *faultsPanel() const { return m_faultsPanel; }
    // Uses the editor's configuration: a running server restarts with it on the same port,
    // a stopped one takes its faults. False (the error shown, nothing changed) when invalid.
    bool applyConfig();
    // Whether Apply is restarting the server.
    bool isRestarting() const { return m_restartPending; }

protected:
    QString layoutKey() const override;
    void stopConnection(quint16 code, const QString &reason) override;
    void onServerStopped() override;
    void onPeerOpened(quint32 id) override;

private:
    // The editor's configuration with the panel's faults; false with the error shown.
    bool checkConfig(MockConfig *config, const QString &refusal);
    void startWith(const MockConfig &config, quint16 port);
    // The panel follows the configuration's "faults" when they changed since last taken.
    void adoptFaults(const MockConfig &config);
    void onFaultsChanged(const MockFaults &faults);
    void onSessionStateChanged(quint32 peerId, MockSessionState state);
    QString sessionText(quint32 peerId, MockSessionState state) const;
    void updateConfigTab();
    void updateFaultsIndicator();

    MockConfigPanel *m_configPanel;
    MockFaultsPanel *m_faultsPanel;
    QToolButton *m_faultsIndicator;
    QPointer<MockServer> m_mock;
    QJsonObject m_configFaults;
    MockConfig m_restartConfig;
    QByteArray m_restartText;
    QByteArray m_runningText; // the configuration's text the server runs; empty when stopped
    quint16 m_restartPort = 0;
    bool m_restartPending = false;
};

} // namespace Sockscope
