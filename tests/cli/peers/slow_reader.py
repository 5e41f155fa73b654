#!/usr/bin/python3
"""A WebSocket server that reads slowly, for the backpressure tests of `sockscope connect`.

Accepts one client, answers its opening handshake, then reads at most --chunk bytes every
--pause seconds and checks that the text messages are the lines "1", "2", "3", ... (their
first whitespace-separated word) in order. Written with the standard library only (no
websockets package), so nothing reads faster than this loop.

Prints {"port": N} once listening, then {"messages": N, "inOrder": bool, "firstBad": "...",
"closeCode": C} when the client has closed (or the connection ended).
"""

import argparse
import asyncio
import base64
import hashlib
import json
import struct
import sys

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def emit(**fields):
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


class Reader:
    def __init__(self):
        self.buffer = bytearray()
        self.messages = 0
        self.in_order = True
        self.first_bad = None
        self.close_code = None

    def feed(self, data):
        self.buffer += data
        offset = 0
        buffer = self.buffer
        while True:
            if len(buffer) - offset < 2:
                break
            b0, b1 = buffer[offset], buffer[offset + 1]
            opcode = b0 & 0x0F
            length = b1 & 0x7F
            header = 2
            if length == 126:
                if len(buffer) - offset < 4:
                    break
                length = struct.unpack_from("!H", buffer, offset + 2)[0]
                header = 4
            elif length == 127:
                if len(buffer) - offset < 10:
                    break
                length = struct.unpack_from("!Q", buffer, offset + 2)[0]
                header = 10
            masked = b1 & 0x80
            mask_bytes = 4 if masked else 0
            end = offset + header + mask_bytes + length
            if len(buffer) < end:
                break
            payload = bytes(buffer[offset + header + mask_bytes:end])
            if masked:
                mask = buffer[offset + header:offset + header + 4]
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload)) if length < 64 else \
                    (int.from_bytes(payload, "big") ^ int.from_bytes((bytes(mask) * (length // 4 + 1))[:length], "big")).to_bytes(length, "big")
            offset = end
            if opcode == 0x1:
                self.messages += 1
                word = payload.split(b" ", 1)[0]
                if self.in_order and word != str(self.messages).encode():
                    self.in_order = False
                    self.first_bad = f"message {self.messages}: {payload[:40]!r}"
            elif opcode == 0x8:
                self.close_code = struct.unpack_from("!H", payload)[0] if len(payload) >= 2 else 1005
                del buffer[:offset]
                return True
        del buffer[:offset]
        return False


async def serve(args):
    done = asyncio.get_running_loop().create_future()

    async def client(reader, writer):
        request = await reader.readuntil(b"\r\n\r\n")
        key = b""
        for line in request.split(b"\r\n"):
            if line.lower().startswith(b"sec-websocket-key:"):
                key = line.split(b":", 1)[1].strip()
        accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
        writer.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
        await writer.drain()
        frames = Reader()
        closed = False
        while not closed:
            data = await reader.read(args.chunk)
            if not data:
                break
            closed = frames.feed(data)
            await asyncio.sleep(args.pause)
        if closed:
            writer.write(b"\x88\x02" + struct.pack("!H", frames.close_code or 1000))
            await writer.drain()
        writer.close()
        if not done.done():
            done.set_result(frames)

    server = await asyncio.start_server(client, "127.0.0.1", 0, limit=2 ** 20)
    emit(port=server.sockets[0].getsockname()[1])
    frames = await asyncio.wait_for(done, args.timeout)
    emit(messages=frames.messages, inOrder=frames.in_order, firstBad=frames.first_bad, closeCode=frames.close_code)
    server.close()
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunk", type=int, default=65536)
    parser.add_argument("--pause", type=float, default=0.002)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    try:
        return asyncio.run(serve(args))
    except asyncio.TimeoutError:
        emit(error="timeout")
        return 2


if __name__ == "__main__":
    sys.exit(main())
