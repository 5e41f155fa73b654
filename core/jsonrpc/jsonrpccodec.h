#pragma once

#include "jsonrpcmessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>

namespace Sockscope {

// JSON-RPC 2.0, Sans-I/O: parses one text message into a classified JsonRpcMessage and
// builds messages (members in the conventional order jsonrpc, id, method/result/error,
// params, compact, no trailing newline: one message per WebSocket text message).
class JsonRpcCodec final
{
    Q_DECLARE_TR_FUNCTIONS(JsonRpcCodec)

public:
    // How many duplicate keys one message reports; the rest are only counted as one more warning.
    static constexpr int MaxReportedDuplicates = 8;

    static JsonRpcMessage parse(const QByteArray &utf8);
    // Classifies an already parsed value (no byte offsets, no duplicate-key check).
    static JsonRpcMessage classify(const QJsonValue &value);

    static QByteArray request(const JsonRpcId &id, const QString &method,
                              const QJsonValue &params = QJsonValue(QJsonValue::Undefined));
    static QByteArray notification(const QString &method,
                                   const QJsonValue &params = QJsonValue(QJsonValue::Undefined));
    static QByteArray result(const JsonRpcId &id, const QJsonValue &result);
    static QByteArray error(const JsonRpcId &id, int code, const QString &message,
                            const QJsonValue &data = QJsonValue(QJsonValue::Undefined));
    // `[m1,m2,...]` from already encoded messages.
    static QByteArray batch(const QList<QByteArray> &messages);
    // Compact JSON of any value (a bare string, number, object, ...).
    static QByteArray encodeValue(const QJsonValue &value);

    // "a number", "a string", "an array", ... for people (translated).
    static QString typeDescription(const QJsonValue &value);
};

} // namespace Sockscope
