#pragma once

#include "event/event.h"

#include <QObject>
#include <QStringList>

namespace Sockscope {

class EventPrinter;
class CommandRecording;
class ServerConnection;

// `sockscope serve [options]`: a WebSocket server that echoes, broadcasts or only logs,
// printing its URL first and then every event as a JSON line.
class ServeCommand final : public QObject
{
    Q_OBJECT

public:
    explicit ServeCommand(QObject *parent = nullptr);
    int run(const QStringList &arguments);

private:
    ServerConnection *m_server = nullptr;
    EventPrinter *m_printer = nullptr;
    CommandRecording *m_recording = nullptr;
};

} // namespace Sockscope
