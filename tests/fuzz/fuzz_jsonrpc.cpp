// Fuzz target: the JSON-RPC codec and the request/response tracker fed with one text
// message. Checks, besides "no crash": a message the codec accepts survives being written
// back by the codec's own builders (same kind, method, id and error code).

#include "fuzztarget.h"

#include "jsonrpc/jsonrpccodec.h"
#include "jsonrpc/jsonrpctracker.h"

#include <cstdlib>

using namespace Sockscope;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkRoundTrip(const JsonRpcMessage &message)
{
    if (message.problem != JsonRpcMessage::Problem::None)
        return;
    QByteArray rebuilt;
    switch (message.kind) {
    case JsonRpcMessage::Kind::Request:
        rebuilt = JsonRpcCodec::request(message.id, message.method, message.params);
        break;
    case JsonRpcMessage::Kind::Notification:
        rebuilt = JsonRpcCodec::notification(message.method, message.params);
        break;
    case JsonRpcMessage::Kind::Result:
        rebuilt = JsonRpcCodec::result(message.id, message.result);
        break;
    case JsonRpcMessage::Kind::Error:
        rebuilt = JsonRpcCodec::error(message.id, message.errorCode, message.errorMessage, message.errorData);
        break;
    case JsonRpcMessage::Kind::Batch:
    case JsonRpcMessage::Kind::Invalid:
        return;
    }
    const JsonRpcMessage again = JsonRpcCodec::parse(rebuilt);
    check(again.kind == message.kind);
    check(again.method == message.method);
    check(again.id == message.id);
    check(again.errorCode == message.errorCode);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = Fuzz::bytes(data, size);
    const JsonRpcMessage message = JsonRpcCodec::parse(text);
    checkRoundTrip(message);
    for (const JsonRpcMessage &item : message.items)
        checkRoundTrip(item);
    (void)message.problemText();

    // The same bytes seen going out and coming back, as a connection's tracker sees them.
    JsonRpcTracker tracker;
    tracker.observe(Direction::Out, text, 1000);
    tracker.observe(Direction::In, text, 2000);
    tracker.expire(qint64(1) << 40);
    tracker.connectionClosed();
    return 0;
}
