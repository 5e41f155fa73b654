#include "limitfields.h"

namespace Sockscope {

const NumberFields<LimitSettings> &limitFields()
{
    // Byte counts up to 2^53: doubles hold every whole number that far exactly, and the
    // widgets edit them as doubles.
    constexpr double kMaxBytes = 9007199254740992.0;
    using S = LimitSettings;
    static const NumberFields<LimitSettings> fields{
        {"maxIncomingMessageBytes", "max-message-size", "limitMaxIncoming",
         QT_TRANSLATE_NOOP("SettingText", "Largest incoming message:"),
         QT_TRANSLATE_NOOP("SettingText", "A larger incoming message closes the connection with 1009; 0 = no limit."),
         &S::maxIncomingMessageBytes, 0, kMaxBytes, SettingUnit::Bytes},
        {"outgoingFrameBytes", "frame-size", "limitFrameSize", QT_TRANSLATE_NOOP("SettingText", "Outgoing frame size:"),
         QT_TRANSLATE_NOOP("SettingText", "Outgoing messages larger than this go out as several frames; 0 = never fragment."),
         &S::outgoingFrameBytes, 0, kMaxBytes, SettingUnit::Bytes},
        {"sendQueueBytes", "send-queue", "limitSendQueue", QT_TRANSLATE_NOOP("SettingText", "Send queue limit:"),
         QT_TRANSLATE_NOOP("SettingText", "High-water mark on bytes accepted for sending but not yet written."),
         &S::sendQueueBytes, 1, kMaxBytes, SettingUnit::Bytes},
        {"socketBufferBytes", "socket-buffer", "limitSocketBuffer", QT_TRANSLATE_NOOP("SettingText", "Socket buffer:"),
         QT_TRANSLATE_NOOP("SettingText", "Bytes handed to the operating system at once; the rest waits in the send queue."),
         &S::socketBufferBytes, 1, kMaxBytes, SettingUnit::Bytes},
    };
    return fields;
}

} // namespace Sockscope
