#pragma once

#include <QtGlobal>

namespace Sockscope {

// RFC 6455 section 5.2 opcodes.
enum class OpCode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

inline bool isControl(OpCode opcode) { return (static_cast<quint8>(opcode) & 0x8) != 0; }

} // namespace Sockscope
