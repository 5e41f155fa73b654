#!/usr/bin/python3
"""One Python `websockets` client for the `sockscope serve` tests.

Prints what happens as JSON lines, like ws_client.mjs:
  {"event": "open", "protocol": "mcp"}         ("" when the server selected none)
  {"event": "message", "data": "...", "binary": false}
  {"event": "refused", "status": 401}
  {"event": "close", "code": 1001, "reason": "..."}
  {"event": "error", "message": "..."}
Options: --url URL, --send TEXT (repeatable), --expect N, --subprotocol NAME (repeatable),
--origin ORIGIN, --header "Name: value" (repeatable), --wait-close, --ca FILE (trust this PEM
certificate for wss://), --timeout SECONDS, --send-size N (also send a text message of N bytes),
--max-size N (largest message accepted, websockets' default 1 MiB).
Messages over 4096 bytes are summarised: {"event": "message", "size": N, "sha256": "...", "binary": b}.
"""

import argparse
import asyncio
import hashlib
import json
import ssl
import sys

try:
    import websockets
    import websockets.exceptions
except ImportError as error:  # pragma: no cover
    sys.stderr.write(f"py_client.py: cannot import websockets ({error}); apt-get install python3-websockets\n")
    sys.exit(3)


SUMMARY_BYTES = 4096


def big_message(size):
    """A text message of `size` ASCII bytes that is not one repeated byte."""
    pattern = "0123456789abcdefghijklmnopqrstuvwxyz"
    return (pattern * (size // len(pattern) + 1))[:size]


def emit(**fields):
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


async def run(args):
    headers = []
    for line in args.header:
        name, _, value = line.partition(":")
        headers.append((name.strip(), value.strip()))
    kwargs = {"extra_headers": headers, "ping_interval": None, "max_size": args.max_size}
    if args.subprotocol:
        kwargs["subprotocols"] = args.subprotocol
    if args.origin:
        kwargs["origin"] = args.origin
    if args.ca:
        kwargs["ssl"] = ssl.create_default_context(cafile=args.ca)
    try:
        socket = await websockets.connect(args.url, **kwargs)
    except websockets.exceptions.InvalidStatusCode as error:
        emit(event="refused", status=error.status_code)
        return 0
    emit(event="open", protocol=socket.subprotocol or "")
    for text in args.send:
        await socket.send(text)
    if args.send_size:
        await socket.send(big_message(args.send_size))
    received = 0
    try:
        while args.wait_close or received < args.expect:
            message = await socket.recv()
            binary = isinstance(message, bytes)
            if len(message) > SUMMARY_BYTES:
                data = message if binary else message.encode("utf-8")
                emit(event="message", size=len(data), sha256=hashlib.sha256(data).hexdigest(), binary=binary)
            else:
                emit(event="message", data=message.hex() if binary else message, binary=binary)
            received += 1
        await socket.close(1000)
    except websockets.exceptions.ConnectionClosed:
        pass
    await socket.wait_closed()
    emit(event="close", code=socket.close_code, reason=socket.close_reason or "")
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--send", action="append", default=[])
    parser.add_argument("--expect", type=int, default=0)
    parser.add_argument("--subprotocol", action="append", default=[])
    parser.add_argument("--origin")
    parser.add_argument("--header", action="append", default=[])
    parser.add_argument("--wait-close", action="store_true")
    parser.add_argument("--ca")
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--send-size", type=int, default=0)
    parser.add_argument("--max-size", type=int, default=2 ** 20)
    args = parser.parse_args()
    try:
        return asyncio.run(asyncio.wait_for(run(args), args.timeout))
    except asyncio.TimeoutError:
        emit(event="timeout")
        return 2
    except Exception as error:  # every failure is one clear line for the test
        emit(event="error", message=f"{type(error).__name__}: {error}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
