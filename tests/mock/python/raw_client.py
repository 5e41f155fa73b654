#!/usr/bin/env python3
"""Sends raw, partly malformed input to `sockscope mock` with Python `websockets` (Debian's),
for tests/mock/tst_mockpython.cpp.

Usage: raw_client.py URL

Every step prints one JSON line on stdout: {"step": NAME, "received": <the answer parsed as
JSON, or {"text": raw} when it is not JSON>} or {"step": NAME, "closed": CODE, "reason": TEXT}.
The test asserts on the lines; this script judges nothing. Every wait is bounded.
"""
import asyncio
import json
import sys

import websockets

TIMEOUT = 10


def emit(line):
    print(json.dumps(line), flush=True)


async def exchange(ws, step, message):
    """Sends one text message and reports the next message that comes back."""
    await ws.send(message)
    await report(ws, step)


async def report(ws, step):
    try:
        answer = await asyncio.wait_for(ws.recv(), TIMEOUT)
    except websockets.ConnectionClosed as closed:
        emit({"step": step, "closed": closed.rcvd.code if closed.rcvd else 1006,
              "reason": closed.rcvd.reason if closed.rcvd else ""})
        return
    try:
        emit({"step": step, "received": json.loads(answer)})
    except ValueError:
        emit({"step": step, "received": {"text": answer}})


def initialize(version):
    return json.dumps({"jsonrpc": "2.0", "id": 0, "method": "initialize",
                       "params": {"protocolVersion": version, "capabilities": {},
                                  "clientInfo": {"name": "python-raw", "version": "1"}}})


INITIALIZED = json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"})

BATCH = json.dumps([
    {"jsonrpc": "2.0", "id": 10, "method": "ping"},
    {"jsonrpc": "2.0", "method": "notifications/roots/list_changed"},
    {"jsonrpc": "2.0", "id": 11, "method": "tools/call", "params": {"name": "add", "arguments": {"a": 1, "b": 2}}},
    {"jsonrpc": "2.0", "id": 12, "method": "no/such/method"},
])


async def main(url):
    async with websockets.connect(url, subprotocols=["mcp"], max_size=None) as ws:
        emit({"step": "subprotocol", "received": ws.subprotocol})
        await exchange(ws, "bad json", '{"jsonrpc": "2.0", "id": 1, "method": ')
        await exchange(ws, "request before initialize", json.dumps({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}))
        await exchange(ws, "ping before initialize", json.dumps({"jsonrpc": "2.0", "id": 3, "method": "ping"}))
        await exchange(ws, "batch before initialize", BATCH)
        await exchange(ws, "initialize 2025-03-26", initialize("2025-03-26"))
        await ws.send(INITIALIZED)
        await exchange(ws, "batch in 2025-03-26", BATCH)
        await exchange(ws, "unknown method", json.dumps({"jsonrpc": "2.0", "id": 4, "method": "tools/explode"}))
        await exchange(ws, "wrong jsonrpc version", json.dumps({"jsonrpc": "1.0", "id": 5, "method": "ping"}))
        await exchange(ws, "not an object", "[1, 2]")
        await exchange(ws, "bad arguments", json.dumps({"jsonrpc": "2.0", "id": 6, "method": "tools/call",
                                                         "params": {"name": "greet", "arguments": {"name": 7}}}))
        await exchange(ws, "unknown resource", json.dumps({"jsonrpc": "2.0", "id": 7, "method": "resources/read",
                                                            "params": {"uri": "nothing://here"}}))
        await ws.send(b'{"jsonrpc": "2.0", "id": 8, "method": "ping"}')
        await report(ws, "binary frame")

    async with websockets.connect(url, subprotocols=["mcp"]) as ws:
        await exchange(ws, "initialize 2025-06-18", initialize("2025-06-18"))
        await ws.send(INITIALIZED)
        await exchange(ws, "batch in 2025-06-18", BATCH)
        await exchange(ws, "initialize again", initialize("2025-06-18"))

    async with websockets.connect(url) as ws:
        emit({"step": "no subprotocol offered", "received": ws.subprotocol})
        await exchange(ws, "initialize unknown version", initialize("1999-01-01"))

    emit({"step": "done"})


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
