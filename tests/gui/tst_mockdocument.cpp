// The mock server document: it starts on 127.0.0.1 port 0 with the built-in configuration,
// an external client (Qt's QWebSocket) initialises and calls tools while the frames, the peers
// (with their MCP session) and a recording follow; a latency set in the faults panel applies
// live; an invalid configuration is told and marked at its line and refused by Start and
// Apply; Apply restarts on the same port; files open and save, and a file that cannot be
// taken leaves the editor's text alone.
#include "guitestsupport.h"
#include "testtiming.h"

#include "connectionbar/connectionbar.h"
#include "editor/codeeditor.h"
#include "frames/framesmodel.h"
#include "frames/framespanel.h"
#include "frames/framesview.h"
#include "mainwindow/mainwindow.h"
#include "mock/mockconfigloader.h"
#include "mock/mockconfigpanel.h"
#include "mock/mockdocument.h"
#include "mock/mockfaultspanel.h"
#include "mock/mockserver.h"
#include "peers/peersmodel.h"
#include "peers/peerspanel.h"
#include "session/sessionloader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWebSocket>

#include <memory>

using namespace Sockscope;

namespace {

using SockscopeTest::kWaitMs;

QByteArray builtinText()
{
    QFile file(MockConfigLoader::builtinFileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : int(text.left(at).count('\n')) + 1;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Answers every modal message box that opens while it lives: notes its name and text and
// clicks the button named `button` (or the standard one).
class BoxAnswerer final : public QObject
{
public:
    BoxAnswerer(const QString &button, QMessageBox::StandardButton standard)
        : m_button(button), m_standard(standard)
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &BoxAnswerer::poll);
        m_timer.start();
    }

    QStringList names;
    QStringList texts;

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        names.append(box->objectName());
        texts.append(box->text());
        QAbstractButton *button = m_button.isEmpty() ? nullptr : box->findChild<QAbstractButton *>(m_button);
        if (!button)
            button = box->button(m_standard);
        QVERIFY(button);
        button->click();
    }

    QString m_button;
    QMessageBox::StandardButton m_standard;
    QTimer m_timer;
};

// An MCP client that nobody here wrote the transport of: Qt's QWebSocket, sending JSON-RPC
// by hand and noting when each message arrives.
class McpPeer final
{
public:
    explicit McpPeer(const QUrl &url)
    {
        m_clock.start();
        QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, m_socket.get(), [this](const QString &text) {
            m_received.append({QJsonDocument::fromJson(text.toUtf8()).object(), m_clock.nsecsElapsed()});
        });
        m_socket->open(url);
    }

    QWebSocket *socket() const { return m_socket.get(); }

    // Sends a request and waits for its response; `roundTripMs` is send to arrival.
    QJsonObject call(int id, const QString &method, const QJsonObject &params, double *roundTripMs = nullptr)
    {
        QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
                            {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
        QElapsedTimer opening;
        opening.start();
        while (m_socket->state() != QAbstractSocket::ConnectedState && opening.elapsed() < kWaitMs)
            QTest::qWait(5);
        const qint64 sent = m_clock.nsecsElapsed();
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
        QElapsedTimer deadline;
        deadline.start();
        while (deadline.elapsed() < kWaitMs) {
            for (const Received &message : std::as_const(m_received)) {
                if (message.json.value(QStringLiteral("id")).toInt(-1) == id) {
                    if (roundTripMs)
                        *roundTripMs = double(message.atNs - sent) / 1e6;
                    return message.json;
                }
            }
            QTest::qWait(5);
        }
        return {};
    }

    void notify(const QString &method)
    {
        const QJsonObject notification{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), method}};
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(notification).toJson(QJsonDocument::Compact)));
    }

    QJsonObject initialize(int id)
    {
        const QJsonObject params{{QStringLiteral("protocolVersion"), QStringLiteral("2025-06-18")},
                                 {QStringLiteral("capabilities"), QJsonObject()},
                                 {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("tst_mockdocument")},
                                                                           {QStringLiteral("version"), QStringLiteral("1")}}}};
        const QJsonObject answer = call(id, QStringLiteral("initialize"), params);
        notify(QStringLiteral("notifications/initialized"));
        return answer;
    }

    QJsonObject add(int id, double a, double b, double *roundTripMs = nullptr)
    {
        return call(id, QStringLiteral("tools/call"),
                    {{QStringLiteral("name"), QStringLiteral("add")},
                     {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("a"), a}, {QStringLiteral("b"), b}}}},
                    roundTripMs);
    }

private:
    struct Received
    {
        QJsonObject json;
        qint64 atNs = 0;
    };

    std::unique_ptr<QWebSocket> m_socket = std::make_unique<QWebSocket>();
    QElapsedTimer m_clock;
    QList<Received> m_received;
};

int rowsWithMethod(FramesModel *model, const QString &method)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->data(model->index(row, FramesModel::MethodColumn)).toString() == method ? 1 : 0;
    return count;
}

int noticeCount(FramesModel *model, const QString &id)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const FrameRecord *record = model->recordAtRow(row);
        count += record && record->event.kind == EventKind::Notice
                         && record->event.details.value(QStringLiteral("notice")).toString() == id
                     ? 1
                     : 0;
    }
    return count;
}

bool hasNotice(FramesModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const FrameRecord *record = model->recordAtRow(row);
        if (record && record->event.kind == EventKind::Notice
            && record->event.details.value(QStringLiteral("notice")).toString() == id)
            return true;
    }
    return false;
}

} // namespace

class TestMockDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SockscopeGuiTest::isolateSettings("tst_mockdocument"); }

    void shouldHaveDefaultValues()
    {
        MockDocument document;
        QCOMPARE(document.objectName(), QStringLiteral("mockDocument"));
        QVERIFY(document.isServer());
        QVERIFY(!document.isActive());
        QVERIFY(!document.mockServer());
        QCOMPARE(document.title(), QStringLiteral("New Mock Server"));
        QCOMPARE(document.sessionRole(), QStringLiteral("mock"));
        QCOMPARE(document.settings().host, ServerSettings().host);
        QCOMPARE(document.settings().port, ServerSettings().port);
        QCOMPARE(document.state(), DocumentState::Idle);

        MockConfigPanel *config = document.configPanel();
        QCOMPARE(config->text(), builtinText());
        QVERIFY(config->isValid());
        QVERIFY(!config->isModified());
        QVERIFY(config->filePath().isEmpty());
        QCOMPARE(config->errorLine(), 0);
        QVERIFY2(config->messageText().startsWith(QStringLiteral("Valid: 8 tool(s), 2 resource(s), 1 resource template(s), 2 prompt(s), 1 scheduled notification(s).")), qPrintable(config->messageText()));
        QVERIFY(document.sideTabs()->indexOf(config) >= 2); // Detail and Stats keep their places
        QCOMPARE(document.sideTabs()->indexOf(document.faultsPanel()), document.sideTabs()->indexOf(config) + 1);
        auto *indicator = document.findChild<QToolButton *>(QStringLiteral("faultsIndicator"));
        QCOMPARE(indicator->text(), QStringLiteral("Faults: off"));
        indicator->click();
        QCOMPARE(document.sideTabs()->currentWidget(), document.faultsPanel());
        QCOMPARE(document.sideTabs()->tabText(document.sideTabs()->indexOf(config)), QStringLiteral("Config"));
        QCOMPARE(document.faultsPanel()->faults().toJson(), QJsonObject());
        QVERIFY(document.peersPanel()->isSessionColumnVisible());
        QVERIFY(!document.peersPanel()->view()->isColumnHidden(PeersModel::SessionColumn));

        for (const char *name : {"mockConfigEditor", "openConfigButton", "saveConfigButton", "saveConfigAsButton",
                                 "revertConfigButton", "applyConfigButton", "configMessage", "configFileLabel",
                                 "latencyMinSpin", "latencyMaxSpin", "dropSpin", "malformedSpin", "oversizedSpin",
                                 "oversizedBytesSpin", "closeAfterSpin", "closeCodeSpin", "ignorePingsCheck",
                                 "faultMethodsEdit", "seedSpin", "resetFaultsButton", "faultsOffButton", "faultsSummary",
                                 "peersView", "recordButton", "connectButton", "faultsIndicator"}) {
            QVERIFY2(document.findChild<QWidget *>(QString::fromLatin1(name)), name);
        }
    }

    void mainWindowCreatesIt()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("newMockAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        // The shortcut is nobody else's.
        for (QAction *other : window.findChildren<QAction *>()) {
            if (other != action)
                QVERIFY2(!other->shortcuts().contains(action->shortcut()), qPrintable(other->objectName()));
        }
        action->trigger();
        QCOMPARE(window.documentCount(), 1);
        QVERIFY(qobject_cast<MockDocument *>(window.currentDocument()));
        // The first time, the configuration shows.
        auto *document = qobject_cast<MockDocument *>(window.currentDocument());
        QCOMPARE(document->sideTabs()->currentWidget(), document->configPanel());
        auto *button = window.findChild<QPushButton *>(QStringLiteral("welcomeNewMock"));
        QVERIFY(button);
        button->click();
        QCOMPARE(window.documentCount(), 2);
    }

    void startsServesAClientAndAppliesLatencyLive()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window;
        MockDocument *document = window.newMockDocument();
        QAbstractItemModelTester tester(document->peersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        document->connectionBar()->trigger();
        QTRY_COMPARE(document->state(), DocumentState::Open);
        QVERIFY(document->mockServer());
        const QUrl url = document->url();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QCOMPARE(document->title(), QStringLiteral("Mock :%1").arg(url.port()));
        QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(document)), document->title());
        QCOMPARE(document->connectionBar()->stateText(), QStringLiteral("listening"));
        QVERIFY2(document->configPanel()->messageText().contains(QStringLiteral("runs it")),
                 qPrintable(document->configPanel()->messageText()));

        const QString sessionPath = dir.filePath(QStringLiteral("mock.sockscope"));
        QVERIFY(document->startRecording(sessionPath));

        // An external client initialises and calls a tool.
        McpPeer peer(url);
        QTRY_COMPARE_WITH_TIMEOUT(peer.socket()->state(), QAbstractSocket::ConnectedState, kWaitMs);
        QTRY_COMPARE(document->peersModel()->openPeers().size(), 1);
        const quint32 peerId = document->peersModel()->peerAt(0);
        QCOMPARE(document->peersModel()->sessionOf(peerId), QStringLiteral("not initialized"));
        const QJsonObject initialized = peer.initialize(1);
        QCOMPARE(initialized.value(QStringLiteral("result")).toObject().value(QStringLiteral("serverInfo")).toObject()
                     .value(QStringLiteral("name")).toString(),
                 QStringLiteral("sockscope-mock"));
        QTRY_COMPARE(document->peersModel()->sessionOf(peerId), QStringLiteral("initialized (2025-06-18)"));
        PeersModel *peers = document->peersModel();
        QCOMPARE(peers->data(peers->index(0, PeersModel::SessionColumn)).toString(), QStringLiteral("initialized (2025-06-18)"));

        double before = 0;
        const QJsonObject sum = peer.add(2, 2, 3, &before);
        QCOMPARE(sum.value(QStringLiteral("result")).toObject().value(QStringLiteral("structuredContent")).toObject()
                     .value(QStringLiteral("sum")).toDouble(),
                 5.0);
        // No latency yet (no upper bound on `before`: tests assert no wall-clock maximum).
        QCOMPARE(document->mockServer()->faults().latencyMaxMs, 0);
        Q_UNUSED(before)

        // The frames show the conversation, paired.
        document->refreshNow();
        FramesModel *frames = document->framesModel();
        QTRY_COMPARE(rowsWithMethod(frames, QStringLiteral("initialize")), 2); // the request and its response
        QCOMPARE(rowsWithMethod(frames, QStringLiteral("tools/call")), 2);
        QVERIFY(hasNotice(frames, QStringLiteral("mock-initialized")));
        QTRY_COMPARE(peers->data(peers->index(0, PeersModel::InColumn)).toString(), QStringLiteral("3"));

        // A latency set in the faults panel applies at once, as one status message.
        QSignalSpy status(document, &ConnectionDocument::statusMessage);
        auto *latency = document->findChild<QSpinBox *>(QStringLiteral("latencyMinSpin"));
        latency->setValue(300);
        Q_EMIT latency->editingFinished(); // typed, then Enter
        QCOMPARE(document->findChild<QSpinBox *>(QStringLiteral("latencyMaxSpin"))->value(), 300);
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.at(0).at(0).toString(), QStringLiteral("Faults now: latency 300 ms."));
        QCOMPARE(document->mockServer()->faults().latencyMinMs, 300);
        QCOMPARE(document->mockServer()->faults().latencyMaxMs, 300);
        QCOMPARE(document->findChild<QLabel *>(QStringLiteral("faultsSummary"))->text(), QStringLiteral("latency 300 ms"));
        QCOMPARE(document->findChild<QToolButton *>(QStringLiteral("faultsIndicator"))->text(), QStringLiteral("Faults: latency 300 ms"));
        double after = 0;
        QVERIFY(!peer.add(3, 1, 1, &after).isEmpty());
        QVERIFY2(after >= 300, qPrintable(QString::number(after)));
        document->refreshNow();
        QVERIFY(hasNotice(frames, QStringLiteral("mock-faults-changed")));

        // A client, its frames, a fault and the configuration (tst_screenshots takes the picture).
        document->sideTabs()->setCurrentWidget(document->configPanel());
        peer.call(4, QStringLiteral("tools/list"), {});
        document->refreshNow();
        for (int row = 0; row < frames->rowCount(); ++row) {
            if (frames->data(frames->index(row, FramesModel::MethodColumn)).toString() == QLatin1String("tools/call")) {
                QVERIFY(document->framesPanel()->view()->showStoreIndex(frames->indexAtRow(row)));
                break;
            }
        }
        window.refreshStatus();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(window.width(), 1280); // nothing forces the window wider than a server document's
        document->sideTabs()->setCurrentWidget(document->faultsPanel());
        SockscopeGuiTest::screenshot(document->sideTabs(), QStringLiteral("mock-faults.png"));

        // The recording describes the mock.
        QVERIFY(document->stopRecording());
        LoadedSession session;
        QString error;
        QVERIFY2(loadSession(sessionPath, &session, &error), qPrintable(error));
        QCOMPARE(session.header.connections.size(), 1);
        QCOMPARE(session.header.connections.first().role, QStringLiteral("mock"));
        QCOMPARE(session.header.connections.first().url, url.toString());
        QCOMPARE(session.header.connections.first().connectionId, document->server()->connectionId());
        int texts = 0;
        for (const Event &event : std::as_const(session.events))
            texts += event.kind == EventKind::Text ? 1 : 0;
        QVERIFY2(texts >= 8, qPrintable(QString::number(texts)));

        // Stop closes the peer with 1001.
        QSignalSpy gone(peer.socket(), &QWebSocket::disconnected);
        document->connectionBar()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(document->state(), DocumentState::Idle, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, kWaitMs);
        QCOMPARE(int(peer.socket()->closeCode()), 1001);
        QVERIFY(!document->isActive());
        QVERIFY(peers->openPeers().isEmpty());
        QCOMPARE(peers->data(peers->index(0, PeersModel::StateColumn)).toString(), QStringLiteral("closed (1001)"));
        QCOMPARE(document->title(), QStringLiteral("New Mock Server"));
        QVERIFY(!document->configPanel()->messageText().contains(QStringLiteral("runs it")));
    }

    void invalidConfigIsMarkedAndRefused()
    {
        MockDocument document;
        document.resize(1200, 800);
        document.show();
        QVERIFY(QTest::qWaitForWindowExposed(&document));
        MockConfigPanel *config = document.configPanel();
        CodeEditor *editor = config->editor();
        QSignalSpy validated(config, &MockConfigPanel::validated);

        // A syntax error: a missing comma. The parser stumbles on the next member.
        QByteArray text = builtinText();
        text.replace("\"version\": 1,", "\"version\": 1");
        editor->setUtf8Text(text);
        QVERIFY(config->isValid()); // checked after a pause, not per key
        QVERIFY(validated.wait(kWaitMs));
        QVERIFY(!config->isValid());
        const int syntaxLine = lineOf(text, "\"description\"");
        QCOMPARE(config->errorLine(), syntaxLine);
        QCOMPARE(editor->errorLine(), syntaxLine);
        QVERIFY(editor->hasError());
        QVERIFY2(config->messageText().contains(QStringLiteral("Line %1</a>: not valid JSON").arg(syntaxLine)),
                 qPrintable(config->messageText()));
        QVERIFY(config->error().line > 0);
        QVERIFY(config->isModified());
        const int index = document.sideTabs()->indexOf(config);
        QCOMPARE(document.sideTabs()->tabText(index), QStringLiteral("Config*"));
        QVERIFY(!document.sideTabs()->tabIcon(index).isNull());

        // Start is refused and says why; nothing listens.
        document.sideTabs()->setCurrentIndex(0);
        QSignalSpy status(&document, &ConnectionDocument::statusMessage);
        document.start();
        QVERIFY(!document.isActive());
        QVERIFY(!document.mockServer());
        QCOMPARE(document.state(), DocumentState::Failed);
        QCOMPARE(document.sideTabs()->currentWidget(), config);
        QCOMPARE(status.count(), 1);
        QVERIFY2(status.at(0).at(0).toString().startsWith(QStringLiteral("The mock server was not started: line %1: not valid JSON")
                                                              .arg(syntaxLine)),
                 qPrintable(status.at(0).at(0).toString()));
        QVERIFY(!document.applyConfig());

        // A schema error deep in the tools: marked at the member the path names.
        text = builtinText();
        text.replace("\"style\": {\"type\": \"string\"", "\"style\": {\"type\": 5");
        editor->setUtf8Text(text);
        QVERIFY(config->validateNow() == false);
        QCOMPARE(config->error().path, QStringLiteral("$.tools[2].inputSchema.properties.style.type"));
        const int schemaLine = lineOf(text, "\"style\": {\"type\": 5");
        QCOMPARE(config->errorLine(), schemaLine);
        QCOMPARE(editor->errorLine(), schemaLine);
        QCOMPARE(text.mid(editor->errorOffset(), 9), QByteArray("\"type\": 5"));
        QVERIFY2(config->messageText().contains(QStringLiteral("Line %1</a>: $.tools[2].inputSchema.properties.style.type: ")
                                                    .arg(schemaLine)),
                 qPrintable(config->messageText()));
        document.start();
        QVERIFY(!document.isActive());
        SockscopeGuiTest::screenshot(document.configPanel(), QStringLiteral("mock-config-error.png"));

        // The line in the message leads to the error.
        editor->setCursorPosition(0, 0);
        config->revealError();
        int line = 0;
        int column = 0;
        editor->getCursorPosition(&line, &column);
        QCOMPARE(line + 1, schemaLine);

        // Fixed: the marks go, and Start works.
        editor->setUtf8Text(builtinText());
        QVERIFY(config->validateNow());
        QVERIFY(!editor->hasError());
        QCOMPARE(editor->errorLine(), 0);
        QVERIFY(document.sideTabs()->tabIcon(index).isNull());
        document.start();
        QVERIFY(document.isActive());
        document.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!document.isActive(), kWaitMs);
    }

    void applyRestartsOnTheSamePort()
    {
        MockDocument document;
        document.start();
        QVERIFY(document.isActive());
        const QUrl url = document.url();
        McpPeer peer(url);
        QVERIFY(!peer.initialize(1).isEmpty());
        QTRY_COMPARE(document.peersModel()->openPeers().size(), 1);

        // Unchanged: Apply keeps the peers.
        QSignalSpy status(&document, &ConnectionDocument::statusMessage);
        QVERIFY(document.applyConfig());
        QVERIFY(!document.isRestarting());
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("The mock server already runs this configuration."));
        QTest::qWait(50);
        QCOMPARE(peer.socket()->state(), QAbstractSocket::ConnectedState);

        // Invalid: Apply changes nothing.
        MockConfigPanel *config = document.configPanel();
        QByteArray text = builtinText();
        text.replace("\"pageSize\": 100", "\"pageSize\": -1");
        config->editor()->setUtf8Text(text);
        QVERIFY(!document.applyConfig());
        QVERIFY(document.isActive());
        QCOMPARE(peer.socket()->state(), QAbstractSocket::ConnectedState);

        // A new server name and faults in the configuration: Apply restarts with them.
        text = builtinText();
        text.replace("\"name\": \"sockscope-mock\"", "\"name\": \"renamed-mock\"");
        text.replace("\"pageSize\": 100,", "\"pageSize\": 100,\n    \"faults\": {\"latencyMs\": [10, 20], \"ignorePings\": true},");
        config->editor()->setUtf8Text(text);
        QVERIFY(config->validateNow());
        QVERIFY2(config->messageText().contains(QStringLiteral("Not applied yet")), qPrintable(config->messageText()));
        QSignalSpy gone(peer.socket(), &QWebSocket::disconnected);
        QVERIFY(document.applyConfig());
        QVERIFY(document.isRestarting());
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, kWaitMs);
        QCOMPARE(int(peer.socket()->closeCode()), 1001);
        QCOMPARE(peer.socket()->closeReason(), QStringLiteral("mock server restarting with a new configuration"));
        QTRY_VERIFY_WITH_TIMEOUT(!document.isRestarting() && document.state() == DocumentState::Open, kWaitMs);
        QCOMPARE(document.url(), url);
        QCOMPARE(document.faultsPanel()->faults().latencyMinMs, 10);
        QCOMPARE(document.faultsPanel()->faults().latencyMaxMs, 20);
        QVERIFY(document.faultsPanel()->faults().ignorePings);
        QVERIFY(document.mockServer()->faults().ignorePings);
        QVERIFY2(config->messageText().contains(QStringLiteral("runs it")), qPrintable(config->messageText()));

        McpPeer again(url);
        const QJsonObject answer = again.initialize(1);
        QCOMPARE(answer.value(QStringLiteral("result")).toObject().value(QStringLiteral("serverInfo")).toObject()
                     .value(QStringLiteral("name")).toString(),
                 QStringLiteral("renamed-mock"));

        // A fault changed in the panel outlives an Apply that leaves "faults" alone.
        auto *drop = document.findChild<QDoubleSpinBox *>(QStringLiteral("dropSpin"));
        drop->setValue(25);
        Q_EMIT drop->editingFinished();
        QCOMPARE(document.mockServer()->faults().dropRate, 0.25);
        text.replace("\"renamed-mock\"", "\"renamed-again\"");
        config->editor()->setUtf8Text(text);
        QVERIFY(document.applyConfig());
        QTRY_VERIFY_WITH_TIMEOUT(!document.isRestarting() && document.state() == DocumentState::Open, kWaitMs);
        QCOMPARE(document.mockServer()->faults().dropRate, 0.25);
        QCOMPARE(document.mockServer()->config().serverName, QStringLiteral("renamed-again"));
        // Reset to Config: back to the file's faults.
        document.findChild<QPushButton *>(QStringLiteral("resetFaultsButton"))->click();
        QCOMPARE(document.mockServer()->faults().dropRate, 0.0);
        QCOMPARE(document.mockServer()->faults().latencyMaxMs, 20);
        document.findChild<QPushButton *>(QStringLiteral("faultsOffButton"))->click();
        QVERIFY(!document.mockServer()->faults().isActive());

        document.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!document.isActive(), kWaitMs);
    }

    void peerIdsAndSessionsOutliveApply()
    {
        MockDocument document;
        document.start();
        QVERIFY(document.isActive());
        const QUrl url = document.url();
        PeersModel *peers = document.peersModel();
        QList<quint32> ids;
        for (int round = 0; round < 3; ++round) {
            // A client per run of the server; the first two initialise, then Apply restarts.
            McpPeer peer(url);
            QTRY_COMPARE_WITH_TIMEOUT(peers->openPeers().size(), 1, kWaitMs);
            ids.append(peers->openPeers().first());
            if (round == 2)
                break;
            QVERIFY(!peer.initialize(1).isEmpty());
            QTRY_COMPARE(peers->sessionOf(ids.last()), QStringLiteral("initialized (2025-06-18)"));
            QByteArray text = builtinText();
            text.replace("\"name\": \"sockscope-mock\"", round == 0 ? "\"name\": \"renamed-once\"" : "\"name\": \"renamed-twice\"");
            document.configPanel()->editor()->setUtf8Text(text);
            QSignalSpy gone(peer.socket(), &QWebSocket::disconnected);
            QVERIFY(document.applyConfig());
            QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, kWaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(!document.isRestarting() && document.state() == DocumentState::Open, kWaitMs);
        }
        // Three peers, three ids, each row its own; the closed ones keep their last session state.
        QCOMPARE(QSet<quint32>(ids.begin(), ids.end()).size(), 3);
        QCOMPARE(peers->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(peers->peerAt(row), ids.at(row));
        QCOMPARE(peers->sessionOf(ids.at(0)), QStringLiteral("initialized (2025-06-18)"));
        QCOMPARE(peers->sessionOf(ids.at(1)), QStringLiteral("initialized (2025-06-18)"));
        QCOMPARE(peers->sessionOf(ids.at(2)), QStringLiteral("not initialized"));
        QVERIFY(!peers->isOpen(ids.at(0)) && !peers->isOpen(ids.at(1)));
        document.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!document.isActive(), kWaitMs);
    }

    void oneFaultEditIsOneNotice()
    {
        MockDocument document;
        document.start();
        QVERIFY(document.isActive());
        document.refreshNow();
        FramesModel *frames = document.framesModel();
        const int noticesBefore = noticeCount(frames, QStringLiteral("mock-faults-changed"));
        QSignalSpy changed(document.faultsPanel(), &MockFaultsPanel::faultsChanged);
        QSignalSpy status(&document, &ConnectionDocument::statusMessage);

        // Five steps of the arrow, as holding it does: one change, once the steps stop.
        auto *latency = document.findChild<QSpinBox *>(QStringLiteral("latencyMaxSpin"));
        for (int step = 0; step < 5; ++step)
            latency->stepBy(1);
        QCOMPARE(latency->value(), 250);
        QCOMPARE(changed.count(), 0);
        QVERIFY(document.faultsPanel()->hasPendingEdit());
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("Faults now: latency 0–250 ms."));
        QCOMPARE(document.mockServer()->faults().latencyMaxMs, 250);
        document.refreshNow();
        QCOMPARE(noticeCount(frames, QStringLiteral("mock-faults-changed")), noticesBefore + 1);

        // A number typed: one change when Enter is pressed.
        auto *drop = document.findChild<QDoubleSpinBox *>(QStringLiteral("dropSpin"));
        drop->setFocus();
        drop->selectAll();
        QTest::keyClicks(drop, QStringLiteral("12"));
        QCOMPARE(changed.count(), 1);
        QTest::keyClick(drop, Qt::Key_Return);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(document.mockServer()->faults().dropRate, 0.12);

        // Steps then leaving the box: applied at once, still once.
        for (int step = 0; step < 3; ++step)
            latency->stepBy(-1);
        Q_EMIT latency->editingFinished();
        QCOMPARE(changed.count(), 3);
        QCOMPARE(document.mockServer()->faults().latencyMaxMs, 100);
        QTest::qWait(DocumentSettings().faultEditSettleMs * 2); // past the pause: nothing more comes
        QCOMPARE(changed.count(), 3);
        QCOMPARE(status.count(), 3);
        document.refreshNow();
        QCOMPARE(noticeCount(frames, QStringLiteral("mock-faults-changed")), noticesBefore + 3);
        document.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!document.isActive(), kWaitMs);
    }

    void faultsSetWhileStoppedApplyAtStart()
    {
        MockDocument document;
        QSignalSpy status(&document, &ConnectionDocument::statusMessage);
        document.findChild<QCheckBox *>(QStringLiteral("ignorePingsCheck"))->setChecked(true);
        auto *methods = document.findChild<QLineEdit *>(QStringLiteral("faultMethodsEdit"));
        methods->setText(QStringLiteral("tools/call, resources/read"));
        Q_EMIT methods->editingFinished();
        auto *closeAfter = document.findChild<QSpinBox *>(QStringLiteral("closeAfterSpin"));
        closeAfter->setValue(3);
        Q_EMIT closeAfter->editingFinished();
        QCOMPARE(status.count(), 3);
        QVERIFY2(status.last().at(0).toString().endsWith(QStringLiteral("They apply when the mock server starts.")),
                 qPrintable(status.last().at(0).toString()));
        // A code that may not be sent stays out.
        auto *code = document.findChild<QSpinBox *>(QStringLiteral("closeCodeSpin"));
        code->setValue(1005);
        Q_EMIT code->editingFinished();
        QCOMPARE(status.count(), 3);
        QCOMPARE(document.faultsPanel()->faults().closeCode, quint16(1011));
        code->setValue(4000);
        Q_EMIT code->editingFinished();
        QCOMPARE(status.count(), 4);

        document.start();
        QVERIFY(document.isActive());
        const MockFaults faults = document.mockServer()->faults();
        QVERIFY(faults.ignorePings);
        QCOMPARE(faults.methods, (QStringList{QStringLiteral("tools/call"), QStringLiteral("resources/read")}));
        QCOMPARE(faults.closeAfterMessages, 3);
        QCOMPARE(faults.closeCode, quint16(4000));

        // The close-after fault strikes: the client's third message closes it with 4000.
        McpPeer peer(document.url());
        QVERIFY(!peer.initialize(1).isEmpty()); // two messages
        QSignalSpy gone(peer.socket(), &QWebSocket::disconnected);
        peer.call(2, QStringLiteral("ping"), {});
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, kWaitMs);
        QCOMPARE(int(peer.socket()->closeCode()), 4000);
        document.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!document.isActive(), kWaitMs);
    }

    void openAndSaveAsRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MockDocument document;
        MockConfigPanel *config = document.configPanel();
        QByteArray text = builtinText();
        text.replace("\"name\": \"sockscope-mock\"", "\"name\": \"from-a-file\"");
        const QString in = dir.filePath(QStringLiteral("in.json"));
        QVERIFY(writeFile(in, text));

        QVERIFY(config->loadFile(in));
        QCOMPARE(config->text(), text);
        QCOMPARE(config->filePath(), in);
        QVERIFY(!config->isModified());
        QVERIFY(config->isValid());
        QCOMPARE(config->config().serverName, QStringLiteral("from-a-file"));
        QCOMPARE(document.findChild<QLabel *>(QStringLiteral("configFileLabel"))->text(), QStringLiteral("<b>in.json</b>"));
        // Undo does not lead back to the built-in text.
        config->editor()->undo();
        QCOMPARE(config->text(), text);

        config->editor()->append(QStringLiteral("\n"));
        QVERIFY(config->isModified());
        QCOMPARE(document.findChild<QLabel *>(QStringLiteral("configFileLabel"))->text(), QStringLiteral("<b>in.json</b> — modified"));
        const QString out = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(config->saveFile(out));
        QCOMPARE(readFile(out), text + '\n');
        QCOMPARE(config->filePath(), out);
        QVERIFY(!config->isModified());
        QCOMPARE(document.sideTabs()->tabText(document.sideTabs()->indexOf(config)), QStringLiteral("Config"));

        // Save writes to the same file.
        config->editor()->append(QStringLiteral(" "));
        QVERIFY(config->save());
        QCOMPARE(readFile(out), text + "\n ");

        // Back to the built-in configuration (nothing unsaved: no question).
        QVERIFY(config->revertToBuiltin());
        QCOMPARE(config->text(), builtinText());
        QVERIFY(config->filePath().isEmpty());
        QVERIFY(config->loadFile(out));
        QCOMPARE(config->text(), text + "\n ");

        // Unsaved changes are asked about before they go.
        config->editor()->append(QStringLiteral("\n"));
        {
            BoxAnswerer keep(QStringLiteral("keepButton"), QMessageBox::Cancel);
            QVERIFY(!config->revertToBuiltin());
            QCOMPARE(keep.names, QStringList{QStringLiteral("mockConfigQuestion")});
        }
        QVERIFY(config->isModified());
        {
            BoxAnswerer cancel(QString(), QMessageBox::Cancel);
            QVERIFY(!document.confirmClose());
            QCOMPARE(cancel.names, QStringList{QStringLiteral("mockConfigUnsaved")});
        }
        {
            BoxAnswerer discard(QString(), QMessageBox::Discard);
            QVERIFY(document.confirmClose());
        }
        QCOMPARE(readFile(out), text + "\n "); // nothing written
    }

    void filesThatCannotBeTakenKeepTheText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DocumentSettings settings;
        settings.configMaxBytes = 64 * 1024;
        MockDocument document(settings);
        MockConfigPanel *config = document.configPanel();
        config->editor()->append(QStringLiteral("\n"));
        const QByteArray before = config->text();
        QSignalSpy status(&document, &ConnectionDocument::statusMessage);

        const auto refused = [&](const QString &path, const QString &expected) {
            BoxAnswerer ok(QString(), QMessageBox::Ok);
            QVERIFY(!config->loadFile(path));
            QCOMPARE(ok.names, QStringList{QStringLiteral("mockConfigFileError")});
            QVERIFY2(ok.texts.value(0).contains(expected), qPrintable(ok.texts.value(0)));
            QVERIFY2(status.last().at(0).toString().contains(expected), qPrintable(status.last().at(0).toString()));
            QCOMPARE(config->text(), before);
            QVERIFY(config->isModified());
        };
        refused(dir.filePath(QStringLiteral("missing.json")), QStringLiteral("missing.json does not exist"));
        // A folder cannot be read as a file (permissions do not stop root).
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.json")));
        refused(dir.filePath(QStringLiteral("folder.json")), QStringLiteral("folder.json cannot be read"));
        const QString big = dir.filePath(QStringLiteral("big.json"));
        QVERIFY(writeFile(big, QByteArray(100 * 1024, ' ')));
        refused(big, QStringLiteral("big.json is 100.0 KiB: a mock configuration may have at most 64.0 KiB"));
        const QString binary = dir.filePath(QStringLiteral("binary.json"));
        QVERIFY(writeFile(binary, QByteArray("{\"format\": \"\xff\xfe\"}")));
        refused(binary, QStringLiteral("binary.json is not UTF-8 text"));

        // Truncated: asked about, and kept out unless wanted.
        const QByteArray truncated = builtinText().left(builtinText().size() / 2);
        const QString cut = dir.filePath(QStringLiteral("cut.json"));
        QVERIFY(writeFile(cut, truncated));
        {
            BoxAnswerer keep(QStringLiteral("keepButton"), QMessageBox::Cancel);
            QVERIFY(!config->loadFile(cut));
            QCOMPARE(keep.names, QStringList{QStringLiteral("mockConfigQuestion")});
            QVERIFY2(keep.texts.value(0).contains(QStringLiteral("cut.json is not a valid mock configuration")),
                     qPrintable(keep.texts.value(0)));
            QVERIFY2(keep.texts.value(0).contains(QStringLiteral("unsaved changes in the editor are lost")),
                     qPrintable(keep.texts.value(0)));
        }
        QCOMPARE(config->text(), before);
        QVERIFY(config->filePath().isEmpty());
        {
            BoxAnswerer replace(QStringLiteral("replaceButton"), QMessageBox::Cancel);
            QVERIFY(config->loadFile(cut));
        }
        QCOMPARE(config->text(), truncated);
        QCOMPARE(config->filePath(), cut);
        QVERIFY(!config->isValid());
        QVERIFY(config->errorLine() > 0);
        QVERIFY(config->editor()->hasError());
    }

    void portInUseLightsRed()
    {
        MockDocument first;
        first.start();
        QVERIFY(first.isActive());
        MockDocument second;
        ServerSettings s;
        s.port = quint16(first.url().port());
        second.setSettings(s);
        second.start();
        QCOMPARE(second.state(), DocumentState::Failed);
        QVERIFY(!second.isActive());
        second.refreshNow();
        QVERIFY(second.framesModel()->rowCount() >= 1);
        first.stop();
        QTRY_VERIFY(!first.isActive());
    }
};

QTEST_MAIN(TestMockDocument)
#include "tst_mockdocument.moc"
