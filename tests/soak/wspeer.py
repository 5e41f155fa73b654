"""A minimal RFC 6455 client on a plain blocking socket, standard library only, for the soak.

It does what the soak needs and nothing more: the opening handshake (checking the accept key
and, when asked, the subprotocol), masked frames out, fragmented messages in, answering the
server's pings, a proper close handshake, and the three rude ways to leave: a TCP reset
(SO_LINGER 0), a FIN without a close frame, and hanging up in the middle of the handshake.
"""

import base64
import hashlib
import os
import socket
import struct

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

OP_CONTINUATION, OP_TEXT, OP_BINARY = 0x0, 0x1, 0x2
OP_CLOSE, OP_PING, OP_PONG = 0x8, 0x9, 0xA


class PeerError(Exception):
    """The server did something a correct server must not (or did not answer in time)."""


class PeerClosed(PeerError):
    """The server closed the connection (a close frame, or the TCP connection ended)."""

    def __init__(self, message, code=None):
        super().__init__(message)
        self.code = code


def mask_bytes(payload, key):
    n = len(payload)
    if n == 0:
        return b""
    # One big-integer XOR is far cheaper in Python than a loop over the bytes.
    repeated = (key * (n // 4 + 1))[:n]
    return (int.from_bytes(payload, "big") ^ int.from_bytes(repeated, "big")).to_bytes(n, "big")


class WsPeer:
    def __init__(self, host, port, path="/", subprotocol=None, timeout=10.0):
        self.host = host
        self.port = port
        self.path = path
        self.subprotocol = subprotocol
        self.timeout = timeout
        self.sock = None
        self.buffer = bytearray()
        self.pings_answered = 0
        self.pongs_received = 0
        self.messages_received = 0

    # -- connecting -----------------------------------------------------------------------

    def tcp_connect(self):
        self.sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handshake_request(self):
        self.key = base64.b64encode(os.urandom(16))
        lines = [f"GET {self.path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Upgrade: websocket",
                 "Connection: Upgrade", f"Sec-WebSocket-Key: {self.key.decode()}", "Sec-WebSocket-Version: 13"]
        if self.subprotocol:
            lines.append(f"Sec-WebSocket-Protocol: {self.subprotocol}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def connect(self):
        self.tcp_connect()
        self.sock.sendall(self.handshake_request())
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
            if len(self.buffer) > 65536:
                raise PeerError("handshake answer larger than 64 KiB")
        head, _, rest = bytes(self.buffer).partition(b"\r\n\r\n")
        self.buffer = bytearray(rest)
        lines = head.decode("latin-1").split("\r\n")
        if not lines[0].startswith("HTTP/1.1 101"):
            raise PeerError(f"handshake refused: {lines[0]}")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        expected = base64.b64encode(hashlib.sha1(self.key + GUID).digest()).decode()
        if headers.get("sec-websocket-accept") != expected:
            raise PeerError("wrong Sec-WebSocket-Accept")
        if self.subprotocol and headers.get("sec-websocket-protocol") != self.subprotocol:
            raise PeerError(f"subprotocol {self.subprotocol} not selected")
        return self

    # -- frames ---------------------------------------------------------------------------

    def _fill(self):
        try:
            chunk = self.sock.recv(65536)
        except socket.timeout:
            raise PeerError(f"no answer within {self.timeout:.0f} s") from None
        except ConnectionError as e:
            raise PeerClosed(f"TCP connection ended: {e}") from None
        if not chunk:
            raise PeerClosed("TCP connection ended without a close frame")
        self.buffer += chunk

    def _take(self, n):
        while len(self.buffer) < n:
            self._fill()
        out = bytes(self.buffer[:n])
        del self.buffer[:n]
        return out

    def send_frame(self, opcode, payload=b"", fin=True):
        header = bytearray([(0x80 if fin else 0) | opcode])
        n = len(payload)
        if n < 126:
            header.append(0x80 | n)
        elif n < 65536:
            header.append(0x80 | 126)
            header += struct.pack("!H", n)
        else:
            header.append(0x80 | 127)
            header += struct.pack("!Q", n)
        key = os.urandom(4)
        self.sock.sendall(bytes(header) + key + mask_bytes(payload, key))

    def send_text(self, text, fragments=1):
        data = text.encode() if isinstance(text, str) else text
        if fragments <= 1 or len(data) < fragments:
            self.send_frame(OP_TEXT, data)
            return
        step = len(data) // fragments
        parts = [data[i * step:(i + 1) * step] for i in range(fragments - 1)] + [data[(fragments - 1) * step:]]
        for i, part in enumerate(parts):
            self.send_frame(OP_TEXT if i == 0 else OP_CONTINUATION, part, fin=i == len(parts) - 1)

    def send_binary(self, data):
        self.send_frame(OP_BINARY, data)

    def read_frame(self):
        b0, b1 = self._take(2)
        if b1 & 0x80:
            raise PeerError("the server masked a frame")
        n = b1 & 0x7F
        if n == 126:
            n = struct.unpack("!H", self._take(2))[0]
        elif n == 127:
            n = struct.unpack("!Q", self._take(8))[0]
        return bool(b0 & 0x80), b0 & 0x0F, self._take(n)

    def read_message(self):
        """The next text or binary message as (opcode, bytes); answers pings on the way."""
        parts = []
        first_op = None
        while True:
            fin, op, payload = self.read_frame()
            if op == OP_PING:
                self.send_frame(OP_PONG, payload)
                self.pings_answered += 1
                continue
            if op == OP_PONG:
                self.pongs_received += 1
                continue
            if op == OP_CLOSE:
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else None
                try:
                    self.send_frame(OP_CLOSE, payload[:2])
                except OSError:
                    pass
                raise PeerClosed(f"the server closed with {code} {payload[2:].decode(errors='replace')}", code)
            if op in (OP_TEXT, OP_BINARY):
                if first_op is not None:
                    raise PeerError("a new message inside a fragmented one")
                first_op = op
            elif op != OP_CONTINUATION or first_op is None:
                raise PeerError(f"unexpected opcode {op}")
            parts.append(payload)
            if fin:
                self.messages_received += 1
                return first_op, b"".join(parts)

    # -- leaving --------------------------------------------------------------------------

    def close(self, code=1000):
        """The close handshake: our close frame, then wait for the server's."""
        try:
            self.send_frame(OP_CLOSE, struct.pack("!H", code))
            while True:
                fin, op, payload = self.read_frame()
                if op == OP_CLOSE:
                    break
                if op == OP_PING:
                    self.send_frame(OP_PONG, payload)
            # RFC 6455 7.1.1: the server closes the TCP connection first; wait for its FIN.
            try:
                while self.sock.recv(4096):
                    pass
            except (socket.timeout, OSError):
                pass
        finally:
            self.sock.close()

    def reset(self):
        """Leave with a TCP reset: no close frame, no FIN."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()

    def hang_up(self):
        """Leave with a FIN but no close frame."""
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()

    def discard(self):
        """Close whatever is left (after an error)."""
        if self.sock is not None:
            try:
                self.sock.close()
            except OSError:
                pass
