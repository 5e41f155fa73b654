#include "mockanswer.h"

#include "jsonrpc/jsonrpccodec.h"

namespace Sockscope {

MockAnswer MockAnswer::ok(const QJsonValue &result)
{
    MockAnswer answer;
    answer.result = result;
    return answer;
}

MockAnswer MockAnswer::error(int code, const QString &message, const QJsonValue &data)
{
    MockAnswer answer;
    answer.isError = true;
    answer.code = code;
    answer.message = message;
    answer.data = data;
    return answer;
}

QByteArray MockAnswer::encode(const JsonRpcId &id) const
{
    if (isError)
        return JsonRpcCodec::error(id, code, message, data);
    return JsonRpcCodec::result(id, result);
}

} // namespace Sockscope
