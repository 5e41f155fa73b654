#pragma once

#include "jsonrpcid.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sockscope {

// One text message classified as JSON-RPC 2.0 by JsonRpcCodec: a request, a notification,
// a success or error response, a batch of those, or invalid with the reason. What could be
// read is kept even for invalid messages (id, method), so an invalid request can still be
// answered with an error that names its id.
struct JsonRpcMessage final
{
    Q_DECLARE_TR_FUNCTIONS(JsonRpcMessage)

public:
    enum class Kind : quint8 { Invalid, Request, Notification, Result, Error, Batch };

    enum class Problem : quint8 {
        None,
        NotJson,          // syntax error; offset is the byte where it was found
        InvalidUtf8,      // a string is not UTF-8; offset as above
        TooDeep,          // nested deeper than the JSON parser allows
        NotAnObject,      // a number, string, true/false/null, or an array inside a batch
        EmptyBatch,       // []
        MissingVersion,   // no "jsonrpc" member
        WrongVersion,     // "jsonrpc" is not the string "2.0"
        BadIdType,        // id is a bool, object or array
        MissingId,        // a response without id
        BadMethodType,    // method is not a string
        BadParamsType,    // params is not an object or array
        MethodWithResult, // method together with result or error
        ResultAndError,   // both result and error
        NoMethodOrResult, // neither a request nor a response
        BadErrorObject,   // error is not {code: integer, message: string, data?}
        DuplicateMember,  // a JSON-RPC member appears twice; receivers disagree on which counts
    };

    Kind kind = Kind::Invalid;
    Problem problem = Problem::None;
    QString problemDetail;     // the member, type or parser message the problem is about
    qint64 offset = -1;        // byte offset of the problem in the message, when known
    JsonRpcId id;
    QString method;
    QJsonValue params = QJsonValue(QJsonValue::Undefined);
    QJsonValue result = QJsonValue(QJsonValue::Undefined);
    int errorCode = 0;
    QString errorMessage;
    QJsonValue errorData = QJsonValue(QJsonValue::Undefined);
    QList<JsonRpcMessage> items; // the members of a batch
    QStringList warnings;        // legal but doubtful: null request id, duplicate nested key, ...
    QJsonValue json = QJsonValue(QJsonValue::Undefined); // the message (or batch member) as parsed

    bool isValid() const { return kind != Kind::Invalid; }
    bool isResponse() const { return kind == Kind::Result || kind == Kind::Error; }

    // Stable names: "invalid", "request", "notification", "result", "error", "batch".
    static QString kindName(Kind kind);
    // Stable names: "not-json", "invalid-utf8", "too-deep", "not-an-object", "empty-batch",
    // "missing-version", "wrong-version", "bad-id-type", "missing-id", "bad-method-type",
    // "bad-params-type", "method-with-result", "result-and-error", "no-method-or-result",
    // "bad-error-object", "duplicate-member"; empty for None.
    static QString problemName(Problem problem);
    // Why the message is invalid, for people (translated), with the offset when known.
    QString problemText() const;
};

} // namespace Sockscope
