#include "urlsecrets.h"

#include <QUrlQuery>

namespace Sockscope {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

} // namespace

bool isSecretQueryName(const QString &name)
{
    static const QStringList names{
        QStringLiteral("token"),         QStringLiteral("access_token"), QStringLiteral("accesstoken"),
        QStringLiteral("auth"),          QStringLiteral("auth_token"),   QStringLiteral("authorization"),
        QStringLiteral("api_key"),       QStringLiteral("apikey"),       QStringLiteral("api-key"),
        QStringLiteral("key"),           QStringLiteral("password"),     QStringLiteral("passwd"),
        QStringLiteral("secret"),        QStringLiteral("client_secret"), QStringLiteral("sig"),
        QStringLiteral("signature"),     QStringLiteral("session"),      QStringLiteral("jwt"),
    };
    return names.contains(name, Qt::CaseInsensitive);
}

QUrl redactUrlSecrets(const QUrl &url, const QStringList &alsoSecret, QStringList *redacted)
{
    QUrl result = url;
    if (!result.password().isEmpty()) {
        result.setPassword(kRedacted);
        if (redacted)
            redacted->append(QStringLiteral("url.password"));
    }
    if (!result.hasQuery())
        return result;
    QUrlQuery query(result);
    QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    bool changed = false;
    for (auto &item : items) {
        if (item.second.isEmpty() || item.second == kRedacted)
            continue;
        if (!isSecretQueryName(item.first) && !alsoSecret.contains(item.first, Qt::CaseInsensitive))
            continue;
        item.second = kRedacted;
        changed = true;
        if (redacted && !redacted->contains(QStringLiteral("url.query.") + item.first))
            redacted->append(QStringLiteral("url.query.") + item.first);
    }
    if (changed) {
        QUrlQuery rewritten;
        rewritten.setQueryItems(items);
        result.setQuery(rewritten);
    }
    return result;
}

} // namespace Sockscope
