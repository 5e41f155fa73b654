#include "connectiondocument.h"

#include "common/monotonicclock.h"
#include "composer/composer.h"
#include "composer/sendjobsink.h"
#include "connectionbar/connectionbar.h"
#include "detail/detailpane.h"
#include "editor/codeeditor.h"
#include "frames/framesmodel.h"
#include "frames/framespanel.h"
#include "frames/framesview.h"
#include "frames/frametext.h"
#include "session/documentrecording.h"
#include "stats/statspanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

FramesModel::Options modelOptions(const DocumentSettings &settings)
{
    FramesModel::Options options;
    options.capacity = settings.eventCapacity;
    options.flushIntervalMs = settings.flushIntervalMs;
    options.previewChars = settings.previewChars;
    options.idCacheEntries = settings.idCacheEntries;
    return options;
}

DetailPane::Limits detailLimits(const DocumentSettings &settings)
{
    DetailPane::Limits limits;
    limits.maxPrettyBytes = settings.detailMaxBytes;
    limits.maxTreeNodes = settings.detailMaxTreeNodes;
    limits.maxHexBytes = settings.detailMaxHexBytes;
    return limits;
}

CapturePipeline::Settings captureSettings(const DocumentSettings &settings)
{
    CapturePipeline::Settings capture;
    capture.maxMethods = settings.maxMethods;
    capture.chartSamples = settings.chartSamples;
    capture.pairing = settings.pairing;
    capture.sliceMs = settings.captureSliceMs;
    capture.maxQueued = settings.captureMaxQueued;
    return capture;
}

} // namespace

ConnectionDocument::ConnectionDocument(bool serverMode, const DocumentSettings &settings, QWidget *parent)
    : QWidget(parent),
      m_settings(settings),
      m_capture(new CapturePipeline(captureSettings(settings), this)),
      m_model(new FramesModel(&m_capture->methods(), modelOptions(settings), this)),
      m_bar(new ConnectionBar(serverMode, this)),
      m_frames(new FramesPanel(m_model, &m_capture->methods(), serverMode, settings.filterDelayMs, this)),
      m_detail(new DetailPane(&m_capture->methods(), detailLimits(settings), this)),
      m_stats(new StatsPanel(this)),
      m_composer(new Composer(serverMode, settings.historyEntries, this)),
      m_sideTabs(new QTabWidget(this)),
      m_recordButton(new QToolButton(this)),
      m_recording(new DocumentRecording(this)),
      m_timer(new QTimer(this))
{
    m_capture->setSink(m_model);
    m_capture->setRecordObserver([this](const FrameRecord &record) { onRecordAdded(record); });
    m_model->setIdKey(settings.pairing.idKey);
    m_composer->setSender([this](const QByteArray &data, bool isText, const SendTarget &target, QString *outcome) {
        return sendMessage(data, isText, target, outcome);
    });
    m_composer->setJobSinkFactory([this](const SendTarget &target, QString *problem) { return createJobSink(target, problem); });
    connect(m_frames, &FramesPanel::currentRecordChanged, this, &ConnectionDocument::showDetail);
    connect(m_frames, &FramesPanel::message, this, &ConnectionDocument::statusMessage);
    connect(m_frames, &FramesPanel::copyToComposerRequested, this, &ConnectionDocument::copyToComposer);
    connect(m_frames, &FramesPanel::resendRequested, this, &ConnectionDocument::resendRecord);
    m_frames->setMessageActions([this](const FrameRecord &record) { return resendProblem(record); });
    connect(m_detail, &DetailPane::jumpRequested, m_frames, &FramesPanel::jumpToPair);
    connect(m_bar, &ConnectionBar::connectRequested, this, &ConnectionDocument::start);
    connect(m_bar, &ConnectionBar::disconnectRequested, this, &ConnectionDocument::stop);
    connect(m_bar, &ConnectionBar::settingsRequested, this, &ConnectionDocument::openSettings);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_recordButton->setCheckable(true);
    m_recordButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_recordButton, &QToolButton::clicked, this, &ConnectionDocument::onRecordToggled);
    connect(m_recording, &DocumentRecording::failed, this, &ConnectionDocument::onRecordingFailed);
    updateRecordButton();
    m_timer->setInterval(settings.refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ConnectionDocument::onTimer);
    m_timer->start();
}

ConnectionDocument::~ConnectionDocument() = default;

void ConnectionDocument::buildLayout(QWidget *leftPanel, QWidget *barWidget)
{
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_detail, tr("Detail"));
    m_sideTabs->addTab(m_stats, tr("Stats"));

    m_topSplitter = new QSplitter(Qt::Horizontal, this);
    m_topSplitter->setObjectName(QStringLiteral("topSplitter"));
    m_topSplitter->setChildrenCollapsible(false);
    if (leftPanel) {
        // The peers above the frames: both get the full width.
        m_framesSplitter = new QSplitter(Qt::Vertical, this);
        m_framesSplitter->setObjectName(QStringLiteral("framesSplitter"));
        m_framesSplitter->setChildrenCollapsible(false);
        m_framesSplitter->addWidget(leftPanel);
        m_framesSplitter->addWidget(m_frames);
        m_framesSplitter->setStretchFactor(0, 1);
        m_framesSplitter->setStretchFactor(1, 3);
        m_framesSplitter->setSizes({150, 400});
        m_topSplitter->addWidget(m_framesSplitter);
    } else {
        m_topSplitter->addWidget(m_frames);
    }
    // The side tabs scroll rather than push their minimum size (a tool form, a long
    // message) onto the window: on a small screen the window stays on it.
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(QStringLiteral("sideScroll"));
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setWidget(m_sideTabs);
    sideScroll->setMinimumWidth(m_settings.sidePanelMinWidth);
    m_topSplitter->addWidget(sideScroll);
    m_topSplitter->setStretchFactor(0, 3);
    m_topSplitter->setStretchFactor(1, 2);
    m_topSplitter->setSizes({800, 440});

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_topSplitter);
    m_mainSplitter->addWidget(m_composer);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({520, 200});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_bar, 1);
    if (barWidget)
        top->addWidget(barWidget);
    top->addWidget(m_recordButton);
    layout->addLayout(top);
    layout->addWidget(m_mainSplitter, 1);
}

QString ConnectionDocument::layoutKey() const
{
    return isServer() ? QStringLiteral("serverDocument/") : QStringLiteral("clientDocument/");
}

void ConnectionDocument::saveLayout(QSettings &settings) const
{
    const QString key = layoutKey();
    settings.setValue(key + QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(key + QStringLiteral("topSplitter"), m_topSplitter->saveState());
    if (m_framesSplitter)
        settings.setValue(key + QStringLiteral("framesSplitter"), m_framesSplitter->saveState());
    settings.setValue(key + QStringLiteral("framesColumns"), m_frames->view()->horizontalHeader()->saveState());
    settings.setValue(key + QStringLiteral("sideTab"), m_sideTabs->currentIndex());
}

void ConnectionDocument::restoreLayout(QSettings &settings)
{
    const QString key = layoutKey();
    m_mainSplitter->restoreState(settings.value(key + QStringLiteral("mainSplitter")).toByteArray());
    m_topSplitter->restoreState(settings.value(key + QStringLiteral("topSplitter")).toByteArray());
    if (m_framesSplitter)
        m_framesSplitter->restoreState(settings.value(key + QStringLiteral("framesSplitter")).toByteArray());
    m_frames->view()->horizontalHeader()->restoreState(settings.value(key + QStringLiteral("framesColumns")).toByteArray());
    m_sideTabs->setCurrentIndex(settings.value(key + QStringLiteral("sideTab"), 0).toInt());
    if (!isServer())
        m_frames->view()->setColumnHidden(FramesModel::PeerColumn, true);
}

void ConnectionDocument::setDocumentSettings(const DocumentSettings &settings)
{
    const bool pairingChanged = settings.pairing.idKey != m_settings.pairing.idKey
                                || settings.pairing.methodKey != m_settings.pairing.methodKey
                                || settings.pairing.errorKey != m_settings.pairing.errorKey
                                || settings.pairing.errorTypes != m_settings.pairing.errorTypes
                                || settings.pairing.timeoutMs != m_settings.pairing.timeoutMs;
    m_settings = settings;
    m_model->setCapacity(settings.eventCapacity);
    if (pairingChanged) {
        m_capture->setPairingSettings(settings.pairing);
        m_model->setIdKey(settings.pairing.idKey);
    }
    refreshNow();
}

void ConnectionDocument::toggleConnection()
{
    if (isActive())
        stop();
    else
        start();
}

void ConnectionDocument::setDocumentState(DocumentState state, const QString &text)
{
    m_stateText = text;
    m_bar->setState(state, text);
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void ConnectionDocument::onRecordAdded(const FrameRecord &)
{
}

void ConnectionDocument::showDetail(quint64 index)
{
    const FrameRecord *record = index == FrameRecord::NoIndex ? nullptr : m_model->record(index);
    const FrameRecord *pair = record && record->pairIndex != FrameRecord::NoIndex ? m_model->record(record->pairIndex) : nullptr;
    m_detailPair = record ? record->pairIndex : FrameRecord::NoIndex;
    m_detail->showRecord(record, index, pair);
}

QString ConnectionDocument::resendProblem(const FrameRecord &) const
{
    return tr("There is no connection to send on.");
}

bool ConnectionDocument::resend(const FrameRecord &record, QString *outcome)
{
    *outcome = tr("Not resent: %1").arg(resendProblem(record));
    return false;
}

std::unique_ptr<SendJobSink> ConnectionDocument::createJobSink(const SendTarget &, QString *problem)
{
    *problem = tr("There is no connection to send on.");
    return nullptr;
}

void ConnectionDocument::copyToComposer(quint64 index)
{
    const FrameRecord *record = m_model->record(index);
    if (!record || (record->event.kind != EventKind::Text && record->event.kind != EventKind::Binary))
        return;
    m_composer->setMessage(record->event.payload, record->event.kind == EventKind::Text);
    m_composer->editor()->setFocus();
    Q_EMIT statusMessage(tr("Frame #%1 is in the composer.").arg(index + 1));
}

void ConnectionDocument::resendRecord(quint64 index)
{
    const FrameRecord *record = m_model->record(index);
    if (!record || (record->event.kind != EventKind::Text && record->event.kind != EventKind::Binary))
        return;
    QString outcome;
    resend(*record, &outcome);
    Q_EMIT statusMessage(outcome);
}

void ConnectionDocument::onTimer()
{
    const qint64 now = MonotonicClock::nowNs();
    m_capture->expireRequests(now);
    // A request on show that got its response since: show the pair.
    const quint64 shown = m_detail->shownIndex();
    if (shown != FrameRecord::NoIndex) {
        const FrameRecord *record = m_model->record(shown);
        if (!record)
            showDetail(FrameRecord::NoIndex);
        else if (record->pairIndex != m_detailPair)
            showDetail(shown);
    }
    m_frames->refresh();
    refresh(now);
}

void ConnectionDocument::refreshNow()
{
    m_capture->processQueued();
    m_model->flush();
    onTimer();
}

void ConnectionDocument::setRecordingAvailable(bool available)
{
    m_recordButton->setVisible(available);
}

bool ConnectionDocument::isRecording() const
{
    return m_recording->isRecording();
}

bool ConnectionDocument::startRecording(const QString &path)
{
    QString error;
    const bool started = m_recording->start(path, &error);
    if (started)
        Q_EMIT statusMessage(tr("Recording to %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT statusMessage(tr("Cannot record: %1").arg(error));
    updateRecordButton();
    Q_EMIT recordingChanged(isRecording());
    return started;
}

bool ConnectionDocument::stopRecording()
{
    if (!isRecording())
        return true;
    // What is still queued was reported before the stop: it belongs to the recording.
    QString error;
    const bool saved = m_recording->stop(&error);
    if (saved) {
        Q_EMIT statusMessage(tr("Recorded %n event(s) to %1.", nullptr, int(m_recording->eventCount()))
                                 .arg(QDir::toNativeSeparators(m_recording->path())));
    } else {
        Q_EMIT statusMessage(tr("The recording could not be saved: %1").arg(error));
    }
    updateRecordButton();
    Q_EMIT recordingChanged(false);
    return saved;
}

void ConnectionDocument::onRecordToggled(bool checked)
{
    if (!checked) {
        stopRecording();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Record Session"), QString(),
                                                      tr("Sockscope sessions (*.sockscope);;All files (*)"));
    if (path.isEmpty()) {
        updateRecordButton();
        return;
    }
    startRecording(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".sockscope") : path);
}

void ConnectionDocument::onRecordingFailed(const QString &message)
{
    Q_EMIT statusMessage(message);
    updateRecordButton();
    m_recordButton->setToolTip(message);
    Q_EMIT recordingChanged(false);
}

void ConnectionDocument::updateRecordButton()
{
    const bool recording = isRecording();
    m_recordButton->setChecked(recording);
    m_recordButton->setText(recording ? tr("Stop Recording") : tr("Record"));
    m_recordButton->setIcon(style()->standardIcon(recording ? QStyle::SP_MediaStop : QStyle::SP_DialogSaveButton));
    m_recordButton->setToolTip(recording ? tr("Recording to %1: %n event(s) so far. Click to finish the file.", nullptr,
                                              int(m_recording->eventCount()))
                                               .arg(QDir::toNativeSeparators(m_recording->path()))
                                         : tr("Record every event of this connection to a session file"));
}

} // namespace Sockscope
