// The Replay dialog against in-process mock MCP servers (MockServer on 127.0.0.1, port 0): a
// real MCP conversation is recorded and written as a session file, then replayed from the
// dialog against a second mock (every step passes), against a mock whose greet tool answers
// differently (exactly that step fails, the detail shows expected and actual, the JUnit export
// says failures="1"), with an assertion added in the dialog (passing, then failing), against a
// closed port (every step fails with the reason), as recorded versus fast, stopped mid-run and
// closed mid-run. Plus the File menu and the session tab's Replay button, and saving the
// settings back into a session file.
#include "guitestsupport.h"
#include "replaytestsupport.h"

#include "mainwindow/mainwindow.h"
#include "mock/mockconfigloader.h"
#include "mock/mockserver.h"
#include "replay/linediff.h"
#include "replay/replayassertiondialog.h"
#include "replay/replayassertionseditor.h"
#include "replay/replaydialog.h"
#include "replay/replayoptionswidget.h"
#include "replay/replayresultsmodel.h"
#include "replay/replaysetup.h"
#include "replay/replaystepdetail.h"
#include "session/sessionfiledocument.h"
#include "session/sessionheader.h"
#include "session/sessionloader.h"
#include "session/sessionsettingsjson.h"
#include "session/sessionwriter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

#include <memory>

using namespace Sockscope;
using Status = ReplayResultsModel::Status;

namespace {

constexpr int kRunMs = 20000;
constexpr qint64 kGapNs = 900LL * 1000 * 1000; // before the last step of the "gapped" session
constexpr qint64 kLongGapNs = 600LL * 1000 * 1000 * 1000; // ten minutes: "long-gapped"

std::unique_ptr<MockServer> startMock(const MockConfig &config)
{
    ServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = 0;
    auto server = std::make_unique<MockServer>(config, settings);
    return server->listen() ? std::move(server) : nullptr;
}

// The built-in configuration; `howdy`: with the greet tool's template saying Howdy, not Hello.
MockConfig mockConfig(bool howdy)
{
    QFile file(MockConfigLoader::builtinFileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = file.readAll();
    if (howdy) {
        QJsonObject root = QJsonDocument::fromJson(data).object();
        QJsonArray tools = root.value(QStringLiteral("tools")).toArray();
        for (qsizetype i = 0; i < tools.size(); ++i) {
            QJsonObject tool = tools.at(i).toObject();
            if (tool.value(QStringLiteral("name")).toString() != QLatin1String("greet"))
                continue;
            QByteArray response = QJsonDocument(tool.value(QStringLiteral("response")).toObject()).toJson();
            response.replace("Hello", "Howdy");
            tool.insert(QStringLiteral("response"), QJsonDocument::fromJson(response).object());
            tools.replace(i, tool);
        }
        root.insert(QStringLiteral("tools"), tools);
        data = QJsonDocument(root).toJson();
    }
    MockConfig config;
    MockConfigLoader loader;
    if (!loader.loadData(data, QStringLiteral("tst_replaydialog"), &config))
        qWarning() << loader.error().toString();
    return config;
}

// A session file holding `events` of one client connection to `url`.
bool writeClientSession(const QString &path, const QUrl &url, const QVector<Event> &events)
{
    if (events.isEmpty())
        return false;
    ClientSettings settings;
    settings.url = url;
    settings.subprotocols = {QStringLiteral("mcp")};
    SessionHeader header = newSessionHeader();
    header.connections.append(clientConnectionInfo(events.first().connectionId, settings, false));
    QString error;
    if (!writeSession(path, header, events, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

LoadedSession load(const QString &path)
{
    LoadedSession session;
    QString error;
    if (!loadSession(path, &session, &error, ReplaySetup::keepEvent))
        qWarning() << error;
    return session;
}

int rowOf(const ReplayResultsModel *model, const QString &labelPart)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->label(row).contains(labelPart))
            return row;
    }
    return -1;
}

QList<int> rowsWith(const ReplayResultsModel *model, Status status)
{
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->status(row) == status)
            rows.append(row);
    }
    return rows;
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

void setUrl(ReplayDialog *dialog, const QUrl &url)
{
    child<QComboBox>(dialog, "urlCombo")->setCurrentText(url.toString());
}

void setTiming(ReplayDialog *dialog, ReplayTiming timing)
{
    auto *combo = child<QComboBox>(dialog, "timingCombo");
    combo->setCurrentIndex(combo->findData(int(timing)));
}

bool runToEnd(ReplayDialog *dialog)
{
    QSignalSpy finished(dialog, &ReplayDialog::runFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "runButton"), Qt::LeftButton);
    if (!dialog->isRunning())
        return false;
    return finished.wait(kRunMs) && finished.count() == 1 && !dialog->isRunning();
}

struct JUnit
{
    int tests = -1;
    int failures = -1;
    QStringList failed;
    QString failureText;
};

JUnit parseJUnit(const QString &path)
{
    JUnit junit;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return junit;
    QXmlStreamReader xml(&file);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("testsuite")) {
            junit.tests = xml.attributes().value(QLatin1String("tests")).toInt();
            junit.failures = xml.attributes().value(QLatin1String("failures")).toInt();
        } else if (xml.name() == QLatin1String("testcase")) {
            current = xml.attributes().value(QLatin1String("name")).toString();
        } else if (xml.name() == QLatin1String("failure")) {
            junit.failed.append(current);
            junit.failureText += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    if (xml.hasError())
        junit.tests = -2;
    return junit;
}

} // namespace

class TestReplayDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldHaveDefaultValues();
    void lineDiffPairsChangedLines();
    void everyStepPassesAgainstASecondMock();
    void forcedFailShowsTheDiffAndExportsJUnit();
    void assertionAddedInTheDialogIsChecked();
    void assertionDialogValidates();
    void connectionRefusedFailsEveryStep();
    void badOptionsAreShownAndNothingRuns();
    void fastIsQuickerThanAsRecorded();
    void stopMidRunThenRunAgain();
    void closingMidRunIsSafe();
    void saveSettingsBackToASession();
    void severalConversationsToChooseFrom();
    void eachConnectIsAConversation();
    void mainWindowOpensTheDialog();

private:
    std::unique_ptr<ReplayDialog> dialogOn(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<MockServer> m_recorded; // the conversation was recorded against it
    std::unique_ptr<MockServer> m_second;   // the same configuration
    std::unique_ptr<MockServer> m_howdy;    // greet answers "Howdy"
    QString m_session;                      // initialize, initialized, tools/list, echo, greet, add
    QString m_gapped;                       // the same with kGapNs before the last step
    QString m_longGapped;                   // the same with kLongGapNs before the last step
    int m_steps = 0;
};

void TestReplayDialog::initTestCase()
{
    SockscopeGuiTest::isolateSettings("tst_replaydialog");
    QVERIFY(m_dir.isValid());
    const MockConfig config = mockConfig(false);
    QVERIFY(!config.tools.isEmpty());
    m_recorded = startMock(config);
    m_second = startMock(config);
    m_howdy = startMock(mockConfig(true));
    QVERIFY(m_recorded && m_second && m_howdy);

    using namespace SockscopeTest;
    const QVector<Event> events = recordConversation(
        m_recorded->url(),
        {initializeRequest(1), initializedNotification(), request(2, QStringLiteral("tools/list")),
         toolCall(3, QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("hello replay")}}),
         toolCall(4, QStringLiteral("greet"), {{QStringLiteral("name"), QStringLiteral("Ada")}}),
         toolCall(5, QStringLiteral("add"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}})});
    QVERIFY(!events.isEmpty());
    m_steps = 6;
    m_session = m_dir.filePath(QStringLiteral("mcp.sockscope"));
    QVERIFY(writeClientSession(m_session, m_recorded->url(), events));

    // The last step (add) and what follows it, moved later.
    QVector<Event> gapped = events;
    qsizetype last = -1;
    for (qsizetype i = 0; i < gapped.size(); ++i) {
        if (gapped.at(i).kind == EventKind::Text && gapped.at(i).direction == Direction::Out)
            last = i;
    }
    QVERIFY(last > 0);
    for (qsizetype i = last; i < gapped.size(); ++i)
        gapped[i].monotonicNs += kGapNs;
    m_gapped = m_dir.filePath(QStringLiteral("gapped.sockscope"));
    QVERIFY(writeClientSession(m_gapped, m_recorded->url(), gapped));
    // The same with a gap far longer than any run takes, even under a sanitizer: "fast" must
    // not wait it out (a bound with a margin of many times, not a timing measurement).
    for (qsizetype i = last; i < gapped.size(); ++i)
        gapped[i].monotonicNs += kLongGapNs - kGapNs;
    m_longGapped = m_dir.filePath(QStringLiteral("long-gapped.sockscope"));
    QVERIFY(writeClientSession(m_longGapped, m_recorded->url(), gapped));
}

void TestReplayDialog::cleanupTestCase()
{
    m_recorded.reset();
    m_second.reset();
    m_howdy.reset();
}

std::unique_ptr<ReplayDialog> TestReplayDialog::dialogOn(const QString &path)
{
    auto dialog = std::make_unique<ReplayDialog>(path, load(path));
    dialog->show(); // as the app shows it: clicks and visibility as a person gets them
    return dialog;
}

void TestReplayDialog::shouldHaveDefaultValues()
{
    const std::unique_ptr<ReplayDialog> dialog = dialogOn(m_session);
    QCOMPARE(dialog->objectName(), QStringLiteral("replayDialog"));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("mcp.sockscope")));
    QVERIFY(!dialog->isModal());
    QVERIFY(!dialog->isRunning());
    QVERIFY(!dialog->hasReport());
    QCOMPARE(dialog->options()->url(), m_recorded->url().toString());
    auto *conversation = child<QComboBox>(dialog.get(), "conversationCombo");
    QCOMPARE(conversation->count(), 1);
    QVERIFY(!conversation->isEnabled()); // nothing to choose
    QVERIFY2(conversation->currentText().contains(QStringLiteral("6 step")), qPrintable(conversation->currentText()));
    QCOMPARE(child<QComboBox>(dialog.get(), "timingCombo")->currentData().toInt(), int(ReplayTiming::AsRecorded));
    auto *speed = child<QDoubleSpinBox>(dialog.get(), "speedSpin");
    QCOMPARE(speed->value(), 1.0);
    QVERIFY(speed->isEnabled());
    setTiming(dialog.get(), ReplayTiming::Fast);
    QVERIFY(!speed->isEnabled());
    setTiming(dialog.get(), ReplayTiming::Wait);
    QVERIFY(!speed->isEnabled());
    setTiming(dialog.get(), ReplayTiming::AsRecorded);
    QVERIFY(speed->isEnabled());
    QCOMPARE(child<QSpinBox>(dialog.get(), "timeoutSpin")->value(), ReplaySettings::kDefaultResponseTimeoutMs);
    QVERIFY(child<QCheckBox>(dialog.get(), "defaultIgnoresCheck")->isChecked());
    QCOMPARE(child<QListWidget>(dialog.get(), "ignoreList")->count(), 0);
    QCOMPARE(child<QListWidget>(dialog.get(), "assertionList")->count(), 0);
    QVERIFY(!child<QPushButton>(dialog.get(), "removeIgnoreButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "editAssertionButton")->isEnabled());

    // The plan, before any run: every step pending, labelled.
    QCOMPARE(dialog->results()->rowCount(), m_steps);
    QCOMPARE(rowsWith(dialog->results(), Status::Pending).size(), m_steps);
    QCOMPARE(dialog->results()->label(0), QStringLiteral("initialize"));
    QVERIFY(rowOf(dialog->results(), QStringLiteral("tools/call greet")) >= 0);
    QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("Steps to replay: 6.")), qPrintable(dialog->summaryText()));
    QVERIFY(child<QPushButton>(dialog.get(), "runButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "stopButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "exportJUnitButton")->isEnabled());
    QVERIFY(child<QPushButton>(dialog.get(), "saveToSessionButton")->isEnabled());
    QVERIFY(dialog->messageText().isEmpty());
    // A step before the run: what it sends and the recorded answer it is compared with.
    dialog->resultsView()->setCurrentIndex(dialog->results()->index(rowOf(dialog->results(), QStringLiteral("greet")), 0));
    const QString preview = dialog->detail()->toPlainText();
    for (const QString &expected : {QStringLiteral("Not sent yet."), QStringLiteral("To send"), QStringLiteral("\"name\": \"Ada\""),
                                    QStringLiteral("Recorded answer"), QStringLiteral("Hello, Ada!")})
        QVERIFY2(preview.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + preview));
    dialog->resultsView()->setCurrentIndex(dialog->results()->index(1, 0)); // notifications/initialized
    QVERIFY(dialog->detail()->toPlainText().contains(QStringLiteral("Nothing came back for it in the recording.")));

    // Every interactive widget has a name (Qt's own parts of composite widgets aside).
    QStringList unnamed;
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                                 || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
                                 || qobject_cast<QAbstractSpinBox *>(widget);
        const QWidget *parent = widget->parentWidget();
        const bool qtPart = parent && (qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QComboBox *>(parent)
                                       || qobject_cast<const QAbstractSpinBox *>(parent)
                                       || parent->inherits("QComboBoxPrivateContainer")
                                       || parent->inherits("QAbstractScrollArea")
                                       || parent->objectName().startsWith(QLatin1String("qt_")));
        if (interactive && !qtPart && widget->objectName().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('/')
                           + (parent ? parent->objectName() : QString());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    ReplayResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ReplayResultsModel::ColumnCount));
    QCOMPARE(model.firstFailedRow(), -1);
}

void TestReplayDialog::lineDiffPairsChangedLines()
{
    const QStringList left{QStringLiteral("{"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("}")};
    const QStringList right{QStringLiteral("{"), QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("c"),
                            QStringLiteral("d"), QStringLiteral("}")};
    const QVector<LineDiff::Row> rows = LineDiff::diff(left, right);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(int(rows.at(0).kind), int(LineDiff::Kind::Same));
    QCOMPARE(int(rows.at(2).kind), int(LineDiff::Kind::Changed));
    QCOMPARE(rows.at(2).left, 2);
    QCOMPARE(rows.at(2).right, 2);
    QCOMPARE(int(rows.at(4).kind), int(LineDiff::Kind::Added));
    QCOMPARE(rows.at(4).left, -1);
    QCOMPARE(rows.at(4).right, 4);
    QCOMPARE(LineDiff::diff({}, {}).size(), 0);
    QCOMPARE(int(LineDiff::diff({QStringLiteral("x")}, {}).first().kind), int(LineDiff::Kind::Removed));
}

void TestReplayDialog::everyStepPassesAgainstASecondMock()
{
    const std::unique_ptr<ReplayDialog> dialog = dialogOn(m_session);
    QAbstractItemModelTester tester(dialog->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    setUrl(dialog.get(), m_second->url());
    setTiming(dialog.get(), ReplayTiming::Fast);
    QSignalSpy finished(dialog.get(), &ReplayDialog::runFinished);
    QVERIFY(runToEnd(dialog.get()));
    QCOMPARE(finished.count(), 1);
    QVERIFY(dialog->hasReport());
    QCOMPARE(dialog->report().passed, m_steps);
    QCOMPARE(dialog->report().failed, 0);
    QCOMPARE(dialog->report().target, m_second->url().toString());
    QCOMPARE(dialog->results()->rowCount(), m_steps);
    QCOMPARE(rowsWith(dialog->results(), Status::Passed).size(), m_steps);
    QCOMPARE(dialog->results()->data(dialog->results()->index(0, ReplayResultsModel::StatusColumn)).toString(),
             QStringLiteral("PASS"));
    // A request has a latency.
    QVERIFY(!dialog->results()->data(dialog->results()->index(0, ReplayResultsModel::LatencyColumn)).toString().isEmpty());
    QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("6 passed, 0 failed in ")), qPrintable(dialog->summaryText()));
    QVERIFY(dialog->summaryText().endsWith(QStringLiteral(" against ") + m_second->url().toString()));
    QVERIFY(dialog->messageText().isEmpty());
    QVERIFY(child<QPushButton>(dialog.get(), "runButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "stopButton")->isEnabled());
    QVERIFY(child<QPushButton>(dialog.get(), "exportJUnitButton")->isEnabled());
    QVERIFY(dialog->options()->isEnabled());

    // A passed step's detail: what was sent, pretty-printed.
    dialog->resultsView()->setCurrentIndex(dialog->results()->index(0, 0));
    QVERIFY(dialog->results()->wasSent(0));
    const QString detail = dialog->detail()->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("Sent\n")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("PASS")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("\"method\": \"initialize\"")), qPrintable(detail));
}

void TestReplayDialog::forcedFailShowsTheDiffAndExportsJUnit()
{
    const std::unique_ptr<ReplayDialog> dialog = dialogOn(m_session);
    QAbstractItemModelTester tester(dialog->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    setUrl(dialog.get(), m_howdy->url());
    setTiming(dialog.get(), ReplayTiming::Wait);
    // An ignore path and a passing assertion change nothing here (and fill the screenshot).
    dialog->options()->addIgnorePath(QStringLiteral("$.result.serverInfo.version"));
    ReplayAssertion tools;
    tools.type = ReplayAssertion::Type::Exists;
    tools.step = 1;
    tools.path = QStringLiteral("$.result.capabilities.tools");
    ReplayAssertion latency;
    latency.type = ReplayAssertion::Type::LatencyBelow;
    latency.ms = 2000;
    dialog->options()->assertionsEditor()->setAssertions({tools, latency});
    QVERIFY(runToEnd(dialog.get()));
    QCOMPARE(dialog->report().failed, 1);
    QCOMPARE(dialog->report().passed, m_steps - 1);
    const int greet = rowOf(dialog->results(), QStringLiteral("tools/call greet"));
    QCOMPARE(rowsWith(dialog->results(), Status::Failed), QList<int>{greet});
    QCOMPARE(dialog->results()->data(dialog->results()->index(greet, ReplayResultsModel::StatusColumn)).toString(),
             QStringLiteral("FAIL"));
    const QString firstFailure = dialog->results()->data(dialog->results()->index(greet, ReplayResultsModel::DetailColumn)).toString();
    QVERIFY2(firstFailure.contains(QStringLiteral("$.result")), qPrintable(firstFailure));
    QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("5 passed, 1 failed")), qPrintable(dialog->summaryText()));

    // The failure is selected and its detail shows the differences and both messages.
    QCOMPARE(dialog->resultsView()->currentIndex().row(), greet);
    const ReplayStepResult *result = dialog->results()->result(greet);
    QVERIFY(result);
    QCOMPARE(result->comparisons.size(), 1);
    QVERIFY(result->comparisons.first().arrived);
    const QString detail = dialog->detail()->toPlainText();
    for (const QString &expected : {QStringLiteral("FAIL"), QStringLiteral("What failed"), QStringLiteral("Expected (recorded)"),
                                    QStringLiteral("Actual (received)"), QStringLiteral("$.result.content[0].text: expected"),
                                    QStringLiteral("\"text\": \"Hello, Ada!"), QStringLiteral("\"text\": \"Howdy, Ada!"),
                                    QStringLiteral("\"name\": \"greet\"")})
        QVERIFY2(detail.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + detail));

    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY(!SockscopeGuiTest::screenshot(dialog.get(), QStringLiteral("replay-results.png")).isNull());

    // JUnit, read back.
    const QString junitPath = m_dir.filePath(QStringLiteral("replay.xml"));
    QString error;
    QVERIFY2(dialog->exportJUnit(junitPath, &error), qPrintable(error));
    const JUnit junit = parseJUnit(junitPath);
    QCOMPARE(junit.tests, m_steps);
    QCOMPARE(junit.failures, 1);
    QCOMPARE(junit.failed.size(), 1);
    QVERIFY2(junit.failed.first().contains(QStringLiteral("tools/call greet")), qPrintable(junit.failed.first()));
    QVERIFY(junit.failureText.contains(QStringLiteral("Howdy")));
    QVERIFY(!dialog->exportJUnit(m_dir.filePath(QStringLiteral("missing/replay.xml")), &error));
    QVERIFY(error.contains(QStringLiteral("missing")));

    // A second run on the same dialog: all fresh, same outcome.
    QVERIFY(runToEnd(dialog.get()));
    QCOMPARE(dialog->report().failed, 1);
    QCOMPARE(rowsWith(dialog->results(), Status::Failed), QList<int>{greet});
}

void TestReplayDialog::assertionAddedInTheDialogIsChecked()
{
    const std::unique_ptr<ReplayDialog> dialog = dialogOn(m_session);
    setUrl(dialog.get(), m_second->url());
    setTiming(dialog.get(), ReplayTiming::Fast);
    ReplayAssertionsEditor *editor = dialog->options()->assertionsEditor();
    const auto addEquals = [&](const QString &value) {
        QTest::mouseClick(child<QPushButton>(dialog.get(), "addAssertionButton"), Qt::LeftButton);
        ReplayAssertionDialog *add = editor->dialog();
        QVERIFY(add);
        auto *type = child<QComboBox>(add, "assertionTypeCombo");
        type->setCurrentIndex(type->findData(int(ReplayAssertion::Type::Equals)));
        auto *step = child<QComboBox>(add, "assertionStepCombo");
        QCOMPARE(step->count(), m_steps);
        step->setCurrentIndex(step->findData(5)); // tools/call greet
        QVERIFY(step->currentText().contains(QStringLiteral("greet")));
        child<QLineEdit>(add, "assertionPathEdit")->setText(QStringLiteral("$.result.structuredContent.greeting"));
        child<QLineEdit>(add, "assertionValueEdit")->setText(value);
        QTest::mouseClick(child<QPushButton>(add, "assertionOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!editor->dialog());
    };

    addEquals(QStringLiteral("\"Hello, Ada!\""));
    QCOMPARE(editor->assertions().size(), 1);
    QCOMPARE(editor->assertions().first().value, QJsonValue(QStringLiteral("Hello, Ada!")));
    QCOMPARE(child<QListWidget>(dialog.get(), "assertionList")->item(0)->text(),
             QStringLiteral("step 5: $.result.structuredContent.greeting equals \"Hello, Ada!\""));
    QVERIFY(runToEnd(dialog.get()));
    QCOMPARE(dialog->report().failed, 0);

    // Edit it to expect another name: the step fails on the assertion alone.
    auto *list = child<QListWidget>(dialog.get(), "assertionList");
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "editAssertionButton"), Qt::LeftButton);
    QVERIFY(editor->dialog());
    QCOMPARE(child<QLineEdit>(editor->dialog(), "assertionValueEdit")->text(), QStringLiteral("\"Hello, Ada!\""));
    child<QLineEdit>(editor->dialog(), "assertionValueEdit")->setText(QStringLiteral("\"Hello, Bob!\""));
    QTest::mouseClick(child<QPushButton>(editor->dialog(), "assertionOkButton"), Qt::LeftButton);
    QTRY_VERIFY(!editor->dialog());
    QCOMPARE(editor->assertions().size(), 1);
    QVERIFY(runToEnd(dialog.get()));
    QCOMPARE(dialog->report().failed, 1);
    const int greet = rowOf(dialog->results(), QStringLiteral("tools/call greet"));
    QCOMPARE(rowsWith(dialog->results(), Status::Failed), QList<int>{greet});
    const ReplayStepResult *result = dialog->results()->result(greet);
    QVERIFY(result);
    QCOMPARE(result->failures,
             QStringList{QStringLiteral("assertion failed: step 5: $.result.structuredContent.greeting equals "
                                        "\"Hello, Bob!\": got \"Hello, Ada!\"")});
    QVERIFY(dialog->detail()->toPlainText().contains(QStringLiteral("got \"Hello, Ada!\"")));

    // An assertion about a step the replay does not have is its own failed row.
    ReplayAssertion beyond;
    beyond.type = ReplayAssertion::Type::Exists;
    beyond.step = 9;
    beyond.path = QStringLiteral("$.result");
    editor->setAssertions({beyond});
    QVERIFY(runToEnd(dialog.get()));
    QCOMPARE(dialog->results()->rowCount(), m_steps + 1);
    QCOMPARE(dialog->results()->status(m_steps), Status::Failed);
    QCOMPARE(dialog->report().failed, 1);

    // Removing it leaves none.
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "removeAssertionButton"), Qt::LeftButton);
    QVERIFY(editor->assertions().isEmpty());
    QCOMPARE(list->count(), 0);
}

void TestReplayDialog::assertionDialogValidates()
{
    ReplayAssertionDialog dialog({QStringLiteral("initialize"), QStringLiteral("tools/list")});
    auto *ok = child<QPushButton>(&dialog, "assertionOkButton");
    auto *type = child<QComboBox>(&dialog, "assertionTypeCombo");
    auto *path = child<QLineEdit>(&dialog, "assertionPathEdit");
    auto *value = child<QLineEdit>(&dialog, "assertionValueEdit");
    QCOMPARE(type->count(), 6);
    // A new form is not marked before the first edit.
    QVERIFY(dialog.errorText().isEmpty());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.open();

    ReplayAssertion assertion;
    QString error;
    QVERIFY(!dialog.assertion(&assertion, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Value:")), qPrintable(error));
    value->setText(QStringLiteral("hello"));
    path->setText(QStringLiteral("$.result"));
    QVERIFY(!dialog.assertion(&assertion, &error));
    QVERIFY2(error.contains(QStringLiteral("double quotes")), qPrintable(error));
    value->setText(QStringLiteral("5"));
    path->setText(QStringLiteral("$.["));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Path:")), qPrintable(dialog.errorText()));
    QVERIFY(!path->styleSheet().isEmpty()); // marked
    path->setText(QStringLiteral("$.result.n"));
    QVERIFY(dialog.assertion(&assertion, &error));
    QCOMPARE(assertion.value, QJsonValue(5));
    QCOMPARE(assertion.step, 1);

    // A bad pattern, then the types without a path.
    type->setCurrentIndex(type->findData(int(ReplayAssertion::Type::Matches)));
    QVERIFY(!path->isHidden() && child<QLineEdit>(&dialog, "assertionPatternEdit")->isVisibleTo(&dialog));
    QVERIFY(!value->isVisibleTo(&dialog));
    child<QLineEdit>(&dialog, "assertionPatternEdit")->setText(QStringLiteral("(unclosed"));
    QVERIFY(!dialog.assertion(&assertion, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Pattern:")), qPrintable(error));
    type->setCurrentIndex(type->findData(int(ReplayAssertion::Type::NotificationWithin)));
    QVERIFY(!dialog.assertion(&assertion, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Method:")), qPrintable(error));
    type->setCurrentIndex(type->findData(int(ReplayAssertion::Type::LatencyBelow)));
    auto *step = child<QComboBox>(&dialog, "assertionStepCombo");
    QCOMPARE(step->count(), 3); // every step, 1, 2
    QCOMPARE(step->itemData(0).toInt(), 0);
    step->setCurrentIndex(0);
    QVERIFY(dialog.assertion(&assertion, &error));
    QCOMPARE(assertion.step, 0);
    QCOMPARE(assertion.ms, 1000);
    type->setCurrentIndex(type->findData(int(ReplayAssertion::Type::NotClosed)));
    QVERIFY(!step->isVisibleTo(&dialog));
    QVERIFY(dialog.assertion(&assertion, &error));
    QCOMPARE(assertion.type, ReplayAssertion::Type::NotClosed);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);

    // Editing keeps a step the replay does not have, and says so.
    ReplayAssertionDialog edit({QStringLiteral("initialize")});
    ReplayAssertion far;
    far.type = ReplayAssertion::Type::Exists;
    far.step = 4;
    far.path = QStringLiteral("$.result");
    edit.setAssertion(far);
    QVERIFY(child<QComboBox>(&edit, "assertionStepCombo")->currentText().contains(QStringLiteral("not in this replay")));
    QVERIFY(edit.assertion(&assertion, &error));
    QCOMPARE(assertion.step, 4);
}

void TestReplayDialog::connectionRefusedFailsEveryStep()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(closed.serverPort());
    closed.close();

    const std::unique_ptr<ReplayDialog> dialog = dialogOn(m_session);
    QAbstractItemModelTester tester(dialog->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    setUrl(dialog.get(), url);
    QVERIFY(runToEnd(dialog.get()));
    QCOMPARE(dialog->report().failed, m_steps);
    QCOMPARE(rowsWith(dialog->results(), Status::Failed).size(), m_steps);
    for (int row = 0; row < m_steps; ++row) {
        const ReplayStepResult *result = dialog->results()->result(row);
        QVERIFY(result);
        QVERIFY2(result->failures.first().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(result->failures.first()));
    }
    QVERIFY2(dialog->messageText().startsWith(QStringLiteral("Could not connect to ") + url.toString()),
             qPrintable(dialog->messageText()));
    QVERIFY(dialog->messageText().contains(QStringLiteral("refused"), Qt::CaseInsensitive));
    QVERIFY(dialog->summaryText().startsWith(QStringLiteral("0 passed, 6 failed")));
    QCOMPARE(dialog->resultsView()->currentIndex().row(), 0);
    QVERIFY(!dialog->results()->wasSent(0));
    QVERIFY2(dialog->detail()->toPlainText().contains(QStringLiteral("Not sent (as recorded)")),
             qPrintable(dialog->detail()->toPlainText()));
}

void TestReplayDialog::badOptionsAreShownAndNothingRuns()
{
    const std::unique_ptr<ReplayDialog> dialog = dialogOn(m_session);
    QSignalSpy finished(dialog.get(), &ReplayDialog::runFinished);
    setUrl(dialog.get(), QUrl(QStringLiteral("http://127.0.0.1:1/")));
    QVERIFY(!dialog->run());
    QVERIFY(!dialog->isRunning());
    QVERIFY2(dialog->messageText().contains(QStringLiteral("not a ws:// or wss:// URL")), qPrintable(dialog->messageText()));
    setUrl(dialog.get(), QUrl());
    QVERIFY(!dialog->run());
    QVERIFY(dialog->messageText().startsWith(QStringLiteral("Type the URL")));

    setUrl(dialog.get(), m_second->url());
    dialog->options()->addIgnorePath(QStringLiteral("$.result..["));
    QVERIFY(!dialog->run());
    QVERIFY2(dialog->messageText().startsWith(QStringLiteral("The ignore path \"$.result..[\" is not valid")),
             qPrintable(dialog->messageText()));
    auto *ignores = child<QListWidget>(dialog.get(), "ignoreList");
    QCOMPARE(ignores->currentRow(), 0);
    QVERIFY(!ignores->item(0)->toolTip().isEmpty());
    QString error;
    QVERIFY(!dialog->saveToSession(m_dir.filePath(QStringLiteral("bad.sockscope")), &error));
    QVERIFY(error.contains(QStringLiteral("ignore path")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.sockscope"))));
    // Removed, it runs.
    ignores->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "removeIgnoreButton"), Qt::LeftButton);
    QCOMPARE(ignores->count(), 0);
    QCOMPARE(finished.count(), 0);
    setTiming(dialog.get(), ReplayTiming::Fast);
    QVERIFY(runToEnd(dialog.get()));
    QVERIFY(dialog->messageText().isEmpty());
    QCOMPARE(dialog->report().failed, 0);

    // A file whose replay settings do not read: the defaults, and why.
    LoadedSession session = load(m_session);
    session.header.replay = QJsonObject{{QStringLiteral("speed"), -1}};
    ReplayDialog broken(m_session, session);
    QVERIFY2(broken.messageText().contains(QStringLiteral("replay settings: ")), qPrintable(broken.messageText()));
    QVERIFY(child<QPushButton>(&broken, "runButton")->isEnabled());

    // A file with no messages: nothing to run.
    LoadedSession empty = session;
    empty.events.clear();
    ReplayDialog nothing(m_session, empty);
    QVERIFY(!child<QPushButton>(&nothing, "runButton")->isEnabled());
    QVERIFY(nothing.messageText().contains(QStringLiteral("Nothing to replay")));
    QVERIFY(!nothing.run());
}

void TestReplayDialog::fastIsQuickerThanAsRecorded()
{
    const std::unique_ptr<ReplayDialog> dialog = dialogOn(m_gapped);
    setUrl(dialog.get(), m_second->url());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runToEnd(dialog.get())); // as recorded, speed 1: waits out the gap
    QCOMPARE(dialog->report().failed, 0);
    QVERIFY2(timer.nsecsElapsed() >= kGapNs, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(dialog->report().durationNs >= kGapNs);

    // Fast does not wait out the recorded gap: a ten-minute gap still ends within kRunMs.
    const std::unique_ptr<ReplayDialog> fast = dialogOn(m_longGapped);
    setUrl(fast.get(), m_second->url());
    setTiming(fast.get(), ReplayTiming::Fast);
    QVERIFY(runToEnd(fast.get()));
    QCOMPARE(fast->report().failed, 0);
    QVERIFY2(fast->report().durationNs < kLongGapNs / 10, qPrintable(QString::number(fast->report().durationNs)));

    // As recorded at 3x: a third of the gap.
    setTiming(dialog.get(), ReplayTiming::AsRecorded);
    child<QDoubleSpinBox>(dialog.get(), "speedSpin")->setValue(3.0);
    QVERIFY(runToEnd(dialog.get()));
    QCOMPARE(dialog->report().failed, 0);
    QVERIFY(dialog->report().durationNs >= kGapNs / 3);
}

void TestReplayDialog::stopMidRunThenRunAgain()
{
    const std::unique_ptr<ReplayDialog> dialog = dialogOn(m_gapped);
    QAbstractItemModelTester tester(dialog->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    setUrl(dialog.get(), m_second->url());
    child<QDoubleSpinBox>(dialog.get(), "speedSpin")->setValue(0.1); // the gap takes 9 s
    QSignalSpy finished(dialog.get(), &ReplayDialog::runFinished);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "runButton"), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QVERIFY(!child<QPushButton>(dialog.get(), "runButton")->isEnabled());
    QVERIFY(child<QPushButton>(dialog.get(), "stopButton")->isEnabled());
    QVERIFY(!dialog->options()->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "exportJUnitButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(rowsWith(dialog->results(), Status::Passed).size(), m_steps - 1, kRunMs);
    QCOMPARE(dialog->results()->status(m_steps - 1), Status::Pending);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("steps done: 5 of 6")), qPrintable(dialog->summaryText()));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "stopButton"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>(dialog.get(), "stopButton")->isEnabled());
    QVERIFY(finished.wait(kRunMs)); // the last step failing as aborted shows it did not run out the gap
    QCOMPARE(finished.count(), 1);
    QCOMPARE(dialog->report().failed, 1);
    const ReplayStepResult *last = dialog->results()->result(m_steps - 1);
    QVERIFY(last);
    QCOMPARE(last->failures, QStringList{QStringLiteral("not sent: the replay was aborted")});
    QVERIFY(dialog->messageText().startsWith(QStringLiteral("Stopped")));
    QVERIFY(child<QPushButton>(dialog.get(), "runButton")->isEnabled());

    // And again, to the end.
    setTiming(dialog.get(), ReplayTiming::Fast);
    QVERIFY(runToEnd(dialog.get()));
    QCOMPARE(dialog->report().failed, 0);
    QCOMPARE(rowsWith(dialog->results(), Status::Passed).size(), m_steps);
}

void TestReplayDialog::closingMidRunIsSafe()
{
    // Owned by nobody and deleted on close, as MainWindow opens it.
    QPointer<ReplayDialog> dialog = new ReplayDialog(m_gapped, load(m_gapped));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    setUrl(dialog, m_second->url());
    QVERIFY(dialog->run());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->results()->count(Status::Passed) >= 1, kRunMs);
    QVERIFY(dialog->isRunning());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);

    // Destroyed while running, without closing.
    auto running = std::make_unique<ReplayDialog>(m_gapped, load(m_gapped));
    setUrl(running.get(), m_second->url());
    QVERIFY(running->run());
    QTRY_VERIFY_WITH_TIMEOUT(running->results()->count(Status::Passed) >= 1, kRunMs);
    running.reset();
    QTest::qWait(50); // nothing queued for the dead dialog runs
}

void TestReplayDialog::saveSettingsBackToASession()
{
    const std::unique_ptr<ReplayDialog> dialog = dialogOn(m_session);
    setTiming(dialog.get(), ReplayTiming::Wait);
    child<QSpinBox>(dialog.get(), "timeoutSpin")->setValue(1500);
    child<QCheckBox>(dialog.get(), "defaultIgnoresCheck")->setChecked(false);
    dialog->options()->addIgnorePath(QStringLiteral("$.result.serverInfo.version"));
    ReplayAssertion exists;
    exists.type = ReplayAssertion::Type::Exists;
    exists.step = 1;
    exists.path = QStringLiteral("$.result.capabilities.tools");
    dialog->options()->assertionsEditor()->setAssertions({exists});

    const QString copy = m_dir.filePath(QStringLiteral("with-settings.sockscope"));
    QString error;
    QVERIFY2(dialog->saveToSession(copy, &error), qPrintable(error));
    LoadedSession original;
    LoadedSession saved;
    QVERIFY(loadSession(m_session, &original, &error));
    QVERIFY2(loadSession(copy, &saved, &error), qPrintable(error));
    QCOMPARE(saved.events.size(), original.events.size()); // every event, not only the replayed ones
    QVERIFY(saved.warning.isEmpty());
    ReplaySettings settings;
    QList<ReplayAssertion> assertions;
    QVERIFY2(ReplaySetup::readHeader(saved.header, &settings, &assertions, &error), qPrintable(error));
    QCOMPARE(settings.timing, ReplayTiming::Wait);
    QCOMPARE(settings.responseTimeoutMs, 1500);
    QCOMPARE(settings.defaultIgnores, false);
    QCOMPARE(settings.ignorePaths, QStringList{QStringLiteral("$.result.serverInfo.version")});
    QCOMPARE(assertions.size(), 1);
    QCOMPARE(assertions.first().path, exists.path);

    // Opened again, the dialog starts from them.
    const std::unique_ptr<ReplayDialog> again = dialogOn(copy);
    QCOMPARE(child<QComboBox>(again.get(), "timingCombo")->currentData().toInt(), int(ReplayTiming::Wait));
    QVERIFY(!child<QDoubleSpinBox>(again.get(), "speedSpin")->isEnabled());
    QCOMPARE(child<QSpinBox>(again.get(), "timeoutSpin")->value(), 1500);
    QVERIFY(!child<QCheckBox>(again.get(), "defaultIgnoresCheck")->isChecked());
    QCOMPARE(child<QListWidget>(again.get(), "ignoreList")->count(), 1);
    QCOMPARE(child<QListWidget>(again.get(), "assertionList")->count(), 1);
    QVERIFY(again->messageText().isEmpty());
}

void TestReplayDialog::severalConversationsToChooseFrom()
{
    using namespace SockscopeTest;
    constexpr qint64 kMs = 1000000;
    // A client connection 3 with a bearer token (left out of the file), and a mock server
    // connection 7 whose peer 1 pinged it; the file's settings choose the client.
    LoadedSession session;
    ClientSettings client;
    client.url = QUrl(QStringLiteral("ws://127.0.0.1:1/mcp"));
    client.auth.kind = AuthKind::Bearer;
    client.auth.token = QStringLiteral("secret");
    session.header.connections.append(clientConnectionInfo(3, client, false));
    session.header.connections.append(serverConnectionInfo(7, QStringLiteral("mock"), QStringLiteral("ws://127.0.0.1:9"),
                                                           ServerSettings(), false));
    session.header.replay = QJsonObject{{QStringLiteral("connection"), 3}};
    session.events = {
        messageEvent(7, 1, Direction::In, request(1, QStringLiteral("ping")), 1 * kMs),
        messageEvent(7, 1, Direction::Out, R"({"jsonrpc":"2.0","id":1,"result":{}})", 2 * kMs),
        messageEvent(3, 0, Direction::Out, request(1, QStringLiteral("ping")), 3 * kMs),
        messageEvent(3, 0, Direction::In, R"({"jsonrpc":"2.0","id":1,"result":{}})", 4 * kMs),
        messageEvent(3, 0, Direction::Out, "hello", 5 * kMs),
    };
    ReplayDialog dialog(m_dir.filePath(QStringLiteral("mixed.sockscope")), session);
    dialog.show();
    QAbstractItemModelTester tester(dialog.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *conversation = child<QComboBox>(&dialog, "conversationCombo");
    QCOMPARE(conversation->count(), 2);
    QVERIFY(conversation->isEnabled());
    QCOMPARE(conversation->currentIndex(), 1);
    QVERIFY2(conversation->currentText().startsWith(QStringLiteral("Connection 3 (client)")), qPrintable(conversation->currentText()));
    QVERIFY2(conversation->itemText(0).startsWith(QStringLiteral("Connection 7, peer 1 (mock server)")),
             qPrintable(conversation->itemText(0)));
    QCOMPARE(dialog.options()->url(), QStringLiteral("ws://127.0.0.1:1/mcp"));
    QCOMPARE(dialog.results()->rowCount(), 2);
    auto *note = child<QLabel>(&dialog, "secretsNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("auth.token")), qPrintable(note->text()));

    // The peer's conversation: its steps, its recorded address, its own step list for assertions.
    conversation->setCurrentIndex(0);
    QCOMPARE(dialog.results()->rowCount(), 1);
    QCOMPARE(dialog.results()->label(0), QStringLiteral("ping"));
    QCOMPARE(dialog.options()->url(), QStringLiteral("ws://127.0.0.1:9"));
    QVERIFY(!note->isVisible());
    QCOMPARE(dialog.options()->settings().connection, 7u);
    QCOMPARE(dialog.options()->settings().peer, 1u);
    QTest::mouseClick(child<QPushButton>(&dialog, "addAssertionButton"), Qt::LeftButton);
    QVERIFY(dialog.options()->assertionsEditor()->dialog());
    QCOMPARE(child<QComboBox>(dialog.options()->assertionsEditor()->dialog(), "assertionStepCombo")->count(), 1);
    dialog.options()->assertionsEditor()->dialog()->reject();
    QTRY_VERIFY(!dialog.options()->assertionsEditor()->dialog());

    // A typed URL stays when the conversation changes.
    setUrl(&dialog, m_second->url());
    conversation->setCurrentIndex(1);
    QCOMPARE(dialog.options()->url(), m_second->url().toString());
    QCOMPARE(dialog.options()->settings().connection, 3u);
    // The peer's ping, replayed as a client against the mock: it answers as recorded.
    conversation->setCurrentIndex(0);
    setTiming(&dialog, ReplayTiming::Fast);
    QVERIFY(runToEnd(&dialog));
    QCOMPARE(dialog.report().passed, 1);
    QCOMPARE(dialog.report().failed, 0);
}

void TestReplayDialog::eachConnectIsAConversation()
{
    using namespace SockscopeTest;
    constexpr qint64 kMs = 1000000;
    // Client connection 4, recorded mid-connection (a tools/list without its initialize),
    // lost and connected again at 12:03:04 local time, then a ping.
    const qint64 reconnectedAt = QDateTime(QDate(2026, 12, 7), QTime(12, 3, 4)).toMSecsSinceEpoch();
    Event open;
    open.kind = EventKind::Open;
    open.direction = Direction::In;
    open.connectionId = 4;
    open.wallMs = reconnectedAt;
    open.monotonicNs = 10 * kMs;
    open.details.insert(QStringLiteral("subprotocol"), QStringLiteral("mcp"));
    Event close = open;
    close.kind = EventKind::Close;
    close.details = {};
    close.monotonicNs = 5 * kMs;
    LoadedSession session;
    ClientSettings client;
    client.url = m_second->url();
    session.header.connections.append(clientConnectionInfo(4, client, false));
    session.events = {
        messageEvent(4, 0, Direction::Out, request(7, QStringLiteral("tools/list")), 1 * kMs),
        messageEvent(4, 0, Direction::In, R"({"jsonrpc":"2.0","id":7,"result":{"tools":[]}})", 2 * kMs),
        close,
        open,
        messageEvent(4, 0, Direction::Out, request(1, QStringLiteral("ping")), 11 * kMs),
        messageEvent(4, 0, Direction::In, R"({"jsonrpc":"2.0","id":1,"result":{}})", 12 * kMs),
    };
    for (int i = 0; i < session.events.size(); ++i)
        session.events[i].sequence = quint64(i + 1);
    ReplayDialog dialog(m_dir.filePath(QStringLiteral("reconnected.sockscope")), session);
    dialog.show();
    auto *conversation = child<QComboBox>(&dialog, "conversationCombo");
    QCOMPARE(conversation->count(), 2);
    QVERIFY(conversation->isEnabled());
    QVERIFY2(conversation->itemText(0).startsWith(QStringLiteral("Connection 4 (client), 1st connect, recorded mid-connection")),
             qPrintable(conversation->itemText(0)));
    QVERIFY2(conversation->itemText(1).startsWith(QStringLiteral("Connection 4 (client), 2nd connect (12:03:04)")),
             qPrintable(conversation->itemText(1)));
    QVERIFY(conversation->toolTip().startsWith(conversation->itemText(0))); // the whole text, which the box cuts

    // The first: recorded without its initialize, which the dialog warns about.
    QCOMPARE(conversation->currentIndex(), 0);
    QCOMPARE(dialog.results()->rowCount(), 1);
    QCOMPARE(dialog.results()->label(0), QStringLiteral("tools/list"));
    QVERIFY2(dialog.messageText().startsWith(QStringLiteral("Warning: the conversation was recorded mid-connection")),
             qPrintable(dialog.messageText()));
    QVERIFY(child<QLabel>(&dialog, "replayMessage")->isVisible());
    QVERIFY(child<QPushButton>(&dialog, "runButton")->isEnabled()); // a warning, not a refusal

    // The reconnect: its own steps, nothing to warn about, and it replays alone.
    conversation->setCurrentIndex(1);
    QCOMPARE(dialog.results()->rowCount(), 1);
    QCOMPARE(dialog.results()->label(0), QStringLiteral("ping"));
    QVERIFY(!child<QLabel>(&dialog, "replayMessage")->isVisible());
    QCOMPARE(dialog.options()->settings().connect, 2u);
    setTiming(&dialog, ReplayTiming::Fast);
    QVERIFY(runToEnd(&dialog));
    QCOMPARE(dialog.report().passed, 1);
    QCOMPARE(dialog.report().failed, 0);
    QVERIFY(dialog.report().warnings.isEmpty());

    // The file's settings can name a connect.
    session.header.replay = QJsonObject{{QStringLiteral("connection"), 4}, {QStringLiteral("connect"), 2}};
    ReplayDialog chosen(m_dir.filePath(QStringLiteral("reconnected.sockscope")), session);
    QCOMPARE(child<QComboBox>(&chosen, "conversationCombo")->currentIndex(), 1);
}

void TestReplayDialog::mainWindowOpensTheDialog()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = child<QAction>(&window, "replaySessionAction");
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // No other action of the window has that shortcut.
    for (const QAction *other : window.findChildren<QAction *>()) {
        if (other != action)
            QVERIFY2(other->shortcut() != action->shortcut(), qPrintable(other->objectName()));
    }

    // From a session tab's button, and from the menu while that tab is current: one dialog.
    SessionFileDocument *session = window.openSession(m_session);
    QVERIFY(session);
    QVERIFY(session->replayButton()->isVisible());
    QTest::mouseClick(session->replayButton(), Qt::LeftButton);
    const QList<ReplayDialog *> dialogs = window.findChildren<ReplayDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QPointer<ReplayDialog> dialog = dialogs.first();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->path(), m_session);
    action->trigger();
    QCOMPARE(window.findChildren<ReplayDialog *>().size(), 1);
    // It runs from there too; closing it deletes it.
    setUrl(dialog, m_second->url());
    setTiming(dialog, ReplayTiming::Fast);
    QVERIFY(runToEnd(dialog));
    QCOMPARE(dialog->report().failed, 0);
    dialog->close();
    QTRY_VERIFY(!dialog);

    // Bad files say so as Open Session does; nothing opens.
    QSignalSpy messages(&window, &MainWindow::sessionMessageShown);
    const QString notSession = m_dir.filePath(QStringLiteral("not-a-session.sockscope"));
    QFile file(notSession);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG\r\n");
    file.close();
    QVERIFY(!window.openReplay(notSession));
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().at(1).toBool());
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("not a Sockscope session file")));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("sessionWarningBox"));
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Replay Session"));
    box->close();

    const QString noMessages = m_dir.filePath(QStringLiteral("no-messages.sockscope"));
    QString error;
    QVERIFY2(writeSession(noMessages, newSessionHeader(), QVector<Event>(), &error), qPrintable(error));
    QVERIFY(!window.openReplay(noMessages));
    QCOMPARE(messages.count(), 2);
    QVERIFY(messages.last().first().toString().contains(QStringLiteral("nothing to replay")));
    QVERIFY(window.findChildren<ReplayDialog *>().isEmpty());
}

QTEST_MAIN(TestReplayDialog)
#include "tst_replaydialog.moc"
