#pragma once

#include "documentsettings.h"

#include "common/documentstate.h"
#include "composer/sendtarget.h"
#include "capture/capturepipeline.h"
#include "capture/framerecord.h"

#include <QWidget>

#include <memory>

class QSettings;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolButton;

namespace Sockscope {

class Composer;
class ConnectionBar;
class SendJobSink;
class DetailPane;
class FramesModel;
class FramesPanel;
class DocumentRecording;
class StatsPanel;

// One connection in a tab: the connection bar, the live frames, the detail pane and the
// stats beside them, the composer below. Every event of the connection goes through
// addEvent() into the core's CapturePipeline (JSON-RPC annotation, chart samples), whose
// records land in the frames model's bounded store. Panels read their numbers on one
// timer (DocumentSettings::refreshIntervalMs), never per message.
// ClientDocument, ServerDocument and MockDocument add the connection itself.
class ConnectionDocument : public QWidget
{
    Q_OBJECT

public:
    ~ConnectionDocument() override;

    virtual bool isServer() const = 0;
    // The tab title: the URL for a client, the port for a server.
    virtual QString title() const = 0;
    // Connecting, open or listening: the connect button disconnects.
    virtual bool isActive() const = 0;
    virtual void start() = 0;
    virtual void stop() = 0;
    void toggleConnection();
    virtual void openSettings() = 0;
    // Before the tab closes: false keeps it open (the user cancelled saving unsaved work).
    virtual bool confirmClose() { return true; }
    // Messages per second over the last second (text, binary and control frames).
    virtual double messageRate(Direction direction) const = 0;
    // --on-queue-full wait: the unsent bytes of the connection (or of every peer) now waiting
    // for the socket, 0 when nothing is backpressured. Read on the status timer.
    virtual qint64 backpressuredBytes() const = 0;

    DocumentState state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    const DocumentSettings &documentSettings() const { return m_settings; }
    // Applies the event cap and the pairing settings.
    void setDocumentSettings(const DocumentSettings &settings);

    ConnectionBar *connectionBar() const { return m_bar; }
    FramesPanel *framesPanel() const { return m_frames; }
    FramesModel *framesModel() const { return m_model; }
    DetailPane *detailPane() const { return m_detail; }
    StatsPanel *statsPanel() const { return m_stats; }
    Composer *composer() const { return m_composer; }
    QTabWidget *sideTabs() const { return m_sideTabs; }
    const RpcAnnotator &rpc() const { return m_capture->rpc(); }
    const MethodTable &methods() const { return m_capture->methods(); }
    const SampleSeries &rttSeries() const { return m_capture->rttSeries(); }
    const SampleSeries &latencySeries() const { return m_capture->latencySeries(); }

    // Splitters and column widths, shared by documents of the same kind.
    virtual void saveLayout(QSettings &settings) const;
    virtual void restoreLayout(QSettings &settings);
    // Applies queued frames and refreshes every panel now (the timer does it otherwise).
    void refreshNow();

    // Recording to a session file (the record button asks for the file). startRecording()
    // reports a failure through statusMessage() and returns false.
    bool startRecording(const QString &path);
    bool stopRecording();
    bool isRecording() const;
    DocumentRecording *recording() const { return m_recording; }
    QToolButton *recordButton() const { return m_recordButton; }

Q_SIGNALS:
    void titleChanged(const QString &title);
    void stateChanged(Sockscope::DocumentState state);
    void statusMessage(const QString &message);
    // Every event the connection reported (not the annotator's findings): what a recording takes.
    void connectionEvent(const Sockscope::Event &event);
    void recordingChanged(bool recording);

protected:
    ConnectionDocument(bool serverMode, const DocumentSettings &settings, QWidget *parent);

    // Lays the panels out; `leftPanel` (the server's peers) goes above the frames, and
    // `barWidget` (the mock server's faults indicator) between the connection bar and Record.
    void buildLayout(QWidget *leftPanel, QWidget *barWidget = nullptr);
    // Every event of the connection: queued, then annotated and stored in time slices.
    void addEvent(const Event &event) { m_capture->addEvent(event); }
    // Annotates and stores every queued event now.
    void processQueuedEvents() { m_capture->processQueued(); }
    RpcAnnotator &rpcAnnotator() { return m_capture->rpc(); }
    void setDocumentState(DocumentState state, const QString &text);
    // Where saveLayout() keeps the splitters: one key per kind of document.
    virtual QString layoutKey() const;
    // Read-only documents have nothing to record.
    void setRecordingAvailable(bool available);

    // The timer tick: bar, stats, peers.
    virtual void refresh(qint64 nowNs) = 0;
    // One record about to be stored; subclasses count what they need.
    virtual void onRecordAdded(const FrameRecord &record);
    virtual bool sendMessage(const QByteArray &data, bool isText, const SendTarget &target, QString *outcome) = 0;
    // Why a message row (text or binary, in or out) cannot be sent again now on its own
    // connection or peer; empty when it can. resend() sends its payload in its frame type.
    virtual QString resendProblem(const FrameRecord &record) const;
    virtual bool resend(const FrameRecord &record, QString *outcome);
    // Where a composer job (Send Repeatedly, Send File, Send All Saved) sends to `target`,
    // or nullptr with `problem` when there is nowhere (nothing to send on by default).
    virtual std::unique_ptr<SendJobSink> createJobSink(const SendTarget &target, QString *problem);

    DocumentSettings m_settings;

private:
    void onTimer();
    void showDetail(quint64 index);
    // The frames' context menu: the row's message into the composer, or sent again.
    void copyToComposer(quint64 index);
    void resendRecord(quint64 index);
    void onRecordToggled(bool checked);
    void onRecordingFailed(const QString &message);
    void updateRecordButton();

    CapturePipeline *m_capture;
    FramesModel *m_model;
    ConnectionBar *m_bar;
    FramesPanel *m_frames;
    DetailPane *m_detail;
    StatsPanel *m_stats;
    Composer *m_composer;
    QTabWidget *m_sideTabs;
    QToolButton *m_recordButton;
    DocumentRecording *m_recording;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_topSplitter = nullptr;
    QSplitter *m_framesSplitter = nullptr;
    QTimer *m_timer;
    DocumentState m_state = DocumentState::Idle;
    QString m_stateText;
    quint64 m_detailPair = FrameRecord::NoIndex;
};

} // namespace Sockscope
