#include "closecode.h"

#include <QCoreApplication>

namespace Sockscope::CloseCode {

bool isSendable(int code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    switch (code) {
    case Normal: case GoingAway: case ProtocolError: case UnsupportedData:
    case InvalidPayload: case PolicyViolation: case MessageTooBig: case MandatoryExtension:
    case InternalError: case ServiceRestart: case TryAgainLater: case BadGateway:
        return true;
    default:
        return false;
    }
}

QString name(int code)
{
    const char *text = nullptr;
    switch (code) {
    case Normal: text = QT_TRANSLATE_NOOP("CloseCode", "normal closure"); break;
    case GoingAway: text = QT_TRANSLATE_NOOP("CloseCode", "going away"); break;
    case ProtocolError: text = QT_TRANSLATE_NOOP("CloseCode", "protocol error"); break;
    case UnsupportedData: text = QT_TRANSLATE_NOOP("CloseCode", "unsupported data"); break;
    case NoStatus: text = QT_TRANSLATE_NOOP("CloseCode", "no status received"); break;
    case Abnormal: text = QT_TRANSLATE_NOOP("CloseCode", "abnormal closure"); break;
    case InvalidPayload: text = QT_TRANSLATE_NOOP("CloseCode", "invalid payload data"); break;
    case PolicyViolation: text = QT_TRANSLATE_NOOP("CloseCode", "policy violation"); break;
    case MessageTooBig: text = QT_TRANSLATE_NOOP("CloseCode", "message too big"); break;
    case MandatoryExtension: text = QT_TRANSLATE_NOOP("CloseCode", "mandatory extension"); break;
    case InternalError: text = QT_TRANSLATE_NOOP("CloseCode", "internal error"); break;
    case ServiceRestart: text = QT_TRANSLATE_NOOP("CloseCode", "service restart"); break;
    case TryAgainLater: text = QT_TRANSLATE_NOOP("CloseCode", "try again later"); break;
    case BadGateway: text = QT_TRANSLATE_NOOP("CloseCode", "bad gateway"); break;
    case 1015: text = QT_TRANSLATE_NOOP("CloseCode", "TLS handshake failure"); break;
    default:
        if (code >= 3000 && code <= 3999)
            text = QT_TRANSLATE_NOOP("CloseCode", "registered (IANA)");
        else if (code >= 4000 && code <= 4999)
            text = QT_TRANSLATE_NOOP("CloseCode", "private use");
        else
            text = QT_TRANSLATE_NOOP("CloseCode", "not a valid close code");
    }
    return QCoreApplication::translate("CloseCode", text);
}

} // namespace Sockscope::CloseCode
