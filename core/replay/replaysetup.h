#pragma once

#include "event/event.h"
#include "replayassertion.h"
#include "replayplan.h"
#include "replaysettings.h"
#include "transport/clientsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector>

namespace Sockscope {

struct LoadedSession;
struct SessionHeader;

// One conversation of a session that can be replayed: a client connection, or one peer of a
// recorded server or mock connection (docs/REPLAY.md, "How steps are formed").
// A client connection that reconnected while recorded is one conversation per connect.
struct ReplayConversation final
{
    quint32 connection = 0;
    quint32 peer = 0;   // 0 for a client connection
    QString role;       // client | server | mock (from the header; "client" when it has no entry)
    QString url;        // as recorded: the client's target, or the server's own address
    int steps = 0;      // messages the replay would send
    int connect = 1;    // a client connection: which of its connects (ReplayConnects)
    int connects = 1;   // how many of the connection's connects are on offer
    qint64 openedWallMs = -1; // when this connect opened; -1: not recorded
    bool startedMidConnection = false; // recorded after it had opened (no open event)
};

// Preparing a replay from a session file, shared by `sockscope replay` and the app's Replay
// dialog: which events to load, the header's replay settings and assertions, the
// conversations on offer, and the recorded connection's settings as the target.
class ReplaySetup final
{
    Q_DECLARE_TR_FUNCTIONS(ReplaySetup)

public:
    // The loadSession filter: only what a replay needs (messages, opens and closes).
    static bool keepEvent(const Event &event);

    // The header's `replay` object and `assertions` array. `error` names what is wrong
    // without the file: `replay settings: ...`, `assertion 2: ...`.
    static bool readHeader(const SessionHeader &header, ReplaySettings *settings,
                           QList<ReplayAssertion> *assertions, QString *error);
    // Writes them back: the `replay` object (defaults left out) and the `assertions` array.
    static void writeHeader(const ReplaySettings &settings, const QList<ReplayAssertion> &assertions,
                            SessionHeader *header);

    // Every conversation with at least one message to send, in the order of the recording:
    // each connect of a client connection, each peer of a server.
    static QVector<ReplayConversation> conversations(const LoadedSession &session);
    // The settings' connection, peer and connect for `conversation` (connect only for a
    // connection recorded across reconnects, so other headers stay as they were).
    static void select(const ReplayConversation &conversation, ReplaySettings *settings);

    // The subprotocol a recorded conversation agreed on, from its open event; empty if none.
    static QString recordedSubprotocol(const QVector<Event> &events, quint32 connection, quint32 peer);

    // What `plan` is replayed against: a recorded client's settings (its URL when the settings
    // hold none), or for a server's peer only the subprotocol the peer agreed on (no URL: the
    // caller must give one). Reconnecting is off: a replay is one run. False when the
    // recorded settings cannot be read (`connection 2: ...`).
    static bool target(const LoadedSession &session, const ReplayPlan &plan, ClientSettings *target, QString *error);
};

} // namespace Sockscope
