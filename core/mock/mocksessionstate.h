#pragma once

#include <QString>

namespace Sockscope {

// Where one client's MCP session with the mock server stands.
enum class MockSessionState : quint8 {
    NotInitialized, // connected; only initialize and ping are answered
    Initializing,   // initialize answered; waiting for notifications/initialized
    Initialized,    // notifications/initialized arrived: scheduled notifications run
    Closed,         // the connection ended
};

// "not-initialized", "initializing", "initialized", "closed"
QString mockSessionStateName(MockSessionState state);

} // namespace Sockscope
