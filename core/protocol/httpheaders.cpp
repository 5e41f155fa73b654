#include "httpheaders.h"

#include <QString>

namespace Sockscope::HttpHeaders {

namespace {
const QByteArray kRedacted = QByteArrayLiteral("[redacted]");
} // namespace

QByteArray value(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool hasToken(const QByteArray &value, const QByteArray &token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonArray toJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &header : headers)
        array.append(QJsonArray{QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    return array;
}

HeaderList redacted(HeaderList headers, const QByteArray &alsoSecret)
{
    for (auto &header : headers) {
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = header.second.indexOf(' ');
            header.second = space > 0 ? header.second.left(space + 1) + kRedacted : kRedacted;
        } else if (!alsoSecret.isEmpty() && header.first.compare(alsoSecret, Qt::CaseInsensitive) == 0) {
            header.second = kRedacted;
        }
    }
    return headers;
}

} // namespace Sockscope::HttpHeaders
