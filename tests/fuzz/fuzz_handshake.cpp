// Fuzz target: both sides of the opening handshake. Selector byte: bit 0 = client side
// (the input is the server's response; "@ACCEPT@" in it is replaced with the right
// Sec-WebSocket-Accept, so the fuzzer reaches the accepted path), bits 1-7 = where to split
// the input into two reads. Checks: the outcome does not depend on the split, and an
// invalid handshake says why (with an HTTP status on the server side).

#include "fuzztarget.h"

#include "protocol/clienthandshake.h"
#include "protocol/serverhandshake.h"

#include <QUrl>

#include <cstdio>
#include <cstdlib>

using namespace Sockscope;

namespace {

struct Outcome
{
    int result = -1;
    QByteArray rest;
    QString error;

    bool operator==(const Outcome &other) const
    {
        return result == other.result && rest == other.rest && error == other.error;
    }
};

Outcome serverSide(const QByteArray &input, qsizetype split)
{
    ServerHandshake handshake;
    QByteArray buffer = input.left(split);
    ServerHandshake::Result result = handshake.feed(buffer);
    if (result == ServerHandshake::Result::NeedMore) {
        buffer += input.mid(split);
        result = handshake.feed(buffer);
    } else {
        buffer += input.mid(split);
    }
    if (result == ServerHandshake::Result::Invalid) {
        if (handshake.error().isEmpty() || handshake.errorStatus() < 400)
            std::abort();
        (void)ServerHandshake::errorResponse(handshake.errorStatus(), handshake.error().toUtf8());
    } else if (result == ServerHandshake::Result::Complete) {
        (void)handshake.acceptResponse(handshake.offeredSubprotocols().value(0));
        (void)handshake.origin();
    }
    return {int(result), result == ServerHandshake::Result::Complete ? buffer : QByteArray(), handshake.error()};
}

Outcome clientSide(QByteArray input, qsizetype split)
{
    ClientHandshake handshake;
    const QByteArray request = handshake.buildRequest(QUrl(QStringLiteral("ws://127.0.0.1:9/fuzz")), {},
                                                      {QStringLiteral("mcp")}, {});
    const int keyAt = request.indexOf("Sec-WebSocket-Key: ");
    const QByteArray key = request.mid(keyAt + 19, request.indexOf("\r\n", keyAt) - keyAt - 19);
    const QByteArray accept = ClientHandshake::acceptFor(key);
    const qsizetype placeholder = input.indexOf("@ACCEPT@");
    if (placeholder >= 0) // the first only: what follows the head must not depend on the key
        input.replace(placeholder, 8, accept);
    split = qMin(split, input.size());

    QByteArray buffer = input.left(split);
    ClientHandshake::Result result = handshake.feed(buffer);
    if (result == ClientHandshake::Result::NeedMore) {
        buffer += input.mid(split);
        result = handshake.feed(buffer);
    } else {
        buffer += input.mid(split);
    }
    if (result == ClientHandshake::Result::NeedMore)
        result = handshake.finish();
    if (result == ClientHandshake::Result::Invalid && handshake.error().isEmpty())
        std::abort();
    // The key is random per handshake and errors may quote (part of) the answer holding it:
    // only whether there is an error is compared.
    const QString error = handshake.error().isEmpty() ? QString() : QStringLiteral("error");
    return {int(result), result == ClientHandshake::Result::Accepted ? buffer : QByteArray(), error};
}

void compare(const Outcome &split, const Outcome &whole)
{
    if (split == whole)
        return;
    std::fprintf(stderr, "split: result %d, error \"%s\", rest %s\nwhole: result %d, error \"%s\", rest %s\n",
                 split.result, qPrintable(split.error), split.rest.toHex().constData(), whole.result,
                 qPrintable(whole.error), whole.rest.toHex().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t selector = Fuzz::takeSelector(data, size);
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = qMin<qsizetype>(selector >> 1, input.size());
    if (selector & 1)
        compare(clientSide(input, split), clientSide(input, input.size()));
    else
        compare(serverSide(input, split), serverSide(input, input.size()));
    return 0;
}
