#include "closecodetext.h"

namespace Sockscope {

QString CloseCodeText::meaning(int code)
{
    switch (code) {
    case 1000: return tr("The connection did what it was for and ended normally.");
    case 1001: return tr("An endpoint is going away: a server shutting down or a browser leaving the page.");
    case 1002: return tr("An endpoint broke the WebSocket protocol (RFC 6455).");
    case 1003: return tr("An endpoint received data it cannot accept, such as binary where only text is understood.");
    case 1005: return tr("The close frame carried no code. Never sent on the wire.");
    case 1006: return tr("The connection ended without a close frame: the network dropped, or a process ended. Never sent on the wire.");
    case 1007: return tr("A message held data that does not match its type, such as text that is not UTF-8.");
    case 1008: return tr("A message broke the endpoint's policy; no more specific code applies.");
    case 1009: return tr("A message was larger than the endpoint accepts.");
    case 1010: return tr("The client expected the server to agree to an extension it did not agree to.");
    case 1011: return tr("The server met a condition it did not expect and could not go on.");
    case 1012: return tr("The server is restarting; reconnecting later should work.");
    case 1013: return tr("The server is overloaded; try again later.");
    case 1014: return tr("A gateway or proxy got an invalid answer from the server behind it.");
    case 1015: return tr("The TLS handshake failed. Never sent on the wire.");
    default:
        break;
    }
    if (code >= 3000 && code <= 3999)
        return tr("A code registered with IANA by a library, framework or application.");
    if (code >= 4000 && code <= 4999)
        return tr("A private code: its meaning is agreed between the two applications.");
    return tr("Not a valid close code.");
}

} // namespace Sockscope
