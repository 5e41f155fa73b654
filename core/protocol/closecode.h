#pragma once

#include <QString>

namespace Sockscope {

// RFC 6455 section 7.4 close codes, with the names people read in logs.
namespace CloseCode {
constexpr quint16 Normal = 1000;
constexpr quint16 GoingAway = 1001;
constexpr quint16 ProtocolError = 1002;
constexpr quint16 UnsupportedData = 1003;
constexpr quint16 NoStatus = 1005;        // never on the wire
constexpr quint16 Abnormal = 1006;        // never on the wire
constexpr quint16 InvalidPayload = 1007;
constexpr quint16 PolicyViolation = 1008;
constexpr quint16 MessageTooBig = 1009;
constexpr quint16 MandatoryExtension = 1010;
constexpr quint16 InternalError = 1011;
constexpr quint16 ServiceRestart = 1012;
constexpr quint16 TryAgainLater = 1013;
constexpr quint16 BadGateway = 1014;

// True for codes an endpoint may put in a close frame.
bool isSendable(int code);
// "normal closure", "message too big", "private use", ...
QString name(int code);
} // namespace CloseCode

} // namespace Sockscope
