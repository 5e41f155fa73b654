#pragma once

#include "mocknotification.h"

#include "json/jsonreader.h"

namespace Sockscope {

// Reads one item of a mock configuration's "notifications" (docs/MOCK.md, "Notifications").
class MockNotificationReader final
{
public:
    static bool read(const JsonReader &item, MockNotification *notification);
};

} // namespace Sockscope
