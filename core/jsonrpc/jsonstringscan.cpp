#include "jsonstringscan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sockscope::JsonStringScan {

QString decodeKey(const QByteArray &json, qsizetype open, qsizetype close, bool escaped)
{
    const QByteArray raw = json.mid(open, close - open + 1);
    if (raw.size() < 2)
        return {};
    if (!escaped)
        return QString::fromUtf8(raw.constData() + 1, raw.size() - 2);
    return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
}

} // namespace Sockscope::JsonStringScan
