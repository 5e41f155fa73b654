#!/usr/bin/python3
"""Hostile peers and faults against `sockscope serve` and `sockscope mock` (issue 10, items 2-3).

Starts `sockscope serve --echo --port 0`, then `sockscope mock --port 0`, then once more
`sockscope serve` limited to 128 open files (RLIMIT_NOFILE) for the descriptor-exhaustion case.
For each, a well-behaved client (a separate process running this file with --good-client: a raw
RFC 6455 client that masks its frames; for the mock it does `initialize` and then `tools/call
echo`) keeps one request going every ~50 ms and checks that every answer arrives within a
deadline, and every second opens a fresh connection as well. Meanwhile each hostile case runs in
turn on 127.0.0.1. For every case the tool checks:

  * the server is still alive;
  * the good client saw no failure (its worst latency is reported);
  * the server's RSS (/proc/PID/status VmRSS): before, peak and after the bad peers are gone,
    against --rss-growth-mib (peak - before) and --rss-return-mib (after - before);
  * the events the server printed for the bad peers: every bad peer is accounted for, and each
    produced exactly one clear error or refusal naming the problem (or none, for the legal
    edge cases such as a message exactly at the size limit).

It prints a Markdown table and exits 0 only when every case passed. Standard library only;
every loop is bounded in count and time; nothing leaves 127.0.0.1.

    hostile_peers.py [--sockscope PATH] [--only CASE,...] [--quick] [--json FILE]
"""

import argparse
import base64
import collections
import hashlib
import json
import os
import resource
import select
import selectors
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

HOST = "127.0.0.1"
GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MIB = 1024 * 1024

OP_CONT, OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA


# ---------------------------------------------------------------------------------------------
# RFC 6455 on raw sockets
# ---------------------------------------------------------------------------------------------

def mask_bytes(data, key):
    if not data:
        return b""
    n = len(data)
    stream = (key * (n // 4 + 1))[:n]
    return (int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")).to_bytes(n, "big")


def frame(opcode, payload=b"", fin=True, rsv=0, masked=True, length=None, key=None):
    """One frame as a client sends it (masked unless told otherwise). `length` overrides
    the length field (for frames that lie about their size)."""
    n = len(payload) if length is None else length
    b0 = (0x80 if fin else 0) | ((rsv & 7) << 4) | (opcode & 0xF)
    m = 0x80 if masked else 0
    if n < 126:
        head = struct.pack("!BB", b0, m | n)
    elif n < 65536:
        head = struct.pack("!BBH", b0, m | 126, n)
    else:
        head = struct.pack("!BBQ", b0, m | 127, n)
    if not masked:
        return head + payload
    key = key or os.urandom(4)
    return head + key + mask_bytes(payload, key)


def close_payload(code, reason=b""):
    return struct.pack("!H", code) + reason


class FrameReader:
    """Decodes the frames a server sends (unmasked)."""

    def __init__(self):
        self.buf = bytearray()

    def feed(self, data):
        self.buf += data

    def next(self):
        b = self.buf
        if len(b) < 2:
            return None
        fin, opcode, masked, n, pos = bool(b[0] & 0x80), b[0] & 0xF, b[1] & 0x80, b[1] & 0x7F, 2
        if n == 126:
            if len(b) < 4:
                return None
            n, pos = struct.unpack_from("!H", b, 2)[0], 4
        elif n == 127:
            if len(b) < 10:
                return None
            n, pos = struct.unpack_from("!Q", b, 2)[0], 10
        key = None
        if masked:
            if len(b) < pos + 4:
                return None
            key, pos = bytes(b[pos:pos + 4]), pos + 4
        if len(b) < pos + n:
            return None
        payload = bytes(b[pos:pos + n])
        del b[:pos + n]
        if key:
            payload = mask_bytes(payload, key)
        return fin, opcode, payload


def upgrade_request(port, path, subprotocol=None, extra=b""):
    key = base64.b64encode(os.urandom(16))
    lines = [b"GET " + path.encode() + b" HTTP/1.1", b"Host: 127.0.0.1:%d" % port, b"Upgrade: websocket",
             b"Connection: Upgrade", b"Sec-WebSocket-Key: " + key, b"Sec-WebSocket-Version: 13"]
    if subprotocol:
        lines.append(b"Sec-WebSocket-Protocol: " + subprotocol.encode())
    return b"\r\n".join(lines) + b"\r\n" + extra + b"\r\n", key


def read_http_head(sock, deadline, limit=65536):
    buf = b""
    while b"\r\n\r\n" not in buf:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("no HTTP answer in time")
        sock.settimeout(remaining)
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("connection closed during the opening handshake")
        buf += chunk
        if len(buf) > limit:
            raise ConnectionError("HTTP head too long")
    head, _, rest = buf.partition(b"\r\n\r\n")
    parts = head.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0, head, rest


class Conn:
    """A client WebSocket connection on a blocking socket."""

    def __init__(self, sock, leftover=b""):
        self.sock = sock
        self.reader = FrameReader()
        self.reader.feed(leftover)
        self.eof = False

    @classmethod
    def open(cls, port, path, subprotocol=None, timeout=10.0):
        sock = socket.create_connection((HOST, port), timeout=timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            request, key = upgrade_request(port, path, subprotocol)
            sock.sendall(request)
            status, head, rest = read_http_head(sock, time.monotonic() + timeout)
            if status != 101:
                raise ConnectionError("upgrade answered with HTTP %d" % status)
            accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
            if b"sec-websocket-accept: " + accept.lower() not in head.lower():
                raise ConnectionError("bad Sec-WebSocket-Accept")
        except BaseException:
            sock.close()
            raise
        return cls(sock, rest)

    def local_port(self):
        return self.sock.getsockname()[1]

    def send(self, opcode, payload=b"", **kw):
        self.sock.sendall(frame(opcode, payload, **kw))

    def send_raw(self, data):
        self.sock.sendall(data)

    def recv_frame(self, deadline):
        """The next frame, or None at EOF. Raises TimeoutError past the deadline."""
        while True:
            f = self.reader.next()
            if f is not None:
                return f
            if self.eof:
                return None
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no frame in time")
            self.sock.settimeout(remaining)
            try:
                chunk = self.sock.recv(1 << 20)
            except socket.timeout:
                raise TimeoutError("no frame in time")
            except (ConnectionResetError, BrokenPipeError):
                chunk = b""
            if not chunk:
                self.eof = True
            else:
                self.reader.feed(chunk)

    def recv_message(self, deadline):
        """('text'|'binary', data), ('close', code, reason) or ('eof',). Answers pings."""
        parts, kind = [], None
        while True:
            f = self.recv_frame(deadline)
            if f is None:
                return ("eof",)
            fin, opcode, payload = f
            if opcode == OP_PING:
                try:
                    self.send(OP_PONG, payload)
                except OSError:
                    pass
                continue
            if opcode == OP_PONG:
                continue
            if opcode == OP_CLOSE:
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                return ("close", code, payload[2:].decode("utf-8", "replace"))
            if opcode in (OP_TEXT, OP_BINARY):
                kind, parts = ("text" if opcode == OP_TEXT else "binary"), [payload]
            else:
                parts.append(payload)
            if fin:
                return (kind, b"".join(parts))

    def wait_close(self, deadline, reply=True):
        """Reads until the server's close frame (answered with the same code) or EOF.
        Returns (code or None, reason, how it ended)."""
        try:
            while True:
                m = self.recv_message(deadline)
                if m[0] == "eof":
                    return None, "", "eof"
                if m[0] == "close":
                    if reply:
                        try:
                            self.send(OP_CLOSE, close_payload(m[1]) if m[1] != 1005 else b"")
                        except OSError:
                            pass
                    return m[1], m[2], "close"
        except TimeoutError:
            return None, "", "timeout"
        except OSError as e:
            return None, "", type(e).__name__

    def close(self, code=1000, deadline=None):
        deadline = deadline or time.monotonic() + 5
        try:
            self.send(OP_CLOSE, close_payload(code))
            self.wait_close(deadline, reply=False)
        except OSError:
            pass
        self.sock.close()

    def reset(self):
        """Drops the connection with a TCP RST."""
        try:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.sock.close()


def mcp_request(rid, method, params=None):
    message = {"jsonrpc": "2.0", "id": rid, "method": method}
    if params is not None:
        message["params"] = params
    return json.dumps(message, separators=(",", ":")).encode()


def echo_call(rid, text):
    return mcp_request(rid, "tools/call", {"name": "echo", "arguments": {"text": text}})


def padded_echo_call(rid, size):
    """A tools/call of the echo tool exactly `size` bytes long."""
    base = len(echo_call(rid, ""))
    if size < base:
        raise ValueError("too small")
    return echo_call(rid, "x" * (size - base))


def mcp_initialize(conn, deadline):
    conn.send(OP_TEXT, mcp_request(0, "initialize", {
        "protocolVersion": "2025-06-18", "capabilities": {},
        "clientInfo": {"name": "hostile-peers", "version": "1"}}))
    await_id(conn, 0, deadline)
    conn.send(OP_TEXT, b'{"jsonrpc":"2.0","method":"notifications/initialized"}')


def await_id(conn, rid, deadline):
    """Waits for the JSON-RPC answer with this id; returns the parsed answer."""
    while True:
        m = conn.recv_message(deadline)
        if m[0] in ("eof", "close"):
            raise ConnectionError("connection ended while waiting for id %r: %r" % (rid, m))
        if m[0] != "text":
            continue
        try:
            answer = json.loads(m[1])
        except ValueError:
            continue
        if isinstance(answer, dict) and answer.get("id") == rid:
            return answer


def await_text(conn, expected, deadline):
    while True:
        m = conn.recv_message(deadline)
        if m[0] in ("eof", "close"):
            raise ConnectionError("connection ended while waiting for the echo: %r" % (m,))
        if m[0] == "text" and m[1] == expected:
            return


# ---------------------------------------------------------------------------------------------
# The well-behaved client (its own process, so the hostile work here cannot slow it down)
# ---------------------------------------------------------------------------------------------

def good_client_main(args):
    lock = threading.Lock()

    def emit(**kw):
        with lock:
            sys.stdout.write(json.dumps(kw) + "\n")
            sys.stdout.flush()

    stop = threading.Event()

    def wait_for_stop():
        sys.stdin.read()
        stop.set()

    threading.Thread(target=wait_for_stop, daemon=True).start()
    subprotocol = "mcp" if args.good_mcp else None

    def open_session(path):
        conn = Conn.open(args.port, path, subprotocol, timeout=args.deadline)
        if args.good_mcp:
            mcp_initialize(conn, time.monotonic() + args.deadline)
        return conn

    def exchange(conn, n):
        if args.good_mcp:
            conn.send(OP_TEXT, echo_call(n, "good %d" % n))
            answer = await_id(conn, n, time.monotonic() + args.deadline)
            if "result" not in answer or answer["result"].get("isError"):
                raise ValueError("bad answer: %r" % answer)
        else:
            payload = b"good %d" % n
            conn.send(OP_TEXT, payload)
            await_text(conn, payload, time.monotonic() + args.deadline)

    conn, n = None, 0
    next_probe = time.monotonic() + args.probe_every
    hard_end = time.monotonic() + args.max_seconds
    while not stop.is_set() and time.monotonic() < hard_end:
        t0 = time.monotonic()
        if conn is None:
            try:
                conn = open_session("/good/main")
                emit(kind="connected", t=t0, port=conn.local_port())
            except Exception as e:  # noqa: BLE001 - any failure is reported
                emit(kind="connect", ok=False, t=t0, error=repr(e))
                stop.wait(0.2)
                continue
        n += 1
        t0 = time.monotonic()
        try:
            exchange(conn, n)
            emit(kind="request", ok=True, t=t0, ms=(time.monotonic() - t0) * 1000)
        except Exception as e:  # noqa: BLE001
            emit(kind="request", ok=False, t=t0, ms=(time.monotonic() - t0) * 1000, error=repr(e))
            conn.reset()
            conn = None
        if time.monotonic() >= next_probe:
            next_probe = time.monotonic() + args.probe_every
            p0 = time.monotonic()
            try:
                probe = open_session("/good/probe")
                exchange(probe, 1_000_000 + n)
                probe.close(1000, time.monotonic() + args.deadline)
                emit(kind="probe", ok=True, t=p0, ms=(time.monotonic() - p0) * 1000)
            except Exception as e:  # noqa: BLE001
                emit(kind="probe", ok=False, t=p0, ms=(time.monotonic() - p0) * 1000, error=repr(e))
        stop.wait(max(0.0, t0 + args.interval - time.monotonic()))
    if conn is not None:
        conn.close(1000, time.monotonic() + args.deadline)
    emit(kind="stopped", t=time.monotonic(), requests=n)
    return 0


class GoodClient:
    def __init__(self, port, mcp, cfg):
        cmd = [sys.executable, os.path.abspath(__file__), "--good-client", "--port", str(port),
               "--interval", str(cfg.interval), "--deadline", str(cfg.deadline),
               "--probe-every", str(cfg.probe_every), "--max-seconds", "900"]
        if mcp:
            cmd.append("--good-mcp")
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.records = []
        self.lock = threading.Lock()
        self.stderr = b""
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_err, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            with self.lock:
                self.records.append(record)

    def _read_err(self):
        self.stderr = self.proc.stderr.read()

    def wait_connected(self, timeout):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self.lock:
                if any(r["kind"] == "request" and r.get("ok") for r in self.records):
                    return True
            time.sleep(0.05)
        return False

    def between(self, t0, t1):
        with self.lock:
            return [r for r in self.records if t0 <= r.get("t", 0) <= t1]

    def stop(self, timeout):
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        return self.proc.returncode


# ---------------------------------------------------------------------------------------------
# The server under test
# ---------------------------------------------------------------------------------------------

def read_rss_kib(pid):
    try:
        with open("/proc/%d/status" % pid, "rb") as f:
            for line in f:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class Server:
    # Incoming pings and pongs are only counted, not kept: a ping flood prints a line per ping.
    SKIP = (b'"kind":"ping"', b'"kind":"pong"')

    def __init__(self, binary, command, args, low_fds=None):
        self.command = command
        self.argv = [binary, command] + args
        limit_fds = None
        if low_fds:

            def limit_fds():
                resource.setrlimit(resource.RLIMIT_NOFILE, (low_fds, low_fds))
        self.proc = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, preexec_fn=limit_fds)
        self.url = None
        self.url_ready = threading.Event()
        self.lock = threading.Lock()
        self.events = []
        self.skipped = 0
        self.unparsable = []
        self.stderr = bytearray()
        self.rss = []  # (monotonic, KiB)
        self.lines = 0
        threading.Thread(target=self._read_out, daemon=True).start()
        threading.Thread(target=self._read_err, daemon=True).start()
        threading.Thread(target=self._sample, daemon=True).start()

    def _read_out(self):
        for raw in self.proc.stdout:
            line = raw.rstrip(b"\n")
            if self.url is None:
                self.url = line.decode("utf-8", "replace")
                self.url_ready.set()
                continue
            self.lines += 1
            if any(s in line for s in self.SKIP) and b'"dir":"in"' in line:
                self.skipped += 1
                continue
            try:
                event = json.loads(line)
            except ValueError:
                self.unparsable.append(line[:200])
                continue
            with self.lock:
                self.events.append(event)
        self.url_ready.set()

    def _read_err(self):
        for chunk in iter(lambda: self.proc.stderr.read1(65536), b""):
            self.stderr += chunk

    def _sample(self):
        while self.proc.poll() is None:
            kib = read_rss_kib(self.proc.pid)
            if kib is not None:
                with self.lock:
                    self.rss.append((time.monotonic(), kib))
            time.sleep(0.02)

    @property
    def port(self):
        return int(self.url.rsplit(":", 1)[1].strip("/"))

    def alive(self):
        return self.proc.poll() is None

    def rss_now(self):
        return read_rss_kib(self.proc.pid) or 0

    def rss_peak(self, t0, t1):
        with self.lock:
            values = [kib for t, kib in self.rss if t0 <= t <= t1]
        return max(values) if values else 0

    def event_count(self):
        with self.lock:
            return len(self.events)

    def events_from(self, index):
        with self.lock:
            return list(self.events[index:])

    def all_events(self):
        with self.lock:
            return list(self.events)

    def stop(self, timeout):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
            return None
        return self.proc.returncode


# ---------------------------------------------------------------------------------------------
# Attributing events to peers
# ---------------------------------------------------------------------------------------------

def peer_finished(events):
    closes_in = any(e["kind"] == "close" and e["dir"] == "in" for e in events)
    closes_out = any(e["kind"] == "close" and e["dir"] == "out" for e in events)
    for e in events:
        if e["kind"] == "refused":
            return True
        if e["kind"] == "error" and e.get("error") in ("handshake-abandoned", "tls"):
            return True
        if e["kind"] == "close" and e["dir"] == "local":
            return True
    return closes_in and closes_out


def signature(e):
    if e["kind"] == "clean":
        return "no error, closed cleanly"
    if e["kind"] == "refused":
        status = e.get("httpStatus")
        return "refused %s%s" % (e.get("reason"), " %s" % status if status else "")
    if e["kind"] == "error":
        code = e.get("closeCode")
        return "error %s%s" % (e.get("error"), " (%s)" % code if code else "")
    if e["kind"] == "close":
        return "close %s %s" % (e["dir"], e.get("code"))
    return e["kind"]


class Expect:
    """What the server must report for each bad peer of a case."""

    def __init__(self, kind, ident=None, code=None, allowed=(), extra_ok=()):
        self.kind = kind          # refused | error | clean | terminal | stall
        self.ident = ident        # refusal reason or error id
        self.code = code          # HTTP status or close code
        self.allowed = allowed    # terminal: acceptable error/refusal ids
        self.extra_ok = extra_ok  # error ids that may follow the one expected

    def describe(self):
        if self.kind == "refused":
            return "1 refused %s %s" % (self.ident, self.code or "")
        if self.kind == "error":
            return "1 error %s (%s)" % (self.ident, self.code)
        if self.kind == "clean":
            return "no error"
        if self.kind == "stall":
            return "1 backpressure notice, nothing refused"
        return "1 of %s" % ", ".join(self.allowed)

    def check(self, events):
        errors = [e for e in events if e["kind"] == "error"]
        refused = [e for e in events if e["kind"] == "refused"]
        if self.kind == "refused":
            if len(refused) != 1 or errors:
                return False
            r = refused[0]
            return r.get("reason") == self.ident and (self.code is None or r.get("httpStatus") == self.code)
        if self.kind == "error":
            main = [e for e in errors if e.get("error") == self.ident]
            others = [e for e in errors if e.get("error") not in (self.ident,) + tuple(self.extra_ok)]
            if len(main) != 1 or others or refused:
                return False
            return self.code is None or main[0].get("closeCode") == self.code
        if self.kind == "clean":
            return not errors and not refused
        if self.kind == "stall":
            # One backpressure notice when the answers pass the mark; nothing refused. When the
            # peer then vanishes, what was still queued for it (unsent-discarded) and, if the
            # reset cut one of its own requests in half, that request (truncated-message).
            waits = [e for e in events if e["kind"] == "notice" and e.get("notice") == "backpressure" and e.get("waiting")]
            return len(waits) >= 1 and not refused and all(
                e.get("error") in ("unsent-discarded", "truncated-message") for e in errors) and len(errors) <= 2
        # terminal: exactly one error/refusal from the allowed set, or a plain close.
        reports = errors + refused
        if len(reports) > 1:
            return False
        if reports:
            r = reports[0]
            return (r.get("error") or r.get("reason")) in self.allowed
        return any(e["kind"] == "close" for e in events)


class Outcome:
    def __init__(self, did, peers, expect, checks=None):
        self.did = did          # what the server did, as the bad peers saw it
        self.peers = peers      # bad connections that reached the server
        self.expect = expect
        self.checks = checks or []  # extra (ok, text) checks of the case
        self.server_errors = {}     # error id -> count of server-level errors the case expects
        self.probes_may_wait = False  # fresh connections cannot be accepted for a while


# ---------------------------------------------------------------------------------------------
# The cases
# ---------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, target, server, cfg):
        self.target = target    # "serve" | "mock"
        self.server = server
        self.cfg = cfg
        self.port = server.port
        self.limit = cfg.limit
        self.scale = cfg.scale

    @property
    def mock(self):
        return self.target == "mock"

    def deadline(self, seconds):
        return time.monotonic() + seconds * self.scale

    def open_bad(self, name, subprotocol=None):
        return Conn.open(self.port, "/bad/" + name, subprotocol, timeout=10 * self.scale)


def count_text(counter):
    return ", ".join("%s ×%d" % (k, v) if v > 1 else k for k, v in sorted(counter.items())) or "-"


def violation(ctx, name, payloads, expect, before=None):
    """One bad peer per payload: handshake, optionally `before` (valid traffic), then the
    bad bytes; reads what the server answers (its close frame) and answers it."""
    seen = collections.Counter()
    for payload in payloads:
        conn = ctx.open_bad(name)
        if before:
            before(conn)
        try:
            conn.send_raw(payload)
        except OSError as e:
            seen["send failed: %s" % type(e).__name__] += 1
            conn.reset()
            continue
        code, reason, how = conn.wait_close(ctx.deadline(10))
        seen["close %s %r" % (code, reason) if code else how] += 1
        conn.sock.close()
    return Outcome(count_text(seen), len(payloads), expect)


def case_slowloris(ctx):
    """N half-open handshakes that trickle a header byte every 500 ms and never finish."""
    statuses, made = half_open_flood(ctx, ctx.cfg.half_open, rounds=1)
    return Outcome(count_text(statuses), made, Expect("refused", "handshake-timeout", 408),
                   [(statuses.get("HTTP 408", 0) == made, "every half-open peer got HTTP 408")])


def case_fd_exhaustion(ctx):
    """The slowloris again, against a server whose process may open only --low-fds files:
    more half-open peers than it has descriptors. It must say so once, keep its open
    connections going, and accept the rest once the first ones time out."""
    n = ctx.cfg.low_fds * 2
    statuses, made = half_open_flood(ctx, n, rounds=3)
    outcome = Outcome(count_text(statuses) + " (%d fds)" % ctx.cfg.low_fds, made,
                      Expect("refused", "handshake-timeout", 408),
                      [(statuses.get("HTTP 408", 0) == made, "every half-open peer got HTTP 408 in the end")])
    # Fresh connections wait in the kernel's queue while no descriptor is free. Whether the
    # server can tell (one accept-failed) depends on Qt: its socket engine keeps the first
    # error it saw, and after an earlier EAGAIN it takes EMFILE for "try again" as well.
    outcome.server_errors = {"accept-failed": (0, 1)}
    outcome.probes_may_wait = True
    return outcome


def half_open_flood(ctx, n, rounds):
    """Opens n half-open handshakes, trickles a byte into each every 500 ms, and reads what
    the server answers until every one is closed (or `rounds` handshake timeouts passed)."""
    sel = selectors.DefaultSelector()
    socks = []
    statuses = collections.Counter()
    try:
        for start in range(0, n, 100):
            batch = []
            for _ in range(min(100, n - start)):
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                s.setblocking(False)
                s.connect_ex((HOST, ctx.port))
                batch.append(s)
            end = ctx.deadline(10)
            pending = set(batch)
            while pending and time.monotonic() < end:
                _, writable, _ = select_writable(pending, 0.5)
                pending -= set(writable)
            for s in batch:
                try:
                    s.send(b"GET /bad/slowloris HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                except OSError:
                    statuses["send failed"] += 1
                    continue
                socks.append(s)
                sel.register(s, selectors.EVENT_READ, bytearray())
        open_socks = set(socks)
        end = ctx.deadline(rounds * ctx.cfg.handshake_timeout_ms / 1000 + 15)
        next_trickle = time.monotonic() + 0.5
        while open_socks and time.monotonic() < end:
            for key, _ in sel.select(timeout=0.1):
                s, buf = key.fileobj, key.data
                try:
                    chunk = s.recv(4096)
                except OSError:
                    chunk = b""
                if chunk:
                    buf += chunk
                    continue
                status = buf.split(b" ", 2)[1].decode() if buf.startswith(b"HTTP/") else "reset"
                statuses["HTTP %s" % status if status != "reset" else "no answer"] += 1
                sel.unregister(s)
                s.close()
                open_socks.discard(s)
            if time.monotonic() >= next_trickle:
                next_trickle = time.monotonic() + 0.5
                for s in list(open_socks):
                    try:
                        s.send(b"a")
                    except OSError:
                        pass
        for s in open_socks:
            statuses["still open"] += 1
    finally:
        for s in socks:
            try:
                sel.unregister(s)
            except (KeyError, ValueError):
                pass
            s.close()
        sel.close()
    return statuses, len(socks)


def select_writable(socks, timeout):
    return select.select([], list(socks), [], timeout)


def case_handshake_flood(ctx):
    """N complete upgrade requests as fast as one connection after the other goes, each
    dropped right after sending, without reading the answer."""
    n = ctx.cfg.flood
    made, failed = 0, 0
    end = ctx.deadline(30)
    for _ in range(n):
        if time.monotonic() > end:
            break
        try:
            s = socket.create_connection((HOST, ctx.port), timeout=5 * ctx.scale)
            request, _ = upgrade_request(ctx.port, "/bad/flood")
            s.sendall(request)
            s.close()
            made += 1
        except OSError:
            failed += 1
    did = "%d upgrades sent and dropped%s" % (made, ", %d connects failed" % failed if failed else "")
    return Outcome(did, made, Expect("terminal", allowed=("handshake-abandoned", "too-many-handshakes")),
                   [(made == n, "all %d flood connections were made" % n)])


def case_oversized_headers(ctx):
    """Headers over the 16 KiB limit: one complete request, one that never ends, and one
    peer that streams 4 MiB of header bytes as fast as it can."""
    seen = collections.Counter()
    variants = [
        upgrade_request(ctx.port, "/bad/headers", extra=b"X-Big: " + b"a" * (17 * 1024) + b"\r\n")[0],
        b"GET /bad/headers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"b" * (64 * 1024),
        None,
    ]
    for data in variants:
        s = socket.create_connection((HOST, ctx.port), timeout=10 * ctx.scale)
        try:
            if data is None:
                s.sendall(b"GET /bad/headers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Flood: ")
                chunk, sent = b"c" * 65536, 0
                try:
                    while sent < 4 * MIB:
                        s.sendall(chunk)
                        sent += len(chunk)
                except OSError:
                    pass
            else:
                s.sendall(data)
            status, _, _ = read_http_head(s, ctx.deadline(10))
            seen["HTTP %d" % status] += 1
        except (OSError, TimeoutError) as e:
            seen["no answer (%s)" % type(e).__name__] += 1
        finally:
            s.close()
    return Outcome(count_text(seen), len(variants), Expect("refused", "bad-handshake", 431),
                   [(seen.get("HTTP 431", 0) >= 2, "the complete and the unfinished request got HTTP 431")])


def case_bad_opcode(ctx):
    payloads = [frame(op, b"x") for op in (0x3, 0x7, 0xB, 0xF)]
    return violation(ctx, "opcode", payloads, Expect("error", "protocol-error", 1002))


def case_reserved_bits(ctx):
    payloads = [frame(OP_TEXT, b"rsv", rsv=r) for r in (4, 2, 1)]
    return violation(ctx, "rsv", payloads, Expect("error", "protocol-error", 1002))


def case_unmasked(ctx):
    payloads = [frame(OP_TEXT, b"unmasked", masked=False), frame(OP_PING, b"p", masked=False)]
    return violation(ctx, "unmasked", payloads, Expect("error", "protocol-error", 1002))


def case_control_too_long(ctx):
    payloads = [frame(OP_PING, b"p" * 126), frame(OP_PONG, b"q" * 200),
                frame(OP_CLOSE, close_payload(1000, b"r" * 124))]
    return violation(ctx, "control-long", payloads, Expect("error", "protocol-error", 1002))


def case_fragmented_control(ctx):
    payloads = [frame(OP_PING, b"a", fin=False) + frame(OP_CONT, b"b"),
                frame(OP_CLOSE, close_payload(1000), fin=False)]
    return violation(ctx, "control-fragmented", payloads, Expect("error", "protocol-error", 1002))


def case_invalid_utf8_text(ctx):
    payloads = [
        frame(OP_TEXT, b"\xff\xfe"),                                       # never valid
        frame(OP_TEXT, b"\xc0\xaf"),                                       # overlong
        frame(OP_TEXT, b"\xed\xa0\x80"),                                   # surrogate
        frame(OP_TEXT, b"ok \xe2\x82", fin=False) + frame(OP_CONT, b"\xff"),  # broken in fragment 2
        frame(OP_TEXT, b"ends inside \xe2\x82"),                           # truncated sequence
    ]
    return violation(ctx, "utf8-text", payloads, Expect("error", "invalid-utf8", 1007))


def case_invalid_utf8_close(ctx):
    payloads = [frame(OP_CLOSE, close_payload(1000, b"bad \xff reason")),
                frame(OP_CLOSE, close_payload(1001, b"\xed\xa0\x80"))]
    return violation(ctx, "utf8-close", payloads, Expect("error", "invalid-utf8", 1007))


def case_bad_close_codes(ctx):
    codes = (0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535)
    payloads = [frame(OP_CLOSE, close_payload(c, b"bad code")) for c in codes]
    payloads.append(frame(OP_CLOSE, b"\x03"))  # a one-byte close payload
    return violation(ctx, "close-code", payloads, Expect("error", "protocol-error", 1002))


def sized_message(ctx, size, rid):
    if ctx.mock:
        return padded_echo_call(rid, size)
    return b"s" * size


def case_size_under_limit(ctx):
    """limit - 1 and exactly limit bytes: legal, answered, no error."""
    seen = collections.Counter()
    ok = 0
    for rid, size in (("under", ctx.limit - 1), ("at", ctx.limit)):
        conn = ctx.open_bad("size-" + rid)
        try:
            if ctx.mock:
                mcp_initialize(conn, ctx.deadline(10))
            message = sized_message(ctx, size, rid)
            conn.send(OP_TEXT, message)
            if ctx.mock:
                answer = await_id(conn, rid, ctx.deadline(20))
                good = "result" in answer and not answer["result"].get("isError")
            else:
                m = conn.recv_message(ctx.deadline(20))
                good = m[0] == "text" and m[1] == message
            seen["%d B answered" % size if good else "%d B not answered" % size] += 1
            ok += good
            conn.close(1000, ctx.deadline(10))
        except (OSError, TimeoutError, ValueError) as e:
            seen["%d B failed: %s" % (size, type(e).__name__)] += 1
            conn.reset()
    return Outcome(count_text(seen), 2, Expect("clean"), [(ok == 2, "both messages were answered")])


def case_size_over_limit(ctx):
    """limit + 1 bytes in one frame and in 64 KiB fragments, and a frame header announcing
    1 TiB: closed with 1009 from the header, without buffering."""
    big = sized_message(ctx, ctx.limit + 1, "over")
    frag = 64 * 1024
    pieces = [big[i:i + frag] for i in range(0, len(big), frag)]
    fragmented = b"".join(frame(OP_TEXT if i == 0 else OP_CONT, p, fin=(i == len(pieces) - 1))
                          for i, p in enumerate(pieces))
    payloads = [frame(OP_TEXT, big), fragmented, frame(OP_BINARY, b"z" * 1024, length=1 << 40)]
    return violation(ctx, "size-over", payloads, Expect("error", "message-too-big", 1009))


def case_tiny_fragments(ctx):
    """A text message in N one-byte frames, and one of N frames that are nearly all empty:
    legal, answered, and the server counts the frames."""
    n = ctx.cfg.fragments
    seen = collections.Counter()
    ok = 0
    for variant in ("one-byte", "empty"):
        conn = ctx.open_bad("fragments-" + variant)
        try:
            if ctx.mock:
                mcp_initialize(conn, ctx.deadline(10))
            rid = "frag-" + variant
            message = sized_message(ctx, n if variant == "one-byte" else 200, rid)
            if variant == "one-byte":
                chunks = [message[i:i + 1] for i in range(n)]
            else:
                chunks = [message[:50]] + [b""] * (n - 2) + [message[50:]]
            wire = b"".join(frame(OP_TEXT if i == 0 else OP_CONT, c, fin=(i == n - 1)) for i, c in enumerate(chunks))
            conn.send_raw(wire)
            if ctx.mock:
                answer = await_id(conn, rid, ctx.deadline(20))
                good = "result" in answer
            else:
                m = conn.recv_message(ctx.deadline(20))
                good = m[0] == "text" and m[1] == message
            seen["%d frames answered" % n if good else "%d frames not answered" % n] += 1
            ok += good
            conn.close(1000, ctx.deadline(10))
        except (OSError, TimeoutError, ValueError) as e:
            seen["failed: %s" % type(e).__name__] += 1
            conn.reset()
    return Outcome(count_text(seen), 2, Expect("clean"), [(ok == 2, "both fragmented messages were answered")])


def case_vanish_mid_message(ctx):
    """Fault: peers that vanish in the middle of a frame (FIN, then RST), in the middle of a
    fragmented message, and in the middle of the opening handshake."""
    seen = collections.Counter()
    body = sized_message(ctx, 4000, "vanish")
    half_frame = frame(OP_TEXT, body)[:2000]
    cases = [("fin", half_frame, "close"), ("rst", half_frame, "reset"),
             ("fragment", frame(OP_TEXT, body[:1000], fin=False), "close")]
    for name, data, how in cases:
        conn = ctx.open_bad("vanish-" + name)
        conn.send_raw(data)
        time.sleep(0.05)
        if how == "reset":
            conn.reset()
        else:
            conn.sock.close()
        seen["sent %s, then %s" % ("half a frame" if name != "fragment" else "1 of N fragments",
                                   "RST" if how == "reset" else "FIN")] += 1
    outcome = Outcome(count_text(seen), len(cases), Expect("error", "truncated-message"))
    return outcome


def case_vanish_in_handshake(ctx):
    s = socket.create_connection((HOST, ctx.port), timeout=5 * ctx.scale)
    s.sendall(b"GET /bad/vanish-handshake HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    time.sleep(0.05)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()
    return Outcome("half an upgrade request, then RST", 1, Expect("error", "handshake-abandoned"))


def case_stalled_reader(ctx):
    """Fault: a peer that sends 64 KiB requests and never reads the answers. Under the default
    --on-queue-full wait the server says once that it waits for the socket and stops reading the
    peer: the peer's own sends block (TCP pushes back) and nothing is refused; the server's
    memory stays bounded by the send queue's mark."""
    conn = ctx.open_bad("stalled")
    conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    if ctx.mock:
        mcp_initialize(conn, ctx.deadline(10))
    sent, blocked_at = 0, None
    cap = ctx.cfg.stall_mib * MIB
    # A send that makes no progress for this long means the server stopped reading.
    conn.sock.settimeout(2 * ctx.scale)
    while sent < cap:
        message = padded_echo_call(sent, 64 * 1024) if ctx.mock else b"s" * (64 * 1024)
        try:
            conn.send(OP_TEXT, message)
        except (socket.timeout, TimeoutError):
            blocked_at = sent
            break
        sent += len(message)
    # The peer stays stalled a moment, then vanishes.
    time.sleep(0.3)
    conn.reset()
    did = ("the server stopped reading after %.1f MiB sent; peer then reset" % (blocked_at / MIB)) if blocked_at else \
        "the server read all %.1f MiB without stopping" % (sent / MIB)
    return Outcome(did, 1, Expect("stall"), [(blocked_at is not None, "the server stopped reading the stalled peer")])


def case_ping_flood_stalled(ctx):
    """Fault: a peer that floods 125-byte pings and never reads the pongs."""
    conn = ctx.open_bad("ping-flood")
    conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    one = frame(OP_PING, b"p" * 125, key=b"\x01\x02\x03\x04")
    chunk = one * (MIB // len(one))
    sent, end = 0, ctx.deadline(60)
    cap = ctx.cfg.ping_flood_mib * MIB
    try:
        while sent < cap and time.monotonic() < end:
            conn.send_raw(chunk)
            sent += len(chunk)
    except OSError:
        pass
    pings = sent // len(one)
    # Let the server take in what is in flight before the peer vanishes.
    drain_end = ctx.deadline(30)
    while ctx.server.skipped < pings and time.monotonic() < drain_end:
        time.sleep(0.1)
    conn.reset()
    # The RST throws away what the server's kernel still held: a ping cut in half there is a
    # truncated message, reported as such.
    return Outcome("%d pings (%.0f MiB) sent, none read; peer then reset" % (pings, sent / MIB), 1,
                   Expect("terminal", allowed=("truncated-message",)))


CASES = [
    ("slowloris", "slowloris: half-open handshakes", case_slowloris),
    ("handshake-flood", "handshake flood", case_handshake_flood),
    ("oversized-headers", "oversized headers", case_oversized_headers),
    ("bad-opcode", "bad opcodes 0x3 0x7 0xB 0xF", case_bad_opcode),
    ("reserved-bits", "reserved bits RSV1/2/3", case_reserved_bits),
    ("unmasked", "unmasked client frames", case_unmasked),
    ("control-too-long", "control frames over 125 bytes", case_control_too_long),
    ("fragmented-control", "fragmented control frames", case_fragmented_control),
    ("utf8-text", "invalid UTF-8 in text", case_invalid_utf8_text),
    ("utf8-close", "invalid UTF-8 in close reasons", case_invalid_utf8_close),
    ("close-codes", "close codes not allowed", case_bad_close_codes),
    ("size-under", "message just under / at the limit", case_size_under_limit),
    ("size-over", "message just over the limit", case_size_over_limit),
    ("tiny-fragments", "N tiny fragments", case_tiny_fragments),
    ("vanish", "fault: peer vanishes mid-message", case_vanish_mid_message),
    ("vanish-handshake", "fault: peer vanishes mid-handshake", case_vanish_in_handshake),
    ("stalled-reader", "fault: reader stalls, the server stops reading it", case_stalled_reader),
    ("ping-flood", "fault: ping flood, pongs never read", case_ping_flood_stalled),
]

# Against a server started with a low limit on open files (RLIMIT_NOFILE).
LOW_FD_CASES = [
    ("fd-exhaustion", "slowloris beyond the open-files limit", case_fd_exhaustion),
]


# ---------------------------------------------------------------------------------------------
# Running a case and judging it
# ---------------------------------------------------------------------------------------------

def good_peer_ids(events, known):
    for e in events:
        if e["kind"] == "open" and "peer" in e and str(e.get("path", "")).startswith("/good"):
            known.add(e["peer"])
    return known


def settle_rss(server, baseline, bound_kib, seconds):
    """RSS once the bad peers are gone: waits up to `seconds` for it to come back within the
    bound, and returns the last sample."""
    end = time.monotonic() + seconds
    rss = server.rss_now()
    while time.monotonic() < end and rss - baseline > bound_kib:
        time.sleep(0.1)
        rss = server.rss_now()
    return rss


def run_case(ctx, good, key, title, fn, good_ids):
    server, cfg = ctx.server, ctx.cfg
    # Quiet start: the previous case's last events are in.
    time.sleep(0.2)
    start_index = server.event_count()
    t0 = time.monotonic()
    rss_before = server.rss_now()
    error = None
    try:
        outcome = fn(ctx)
    except Exception as e:  # noqa: BLE001 - a crash of the case is a failed case
        import traceback
        error = "%s: %s" % (type(e).__name__, e)
        traceback.print_exc(file=sys.stderr)
        outcome = Outcome("case failed: " + error, 0, Expect("clean"))
    # Wait for the server to finish every bad peer.
    end = ctx.deadline(cfg.handshake_timeout_ms / 1000 + 15)
    while True:
        events = server.events_from(start_index)
        good_peer_ids(server.all_events(), good_ids)
        per_peer = collections.OrderedDict()
        stray = []
        for e in events:
            if "peer" not in e:
                if e["kind"] in ("error", "refused"):
                    stray.append(e)
                continue
            if e["peer"] in good_ids:
                continue
            per_peer.setdefault(e["peer"], []).append(e)
        finished = sum(1 for evs in per_peer.values() if peer_finished(evs))
        if (finished >= outcome.peers and len(per_peer) >= outcome.peers) or time.monotonic() > end \
                or not server.alive():
            break
        time.sleep(0.1)
    t_gone = time.monotonic()
    rss_after = settle_rss(server, rss_before, cfg.rss_return_mib * 1024, 3 * ctx.scale)
    # The good client answers for the whole case: at least two of its requests inside it.
    end = ctx.deadline(5)
    while time.monotonic() < end and sum(1 for r in good.between(t0, time.monotonic())
                                         if r["kind"] == "request") < 2:
        time.sleep(0.02)
    t1 = time.monotonic()
    rss_peak = max(server.rss_peak(t0, t1), rss_before, rss_after)

    records = good.between(t0, t1)
    requests = [r for r in records if r["kind"] == "request"]
    probes = [r for r in records if r["kind"] == "probe"]
    failures = [r for r in records if not r.get("ok", True)]
    worst = max([r["ms"] for r in requests + ([] if outcome.probes_may_wait else probes)] or [0.0])

    signatures = collections.Counter()
    bad_peers = []
    for peer, evs in per_peer.items():
        reports = [e for e in evs if e["kind"] in ("error", "refused")]
        if not reports:
            # Nothing wrong to report (a legal edge case, a peer that just went away): show how
            # it ended.
            reports = [e for e in evs if e["kind"] == "close" and e["dir"] == "local"][:1] or \
                [{"kind": "clean"}]
        for e in reports:
            signatures[signature(e)] += 1
        if not outcome.expect.check(evs):
            bad_peers.append((peer, [signature(e) for e in evs if e["kind"] in ("error", "refused", "close")]))

    for e in stray:
        signatures["server: " + signature(e)] += 1
    checks = list(outcome.checks)
    checks.append((server.alive(), "server alive"))
    checks.append((error is None, "case ran"))
    checks.append((len(per_peer) == outcome.peers,
                   "%d bad peers seen by the server, %d made" % (len(per_peer), outcome.peers)))
    checks.append((finished == len(per_peer), "%d of %d bad peers finished" % (finished, len(per_peer))))
    checks.append((not bad_peers, "every bad peer: %s%s" % (
        outcome.expect.describe(), "" if not bad_peers else "; not so: %r" % bad_peers[:3])))
    stray_ids = collections.Counter(e.get("error") or e.get("reason") for e in stray)
    allowed = {k: (v if isinstance(v, tuple) else (v,)) for k, v in outcome.server_errors.items()}
    checks.append((all(k in allowed and n in allowed[k] for k, n in stray_ids.items())
                   and all(0 in v or stray_ids.get(k, 0) in v for k, v in allowed.items()),
                   "server-level errors: %s" % (count_text(collections.Counter(signature(e) for e in stray))
                                                if stray else "none")))
    if outcome.probes_may_wait:
        # Fresh connections wait while no descriptor is free; the open one must not notice.
        failures = [r for r in failures if r["kind"] != "probe"]
        late_probes = [r for r in probes if r["t"] > t_gone]
        checks.append((any(r.get("ok") for r in late_probes) or not late_probes,
                       "fresh connections work again afterwards"))
    checks.append((not failures, "good client: no failure%s" % ("" if not failures else ": %r" % failures[:2])))
    checks.append((len(requests) >= 1, "good client kept going (%d requests, %d probes)" % (len(requests), len(probes))))
    growth = (rss_peak - rss_before) / 1024
    back = (rss_after - rss_before) / 1024
    checks.append((growth <= cfg.rss_growth_mib, "RSS growth %.1f MiB <= %d" % (growth, cfg.rss_growth_mib)))
    checks.append((back <= cfg.rss_return_mib, "RSS after %+.1f MiB <= %d" % (back, cfg.rss_return_mib)))
    passed = all(ok for ok, _ in checks)
    return {
        "target": ctx.target, "case": key, "title": title, "did": outcome.did,
        "events": count_text(signatures), "expected": outcome.expect.describe(),
        "bad_peers": len(per_peer), "good_requests": len(requests), "good_probes": len(probes),
        "good_failures": len(failures), "good_worst_ms": round(worst, 1),
        "rss_before_kib": rss_before, "rss_peak_kib": rss_peak, "rss_after_kib": rss_after,
        "seconds": round(t1 - t0, 2), "gone_seconds": round(t_gone - t0, 2),
        "passed": passed, "failed_checks": [text for ok, text in checks if not ok],
    }


def run_target(target, cfg, selected, cases=None, low_fds=None):
    command = "mock" if target == "mock" else "serve"
    args = ["--port", "0", "--max-message-size", str(cfg.limit),
            "--handshake-timeout", str(cfg.handshake_timeout_ms)]
    if command == "serve":
        args.insert(0, "--echo")
    server = Server(cfg.sockscope, command, args, low_fds)
    rows = []
    summary = {"target": target, "argv": server.argv, "low_fds": low_fds}
    if not server.url_ready.wait(30 * cfg.scale) or not server.url:
        summary["error"] = "no URL printed: %s" % bytes(server.stderr).decode(errors="replace")
        server.stop(10)
        return rows, summary
    ctx = Ctx(command, server, cfg)
    good = GoodClient(server.port, command == "mock", cfg)
    if not good.wait_connected(15 * cfg.scale):
        summary["error"] = "the good client never got an answer: %s" % good.stderr.decode(errors="replace")
        good.stop(10)
        server.stop(10)
        return rows, summary
    time.sleep(0.5)
    good_ids = set()
    baseline = server.rss_now()
    for key, title, fn in cases or CASES:
        if selected and key not in selected:
            continue
        row = run_case(ctx, good, key, title, fn, good_ids)
        if low_fds:
            row["target"] = "serve (%d fds)" % low_fds
        rows.append(row)
        mark = "pass" if row["passed"] else "FAIL: " + "; ".join(row["failed_checks"])
        print("  %-6s %-20s %6.1fs  %s" % (target, key, row["seconds"], mark), file=sys.stderr, flush=True)
        if not server.alive():
            break
    good_code = good.stop(10 * cfg.scale)
    summary["good_client_exit"] = good_code
    summary["good_failures_total"] = sum(1 for r in good.records if not r.get("ok", True))
    summary["good_requests_total"] = sum(1 for r in good.records if r["kind"] == "request")
    summary["rss_baseline_kib"] = baseline
    summary["rss_end_kib"] = server.rss_now()
    summary["stdout_lines"] = server.lines
    summary["unparsable_lines"] = len(server.unparsable)
    code = server.stop(20 * cfg.scale)
    summary["exit_code"] = code
    summary["stderr"] = bytes(server.stderr).decode(errors="replace")[-2000:]
    summary["ok"] = code == 0 and good_code == 0 and not server.unparsable
    return rows, summary


def mib(kib):
    return "%.1f" % (kib / 1024)


def markdown(rows, summaries):
    out = ["| target | case | what the server did | event(s) per bad peer | good client worst latency "
           "| RSS before/peak/after (MiB) | verdict |",
           "|---|---|---|---|---|---|---|"]
    for r in rows:
        verdict = "pass" if r["passed"] else "**FAIL**: " + "; ".join(r["failed_checks"])
        out.append("| %s | %s | %s | %s | %.0f ms (%d req, %d probes) | %s / %s / %s | %s |" % (
            r["target"], r["title"], r["did"].replace("|", "/"), r["events"].replace("|", "/"),
            r["good_worst_ms"], r["good_requests"], r["good_probes"],
            mib(r["rss_before_kib"]), mib(r["rss_peak_kib"]), mib(r["rss_after_kib"]), verdict))
    out.append("")
    for s in summaries:
        out.append("- `%s`%s: %s; exit %s after SIGTERM; good client %d requests, %d failures; "
                   "RSS %s MiB at start of cases, %s MiB at the end; %d event lines" % (
                       " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(s.get("argv", []))),
                       " (at most %d open files)" % s["low_fds"] if s.get("low_fds") else "",
                       "ok" if s.get("ok") else "**FAILED** %s" % s.get("error", ""),
                       s.get("exit_code"), s.get("good_requests_total", 0), s.get("good_failures_total", 0),
                       mib(s.get("rss_baseline_kib", 0)), mib(s.get("rss_end_kib", 0)), s.get("stdout_lines", 0)))
    return "\n".join(out)


def raise_fd_limit(wanted):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, wanted) if hard != resource.RLIM_INFINITY else wanted, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sockscope", default=os.environ.get("SOCKSCOPE_BINARY", "sockscope"))
    parser.add_argument("--only", default="", help="comma-separated case names (%s) or targets (serve, mock)"
                        % ", ".join(k for k, _, _ in CASES))
    parser.add_argument("--quick", action="store_true", help="CI size: fewer half-open peers and fragments")
    parser.add_argument("--json", help="also write the results as JSON to this file")
    parser.add_argument("--scale", type=float, default=float(os.environ.get("HOSTILE_TIMEOUT_SCALE", "1")),
                        help="multiply every timeout (sanitizer builds are slower)")
    parser.add_argument("--rss-growth-mib", type=int, default=64, help="bound on peak RSS growth per case")
    parser.add_argument("--rss-return-mib", type=int, default=24,
                        help="bound on RSS after a case, above its start (glibc keeps the heap of "
                             "1,000 simultaneous connections, ~16 MiB, after they are gone)")
    parser.add_argument("--deadline", type=float, default=2.0, help="good client: seconds per answer")
    # The good client's own process.
    parser.add_argument("--good-client", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--good-mcp", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--interval", type=float, default=0.05, help=argparse.SUPPRESS)
    parser.add_argument("--probe-every", type=float, default=1.0, help=argparse.SUPPRESS)
    parser.add_argument("--max-seconds", type=float, default=900, help=argparse.SUPPRESS)
    cfg = parser.parse_args()
    if cfg.good_client:
        return good_client_main(cfg)

    cfg.deadline *= cfg.scale
    cfg.limit = 1024 * 1024
    cfg.half_open = 300 if cfg.quick else 1000
    cfg.flood = 500 if cfg.quick else 2000
    cfg.fragments = 2000 if cfg.quick else 10000
    cfg.stall_mib = 64
    cfg.ping_flood_mib = 24 if cfg.quick else 64
    cfg.handshake_timeout_ms = 2000 if cfg.quick else 3000
    cfg.low_fds = 128
    fds = raise_fd_limit(4096)
    if fds < cfg.half_open + 200:
        cfg.half_open = max(10, fds - 200)

    selected = set(filter(None, cfg.only.split(",")))
    all_targets = ("serve", "mock", "serve-low-fds")
    targets = [t for t in all_targets if not (selected & set(all_targets)) or t in selected]
    cases = selected - set(all_targets)
    unknown = cases - {k for k, _, _ in CASES + LOW_FD_CASES}
    if unknown:
        parser.error("unknown case(s): %s" % ", ".join(sorted(unknown)))

    print("hostile peers: %s; half-open %d, flood %d, fragments %d, limit %d B, handshake timeout %d ms, "
          "RSS bounds +%d MiB peak / +%d MiB after, scale %g" % (
              cfg.sockscope, cfg.half_open, cfg.flood, cfg.fragments, cfg.limit, cfg.handshake_timeout_ms,
              cfg.rss_growth_mib, cfg.rss_return_mib, cfg.scale), file=sys.stderr, flush=True)
    started = time.monotonic()
    rows, summaries = [], []
    for target in targets:
        if target == "serve-low-fds":
            if cases and not cases & {k for k, _, _ in LOW_FD_CASES}:
                continue
            target_rows, summary = run_target(target, cfg, cases, LOW_FD_CASES, cfg.low_fds)
        else:
            if cases and not cases & {k for k, _, _ in CASES}:
                continue
            target_rows, summary = run_target(target, cfg, cases)
        rows += target_rows
        summaries.append(summary)
    table = markdown(rows, summaries)
    print(table)
    passed = sum(1 for r in rows if r["passed"])
    failed = len(rows) - passed + sum(1 for s in summaries if not s.get("ok"))
    ok = failed == 0 and rows
    print("\n%d passed, %d failed (%.0f s)" % (passed, failed, time.monotonic() - started))
    if cfg.json:
        with open(cfg.json, "w") as f:
            json.dump({"rows": rows, "targets": summaries, "ok": bool(ok),
                       "seconds": round(time.monotonic() - started, 1)}, f, indent=2)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
