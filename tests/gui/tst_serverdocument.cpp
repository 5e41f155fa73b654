#include "guitestsupport.h"

#include "composer/composer.h"
#include "composer/targetselector.h"
#include "connectionbar/connectionbar.h"
#include "document/serverdocument.h"
#include "frames/framesmodel.h"
#include "frames/framespanel.h"
#include "frames/framesview.h"
#include "mainwindow/mainwindow.h"
#include "peers/peersmodel.h"
#include "peers/peerspanel.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace Sockscope;

namespace {

// An external client: Qt's own QWebSocket, recording what it receives.
struct Peer final
{
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    QStringList received;

    explicit Peer(const QUrl &url)
    {
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, socket.get(),
                         [this](const QString &text) { received.append(text); });
        socket->open(url);
    }
};

} // namespace

// A server document with two external clients: the peers list, broadcast, sending to one
// peer (selected in the list, which also filters the frames), groups, and closing a peer
// with a code and reason.
class TestServerDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SockscopeGuiTest::isolateSettings("tst_serverdocument"); }

    void shouldHaveDefaultValues()
    {
        ServerDocument document;
        QCOMPARE(document.objectName(), QStringLiteral("serverDocument"));
        QVERIFY(document.isServer());
        QVERIFY(!document.isActive());
        QVERIFY(!document.server());
        QCOMPARE(document.title(), QStringLiteral("New Server"));
        QCOMPARE(document.settings().host, ServerSettings().host);
        QCOMPARE(document.settings().port, ServerSettings().port);
        QCOMPARE(document.peersModel()->rowCount(), 0);
        QVERIFY(document.findChild<TargetSelector *>(QStringLiteral("targetSelector")));
        QVERIFY(document.findChild<QTableView *>(QStringLiteral("peersView")));
        QVERIFY(!document.framesPanel()->view()->isColumnHidden(FramesModel::PeerColumn));
        QCOMPARE(document.composer()->targetSelector()->target(), SendTarget::broadcast());
    }

    void twoPeersBroadcastTargetKickAndGroups()
    {
        MainWindow window;
        ServerDocument *document = window.newServerDocument();
        QAbstractItemModelTester tester(document->peersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        document->connectionBar()->trigger();
        QTRY_COMPARE(document->state(), DocumentState::Open);
        QVERIFY(document->url().port() > 0);
        QCOMPARE(document->title(), QStringLiteral("Server :%1").arg(document->url().port()));
        QCOMPARE(document->connectionBar()->stateText(), QStringLiteral("listening"));

        Peer first(document->url());
        Peer second(QUrl(document->url().toString() + QStringLiteral("/second?x=1")));
        QTRY_COMPARE(document->peersModel()->openPeers().size(), 2);
        QTRY_COMPARE(first.socket->state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE(second.socket->state(), QAbstractSocket::ConnectedState);
        const quint32 a = document->peersModel()->peerAt(0);
        const quint32 b = document->peersModel()->peerAt(1);
        PeersModel *peers = document->peersModel();
        QVERIFY(peers->data(peers->index(0, PeersModel::AddressColumn)).toString().startsWith(QStringLiteral("127.0.0.1:")));
        QCOMPARE(peers->data(peers->index(0, PeersModel::StateColumn)).toString(), QStringLiteral("open"));
        QVERIFY(document->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());

        // Broadcast.
        document->composer()->applyTemplate(QStringLiteral("notifications/tools/list_changed"));
        QVERIFY(document->composer()->send());
        QTRY_COMPARE(first.received.size(), 1);
        QTRY_COMPARE(second.received.size(), 1);
        QVERIFY(first.received.first().contains(QStringLiteral("notifications/tools/list_changed")));
        QVERIFY2(document->composer()->statusText().contains(QStringLiteral("to 2 peer")), qPrintable(document->composer()->statusText()));

        // The peers talk back; the counts reach the list on the timer.
        first.socket->sendTextMessage(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"));
        second.socket->sendTextMessage(QStringLiteral("from b"));
        document->refreshNow();
        QTRY_COMPARE(peers->data(peers->index(0, PeersModel::InColumn)).toString(), QStringLiteral("1"));
        QTRY_COMPARE(peers->data(peers->index(1, PeersModel::InColumn)).toString(), QStringLiteral("1"));
        QCOMPARE(peers->data(peers->index(0, PeersModel::OutColumn)).toString(), QStringLiteral("1"));

        // Selecting peer b filters the frames to it and makes it the target.
        document->peersPanel()->view()->selectRow(1);
        QCOMPARE(document->peersPanel()->selectedPeer(), b);
        QCOMPARE(document->framesModel()->filter().peerId, b);
        QCOMPARE(document->composer()->targetSelector()->target(), SendTarget::peer(b));
        for (int row = 0; row < document->framesModel()->rowCount(); ++row)
            QCOMPARE(document->framesModel()->recordAtRow(row)->event.peerId, b);
        document->composer()->setText(QStringLiteral("only for b"));
        QVERIFY(document->composer()->send());
        QTRY_COMPARE(second.received.size(), 2);
        QCOMPARE(second.received.last(), QStringLiteral("only for b"));
        QCOMPARE(first.received.size(), 1);

        // Groups: b joins "beta"; sending to the group reaches b only.
        document->setPeerGroups(b, {QStringLiteral("beta")});
        QCOMPARE(peers->data(peers->index(1, PeersModel::GroupsColumn)).toString(), QStringLiteral("beta"));
        QVERIFY(document->composer()->targetSelector()->setTarget(SendTarget::toGroup(QStringLiteral("beta"))));
        document->composer()->setText(QStringLiteral("group message"));
        QVERIFY(document->composer()->send());
        QTRY_COMPARE(second.received.size(), 3);
        QCOMPARE(first.received.size(), 1);

        // Back to every peer.
        document->peersPanel()->view()->clearSelection();
        QCOMPARE(document->framesModel()->filter().peerId, 0u);
        QCOMPARE(document->composer()->targetSelector()->target(), SendTarget::broadcast());

        document->sideTabs()->setCurrentIndex(0);
        document->composer()->applyTemplate(QStringLiteral("notifications/message"));
        document->refreshNow();
        window.refreshStatus();
        FramesView *frames = document->framesPanel()->view();
        frames->clearSelection();
        for (int row = 0; row < document->framesModel()->rowCount(); ++row) {
            if (document->framesModel()->data(document->framesModel()->index(row, FramesModel::MethodColumn)).toString()
                == QLatin1String("tools/list"))
                QVERIFY(frames->showStoreIndex(document->framesModel()->indexAtRow(row)));
        }
        SockscopeGuiTest::screenshot(&window, QStringLiteral("server-document.png"));
        document->peersPanel()->view()->clearSelection();

        // Close peer a with a code and reason.
        QSignalSpy disconnected(first.socket.get(), &QWebSocket::disconnected);
        document->closePeer(a, 4001, QStringLiteral("bye"));
        QTRY_COMPARE(disconnected.count(), 1);
        QCOMPARE(int(first.socket->closeCode()), 4001);
        QCOMPARE(first.socket->closeReason(), QStringLiteral("bye"));
        QTRY_VERIFY(!peers->isOpen(a));
        QCOMPARE(peers->data(peers->index(0, PeersModel::StateColumn)).toString(), QStringLiteral("closed (4001)"));
        QCOMPARE(peers->openPeers(), QList<quint32>{b});
        QVERIFY(!document->composer()->targetSelector()->setTarget(SendTarget::peer(a)));

        // Stop: b is closed with 1001 and the document is idle.
        QSignalSpy secondGone(second.socket.get(), &QWebSocket::disconnected);
        document->connectionBar()->trigger();
        QTRY_COMPARE(document->state(), DocumentState::Idle);
        QTRY_COMPARE(secondGone.count(), 1);
        QCOMPARE(int(second.socket->closeCode()), 1001);
        QVERIFY(!document->isActive());
    }

    void portInUseLightsRed()
    {
        ServerDocument first;
        first.start();
        QVERIFY(first.isActive());
        ServerDocument second;
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

QTEST_MAIN(TestServerDocument)
#include "tst_serverdocument.moc"
