#pragma once

#include <QtGlobal>

namespace Sockscope {

// What a connection document's state light shows.
enum class DocumentState : quint8 {
    Idle,   // never connected, or closed normally
    Busy,   // connecting, closing, waiting to reconnect
    Open,   // connected, or listening
    Failed, // the last attempt or the connection failed
};

} // namespace Sockscope
