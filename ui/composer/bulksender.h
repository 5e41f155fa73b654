#pragma once

#include "composedsource.h"
#include "filesource.h"
#include "sendtarget.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Sockscope {

class SendJob;
class SendJobSink;
class VariableSubstituter;

// The composer's bulk sending: Send Repeatedly, Send File and Send All Saved, one SendJob
// at a time, with the lines its status shows (progress while it runs, the outcome after).
// Qt Core only; the composer adds the buttons, the menu and the dialogs.
class BulkSender final : public QObject
{
    Q_OBJECT

public:
    // The document's side: where the job's messages go (a connection, target peers), or
    // nullptr with `problem` (for people) when there is nowhere to send.
    using SinkFactory = std::function<std::unique_ptr<SendJobSink>(const SendTarget &target, QString *problem)>;

    static constexpr qint64 kMaxRepeat = 10000000;
    static constexpr int kMaxIntervalMs = 3600 * 1000;

    explicit BulkSender(VariableSubstituter *variables, QObject *parent = nullptr);
    ~BulkSender() override;

    void setSinkFactory(SinkFactory factory) { m_sinkFactory = std::move(factory); }

    // A message as the composer holds it (text with variables, or hex or base64, the
    // composer's format numbers: 0 text, 1 hex, 2 base64) as a job entry; false with
    // `problem` when the binary does not parse.
    static bool entryFor(const QString &written, int format, ComposedSource::Entry *entry, QString *problem);

    // Each starts a job and returns true, or returns false with `problem` (for people).
    // The composer's message (`written` in `format`) `count` times.
    bool startRepeat(const QString &written, int format, qint64 count, int intervalMs, const SendTarget &target,
                     QString *problem);
    bool startFile(const QString &path, FileSource::Mode mode, FileSource::Content content, int intervalMs,
                   const SendTarget &target, QString *problem);
    // The saved messages (SavedMessages, from QSettings), in their order.
    bool startAllSaved(const SendTarget &target, QString *problem);
    void stop();

    bool isRunning() const;
    // The running or last job (nullptr before the first).
    SendJob *job() const { return m_job.get(); }
    // "Sending 1,234 of 100,000…", "Waiting for the socket: 15.9 MiB unsent (…)".
    QString progressText() const;
    // The last job's outcome; `problem` when it ended before its end.
    QString outcomeText(bool *problem) const;

Q_SIGNALS:
    void started();
    void waitingChanged(bool waiting);
    void finished();

private:
    enum class Kind : quint8 { Repeat, Saved, FileLines, FileWhole };

    bool start(Kind kind, std::unique_ptr<SendJobSource> source, int intervalMs, const SendTarget &target,
               QString *problem);
    // "1,234 of 100,000 messages", "1,234 lines of data.txt".
    QString sentSoFar() const;

    VariableSubstituter *m_variables;
    SinkFactory m_sinkFactory;
    std::unique_ptr<SendJob> m_job;
    Kind m_kind = Kind::Repeat;
    QString m_fileName;
};

} // namespace Sockscope
