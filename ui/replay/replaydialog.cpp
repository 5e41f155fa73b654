#include "replaydialog.h"

#include "event/eventdetails.h"

#include "replayassertionseditor.h"
#include "replayoptionswidget.h"
#include "replayresultsmodel.h"
#include "replaystepdetail.h"

#include "common/displayformat.h"
#include "common/themecolors.h"
#include "replay/junitreport.h"
#include "replay/replayrunner.h"
#include "replay/replaysetup.h"
#include "session/sessionwriter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sockscope {

ReplayDialog::ReplayDialog(const QString &path, const LoadedSession &session, QWidget *parent)
    : QDialog(parent),
      m_path(path),
      m_session(session),
      m_options(new ReplayOptionsWidget(this)),
      m_results(new ReplayResultsModel(this)),
      m_view(new QTreeView(this)),
      m_detail(new ReplayStepDetail(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_summary(new QLabel(this)),
      m_message(new QLabel(this)),
      m_run(new QPushButton(tr("&Run"), this)),
      m_stop(new QPushButton(tr("S&top"), this)),
      m_export(new QPushButton(tr("Export &JUnit…"), this)),
      m_save(new QPushButton(tr("Save to Sess&ion…"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("replayDialog"));
    setWindowTitle(tr("Replay %1").arg(QFileInfo(path).fileName()));
    setModal(false);
    setSizeGripEnabled(true);

    m_summary->setObjectName(QStringLiteral("replaySummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_message->setObjectName(QStringLiteral("replayMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    setUpResultsView();
    setUpButtons();
    layOut();
    applySessionSettings();
    updateButtons();
    m_run->setFocus();
}

void ReplayDialog::setUpResultsView()
{
    m_view->setObjectName(QStringLiteral("replayResultsView"));
    m_view->setModel(m_results);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ReplayResultsModel::StepColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ReplayResultsModel::LabelColumn, 200);
    m_view->header()->setSectionResizeMode(ReplayResultsModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ReplayResultsModel::LatencyColumn, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReplayDialog::showCurrentStep);
    connect(m_results, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_view->currentIndex().row();
        if (row >= from.row() && row <= to.row())
            showCurrentStep();
    });
    connect(m_results, &QAbstractItemModel::modelReset, this, &ReplayDialog::showCurrentStep);
}

void ReplayDialog::setUpButtons()
{
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setToolTip(tr("Replay the conversation against the URL and compare what comes back with the recording"));
    m_run->setDefault(true);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stop the replay: the steps left fail as aborted"));
    m_export->setObjectName(QStringLiteral("exportJUnitButton"));
    m_export->setToolTip(tr("Write the last run as JUnit XML, one test case per step, for CI systems"));
    m_save->setObjectName(QStringLiteral("saveToSessionButton"));
    m_save->setToolTip(tr("Write these replay settings and assertions into a session file's header "
                          "(not the URL or the token); the events stay as they are"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stop, &QPushButton::clicked, this, &ReplayDialog::stop);
    connect(m_export, &QPushButton::clicked, this, &ReplayDialog::chooseJUnitFile);
    connect(m_save, &QPushButton::clicked, this, &ReplayDialog::chooseSessionFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
}

void ReplayDialog::layOut()
{
    // Right: the summary, the steps, the selected step.
    auto *right = new QWidget(this);
    right->setObjectName(QStringLiteral("replayResultsPane"));
    auto *results = new QSplitter(Qt::Vertical, right);
    results->setObjectName(QStringLiteral("replayResultsSplitter"));
    results->addWidget(m_view);
    results->addWidget(m_detail);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 2);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(results, 1);

    m_splitter->setObjectName(QStringLiteral("replaySplitter"));
    m_splitter->addWidget(m_options);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addSpacing(12);
    buttons->addWidget(m_export);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(1200, 760);
    m_splitter->setSizes({380, 820});
}

void ReplayDialog::applySessionSettings()
{
    // What the file says: its settings and assertions, else the defaults (and why).
    ReplaySettings settings;
    QList<ReplayAssertion> assertions;
    QString error;
    QString note;
    if (!ReplaySetup::readHeader(m_session.header, &settings, &assertions, &error)) {
        note = tr("The file's replay settings are not used, they are not valid: %1").arg(error);
        settings = ReplaySettings();
        assertions.clear();
    }
    m_options->setConversations(ReplaySetup::conversations(m_session));
    int conversation = m_options->conversationIndexFor(settings);
    if (conversation < 0 && !m_options->conversations().isEmpty()) {
        note = tr("The file's replay settings name connection %1 (peer %2), which has nothing to replay; the first "
                  "conversation is chosen.").arg(settings.connection).arg(settings.peer);
        conversation = 0;
    }
    m_options->setSettings(settings);
    m_options->assertionsEditor()->setAssertions(assertions);
    connect(m_options, &ReplayOptionsWidget::conversationChanged, this, &ReplayDialog::onConversationChanged);
    if (m_options->conversations().isEmpty()) {
        note = tr("Nothing to replay: the session holds no messages.");
        onConversationChanged(-1);
    } else {
        m_options->setConversation(conversation);
    }
    if (!note.isEmpty())
        showMessage(note, true);
}

ReplayDialog::~ReplayDialog()
{
    // The runner goes first, told nothing more: its connection closes with it.
    if (m_runner) {
        m_runner->disconnect(this);
        delete m_runner;
        m_runner = nullptr;
    }
}

void ReplayDialog::setUrlHistory(const QStringList &urls)
{
    m_options->setUrlHistory(urls);
}

void ReplayDialog::onConversationChanged(int index)
{
    m_plan = ReplayPlan();
    m_planError.clear();
    m_hasReport = false;
    if (index >= 0) {
        ReplaySettings settings = m_options->settings();
        if (!buildReplayPlan(m_session.events, settings, &m_plan, &m_planError))
            showMessage(tr("Cannot replay this conversation: %1").arg(m_planError), true);
        else if (!m_plan.warnings.isEmpty())
            showWarning(m_plan.warnings);
        else if (m_showsWarning)
            showMessage(QString(), false);
    }
    m_results->reset(m_plan);
    QStringList labels;
    for (const ReplayStep &step : std::as_const(m_plan.steps))
        labels.append(step.label);
    m_options->assertionsEditor()->setSteps(labels);
    m_options->setSecretsNote(secretsNote(index));
    updateSummary();
    updateButtons();
}

QString ReplayDialog::secretsNote(int conversation) const
{
    if (conversation < 0 || conversation >= m_options->conversations().size())
        return {};
    const SessionConnectionInfo *info = m_session.header.connection(m_options->conversations().at(conversation).connection);
    if (!info)
        return {};
    QStringList omitted;
    for (const QJsonValue &value : info->settings.value(QStringLiteral("omittedSecrets")).toArray())
        omitted.append(value.toString());
    if (omitted.isEmpty())
        return {};
    return tr("The recording left out %1. Give a bearer token above if the server needs one.")
        .arg(omitted.join(QStringLiteral(", ")));
}

bool ReplayDialog::run()
{
    if (m_runner)
        return false;
    QString error;
    if (!m_options->validate(&error)) {
        showMessage(error, true);
        return false;
    }
    const ReplaySettings settings = m_options->settings();
    ReplayPlan plan;
    if (!buildReplayPlan(m_session.events, settings, &plan, &error)) {
        showMessage(tr("Cannot replay: %1").arg(error), true);
        return false;
    }
    ClientSettings target;
    if (!ReplaySetup::target(m_session, plan, &target, &error)) {
        showMessage(tr("Cannot replay: %1").arg(error), true);
        return false;
    }
    target.url = QUrl(m_options->url(), QUrl::StrictMode);
    if (!m_options->bearerToken().isEmpty()) {
        target.auth = AuthSettings();
        target.auth.kind = AuthKind::Bearer;
        target.auth.token = m_options->bearerToken();
    }
    m_plan = plan;
    m_results->reset(plan);
    m_report = ReplayReport();
    m_hasReport = false;
    m_stopping = false;
    m_opened = false;
    m_lastError.clear();
    m_target = target.url.toString(QUrl::RemovePassword);
    if (plan.warnings.isEmpty())
        showMessage(QString(), false);
    else
        showWarning(plan.warnings);

    m_runner = new ReplayRunner(plan, settings, m_options->assertionsEditor()->assertions(), target, this);
    connect(m_runner, &ReplayRunner::eventOccurred, this, &ReplayDialog::onEvent);
    connect(m_runner, &ReplayRunner::stepSent, this, [this](int number) {
        m_results->markSent(number);
        // Long replays: keep the step being sent in view, unless a step is being looked at.
        if (!m_view->currentIndex().isValid() && number >= 1 && number <= m_results->rowCount())
            m_view->scrollTo(m_results->index(number - 1, 0));
    });
    connect(m_runner, &ReplayRunner::stepFinished, this, &ReplayDialog::onStepFinished);
    connect(m_runner, &ReplayRunner::finished, this, &ReplayDialog::onFinished);
    updateButtons();
    updateSummary();
    m_runner->start();
    return true;
}

void ReplayDialog::stop()
{
    if (!m_runner || m_stopping)
        return;
    m_stopping = true;
    m_runner->abort();
    updateButtons();
    updateSummary();
}

void ReplayDialog::onEvent(const Event &event)
{
    if (event.kind == EventKind::Open) {
        m_opened = true;
        updateSummary();
    } else if (event.kind == EventKind::Error
               && !EventDetails::isWarning(event)) {
        m_lastError = EventDetails::message(event);
    }
}

void ReplayDialog::onStepFinished(const ReplayStepResult &result)
{
    m_results->setResult(result);
    updateSummary();
}

void ReplayDialog::onFinished(const ReplayReport &report)
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    m_report = report;
    m_hasReport = true;
    m_results->finish(report);
    if (!m_opened && report.failed > 0 && !m_stopping) {
        const QString reason = m_lastError.isEmpty() ? tr("the connection did not open") : m_lastError;
        showMessage(tr("Could not connect to %1: %2").arg(m_target, reason), true);
    } else if (m_stopping) {
        showMessage(tr("Stopped: the steps that had not finished failed as aborted."), false);
    }
    m_stopping = false;
    // The first failure, unless one is selected already.
    const int failed = m_results->firstFailedRow();
    if (failed >= 0 && m_results->status(m_view->currentIndex().row()) != ReplayResultsModel::Status::Failed) {
        m_view->setCurrentIndex(m_results->index(failed, 0));
        m_view->scrollTo(m_results->index(failed, 0));
    }
    updateButtons();
    updateSummary();
    Q_EMIT runFinished(report);
}

void ReplayDialog::showCurrentStep()
{
    const int row = m_view->currentIndex().row();
    if (row < 0) {
        m_detail->showPlaceholder(m_hasReport ? tr("Select a step to see what was sent and, for a failed step, what differed.")
                                              : tr("Select a step to see what it sends and what came back in the "
                                                   "recording; Run replays them all."));
        return;
    }
    if (const ReplayStepResult *result = m_results->result(row))
        m_detail->showResult(*result, m_results->wasSent(row));
    else if (row < m_plan.steps.size())
        m_detail->showPending(m_plan.steps.at(row), m_results->status(row) == ReplayResultsModel::Status::Running);
}

void ReplayDialog::updateSummary()
{
    using Status = ReplayResultsModel::Status;
    const int passed = m_results->count(Status::Passed);
    const int failed = m_results->count(Status::Failed);
    const int total = m_results->rowCount();
    QString text;
    QColor color;
    if (m_runner) {
        text = m_stopping ? tr("Stopping…")
               : m_opened ? tr("Running against %1: steps done: %2 of %3").arg(m_target).arg(passed + failed).arg(total)
                          : tr("Connecting to %1…").arg(m_target);
        color = ThemeColors::busy(palette());
    } else if (m_hasReport) {
        const QString duration = DisplayFormat::duration(m_report.durationNs);
        // "5 passed, 1 failed": both counts always, so a glance compares runs.
        text = tr("%1, %2 in %3 against %4", "passed, failed")
                   .arg(tr("%n passed", nullptr, m_report.passed), tr("%n failed", nullptr, m_report.failed), duration,
                        m_report.target);
        color = m_report.failed == 0 ? ThemeColors::good(palette()) : ThemeColors::problem(palette());
    } else if (!m_plan.steps.isEmpty()) {
        text = tr("Steps to replay: %1. Press Run to start.").arg(m_plan.steps.size());
        color = palette().color(QPalette::WindowText);
    } else {
        text = tr("Nothing to replay.");
        color = ThemeColors::idle(palette());
    }
    QPalette summaryPalette = m_summary->palette();
    summaryPalette.setColor(QPalette::WindowText, color);
    m_summary->setPalette(summaryPalette);
    m_summary->setText(text);
}

void ReplayDialog::updateButtons()
{
    const bool running = m_runner != nullptr;
    m_run->setEnabled(!running && !m_plan.steps.isEmpty());
    m_stop->setEnabled(running && !m_stopping);
    m_export->setEnabled(!running && m_hasReport);
    m_save->setEnabled(!running && !m_options->conversations().isEmpty());
    m_options->setEnabled(!running);
}

void ReplayDialog::showWarning(const QStringList &warnings)
{
    QStringList lines;
    for (const QString &warning : warnings)
        lines.append(tr("Warning: %1.").arg(warning));
    showMessage(lines.join(QLatin1Char('\n')), false);
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, ThemeColors::busy(palette()));
    m_message->setPalette(messagePalette);
    m_showsWarning = true;
}

void ReplayDialog::showMessage(const QString &text, bool problem)
{
    m_showsWarning = false;
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, problem ? ThemeColors::problem(palette()) : palette().color(QPalette::WindowText));
    m_message->setPalette(messagePalette);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString ReplayDialog::summaryText() const
{
    return m_summary->text();
}

QString ReplayDialog::messageText() const
{
    return m_message->text();
}

bool ReplayDialog::exportJUnit(const QString &path, QString *error)
{
    if (!m_hasReport) {
        if (error)
            *error = tr("There is no finished run to export.");
        return false;
    }
    return writeJUnit(path, m_report, QFileInfo(m_path).completeBaseName(), error);
}

void ReplayDialog::chooseJUnitFile()
{
    const QFileInfo session(m_path);
    const QString suggested = session.dir().filePath(session.completeBaseName() + QStringLiteral("-replay.xml"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export JUnit Report"), suggested,
                                                      tr("JUnit XML (*.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportJUnit(path, &error))
        showMessage(tr("Wrote the JUnit report to %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(tr("Cannot export the JUnit report: %1").arg(error), true);
}

bool ReplayDialog::saveToSession(const QString &path, QString *error)
{
    QString problem;
    if (!m_options->validate(&problem, false)) {
        if (error)
            *error = problem;
        return false;
    }
    // The whole file, not only what the replay loaded: every event is written back.
    LoadedSession whole;
    if (!loadSession(m_path, &whole, error))
        return false;
    const QList<ReplayAssertion> assertions = m_options->assertionsEditor()->assertions();
    ReplaySetup::writeHeader(m_options->settings(), assertions, &whole.header);
    if (!writeSession(path, whole.header, whole.events, error))
        return false;
    if (QFileInfo(path) == QFileInfo(m_path))
        m_session.header = whole.header;
    return true;
}

void ReplayDialog::chooseSessionFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Replay Settings to Session"), m_path,
                                                      tr("Sockscope sessions (*.sockscope);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveToSession(path, &error)) {
        showMessage(tr("Saved the replay settings and %n assertion(s) to %1.", nullptr,
                       int(m_options->assertionsEditor()->assertions().size()))
                        .arg(QDir::toNativeSeparators(path)),
                    false);
    } else {
        showMessage(tr("Cannot save the replay settings: %1").arg(error), true);
    }
}

void ReplayDialog::reject()
{
    // Closing mid-run (Esc, Close, the window's close button) stops the run first: the
    // connection closes politely if the dialog lives on, and goes with it otherwise.
    if (m_runner && !m_stopping) {
        m_stopping = true;
        m_runner->abort();
    }
    QDialog::reject();
}

} // namespace Sockscope
