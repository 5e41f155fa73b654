#pragma once

#include "mockoutput.h"

#include "jsonrpc/jsonrpcid.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Sockscope {

// What the mock answers one request: a result or a JSON-RPC error, when (delayMs after the
// request), and what goes out before it (progress notifications, reports).
struct MockAnswer final
{
    bool isError = false;
    QJsonValue result;
    int code = 0;
    QString message;
    QJsonValue data = QJsonValue(QJsonValue::Undefined);
    qint64 delayMs = 0;
    QList<MockOutput> before;

    static MockAnswer ok(const QJsonValue &result);
    static MockAnswer error(int code, const QString &message, const QJsonValue &data = QJsonValue(QJsonValue::Undefined));
    // The response to the request with `id`.
    QByteArray encode(const JsonRpcId &id) const;
};

} // namespace Sockscope
