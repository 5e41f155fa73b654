#include "bulksender.h"

#include "binaryinput.h"
#include "savedmessages.h"
#include "sendjob.h"
#include "sendjobsink.h"

#include "common/displayformat.h"

#include <QFileInfo>
#include <QSettings>

#include <climits>

namespace Sockscope {

namespace {

// For plural forms only: the number itself is shown with DisplayFormat::count.
int pluralOf(qint64 n)
{
    return int(qMin<qint64>(n, INT_MAX));
}

} // namespace

BulkSender::BulkSender(VariableSubstituter *variables, QObject *parent)
    : QObject(parent), m_variables(variables)
{
}

BulkSender::~BulkSender() = default;

bool BulkSender::entryFor(const QString &written, int format, ComposedSource::Entry *entry, QString *problem)
{
    if (format == 0) {
        entry->isText = true;
        entry->data = written.toUtf8();
        return true;
    }
    const BinaryInput::Result parsed = BinaryInput::parse(written, format == 1 ? BinaryInput::Format::Hex : BinaryInput::Format::Base64);
    if (!parsed.ok) {
        *problem = parsed.error;
        return false;
    }
    entry->isText = false;
    entry->data = parsed.data;
    return true;
}

bool BulkSender::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool BulkSender::startRepeat(const QString &written, int format, qint64 count, int intervalMs, const SendTarget &target,
                             QString *problem)
{
    ComposedSource::Entry entry;
    if (written.isEmpty()) {
        *problem = tr("Nothing to send.");
        return false;
    }
    if (!entryFor(written, format, &entry, problem))
        return false;
    if (count < 1 || count > kMaxRepeat) {
        *problem = tr("Send between 1 and %1 messages.").arg(DisplayFormat::count(quint64(kMaxRepeat)));
        return false;
    }
    return start(Kind::Repeat, std::make_unique<ComposedSource>(QList<ComposedSource::Entry>{entry}, count, m_variables),
                 intervalMs, target, problem);
}

bool BulkSender::startFile(const QString &path, FileSource::Mode mode, FileSource::Content content, int intervalMs,
                           const SendTarget &target, QString *problem)
{
    if (path.isEmpty()) {
        *problem = tr("Choose a file to send.");
        return false;
    }
    m_fileName = QFileInfo(path).fileName();
    return start(mode == FileSource::Mode::Lines ? Kind::FileLines : Kind::FileWhole,
                 std::make_unique<FileSource>(path, mode, content), intervalMs, target, problem);
}

bool BulkSender::startAllSaved(const SendTarget &target, QString *problem)
{
    QSettings settings;
    SavedMessages saved;
    saved.load(settings);
    QList<ComposedSource::Entry> entries;
    for (const SavedMessages::Message &message : saved.messages()) {
        ComposedSource::Entry entry;
        QString why;
        if (!entryFor(message.text, message.format, &entry, &why)) {
            *problem = tr("The saved message \"%1\" does not parse: %2 Nothing was sent.").arg(message.name, why);
            return false;
        }
        entries.append(entry);
    }
    if (entries.isEmpty()) {
        *problem = tr("There are no saved messages.");
        return false;
    }
    return start(Kind::Saved, std::make_unique<ComposedSource>(entries, 1, m_variables), 0, target, problem);
}

bool BulkSender::start(Kind kind, std::unique_ptr<SendJobSource> source, int intervalMs, const SendTarget &target,
                       QString *problem)
{
    if (isRunning()) {
        *problem = tr("A job is running: stop it first (Esc).");
        return false;
    }
    if (intervalMs < 0 || intervalMs > kMaxIntervalMs) {
        *problem = tr("The interval is between 0 and %1 ms.").arg(DisplayFormat::count(quint64(kMaxIntervalMs)));
        return false;
    }
    std::unique_ptr<SendJobSink> sink = m_sinkFactory ? m_sinkFactory(target, problem) : nullptr;
    if (!sink) {
        if (problem->isEmpty())
            *problem = tr("There is nowhere to send.");
        return false;
    }
    if (!source->open(sink->maxMessageBytes(), problem))
        return false;
    m_kind = kind;
    m_job = std::make_unique<SendJob>(std::move(source), std::move(sink), intervalMs);
    connect(m_job.get(), &SendJob::waitingChanged, this, &BulkSender::waitingChanged);
    connect(m_job.get(), &SendJob::finished, this, &BulkSender::finished);
    m_job->start();
    Q_EMIT started();
    return true;
}

void BulkSender::stop()
{
    if (m_job)
        m_job->stop();
}

QString BulkSender::sentSoFar() const
{
    // No noun, so no plural form: "Stopped after 1,234 of 100,000."
    const qint64 sent = m_job->sent();
    if (m_kind == Kind::FileLines)
        return sent > 0 ? tr("line %1 of %2").arg(DisplayFormat::count(quint64(sent)), m_fileName)
                        : tr("nothing of %1").arg(m_fileName);
    return tr("%1 of %2").arg(DisplayFormat::count(quint64(sent)), DisplayFormat::count(quint64(m_job->total())));
}

QString BulkSender::progressText() const
{
    if (!isRunning())
        return {};
    const QString sent = DisplayFormat::count(quint64(m_job->sent()));
    const QString total = DisplayFormat::count(quint64(m_job->total()));
    const int percent = m_job->permille() / 10;
    if (m_job->isWaiting()) {
        const QString unsent = DisplayFormat::bytes(m_job->unsentBytes());
        if (m_kind == Kind::FileLines)
            return tr("Waiting for the socket: %1 unsent (%2: line %3 sent, %4 % of the file)").arg(unsent, m_fileName, sent).arg(percent);
        return tr("Waiting for the socket: %1 unsent (%2 of %3 sent)").arg(unsent, sent, total);
    }
    if (m_kind == Kind::FileLines)
        return tr("Sending %1: line %2, %3 % of the file…").arg(m_fileName, sent).arg(percent);
    if (m_kind == Kind::FileWhole)
        return tr("Sending %1 as one message…").arg(m_fileName);
    return tr("Sending %1 of %2…").arg(sent, total);
}

QString BulkSender::outcomeText(bool *problem) const
{
    *problem = false;
    if (!m_job || m_job->isRunning())
        return {};
    QString text;
    const qint64 sent = m_job->sent();
    switch (m_job->outcome()) {
    case SendJob::Outcome::None:
        return {};
    case SendJob::Outcome::Completed: {
        const QString took = DisplayFormat::duration(m_job->elapsedNs());
        const QString count = DisplayFormat::count(quint64(sent));
        if (m_kind == Kind::FileLines)
            text = tr("Sent %1: %2 line(s) in %3.", nullptr, pluralOf(sent)).arg(m_fileName, count, took);
        else if (m_kind == Kind::FileWhole)
            text = tr("Sent %1 as one message.").arg(m_fileName);
        else
            text = tr("Sent %1 message(s) in %2.", nullptr, pluralOf(sent)).arg(count, took);
        break;
    }
    case SendJob::Outcome::Stopped:
        text = tr("Stopped after %1.").arg(sentSoFar());
        break;
    case SendJob::Outcome::Ended:
        *problem = true;
        text = tr("%1: stopped after %2.").arg(m_job->problem(), sentSoFar());
        break;
    case SendJob::Outcome::Refused:
        *problem = true;
        text = (m_kind == Kind::FileLines ? tr("Line %1 was not sent: %2. Stopped after %3.")
                                          : tr("Message %1 was not sent: %2. Stopped after %3."))
                   .arg(DisplayFormat::count(quint64(sent + 1)), m_job->problem(), sentSoFar());
        break;
    case SendJob::Outcome::SourceFailed:
        *problem = true;
        text = tr("%1 Stopped after %2.").arg(m_job->problem(), sentSoFar());
        break;
    }
    const QString note = m_job->sink()->note();
    if (!note.isEmpty())
        text += QLatin1Char(' ') + note;
    if (const auto *composed = dynamic_cast<const ComposedSource *>(m_job->source())) {
        if (!composed->unknownVariables().isEmpty()) {
            *problem = true;
            text += QLatin1Char(' ')
                    + tr("Unknown variables left as written: %1.").arg(composed->unknownVariables().join(QStringLiteral(", ")));
        }
    }
    return text;
}

} // namespace Sockscope
