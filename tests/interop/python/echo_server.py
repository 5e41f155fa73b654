#!/usr/bin/env python3
"""A WebSocket peer built on Python `websockets` (Debian's python3-websockets, 10.x), for
Sockscope's interop and command-line tests. Nobody here wrote the library, which is the point.

It listens on 127.0.0.1 (port 0 unless --port), prints the port as the FIRST line of standard
output, and echoes every message with its type. A few text messages are commands:

  __request__          reply with a JSON object: the request path, headers ([name, value]
                       pairs, in order) and the negotiated subprotocol (null when none)
  __big__ N            reply with a text message of N bytes
  __close__ CODE [R]   close with CODE and reason R
  __drop__             drop the TCP connection without a close frame

Options: --subprotocol NAME (repeatable; selected only when the client offered it),
--require-bearer TOKEN (otherwise HTTP 401 with a body), --max-size BYTES, --tls-cert/--tls-key
(wss), --no-pong (never answer pings), --stop-reading (stop reading after the handshake),
--exit-on-stdin-eof (exit when standard input ends, so a test runner that dies takes its
servers with it).
"""

import argparse
import asyncio
import http
import json
import os
import signal
import ssl
import sys

import websockets
import websockets.legacy.server

REFUSAL_BODY = b"missing or wrong bearer token\n"


class SilentProtocol(websockets.legacy.server.WebSocketServerProtocol):
    """Receives pings as usual but never sends the pong (a peer whose heartbeat broke)."""

    async def pong(self, data=b""):
        return None


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--subprotocol", action="append", default=[])
    parser.add_argument("--require-bearer", metavar="TOKEN")
    parser.add_argument("--max-size", type=int, default=64 * 1024 * 1024)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--no-pong", action="store_true")
    parser.add_argument("--stop-reading", action="store_true")
    parser.add_argument("--exit-on-stdin-eof", action="store_true")
    return parser.parse_args()


def main():
    options = parse_arguments()

    def select_subprotocol(offered, supported):
        # Select exactly what the client offered (MCP's rule for "mcp"), never more.
        for name in offered:
            if name in supported:
                return name
        return None

    async def process_request(path, headers):
        if options.require_bearer is None:
            return None
        if headers.get("Authorization") == "Bearer " + options.require_bearer:
            return None
        return (http.HTTPStatus.UNAUTHORIZED,
                [("WWW-Authenticate", 'Bearer realm="sockscope-test"'), ("Content-Type", "text/plain")],
                REFUSAL_BODY)

    async def handler(websocket):
        path = websocket.path
        if options.stop_reading:
            websocket.transport.pause_reading()
            await websocket.wait_closed()
            return
        try:
            async for message in websocket:
                if isinstance(message, str) and message.startswith("__"):
                    if await command(websocket, path, message):
                        continue
                await websocket.send(message)
        except websockets.ConnectionClosed:
            pass

    async def command(websocket, path, message):
        words = message.split(" ", 2)
        if words[0] == "__request__":
            await websocket.send(json.dumps({
                "path": path,
                "headers": [[name, value] for name, value in websocket.request_headers.raw_items()],
                "subprotocol": websocket.subprotocol,
            }))
            return True
        if words[0] == "__big__" and len(words) >= 2:
            await websocket.send("x" * int(words[1]))
            return True
        if words[0] == "__close__" and len(words) >= 2:
            await websocket.close(int(words[1]), words[2] if len(words) > 2 else "")
            return True
        if words[0] == "__drop__":
            websocket.transport.abort()
            return True
        return False

    ssl_context = None
    if options.tls_cert:
        ssl_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ssl_context.load_cert_chain(options.tls_cert, options.tls_key)

    async def serve():
        loop = asyncio.get_running_loop()
        stop = loop.create_future()

        def request_stop():
            if not stop.done():
                stop.set_result(None)

        for number in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(number, request_stop)
        if options.exit_on_stdin_eof:
            def on_stdin():
                if not os.read(sys.stdin.fileno(), 4096):
                    loop.remove_reader(sys.stdin.fileno())
                    request_stop()
            loop.add_reader(sys.stdin.fileno(), on_stdin)
        async with websockets.serve(
            handler, "127.0.0.1", options.port,
            subprotocols=options.subprotocol or None,
            select_subprotocol=select_subprotocol if options.subprotocol else None,
            process_request=process_request,
            max_size=options.max_size or None,
            ssl=ssl_context,
            # The client under test runs the heartbeat; the server never pings on its own.
            ping_interval=None,
            create_protocol=SilentProtocol if options.no_pong else None,
        ) as server:
            port = server.sockets[0].getsockname()[1]
            print(port, flush=True)
            await stop

    asyncio.run(serve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
