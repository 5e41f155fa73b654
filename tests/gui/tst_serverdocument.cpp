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
#include "peers/kickdialog.h"
#include "peers/peerspanel.h"
#include "server/serverconnection.h"
#include "session/sessioncontent.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QMenu>
#include <QTimer>
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
    QList<QByteArray> binaries;

    explicit Peer(const QUrl &url)
    {
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, socket.get(),
                         [this](const QString &text) { received.append(text); });
        QObject::connect(socket.get(), &QWebSocket::binaryMessageReceived, socket.get(),
                         [this](const QByteArray &data) { binaries.append(data); });
        socket->open(url);
    }
};

bool connected(const Peer &peer)
{
    return peer.socket->state() == QAbstractSocket::ConnectedState;
}

// The peer whose address ends with the socket's local port.
quint32 peerOf(ServerDocument *document, const Peer &peer)
{
    const QString suffix = QLatin1Char(':') + QString::number(peer.socket->localPort());
    for (const quint32 id : document->peersModel()->openPeers()) {
        if (document->peersModel()->addressOf(id).endsWith(suffix))
            return id;
    }
    return 0;
}

// The last stored row of this kind and direction from `peerId`, or FrameRecord::NoIndex.
quint64 lastRecord(ServerDocument *document, EventKind kind, Direction direction, quint32 peerId)
{
    FramesModel *model = document->framesModel();
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const FrameRecord *record = model->recordAtRow(row);
        if (record->event.kind == kind && record->event.direction == direction && record->event.peerId == peerId)
            return model->indexAtRow(row);
    }
    return FrameRecord::NoIndex;
}

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

        // Selecting peer b only selects it: the frames and the composer's target stay.
        document->peersPanel()->view()->selectRow(1);
        QCOMPARE(document->peersPanel()->selectedPeer(), b);
        QCOMPARE(document->framesModel()->filter().peerId, 0u);
        QCOMPARE(document->composer()->targetSelector()->target(), SendTarget::broadcast());
        // Its context menu filters the frames to it and makes it the target, when asked.
        {
            std::unique_ptr<QMenu> menu(document->peersPanel()->createContextMenu(b, nullptr));
            menu->findChild<QAction *>(QStringLiteral("filterToPeerAction"))->trigger();
        }
        QCOMPARE(document->framesModel()->filter().peerId, b);
        for (int row = 0; row < document->framesModel()->rowCount(); ++row)
            QCOMPARE(document->framesModel()->recordAtRow(row)->event.peerId, b);
        QCOMPARE(document->composer()->targetSelector()->target(), SendTarget::broadcast());
        {
            std::unique_ptr<QMenu> menu(document->peersPanel()->createContextMenu(b, nullptr));
            QVERIFY(!menu->findChild<QAction *>(QStringLiteral("filterToPeerAction"))->isEnabled()); // filtered already
            menu->findChild<QAction *>(QStringLiteral("sendToPeerAction"))->trigger();
        }
        QCOMPARE(document->composer()->targetSelector()->target(), SendTarget::peer(b));
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

        // Back to every peer: the menu shows every peer's frames, the composer's own box broadcasts.
        {
            std::unique_ptr<QMenu> menu(document->peersPanel()->createContextMenu(a, nullptr));
            menu->findChild<QAction *>(QStringLiteral("showAllPeersAction"))->trigger();
        }
        QCOMPARE(document->framesModel()->filter().peerId, 0u);
        QCOMPARE(document->composer()->targetSelector()->target(), SendTarget::toGroup(QStringLiteral("beta")));
        QVERIFY(document->composer()->targetSelector()->setTarget(SendTarget::broadcast()));

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

    void peersContextMenuAndAChosenPeerThatCloses()
    {
        ServerDocument document;
        document.start();
        QVERIFY(document.isActive());
        Peer first(document.url());
        Peer second(document.url());
        QTRY_COMPARE(document.peersModel()->openPeers().size(), 2);
        QTRY_VERIFY(connected(first) && connected(second) && peerOf(&document, first) && peerOf(&document, second));
        const quint32 a = peerOf(&document, first);
        const quint32 b = peerOf(&document, second);

        std::unique_ptr<QMenu> menu(document.peersPanel()->createContextMenu(b, nullptr));
        for (const char *name : {"sendToPeerAction", "filterToPeerAction", "copyAddressAction", "peerGroupsAction", "closePeerAction"})
            QVERIFY2(menu->findChild<QAction *>(QLatin1String(name)), name);
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("showAllPeersAction"))); // nothing filtered
        menu->findChild<QAction *>(QStringLiteral("copyAddressAction"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), document.peersModel()->addressOf(b));
        menu->findChild<QAction *>(QStringLiteral("sendToPeerAction"))->trigger();
        TargetSelector *target = document.composer()->targetSelector();
        QCOMPARE(target->target(), SendTarget::peer(b));

        // b leaves: the composer still names it, marked, and sends to nobody else.
        second.socket->close();
        QTRY_VERIFY(!document.peersModel()->isOpen(b));
        QCOMPARE(target->target(), SendTarget::peer(b));
        QVERIFY(target->isTargetGone());
        QVERIFY2(target->currentText().contains(QStringLiteral("closed")), qPrintable(target->currentText()));
        document.composer()->setText(QStringLiteral("for b only"));
        QVERIFY(!document.composer()->send());
        QVERIFY2(document.composer()->statusText().contains(QStringLiteral("peer %1 is closed").arg(b)),
                 qPrintable(document.composer()->statusText()));
        // Choosing all peers is the user's move; the gone entry then goes.
        QVERIFY(target->setTarget(SendTarget::broadcast()));
        QCOMPARE(target->findText(QStringLiteral("closed"), Qt::MatchContains), -1);
        QVERIFY(document.composer()->send());
        QTRY_COMPARE(first.received, QStringList{QStringLiteral("for b only")});

        // Close… from the menu asks for the code and reason.
        QTimer::singleShot(0, &document, [] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<KickDialog *>(widget)) {
                    dialog->setCode(4002);
                    dialog->setReason(QStringLiteral("from the menu"));
                    dialog->accept();
                }
            }
        });
        QSignalSpy gone(first.socket.get(), &QWebSocket::disconnected);
        menu.reset(document.peersPanel()->createContextMenu(a, nullptr));
        menu->findChild<QAction *>(QStringLiteral("closePeerAction"))->trigger();
        QTRY_COMPARE(gone.count(), 1);
        QCOMPARE(int(first.socket->closeCode()), 4002);
        QCOMPARE(first.socket->closeReason(), QStringLiteral("from the menu"));
        document.stop();
        QTRY_VERIFY(!document.isActive());
    }

    void modesEchoBroadcastOrStaySilent()
    {
        ServerDocument document;
        QComboBox *mode = document.modeCombo();
        QCOMPARE(mode->objectName(), QStringLiteral("serverModeCombo"));
        QCOMPARE(ServerReplyMode(mode->currentData().toInt()), ServerReplyMode::Silent);
        QCOMPARE(document.settings().replyMode, ServerReplyMode::Silent);
        document.start();
        Peer first(document.url());
        Peer second(document.url());
        QTRY_COMPARE(document.peersModel()->openPeers().size(), 2);
        QTRY_VERIFY(connected(first) && connected(second) && peerOf(&document, first) && peerOf(&document, second));

        // Silent: what arrives is logged; the next thing a sees is what the composer sends.
        first.socket->sendTextMessage(QStringLiteral("quiet"));
        QTRY_COMPARE(document.peersModel()->inCount(peerOf(&document, first)), 1u);
        document.composer()->setText(QStringLiteral("marker"));
        QVERIFY(document.composer()->send());
        QTRY_COMPARE(first.received, QStringList{QStringLiteral("marker")});

        // Echo, chosen while listening: back to the sender, as the frame type it came in.
        mode->setCurrentIndex(mode->findData(int(ServerReplyMode::Echo)));
        QCOMPARE(document.server()->replyMode(), ServerReplyMode::Echo);
        first.socket->sendTextMessage(QStringLiteral("echo me"));
        first.socket->sendBinaryMessage(QByteArray::fromHex("0102ff"));
        QTRY_COMPARE(first.binaries.size(), 1);
        QCOMPARE(first.binaries.first(), QByteArray::fromHex("0102ff"));
        QCOMPARE(first.received.last(), QStringLiteral("echo me"));

        // Broadcast: to every other peer.
        mode->setCurrentIndex(mode->findData(int(ServerReplyMode::Broadcast)));
        first.socket->sendTextMessage(QStringLiteral("for the others"));
        QTRY_COMPARE(second.received.last(), QStringLiteral("for the others"));
        QCOMPARE(first.received.size(), 2); // marker and echo me only
        QCOMPARE(second.binaries.size(), 0);

        // It is a server setting: in the session header, and shown when set.
        const SessionHeader header = documentSessionHeader(&document);
        QCOMPARE(header.connections.value(0).settings.value(QStringLiteral("replyMode")).toString(), QStringLiteral("broadcast"));
        ServerSettings settings = document.settings();
        settings.replyMode = ServerReplyMode::Echo;
        document.setSettings(settings);
        QCOMPARE(ServerReplyMode(mode->currentData().toInt()), ServerReplyMode::Echo);
        QCOMPARE(document.server()->replyMode(), ServerReplyMode::Echo);
        document.stop();
        QTRY_VERIFY(!document.isActive());
    }

    void framesContextMenuResendsToTheSamePeer()
    {
        ServerDocument document;
        document.start();
        Peer first(document.url());
        QTRY_COMPARE(document.peersModel()->openPeers().size(), 1);
        QTRY_VERIFY(connected(first) && peerOf(&document, first));
        const quint32 a = peerOf(&document, first);
        first.socket->sendTextMessage(QStringLiteral("hello from a"));
        first.socket->sendBinaryMessage(QByteArray::fromHex("cafe"));
        QTRY_COMPARE(document.peersModel()->inCount(a), 2u);
        document.refreshNow();
        FramesView *view = document.framesPanel()->view();
        const auto menuFor = [&](quint64 index) {
            view->clearSelection();
            view->showStoreIndex(index);
            return std::unique_ptr<QMenu>(document.framesPanel()->createContextMenu(nullptr));
        };
        const quint64 text = lastRecord(&document, EventKind::Text, Direction::In, a);
        const quint64 binary = lastRecord(&document, EventKind::Binary, Direction::In, a);
        QVERIFY(text != FrameRecord::NoIndex && binary != FrameRecord::NoIndex);
        {
            const std::unique_ptr<QMenu> menu = menuFor(text);
            QAction *resend = menu->findChild<QAction *>(QStringLiteral("resendAction"));
            QVERIFY(resend->isEnabled());
            QVERIFY2(resend->toolTip().contains(QStringLiteral("peer %1").arg(a)), qPrintable(resend->toolTip()));
            resend->trigger();
        }
        QTRY_COMPARE(first.received, QStringList{QStringLiteral("hello from a")});
        {
            const std::unique_ptr<QMenu> menu = menuFor(binary);
            menu->findChild<QAction *>(QStringLiteral("resendAction"))->trigger();
            menu->findChild<QAction *>(QStringLiteral("copyToComposerAction"))->trigger();
        }
        QTRY_COMPARE(first.binaries, QList<QByteArray>{QByteArray::fromHex("cafe")});
        QCOMPARE(document.composer()->format(), Composer::Format::Hex);
        QCOMPARE(document.composer()->text(), QStringLiteral("ca fe"));
        QCOMPARE(document.composer()->targetSelector()->target(), SendTarget::broadcast()); // copying does not retarget

        // The peer gone, its frames cannot be resent.
        first.socket->close();
        QTRY_VERIFY(!document.peersModel()->isOpen(a));
        {
            const std::unique_ptr<QMenu> menu = menuFor(text);
            QAction *resend = menu->findChild<QAction *>(QStringLiteral("resendAction"));
            QVERIFY(!resend->isEnabled());
            QCOMPARE(resend->toolTip(), QStringLiteral("Peer %1 is closed.").arg(a));
        }
        document.stop();
        QTRY_VERIFY(!document.isActive());
    }

    void peerIdsAreNotReusedAfterARestart()
    {
        ServerDocument document;
        document.start();
        quint32 firstId = 0;
        {
            Peer first(document.url());
            QTRY_COMPARE(document.peersModel()->openPeers().size(), 1);
            firstId = document.peersModel()->openPeers().first();
        }
        QTRY_VERIFY(document.peersModel()->openPeers().isEmpty());
        document.stop();
        QTRY_VERIFY(!document.isActive());
        document.start();
        QVERIFY(document.isActive());
        Peer second(document.url());
        QTRY_COMPARE(document.peersModel()->openPeers().size(), 1);
        const quint32 secondId = document.peersModel()->openPeers().first();
        QVERIFY2(secondId > firstId, qPrintable(QStringLiteral("%1 after %2").arg(secondId).arg(firstId)));
        QCOMPARE(document.peersModel()->rowCount(), 2); // the closed one is still listed
        QCOMPARE(document.peersModel()->rowOf(firstId), 0);
        QCOMPARE(document.peersModel()->rowOf(secondId), 1);
        document.stop();
        QTRY_VERIFY(!document.isActive());
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
