#include "echoserver.h"
#include "guitestsupport.h"

#include "composer/composer.h"
#include "connectionbar/connectionbar.h"
#include "document/clientdocument.h"
#include "frames/framesmodel.h"
#include "frames/framespanel.h"
#include "frames/framesview.h"
#include "mainwindow/mainwindow.h"
#include "session/sessionfiledocument.h"
#include "session/sessionheader.h"
#include "session/sessionloader.h"
#include "session/sessionsettingsjson.h"
#include "session/sessionwriter.h"
#include "session/documentrecording.h"
#include "session/sessioncontent.h"
#include "transport/clientconnection.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Sockscope;

namespace {

constexpr int kMessages = 5;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The message box MainWindow shows without blocking; closes it and returns its text.
QString takeMessageBox(MainWindow *window, const QString &objectName)
{
    auto *box = window->findChild<QMessageBox *>(objectName);
    if (!box)
        return {};
    const QString text = box->text();
    box->close();
    return text;
}

} // namespace

// Sessions in the GUI: a client document records its connection to a session file (the
// journal on disk meanwhile), File > Open Session opens a file read-only, Save Session As
// writes what a document stores; recovery and errors are told in message boxes.
class TestSessionsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SockscopeGuiTest::isolateSettings("tst_sessionsgui");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_server.setAnswerMcpPing(true);
    }

    void shouldHaveDefaultValues()
    {
        MainWindow window;
        for (const char *name : {"openSessionAction", "saveSessionAction", "recordSessionAction"})
            QVERIFY2(window.findChild<QAction *>(QLatin1String(name)), name);
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("openSessionAction"))->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("saveSessionAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("saveSessionAction"))->isEnabled()); // no document
        ClientDocument *document = window.newClientDocument();
        auto *record = document->findChild<QToolButton *>(QStringLiteral("recordButton"));
        QVERIFY(record);
        QVERIFY(record->isCheckable());
        QVERIFY(!record->isChecked());
        QVERIFY(!document->isRecording());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("saveSessionAction"))->isEnabled());
    }

    void recordThenOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("echo.sockscope"));
        MainWindow window;
        ClientDocument *document = window.newClientDocument(m_server.url().toString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(document->startRecording(path));
        QVERIFY(document->isRecording());
        QVERIFY(document->recordButton()->isChecked());
        QVERIFY(QFile::exists(path + QStringLiteral(".journal")));
        document->start();
        QTRY_COMPARE(document->state(), DocumentState::Open);
        for (int i = 1; i <= kMessages; ++i) {
            const QByteArray request = "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(i) + ",\"method\":\"ping\"}";
            QVERIFY(document->connection()->sendText(request));
        }
        QTRY_COMPARE(m_server.lastClient()->texts.size(), kMessages);
        // Each ping is answered: wait for the answers, then close, all while recording.
        QTRY_VERIFY(document->recording()->eventCount() >= 1 + 2 * kMessages);
        document->stop();
        QTRY_COMPARE(document->state(), DocumentState::Idle);
        const qint64 recorded = document->recording()->eventCount();

        QSignalSpy changed(document, &ConnectionDocument::recordingChanged);
        QVERIFY(document->stopRecording());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!document->isRecording());
        QVERIFY(!document->recordButton()->isChecked());
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".journal")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("Recorded")));

        // The file: the header describes the client, every event is there.
        LoadedSession loaded;
        QString error;
        QVERIFY2(loadSession(path, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.events.size(), recorded);
        QCOMPARE(loaded.header.connections.size(), 1);
        QCOMPARE(loaded.header.connections.first().role, QStringLiteral("client"));
        QCOMPARE(loaded.header.connections.first().url, m_server.url().toString());
        QCOMPARE(loaded.header.connections.first().connectionId, document->connection()->connectionId());
        QVERIFY(!loaded.header.connections.first().startedMidConnection); // recorded from before it opened

        // File > Open Session: a read-only tab named after the file, one row per event.
        QSignalSpy messages(&window, &MainWindow::sessionMessageShown);
        SessionFileDocument *session = window.openSession(path);
        QVERIFY(session);
        QCOMPARE(messages.count(), 0);
        QCOMPARE(window.currentDocument(), session);
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("echo.sockscope"));
        session->refreshNow();
        QCOMPARE(qint64(session->framesModel()->rowCount()), recorded);
        QVERIFY(!session->isActive());
        QVERIFY(!session->connectionBar()->isVisible());
        QVERIFY(!session->composer()->isVisible());
        QVERIFY(!session->recordButton()->isVisible());
        QVERIFY(session->infoLabel()->text().contains(QStringLiteral("echo.sockscope")));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("connectAction"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("sendAction"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("recordSessionAction"))->isEnabled());
        // The pairing: every ping request has its response.
        QCOMPARE(session->rpc().messages(RpcKind::Request), quint64(kMessages));
        QCOMPARE(session->rpc().messages(RpcKind::Result), quint64(kMessages));
        QCOMPARE(session->rpc().problems(), quint64(0));
        session->framesPanel()->view()->selectRow(2);
        session->refreshNow();
        // A recording offers no composing or resending: there is nothing to send on.
        {
            const std::unique_ptr<QMenu> menu(session->framesPanel()->createContextMenu(nullptr));
            QVERIFY(menu->findChild<QAction *>(QStringLiteral("copyRowsAction")));
            QVERIFY(!menu->findChild<QAction *>(QStringLiteral("copyToComposerAction")));
            QVERIFY(!menu->findChild<QAction *>(QStringLiteral("resendAction")));
        }
        // The finished recording is a recent session (it was opened since, too).
        QCOMPARE(window.recentSessions().value(0), QFileInfo(path).absoluteFilePath());

        const QImage image = session->grab().toImage();
        QVERIFY(!image.isNull());
        image.save(QStringLiteral("/tmp/session-doc.png"));
        window.grab().save(QStringLiteral("/tmp/session-window.png"));
        document->grab().save(QStringLiteral("/tmp/session-client.png"));

        // Save Session As from the live document: what it stores, read back the same.
        const QString copy = m_dir.filePath(QStringLiteral("copy.sockscope"));
        QVERIFY(window.saveSession(document, copy));
        LoadedSession saved;
        QVERIFY2(loadSession(copy, &saved, &error), qPrintable(error));
        QCOMPARE(saved.events.size(), qsizetype(document->framesModel()->storedCount()));
        QCOMPARE(saved.header.eventCount, saved.events.size());
        QCOMPARE(saved.header.connections.size(), 1);
        QVERIFY(saved.warning.isEmpty());
        m_recorded = path;
    }

    void recordingAnOpenConnectionSaysSo()
    {
        // The Record button pressed while connected: the file says its beginning is missing.
        const QString path = m_dir.filePath(QStringLiteral("mid.sockscope"));
        ClientDocument document(m_server.url().toString());
        document.start();
        QTRY_COMPARE(document.state(), DocumentState::Open);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(document.startRecording(path));
        QVERIFY(document.connection()->sendText(R"({"jsonrpc":"2.0","id":77,"method":"ping"})"));
        QTRY_VERIFY(document.recording()->eventCount() >= 2);
        QVERIFY(document.stopRecording());

        LoadedSession loaded;
        QString error;
        QVERIFY2(loadSession(path, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.header.minorVersion, SessionHeader::kMinorVersion);
        QCOMPARE(loaded.header.connections.size(), 1);
        const SessionConnectionInfo &info = loaded.header.connections.first();
        QVERIFY(info.startedMidConnection);
        QCOMPARE(info.recordingStartedAt, loaded.header.createdAt);
        QCOMPARE(info.subprotocol, document.connection()->subprotocol());
        const QDateTime opened = QDateTime::fromString(info.openedAt, Qt::ISODateWithMs);
        QVERIFY2(opened.isValid() && opened <= before.addMSecs(1), qPrintable(info.openedAt));
        QVERIFY(std::none_of(loaded.events.cbegin(), loaded.events.cend(), [](const Event &e) { return e.kind == EventKind::Open; }));
        QVERIFY(readAll(path).contains("\"startedMidConnection\": true"));
        document.stop();
        QTRY_COMPARE(document.state(), DocumentState::Idle);
    }

    void recordingToAMissingFolderSaysSo()
    {
        MainWindow window;
        ClientDocument *document = window.newClientDocument(m_server.url().toString());
        QSignalSpy status(document, &ConnectionDocument::statusMessage);
        QVERIFY(!document->startRecording(m_dir.filePath(QStringLiteral("missing/x.sockscope"))));
        QVERIFY(!document->isRecording());
        QVERIFY(!document->recordButton()->isChecked());
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().startsWith(QStringLiteral("Cannot record")));
    }

    void badFilesGiveAWarning_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("foreign") << QByteArray("\x89PNG\r\n") << QStringLiteral("not a Sockscope session file");
        QTest::newRow("mock") << QByteArray("{\"format\":\"sockscope-mock\"}\n") << QStringLiteral("sockscope-mock");
        QTest::newRow("newer") << QByteArray("{\"format\":\"sockscope-session\",\"version\":\"2.0\"}\n")
                               << QStringLiteral("newer Sockscope");
        QTest::newRow("truncated") << QByteArray("{\n    \"format\": \"sockscope-session\",\n    \"version\": \"1.0\",\n")
                                   << QStringLiteral("header is incomplete");
    }

    void badFilesGiveAWarning()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.sockscope").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(writeAll(path, content));
        MainWindow window;
        QSignalSpy messages(&window, &MainWindow::sessionMessageShown);
        QVERIFY(!window.openSession(path));
        QCOMPARE(window.documentCount(), 0);
        QCOMPARE(messages.count(), 1);
        QVERIFY2(messages.first().at(0).toString().contains(expected), qPrintable(messages.first().at(0).toString()));
        QCOMPARE(messages.first().at(1).toBool(), true);
        QVERIFY(!messages.first().at(0).toString().contains(QLatin1Char('\n')));
        QCOMPARE(takeMessageBox(&window, QStringLiteral("sessionWarningBox")), messages.first().at(0).toString());
        QVERIFY(!window.openSession(m_dir.filePath(QStringLiteral("does-not-exist.sockscope"))));
        QCOMPARE(messages.count(), 2);
    }

    // Save As keeps every event the file or the connection reported, an MCP session's JSON-RPC
    // findings included, and leaves out only the rows the document's own annotator raised
    // (they come back when the file is opened). Told apart by the record's `derived` flag,
    // not by the event's id: both kinds are called "jsonrpc-...".
    void saveAsDropsOnlyTheAnnotatorsFindings_data()
    {
        QTest::addColumn<bool>("withSessionFinding");
        QTest::newRow("annotator finding only") << false;
        QTest::newRow("an MCP session's finding") << true;
    }

    void saveAsDropsOnlyTheAnnotatorsFindings()
    {
        QFETCH(bool, withSessionFinding);
        QVector<Event> events;
        events.append(SockscopeGuiTest::makeEvent(EventKind::Open, Direction::In, {}));
        events.append(SockscopeGuiTest::makeEvent(EventKind::Text, Direction::Out, R"({"jsonrpc":"2.0","id":1,"method":"ping"})"));
        // An answer to a request never sent: an orphan.
        events.append(SockscopeGuiTest::makeEvent(EventKind::Text, Direction::In, R"({"jsonrpc":"2.0","id":2,"result":{}})"));
        if (withSessionFinding) {
            Event finding = SockscopeGuiTest::makeEvent(EventKind::Error, Direction::Local, {});
            finding.details.insert(QStringLiteral("error"), QStringLiteral("jsonrpc-timeout"));
            finding.details.insert(QStringLiteral("level"), QStringLiteral("warning"));
            finding.details.insert(QStringLiteral("message"), QStringLiteral("request ping (id 1) got no response within 30000 ms"));
            events.append(finding);
        }
        ClientSettings settings;
        settings.url = m_server.url();
        SessionHeader header = newSessionHeader();
        header.connections.append(clientConnectionInfo(1, settings, false));
        const QString path = m_dir.filePath(withSessionFinding ? QStringLiteral("finding.sockscope") : QStringLiteral("orphan.sockscope"));
        QString error;
        QVERIFY2(writeSession(path, header, events, &error), qPrintable(error));
        LoadedSession loaded;
        QVERIFY2(loadSession(path, &loaded, &error), qPrintable(error));

        SessionFileDocument document(path, loaded);
        document.refreshNow();
        // With an MCP session's findings in the file, the annotator leaves the pairing warnings
        // to them; without, it raises the orphan itself: one row more than the file holds.
        const qint64 rows = document.framesModel()->rowCount();
        QCOMPARE(rows, qint64(events.size()) + (withSessionFinding ? 0 : 1));
        const QVector<Event> saved = documentEvents(&document);
        QCOMPARE(saved.size(), events.size());
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(saved.at(i).kind, events.at(i).kind);
            QCOMPARE(saved.at(i).details.value(QStringLiteral("error")), events.at(i).details.value(QStringLiteral("error")));
        }
    }

    void leftoverJournalIsRecovered()
    {
        QVERIFY(!m_recorded.isEmpty());
        // A journal as an interrupted recording leaves it: the header without eventCount, the
        // event lines, and half a line.
        LoadedSession loaded;
        QString error;
        QVERIFY(loadSession(m_recorded, &loaded, &error));
        SessionHeader header = loaded.header;
        header.eventCount = -1;
        QByteArray journal = sessionHeaderToText(header);
        int lines = 0;
        for (const QByteArray &line : readAll(m_recorded).split('\n')) {
            if (line.startsWith("{\"seq\"")) {
                journal += line + '\n';
                ++lines;
            }
        }
        QCOMPARE(lines, loaded.events.size());
        journal += "{\"seq\":99,\"ti";
        const QString path = m_dir.filePath(QStringLiteral("crashed.sockscope"));
        QVERIFY(writeAll(path + QStringLiteral(".journal"), journal));

        MainWindow window;
        QSignalSpy messages(&window, &MainWindow::sessionMessageShown);
        SessionFileDocument *session = window.openSession(path);
        QVERIFY(session);
        QCOMPARE(messages.count(), 1);
        const QString message = messages.first().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("Recovered %1 event").arg(lines)), qPrintable(message));
        QCOMPARE(messages.first().at(1).toBool(), false);
        QCOMPARE(takeMessageBox(&window, QStringLiteral("sessionInfoBox")), message);
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".journal")));
        session->refreshNow();
        QCOMPARE(session->framesModel()->rowCount(), lines);
    }

private:
    QTemporaryDir m_dir;
    SockscopeTest::EchoServer m_server;
    QString m_recorded;
};

QTEST_MAIN(TestSessionsGui)
#include "tst_sessionsgui.moc"
