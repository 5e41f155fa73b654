#pragma once

#include <QString>

namespace Sockscope {

enum class ConnectionState : quint8 {
    Idle,
    Connecting,
    Open,
    Closing,
    Closed,
    WaitingToReconnect,
};

QString connectionStateName(ConnectionState state);

} // namespace Sockscope
