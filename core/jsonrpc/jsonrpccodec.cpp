#include "jsonrpccodec.h"

#include "jsonkeyscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace Sockscope {

namespace {

using Kind = JsonRpcMessage::Kind;
using Problem = JsonRpcMessage::Problem;

const QLatin1String kJsonRpc("jsonrpc");
const QLatin1String kVersion("2.0");
const QLatin1String kId("id");
const QLatin1String kMethod("method");
const QLatin1String kParams("params");
const QLatin1String kResult("result");
const QLatin1String kError("error");
const QLatin1String kCode("code");
const QLatin1String kMessage("message");
const QLatin1String kData("data");
const QByteArray kUtf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");
constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53

bool isJsonRpcMember(const QString &key)
{
    return key == kJsonRpc || key == kId || key == kMethod || key == kParams || key == kResult || key == kError;
}

JsonRpcMessage invalid(Problem problem, const QString &detail = {}, qint64 offset = -1)
{
    JsonRpcMessage message;
    message.problem = problem;
    message.problemDetail = detail;
    message.offset = offset;
    return message;
}

void markInvalid(JsonRpcMessage *message, Problem problem, const QString &detail = {}, qint64 offset = -1)
{
    message->kind = Kind::Invalid;
    message->problem = problem;
    message->problemDetail = detail;
    message->offset = offset;
}

bool isBlank(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

JsonRpcMessage notJson(const QByteArray &utf8, const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::IllegalUTF8String:
        return invalid(Problem::InvalidUtf8, {}, error.offset);
    case QJsonParseError::DeepNesting:
        return invalid(Problem::TooDeep, {}, error.offset);
    case QJsonParseError::IllegalValue: {
        if (isBlank(utf8))
            return invalid(Problem::NotJson, JsonRpcCodec::tr("empty message"), error.offset);
        // QJsonDocument takes only objects and arrays at the top; JSON also allows a bare
        // value, which is valid JSON but not a JSON-RPC message.
        QJsonParseError wrappedError;
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + utf8 + ']', &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1)
            return invalid(Problem::NotAnObject, JsonRpcCodec::typeDescription(wrapped.array().at(0)));
        break;
    }
    default:
        break;
    }
    return invalid(Problem::NotJson, error.errorString(), error.offset);
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(JsonRpcCodec::encodeValue(value));
}

void checkId(JsonRpcMessage *message)
{
    if (message->id.type() != JsonRpcId::Type::Number)
        return;
    const double number = message->id.number();
    if (std::fabs(number) >= kExactIntegerLimit)
        message->warnings.append(JsonRpcCodec::tr("the id %1 is too large to be kept exactly").arg(message->id.toDisplayString()));
    else if (std::floor(number) != number)
        message->warnings.append(JsonRpcCodec::tr("the id %1 has a fractional part").arg(message->id.toDisplayString()));
}

// A message with a method: a request or a notification, or why it is neither.
// `resultMember` names a result or error member it also has (invalid), empty when none.
void classifyCall(const QJsonValue &methodValue, const QString &resultMember, JsonRpcMessage *message)
{
    if (!methodValue.isString()) {
        markInvalid(message, Problem::BadMethodType, JsonRpcCodec::typeDescription(methodValue));
        return;
    }
    if (!resultMember.isEmpty()) {
        markInvalid(message, Problem::MethodWithResult, resultMember);
        return;
    }
    if (!message->params.isUndefined() && !message->params.isObject() && !message->params.isArray()) {
        markInvalid(message, Problem::BadParamsType, JsonRpcCodec::typeDescription(message->params));
        return;
    }
    if (message->method.startsWith(QLatin1String("rpc.")))
        message->warnings.append(JsonRpcCodec::tr("method names starting with \"rpc.\" are reserved"));
    if (message->id.isNone()) {
        message->kind = Kind::Notification;
    } else {
        message->kind = Kind::Request;
        if (message->id.isNull())
            message->warnings.append(JsonRpcCodec::tr("the request id is null"));
    }
}

// An error response's error member: {code (an integer), message (a string), data?}.
void classifyError(const QJsonValue &error, JsonRpcMessage *message)
{
    if (!error.isObject()) {
        markInvalid(message, Problem::BadErrorObject, JsonRpcCodec::tr("it is %1, not an object").arg(JsonRpcCodec::typeDescription(error)));
        return;
    }
    const QJsonObject errorObject = error.toObject();
    const QJsonValue code = errorObject.value(kCode);
    const double codeNumber = code.toDouble();
    if (!code.isDouble() || std::floor(codeNumber) != codeNumber || std::fabs(codeNumber) > double(std::numeric_limits<int>::max())) {
        markInvalid(message, Problem::BadErrorObject,
                    code.isUndefined() ? JsonRpcCodec::tr("no code") : JsonRpcCodec::tr("the code is not an integer"));
        return;
    }
    const QJsonValue text = errorObject.value(kMessage);
    if (!text.isString()) {
        markInvalid(message, Problem::BadErrorObject,
                    text.isUndefined() ? JsonRpcCodec::tr("no message") : JsonRpcCodec::tr("the message is not a string"));
        return;
    }
    message->kind = Kind::Error;
    message->errorCode = int(codeNumber);
    message->errorMessage = text.toString();
    message->errorData = errorObject.value(kData);
}

JsonRpcMessage classifyObject(const QJsonObject &object)
{
    JsonRpcMessage message;
    message.json = object;

    // Read what can be read first, so even an invalid message keeps its id and method.
    const QJsonValue idValue = object.value(kId);
    bool idOk = true;
    message.id = JsonRpcId::fromJson(idValue, &idOk);
    const QJsonValue methodValue = object.value(kMethod);
    if (methodValue.isString())
        message.method = methodValue.toString();
    message.params = object.value(kParams);

    const QJsonValue version = object.value(kJsonRpc);
    if (version.isUndefined()) {
        markInvalid(&message, Problem::MissingVersion);
        return message;
    }
    if (!version.isString() || version.toString() != kVersion) {
        markInvalid(&message, Problem::WrongVersion, jsonText(version));
        return message;
    }
    if (!idOk) {
        markInvalid(&message, Problem::BadIdType, JsonRpcCodec::typeDescription(idValue));
        return message;
    }
    checkId(&message);

    const bool hasResult = object.contains(kResult);
    const bool hasError = object.contains(kError);
    if (!methodValue.isUndefined()) {
        QString resultMember;
        if (hasResult || hasError)
            resultMember = hasResult ? kResult : kError;
        classifyCall(methodValue, resultMember, &message);
        return message;
    }

    if (hasResult && hasError) {
        markInvalid(&message, Problem::ResultAndError);
        return message;
    }
    if (!hasResult && !hasError) {
        markInvalid(&message, Problem::NoMethodOrResult);
        return message;
    }
    if (message.id.isNone()) {
        markInvalid(&message, Problem::MissingId);
        return message;
    }
    if (hasResult) {
        message.kind = Kind::Result;
        message.result = object.value(kResult);
        if (message.id.isNull())
            message.warnings.append(JsonRpcCodec::tr("a result with a null id cannot be paired with a request"));
        return message;
    }

    classifyError(object.value(kError), &message);
    return message;
}

void applyDuplicates(const QByteArray &utf8, JsonRpcMessage *message)
{
    const QList<JsonKeyScanner::Duplicate> duplicates =
        JsonKeyScanner::findDuplicates(utf8, JsonRpcCodec::MaxReportedDuplicates + 1);
    int reported = 0;
    for (const JsonKeyScanner::Duplicate &duplicate : duplicates) {
        JsonRpcMessage *target = message;
        if (duplicate.batchIndex >= 0) {
            if (message->kind != Kind::Batch || duplicate.batchIndex >= message->items.size())
                continue;
            target = &message->items[duplicate.batchIndex];
        }
        if (duplicate.depth == 1 && isJsonRpcMember(duplicate.key)) {
            if (target->problem == Problem::None)
                markInvalid(target, Problem::DuplicateMember, duplicate.key, duplicate.offset);
            continue;
        }
        if (++reported > JsonRpcCodec::MaxReportedDuplicates) {
            target->warnings.append(JsonRpcCodec::tr("more duplicate keys"));
            break;
        }
        target->warnings.append(JsonRpcCodec::tr("the key \"%1\" appears more than once in an object (at byte %2); "
                                                 "the last value counts here, other parsers may take the first")
                                    .arg(duplicate.key).arg(duplicate.offset));
    }
}

void append(QByteArray *out, QLatin1String name, const QByteArray &value)
{
    *out += ",\"";
    *out += QByteArray(name.data(), name.size());
    *out += "\":";
    *out += value;
}

QByteArray start()
{
    return QByteArrayLiteral("{\"jsonrpc\":\"2.0\"");
}

} // namespace

QString JsonRpcCodec::typeDescription(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("true or false");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a string");
    case QJsonValue::Array: return tr("an array");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: return tr("missing");
    }
    return {};
}

JsonRpcMessage JsonRpcCodec::parse(const QByteArray &utf8)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return notJson(utf8, error);
    JsonRpcMessage message = classify(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    applyDuplicates(utf8, &message);
    if (utf8.startsWith(kUtf8Bom))
        message.warnings.append(tr("the message starts with a UTF-8 byte order mark"));
    return message;
}

JsonRpcMessage JsonRpcCodec::classify(const QJsonValue &value)
{
    if (value.isObject())
        return classifyObject(value.toObject());
    if (!value.isArray())
        return invalid(Problem::NotAnObject, typeDescription(value));
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return invalid(Problem::EmptyBatch);
    JsonRpcMessage batch;
    batch.kind = Kind::Batch;
    batch.json = value;
    batch.items.reserve(array.size());
    for (const QJsonValue &item : array) {
        // Batches do not nest: an array inside one is an invalid member.
        batch.items.append(item.isObject() ? classifyObject(item.toObject())
                                           : invalid(Problem::NotAnObject, typeDescription(item)));
    }
    return batch;
}

QByteArray JsonRpcCodec::encodeValue(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A bare value: encode it inside an array and take the brackets off.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray JsonRpcCodec::request(const JsonRpcId &id, const QString &method, const QJsonValue &params)
{
    QByteArray out = start();
    append(&out, kId, encodeValue(id.toJson()));
    append(&out, kMethod, encodeValue(method));
    if (!params.isUndefined())
        append(&out, kParams, encodeValue(params));
    out += '}';
    return out;
}

QByteArray JsonRpcCodec::notification(const QString &method, const QJsonValue &params)
{
    QByteArray out = start();
    append(&out, kMethod, encodeValue(method));
    if (!params.isUndefined())
        append(&out, kParams, encodeValue(params));
    out += '}';
    return out;
}

QByteArray JsonRpcCodec::result(const JsonRpcId &id, const QJsonValue &result)
{
    QByteArray out = start();
    append(&out, kId, encodeValue(id.isNone() ? QJsonValue(QJsonValue::Null) : id.toJson()));
    append(&out, kResult, encodeValue(result.isUndefined() ? QJsonValue(QJsonObject()) : result));
    out += '}';
    return out;
}

QByteArray JsonRpcCodec::error(const JsonRpcId &id, int code, const QString &message, const QJsonValue &data)
{
    QJsonObject error{{kCode, code}, {kMessage, message}};
    if (!data.isUndefined())
        error.insert(kData, data);
    QByteArray out = start();
    append(&out, kId, encodeValue(id.isNone() ? QJsonValue(QJsonValue::Null) : id.toJson()));
    append(&out, kError, encodeValue(error));
    out += '}';
    return out;
}

QByteArray JsonRpcCodec::batch(const QList<QByteArray> &messages)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (i > 0)
            out += ',';
        out += messages.at(i);
    }
    out += ']';
    return out;
}

} // namespace Sockscope
