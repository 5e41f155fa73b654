#pragma once

namespace Sockscope {

// Client reconnection: exponential backoff with jitter.
struct ReconnectSettings final
{
    bool enabled = false;
    int initialDelayMs = 500;
    double factor = 2.0;
    int maxDelayMs = 30000;
    // Each delay is drawn uniformly from [d * (1 - jitter), d * (1 + jitter)], then capped.
    double jitter = 0.2;
    int maxAttempts = 0;       // 0 = unlimited
    int resetAfterMs = 10000;  // a connection open this long starts the backoff afresh
};

} // namespace Sockscope
