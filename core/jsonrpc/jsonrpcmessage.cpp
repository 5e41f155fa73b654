#include "jsonrpcmessage.h"

#include <array>
#include <utility>

namespace Sockscope {

namespace {

constexpr std::array<std::pair<JsonRpcMessage::Kind, const char *>, 6> kKinds{{
    {JsonRpcMessage::Kind::Invalid, "invalid"},
    {JsonRpcMessage::Kind::Request, "request"},
    {JsonRpcMessage::Kind::Notification, "notification"},
    {JsonRpcMessage::Kind::Result, "result"},
    {JsonRpcMessage::Kind::Error, "error"},
    {JsonRpcMessage::Kind::Batch, "batch"},
}};

using Problem = JsonRpcMessage::Problem;
constexpr std::array<std::pair<Problem, const char *>, 16> kProblems{{
    {Problem::NotJson, "not-json"},
    {Problem::InvalidUtf8, "invalid-utf8"},
    {Problem::TooDeep, "too-deep"},
    {Problem::NotAnObject, "not-an-object"},
    {Problem::EmptyBatch, "empty-batch"},
    {Problem::MissingVersion, "missing-version"},
    {Problem::WrongVersion, "wrong-version"},
    {Problem::BadIdType, "bad-id-type"},
    {Problem::MissingId, "missing-id"},
    {Problem::BadMethodType, "bad-method-type"},
    {Problem::BadParamsType, "bad-params-type"},
    {Problem::MethodWithResult, "method-with-result"},
    {Problem::ResultAndError, "result-and-error"},
    {Problem::NoMethodOrResult, "no-method-or-result"},
    {Problem::BadErrorObject, "bad-error-object"},
    {Problem::DuplicateMember, "duplicate-member"},
}};

} // namespace

QString JsonRpcMessage::kindName(Kind kind)
{
    for (const auto &entry : kKinds) {
        if (entry.first == kind)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

QString JsonRpcMessage::problemName(Problem problem)
{
    for (const auto &entry : kProblems) {
        if (entry.first == problem)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

QString JsonRpcMessage::problemText() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NotJson:
        return tr("not JSON: %1 at byte %2").arg(problemDetail).arg(offset);
    case Problem::InvalidUtf8:
        return tr("not valid UTF-8: a string near byte %1").arg(offset);
    case Problem::TooDeep:
        return tr("nested too deeply for the JSON parser (at byte %1)").arg(offset);
    case Problem::NotAnObject:
        return tr("not a JSON-RPC object but %1").arg(problemDetail);
    case Problem::EmptyBatch:
        return tr("an empty batch");
    case Problem::MissingVersion:
        return tr("no \"jsonrpc\": \"2.0\" member");
    case Problem::WrongVersion:
        return tr("\"jsonrpc\" is %1, not \"2.0\"").arg(problemDetail);
    case Problem::BadIdType:
        return tr("the id is %1; it must be a string, a number or null").arg(problemDetail);
    case Problem::MissingId:
        return tr("a response without an id");
    case Problem::BadMethodType:
        return tr("the method is %1, not a string").arg(problemDetail);
    case Problem::BadParamsType:
        return tr("params is %1; it must be an object or an array").arg(problemDetail);
    case Problem::MethodWithResult:
        return tr("has both a method and a %1").arg(problemDetail);
    case Problem::ResultAndError:
        return tr("has both a result and an error");
    case Problem::NoMethodOrResult:
        return tr("neither a request nor a response: no method, result or error");
    case Problem::BadErrorObject:
        return tr("the error member is malformed: %1").arg(problemDetail);
    case Problem::DuplicateMember:
        return tr("the member \"%1\" appears more than once (at byte %2)").arg(problemDetail).arg(offset);
    }
    return {};
}

} // namespace Sockscope
