#include "sessionfiledocument.h"

#include "event/eventdetails.h"

#include "common/displayformat.h"
#include "composer/composer.h"
#include "connectionbar/connectionbar.h"
#include "frames/framespanel.h"
#include "session/sessionloader.h"
#include "stats/statspanel.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sockscope {

namespace {

bool hasServerSide(const LoadedSession &session)
{
    for (const SessionConnectionInfo &info : session.header.connections) {
        if (info.role != QLatin1String("client"))
            return true;
    }
    return std::any_of(session.events.cbegin(), session.events.cend(), [](const Event &e) { return e.peerId != 0; });
}

// The recorded times decide pairing; the pairing timeout would compare them with the clock
// of today, and the whole session must fit.
DocumentSettings sessionSettings(DocumentSettings settings, const LoadedSession &session)
{
    settings.pairing.timeoutMs = 0;
    settings.eventCapacity = std::max(settings.eventCapacity, qsizetype(session.events.size()) * 2);
    return settings;
}

// A recording of an MCP client or of the mock server: JSON-RPC rules from the first message.
bool isMcpRecording(const LoadedSession &session)
{
    for (const SessionConnectionInfo &info : session.header.connections) {
        if (info.role == QLatin1String("mock"))
            return true;
        const QJsonArray offered = info.settings.value(QLatin1String("subprotocols")).toArray();
        if (info.role == QLatin1String("client") && !offered.isEmpty()
            && std::all_of(offered.cbegin(), offered.cend(),
                           [](const QJsonValue &name) { return RpcAnnotator::isJsonRpcSubprotocol(name.toString()); }))
            return true;
    }
    return false;
}

// An MCP client session ran on the recorded client connection: its own notices and its
// pairing findings (timeouts, orphans, ...) are in the file, so the annotator does not raise
// the same findings a second time.
bool hasMcpSessionFindings(const LoadedSession &session)
{
    return std::any_of(session.events.cbegin(), session.events.cend(), [](const Event &event) {
        if (event.peerId != 0 || event.direction != Direction::Local
            || (event.kind != EventKind::Error && event.kind != EventKind::Notice))
            return false;
        const QString id = event.kind == EventKind::Error ? EventDetails::errorId(event) : EventDetails::noticeId(event);
        return id.startsWith(QLatin1String("mcp-")) || id.startsWith(QLatin1String("jsonrpc-"));
    });
}

// The header's UTC time in the local time zone, as the frames show times.
QString recordedAt(const QString &createdAt)
{
    const QDateTime time = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    if (!time.isValid())
        return createdAt.isEmpty() ? SessionFileDocument::tr("at an unknown time") : createdAt;
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

SessionFileDocument::SessionFileDocument(const QString &path, const LoadedSession &session, const DocumentSettings &settings,
                                 QWidget *parent)
    : ConnectionDocument(hasServerSide(session), sessionSettings(settings, session), parent),
      m_path(path),
      m_header(session.header),
      m_info(new QLabel(this)),
      m_replay(new QPushButton(tr("&Replay…"), this)),
      m_eventCount(session.events.size()),
      m_serverMode(hasServerSide(session))
{
    setObjectName(QStringLiteral("sessionDocument"));
    buildLayout(nullptr);
    setRecordingAvailable(false);
    connectionBar()->hide();
    composer()->hide();
    framesPanel()->setMessageActions({}); // nothing to compose or resend in a recording

    QStringList where;
    for (const SessionConnectionInfo &info : std::as_const(m_header.connections))
        where.append(info.url.isEmpty() ? info.label : info.url);
    m_info->setObjectName(QStringLiteral("sessionInfoLabel"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setText(tr("Read-only session %1: %n event(s) of %2, recorded %3 by %4.", nullptr, int(m_eventCount))
                        .arg(QFileInfo(path).fileName(),
                             where.isEmpty() ? tr("no connection") : where.join(QStringLiteral(", ")),
                             recordedAt(m_header.createdAt),
                             m_header.application.isEmpty() ? tr("an unknown application") : m_header.application));
    m_info->setToolTip(m_header.notes.isEmpty() ? QDir::toNativeSeparators(path)
                                                : QDir::toNativeSeparators(path) + QStringLiteral("\n\n") + m_header.notes);
    m_replay->setObjectName(QStringLiteral("sessionReplayButton"));
    m_replay->setToolTip(tr("Send this conversation again to a server and compare the answers (Ctrl+Shift+R)"));
    connect(m_replay, &QPushButton::clicked, this, &SessionFileDocument::replayRequested);
    auto *infoBar = new QHBoxLayout;
    infoBar->addWidget(m_info, 1);
    infoBar->addWidget(m_replay, 0, Qt::AlignTop);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertLayout(0, infoBar);

    rpcAnnotator().setJsonRpcAssumed(isMcpRecording(session));
    rpcAnnotator().setFindingsReportedElsewhere(0, hasMcpSessionFindings(session));
    for (const Event &event : session.events)
        addEvent(event);
    setDocumentState(DocumentState::Idle, tr("session file"));
    refreshNow();
}

SessionFileDocument::~SessionFileDocument() = default;

QString SessionFileDocument::title() const
{
    return QFileInfo(m_path).fileName();
}

void SessionFileDocument::onRecordAdded(const FrameRecord &record)
{
    const Event &event = record.event;
    if (m_firstNs < 0)
        m_firstNs = event.monotonicNs;
    m_lastNs = std::max(m_lastNs, event.monotonicNs);
    switch (event.kind) {
    case EventKind::Text:
    case EventKind::Binary:
    case EventKind::Ping:
    case EventKind::Pong:
    case EventKind::Close:
        if (event.direction != Direction::Local)
            m_totals.count(event.direction, event.kind, event.size, event.monotonicNs);
        break;
    default:
        break;
    }
    if (const std::optional<qint64> rtt = EventDetails::roundTripNs(event))
        m_totals.addRtt(*rtt);
}

void SessionFileDocument::refresh(qint64)
{
    if (!statsPanel()->isVisible())
        return;
    // The session's own clock: rates over its last second, "uptime" its length.
    StatsPanel::Input input;
    input.stats = &m_totals;
    input.nowNs = std::max<qint64>(m_lastNs, 0);
    input.uptimeNs = m_firstNs < 0 ? 0 : m_lastNs - m_firstNs;
    input.rpc = &rpc();
    input.rtt = &rttSeries();
    input.latency = &latencySeries();
    statsPanel()->refresh(input);
}

bool SessionFileDocument::sendMessage(const QByteArray &, bool, const SendTarget &, QString *outcome)
{
    *outcome = tr("A session file is read-only.");
    return false;
}

} // namespace Sockscope
