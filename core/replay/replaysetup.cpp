#include "replaysetup.h"

#include "event/eventdetails.h"
#include "session/sessionheader.h"
#include "session/sessionloader.h"
#include "session/sessionsettingsjson.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace Sockscope {

namespace {

bool isMessage(const Event &event)
{
    return (event.kind == EventKind::Text || event.kind == EventKind::Binary)
           && (event.direction == Direction::In || event.direction == Direction::Out);
}

} // namespace

bool ReplaySetup::keepEvent(const Event &event)
{
    switch (event.kind) {
    case EventKind::Text:
    case EventKind::Binary:
    case EventKind::Open:
    case EventKind::Close:
        return true;
    default:
        return false;
    }
}

bool ReplaySetup::readHeader(const SessionHeader &header, ReplaySettings *settings,
                             QList<ReplayAssertion> *assertions, QString *error)
{
    QString problem;
    ReplaySettings readSettings;
    if (!ReplaySettings::fromJson(header.replay, &readSettings, &problem)) {
        if (error)
            *error = tr("replay settings: %1").arg(problem);
        return false;
    }
    QList<ReplayAssertion> readAssertions;
    for (qsizetype i = 0; i < header.assertions.size(); ++i) {
        ReplayAssertion assertion;
        if (!ReplayAssertion::fromJson(header.assertions.at(i).toObject(), &assertion, &problem)) {
            if (error)
                *error = tr("assertion %1: %2").arg(i + 1).arg(problem);
            return false;
        }
        readAssertions.append(assertion);
    }
    *settings = readSettings;
    *assertions = readAssertions;
    return true;
}

void ReplaySetup::writeHeader(const ReplaySettings &settings, const QList<ReplayAssertion> &assertions,
                              SessionHeader *header)
{
    header->replay = settings.toJson();
    QJsonArray array;
    for (const ReplayAssertion &assertion : assertions)
        array.append(assertion.toJson());
    header->assertions = array;
}

QVector<ReplayConversation> ReplaySetup::conversations(const LoadedSession &session)
{
    QVector<const Event *> ordered;
    for (const Event &event : session.events) {
        if (isMessage(event) || (event.kind == EventKind::Open && event.direction != Direction::Local))
            ordered.append(&event);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Event *a, const Event *b) { return a->sequence < b->sequence; });
    // A connection with peers is a server's: its peer-less messages are not a conversation.
    QSet<quint32> serverSide;
    for (const Event *event : std::as_const(ordered)) {
        if (event->peerId != 0 && isMessage(*event))
            serverSide.insert(event->connectionId);
    }
    QVector<ReplayConversation> result;
    std::map<std::tuple<quint32, quint32, int>, const Event *> opens; // the open of each connect
    ReplayConnects connects;
    for (const Event *event : std::as_const(ordered)) {
        const int connect = connects.observe(*event);
        const auto key = std::make_tuple(event->connectionId, event->peerId, connect);
        if (event->kind == EventKind::Open) {
            opens.emplace(key, event);
            continue;
        }
        const bool server = serverSide.contains(event->connectionId);
        if (server && event->peerId == 0)
            continue;
        auto it = std::find_if(result.begin(), result.end(), [event, connect](const ReplayConversation &c) {
            return c.connection == event->connectionId && c.peer == event->peerId && c.connect == connect;
        });
        if (it == result.end()) {
            ReplayConversation conversation;
            conversation.connection = event->connectionId;
            conversation.peer = event->peerId;
            conversation.connect = connect;
            const SessionConnectionInfo *info = session.header.connection(event->connectionId);
            conversation.role = info ? info->role : (server ? QStringLiteral("server") : QStringLiteral("client"));
            conversation.url = info ? info->url : QString();
            const auto open = opens.find(key);
            conversation.openedWallMs = open != opens.end() ? open->second->wallMs : -1;
            conversation.startedMidConnection = open == opens.end();
            result.append(conversation);
            it = result.end() - 1;
        }
        if (event->direction == (server ? Direction::In : Direction::Out))
            ++it->steps;
    }
    result.erase(std::remove_if(result.begin(), result.end(), [](const ReplayConversation &c) { return c.steps == 0; }),
                 result.end());
    for (ReplayConversation &conversation : result) {
        conversation.connects = int(std::count_if(result.cbegin(), result.cend(), [&conversation](const ReplayConversation &c) {
            return c.connection == conversation.connection && c.peer == conversation.peer;
        }));
    }
    return result;
}

void ReplaySetup::select(const ReplayConversation &conversation, ReplaySettings *settings)
{
    settings->connection = conversation.connection;
    settings->peer = conversation.peer;
    settings->connect = conversation.peer == 0 && conversation.connects > 1 ? quint32(conversation.connect) : 0;
}

QString ReplaySetup::recordedSubprotocol(const QVector<Event> &events, quint32 connection, quint32 peer)
{
    for (const Event &event : events) {
        if (event.kind == EventKind::Open && event.connectionId == connection && event.peerId == peer)
            return EventDetails::subprotocol(event);
    }
    return {};
}

bool ReplaySetup::target(const LoadedSession &session, const ReplayPlan &plan, ClientSettings *target, QString *error)
{
    ClientSettings result;
    const SessionConnectionInfo *info = session.header.connection(plan.connection);
    if (info && info->role == QLatin1String("client") && !plan.serverSide) {
        QString problem;
        if (!clientSettingsFromJson(info->settings, &result, &problem)) {
            if (error)
                *error = tr("connection %1: %2").arg(plan.connection).arg(problem);
            return false;
        }
        if (result.url.isEmpty())
            result.url = QUrl(info->url);
    } else {
        const QString subprotocol = recordedSubprotocol(session.events, plan.connection, plan.peer);
        if (!subprotocol.isEmpty())
            result.subprotocols = {subprotocol};
    }
    result.reconnect.enabled = false; // a replay is one run; a lost connection fails the steps left
    *target = result;
    return true;
}

} // namespace Sockscope
