#pragma once

#include "event/event.h"

#include <QObject>
#include <QStringList>

namespace Sockscope {

class EventPrinter;
class SessionRecording;
class ServerConnection;

// `sockscope serve [options]`: a WebSocket server that echoes, broadcasts or only logs,
// printing its URL first and then every event as a JSON line.
class ServeCommand final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Echo, Broadcast, Silent };

    explicit ServeCommand(QObject *parent = nullptr);
    int run(const QStringList &arguments);

private:
    void onMessage(quint32 peerId, const QByteArray &data, bool isText);

    ServerConnection *m_server = nullptr;
    EventPrinter *m_printer = nullptr;
    SessionRecording *m_recording = nullptr;
    Mode m_mode = Mode::Echo;
    bool m_urlPrinted = false;
};

} // namespace Sockscope
