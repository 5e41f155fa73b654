#!/usr/bin/env python3
"""Sockscope's soak: mixed traffic against `sockscope serve` and `sockscope mock` for a long
time (30 minutes by default), sampling their memory, then a verdict: no growth after warm-up.

Run it through scripts/soak (which builds first) or directly:
    tests/soak/soak.py --build build-soak [--minutes 30] [--sample-seconds 10]
                       [--json FILE] [--csv FILE] [--svg FILE] [--markdown FILE] [--quick]

Both servers run at once on 127.0.0.1 (port 0) for the whole run:
    sockscope serve --echo --quiet --port 0 --host 127.0.0.1 --ping-interval 1
    sockscope mock --quiet --port 0 --host 127.0.0.1 --ping-interval 1
(an RFC 6455 ping to every peer every second, so the heartbeat runs all the time) and each gets, concurrently (every loop bounded by the run's deadline):
  * waves of short-lived connections (Python clients, tests/soak/wspeer.py): connect, a few
    messages (small, 70 KB, fragmented, text and binary, client pings; MCP requests against the
    mock, pipelined bursts, requests left unanswered), then leave in one of several ways: the
    close handshake, a TCP reset, a FIN without a close frame, a reset in the middle of a frame,
    a hang-up in the middle of the opening handshake, or a TCP connection that never speaks;
  * a steady set of long-lived connections: Python clients sending a message a second, and a
    load generator (`--pattern idle`) holding connections that only answer the server's pings;
  * a traffic cycle (60 s; 20 s with --quick): on `serve`, three floods (`--pattern flood`,
    bounded by --count and --seconds: 64 B, 4 KiB and 64 KiB messages, text and binary in
    turns) and a pingpong run; on the mock, `--pattern mcp` tools/call load; on both, a load
    generator killed with SIGKILL in the middle of its run. The server's RSS is also read at
    the end of every cycle.
Every --sample-seconds each server's VmRSS, VmHWM, open fds and threads go into the curve.

The verdict, per server, over the samples after the warm-up (the first 20 % of the run or
3 minutes, whichever is less):
  * the least-squares slope of RSS is at most SLOPE_LIMIT_KIB_PER_MIN (with --quick
    QUICK_SLOPE_LIMIT_KIB_PER_MIN), and
  * the median RSS of the last window (one minute, or a third of the post-warm-up time if
    shorter) is within max(END_TOLERANCE_SHARE, END_TOLERANCE_MIB) of the median of the first
    window after the warm-up.
The report says how many connections the run made after the warm-up and what a leak of
1 KiB (and of 256 bytes) per connection would have added, against those two limits.
Also checked: both servers exit 0 on SIGTERM at the end; their open fds come back to the
count before any traffic once the traffic stops; nothing on their standard error and no error
event on standard output other than those the deliberate aborts cause; no load generator or
client error (killed load generators and deliberate aborts excluded).

Exit code: 0 passed, 1 a check failed (growth, fds, errors, exit codes), 2 could not run.

Sanitizer builds (AddressSanitizer + UBSan): detected from SOCKSCOPE_SOAK_SANITIZED=1 (CMake sets
it for the test when SOCKSCOPE_SANITIZE is on) or from libasan in the server's memory map. Then
the traffic rates are lower (SANITIZED_RATE_SHARE), ASan's quarantine of freed memory is capped
at ASAN_QUARANTINE_MB (its default, 256 MiB, would read as growth), allocation stacks are taken
with the DWARF unwinder (fast_unwind_on_malloc=0; see ASAN_QUARANTINE_MB below for why), and
the memory limits are multiplied by SANITIZED_LIMIT_FACTOR; LeakSanitizer checks the servers at
their exit (a leak report makes the exit code nonzero, which fails the run).
"""

import argparse
import csv
import datetime
import json
import os
import platform
import random
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from urllib.parse import urlparse

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wspeer import OP_BINARY, OP_PING, OP_TEXT, PeerClosed, PeerError, WsPeer  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# ---- the limits and the traffic, in one place ----------------------------------------------

WARMUP_SHARE = 0.20             # warm-up: this share of the run ...
WARMUP_MAX_SECONDS = 180.0      # ... but at most this long
# The slope limit: a 1 MiB step of the heap's top (glibc keeps or returns it as a flood leaves
# it) in the middle of 27 minutes is a slope of 1.5 x 1024 / 27 = 57 KiB/min; at the 30-minute
# run's ~1,200 connections a minute per server, a leak of 110 bytes per connection makes 128.
SLOPE_LIMIT_KIB_PER_MIN = 128.0  # RSS slope after the warm-up
END_TOLERANCE_SHARE = 0.05      # last window's median RSS over the first window's: this share ...
END_TOLERANCE_MIB = 4.0         # ... or this many MiB, whichever is more
WINDOW_SECONDS = 60.0           # the first and last windows compared (shorter runs: a third)
# Over the 96 s after a 2-minute run's warm-up, that same 1 MiB step makes up to ~1 MiB/min:
# the quick run catches leaks of about 1.3 KiB per connection and more; a smoke test.
QUICK_SLOPE_LIMIT_KIB_PER_MIN = 1536.0
SANITIZED_LIMIT_FACTOR = 4.0    # ASan's allocator (redzones, quarantine) moves RSS in big steps
SANITIZED_RATE_SHARE = 0.35     # ASan builds run the same traffic at this share of the rate
ASAN_QUARANTINE_MB = 4          # freed memory ASan keeps poisoned (default 256 MiB, which reads as growth)
# ASan also records the stack of every allocation and free in its StackDepot, which never
# shrinks. Its default frame-pointer unwinder walks into Qt's libraries (built without frame
# pointers) and records garbage frames, so nearly every stack is new: measured on the mock,
# 90,771 -> 208,667 stacks (6 -> 13 MiB) over 7,000 connections while ASan's heap stayed at
# 14 MiB. The soak therefore runs sanitized servers with fast_unwind_on_malloc=0 (the DWARF
# unwinder: 7,382 stacks, flat after 2,000 connections; slower, hence the lower rates).
FD_SETTLE_SECONDS = 20.0        # how long the fds may take to come back once traffic stops
SERVER_START_SECONDS = 30.0
SERVER_STOP_SECONDS = 30.0

TRAFFIC = {
    "cycle_seconds": 60.0,          # one traffic cycle (quick: 20)
    "wave_connections": 10,         # short-lived connections per wave, open at the same time
    "wave_interval": 0.5,           # seconds from the start of one wave to the next
    "steady_python": 8,             # long-lived Python clients per server
    "steady_interval": 1.0,         # each sends a message this often
    "steady_idle": 32,              # long-lived load-generator connections (idle: pings only)
    "flood_connections": 2,
    "flood_window": 8,
    "flood_seconds": 3.0,
    # answers per flood, by message size: bounded so a flood is a burst, not a core's worth of time
    "flood_count": {64: 40000, 4096: 8000, 65536: 600},
    "pingpong_connections": 8,
    "pingpong_count": 4000,
    "mcp_connections": 4,
    "mcp_count": 3000,
    "killed_connections": 8,
    "killed_after": 1.5,            # seconds before SIGKILL
    "socket_timeout": 15.0,
}

# Server events on standard output that the deliberate aborts cause (the rest fail the run).
# `--quiet` still prints errors; a peer that vanishes without a close frame is one.
# (A reset or a FIN without a close frame is a close event, which --quiet does not print.) Each
# may occur at most once per connection that left abruptly.
EXPECTED_SERVER_ERRORS = {
    "handshake-abandoned",   # the peer left in the middle of (or before) the opening handshake
    "truncated-message",     # the peer left in the middle of a frame
    "unsent-discarded",      # the peer left with echoes still queued for it (a flood, a SIGKILL)
}


def log(message):
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---- processes ---------------------------------------------------------------------------

class Processes:
    """Every child process, so all of them die on the way out, whatever happens."""

    def __init__(self):
        self.lock = threading.Lock()
        self.children = set()
        # setpriv --pdeathsig: a child dies with us even when we are killed with SIGKILL (a
        # CTest timeout), instead of a server listening forever.
        self.prefix = ["setpriv", "--pdeathsig", "KILL"] if shutil.which("setpriv") else []

    def spawn(self, command, env=None, **kwargs):
        process = subprocess.Popen(self.prefix + command, env=env, **kwargs)
        with self.lock:
            self.children.add(process)
        return process

    def forget(self, process):
        with self.lock:
            self.children.discard(process)

    def kill_all(self):
        with self.lock:
            children = list(self.children)
            self.children.clear()
        for process in children:
            if process.poll() is None:
                try:
                    process.kill()
                except OSError:
                    pass
        for process in children:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass


PROCESSES = Processes()


def proc_status(pid):
    """VmRSS and VmHWM in KiB, threads and open fds of a process (None when it is gone)."""
    values = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(rest.split()[0])
                elif key == "Threads":
                    values[key] = int(rest)
        values["fds"] = len(os.listdir(f"/proc/{pid}/fd"))
    except (OSError, ValueError):
        return None
    return values


def process_cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            rest = f.read().rsplit(")", 1)[1].split()
        return (int(rest[11]) + int(rest[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def machine_busy_seconds():
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


class Server:
    """`sockscope serve` or `sockscope mock`: prints its URL first, then (with --quiet) only
    errors and refusals as JSON lines."""

    def __init__(self, name, command, env):
        self.name = name
        self.command = command
        self.env = env
        self.process = None
        self.url = None
        self.host = None
        self.port = None
        self.path = "/"
        self.lock = threading.Lock()
        self.events = {}          # (kind, id) -> [count, first line]
        self.unparsed = []        # standard output lines that are not JSON events
        self.stderr_lines = []
        self.exit_code = None
        self.sanitized = False

    def start(self):
        self.process = PROCESSES.spawn(self.command, env=self.env, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                       errors="replace")
        first = []
        reader = threading.Thread(target=lambda: first.append(self.process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(SERVER_START_SECONDS)
        if not first or not first[0].startswith("ws://"):
            self.process.kill()
            err = self.process.stderr.read() if self.process.poll() is not None else ""
            raise RuntimeError(f"{self.name} did not print its URL: {' '.join(self.command)} {err.strip()}")
        self.url = first[0].strip()
        parsed = urlparse(self.url)
        self.host, self.port, self.path = parsed.hostname, parsed.port, parsed.path or "/"
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()
        try:
            with open(f"/proc/{self.pid}/maps") as f:
                self.sanitized = "libasan" in f.read()
        except OSError:
            pass
        return self

    def _read_stdout(self):
        for line in self.process.stdout:
            line = line.strip()
            if not line:
                continue
            try:
                event = json.loads(line)
                key = (event.get("kind", "?"), event.get("error") or event.get("reason") or "?")
            except json.JSONDecodeError:
                with self.lock:
                    if len(self.unparsed) < 50:
                        self.unparsed.append(line)
                continue
            with self.lock:
                entry = self.events.setdefault(key, [0, line[:400]])
                entry[0] += 1

    def _read_stderr(self):
        for line in self.process.stderr:
            with self.lock:
                if len(self.stderr_lines) < 200:
                    self.stderr_lines.append(line.rstrip("\n"))

    @property
    def pid(self):
        return self.process.pid

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def stop(self):
        """SIGTERM, then the exit code (killed after SERVER_STOP_SECONDS: reported as -9)."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=SERVER_STOP_SECONDS * (3 if self.sanitized else 1))
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.exit_code = self.process.returncode
        PROCESSES.forget(self.process)
        time.sleep(0.2)  # let the readers take the last lines
        return self.exit_code

    def unexpected_output(self):
        with self.lock:
            events = {f"{k[0]}:{k[1]}": v for k, v in self.events.items()
                      if not (k[0] == "error" and k[1] in EXPECTED_SERVER_ERRORS)}
            return events, list(self.unparsed), list(self.stderr_lines)

    def expected_output(self):
        with self.lock:
            return {f"{k[0]}:{k[1]}": v[0] for k, v in self.events.items()
                    if k[0] == "error" and k[1] in EXPECTED_SERVER_ERRORS}


# ---- counters ----------------------------------------------------------------------------

class Counters:
    def __init__(self):
        self.lock = threading.Lock()
        self.values = {
            "connections": 0,            # WebSocket or TCP connections made (all kinds)
            "messages": 0,               # messages answered (echoes, MCP answers)
            "short_lived": 0,
            "closed_gracefully": 0,
            "reset": 0,
            "hung_up": 0,
            "reset_mid_frame": 0,
            "left_mid_handshake": 0,
            "tcp_only": 0,
            "left_with_request_pending": 0,
            "client_pings": 0,
            "server_pings_answered_python": 0,
            "server_pings_answered_loadgen": 0,
            "loadgen_runs": 0,
            "loadgen_connections": 0,     # every one ends with a TCP abort, never a close frame
            "loadgen_killed": 0,
            "loadgen_errors": 0,
            "client_errors": 0,
            "client_timeouts": 0,
        }
        self.error_samples = []

    def add(self, **deltas):
        with self.lock:
            for key, delta in deltas.items():
                self.values[key] += delta

    def error(self, key, text):
        with self.lock:
            self.values[key] += 1
            if len(self.error_samples) < 20:
                self.error_samples.append(text)

    def snapshot(self):
        with self.lock:
            return dict(self.values)


# ---- traffic against one server ----------------------------------------------------------

class Traffic:
    def __init__(self, kind, server, options, traffic, loadgen, deadline, stop, seed):
        self.kind = kind                  # "serve" or "mock"
        self.server = server
        self.options = options
        self.t = traffic
        self.loadgen = loadgen
        self.deadline = deadline
        self.stop = stop
        self.rng = random.Random(seed)
        self.counters = Counters()
        self.cycle_ends = []              # (seconds since start, RSS KiB)
        self.threads = []
        self.next_id = 1

    # -- helpers ----------------------------------------------------------------------

    def remaining(self):
        return self.deadline - time.monotonic()

    def sleep(self, seconds):
        """Sleeps, waking early when the run stops; False when it did."""
        return not self.stop.wait(max(0.0, min(seconds, self.remaining())))

    def peer(self, subprotocol=None):
        return WsPeer(self.server.host, self.server.port, self.server.path, subprotocol,
                      timeout=self.t["socket_timeout"])

    def client_error(self, what, error):
        if isinstance(error, PeerError) and "no answer within" in str(error):
            self.counters.error("client_timeouts", f"{self.kind} {what}: {error}")
        else:
            self.counters.error("client_errors", f"{self.kind} {what}: {type(error).__name__}: {error}")

    def request(self, peer, method, params=None, notification=False):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        if notification:
            peer.send_text(json.dumps(message))
            return None
        message["id"] = self.next_id
        self.next_id += 1
        peer.send_text(json.dumps(message))
        return message["id"]

    def answer(self, peer, request_id):
        """Reads until the answer to `request_id` (notifications on the way are skipped)."""
        for _ in range(1000):
            op, data = peer.read_message()
            try:
                message = json.loads(data)
            except json.JSONDecodeError:
                raise PeerError(f"not JSON: {data[:100]!r}") from None
            if message.get("id") == request_id:
                if "result" not in message:
                    raise PeerError(f"error answer: {data[:200]!r}")
                return message["result"]
        raise PeerError("no answer among 1000 messages")

    def mcp_open(self):
        peer = self.peer("mcp").connect()
        rid = self.request(peer, "initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                                                "clientInfo": {"name": "sockscope-soak", "version": "1"}})
        result = self.answer(peer, rid)
        if "serverInfo" not in result:
            raise PeerError("initialize answer without serverInfo")
        self.request(peer, "notifications/initialized", notification=True)
        return peer

    def payload(self):
        size = self.rng.choices([16, 200, 3000, 70000], weights=[50, 30, 15, 5])[0]
        return bytes(97 + (i * 7 + size) % 26 for i in range(size))

    def echo_round(self, peer):
        """One message (or, on the mock, one MCP request) and its answer."""
        if self.kind == "mock":
            what = self.rng.choice(["echo", "echo", "list", "ping", "read", "add"])
            if what == "echo":
                text = self.payload()[:3000].decode()
                rid = self.request(peer, "tools/call", {"name": "echo", "arguments": {"text": text}})
                result = self.answer(peer, rid)
                if result.get("isError") or text not in json.dumps(result):
                    raise PeerError(f"tools/call echo answered {json.dumps(result)[:200]}")
            elif what == "list":
                if len(self.answer(peer, self.request(peer, "tools/list")).get("tools", [])) < 1:
                    raise PeerError("tools/list answered no tools")
            elif what == "ping":
                self.answer(peer, self.request(peer, "ping"))
            elif what == "read":
                self.answer(peer, self.request(peer, "resources/read", {"uri": "sockscope://readme"}))
            else:
                result = self.answer(peer, self.request(peer, "tools/call", {"name": "add", "arguments": {"a": 2, "b": 3}}))
                if result.get("structuredContent", {}).get("sum") != 5:
                    raise PeerError(f"add answered {json.dumps(result)[:200]}")
            return 1
        data = self.payload()
        binary = self.rng.random() < 0.2
        if binary:
            peer.send_binary(data)
        else:
            peer.send_text(data, fragments=self.rng.choice([1, 1, 1, 3]))
        op, back = peer.read_message()
        if back != data or op != (OP_BINARY if binary else OP_TEXT):
            raise PeerError(f"echo differs ({len(back)} bytes back, {len(data)} sent)")
        return 1

    # -- the short-lived waves -----------------------------------------------------------

    def wave(self):
        """Opens a wave of connections together, talks on each, then each leaves its own way."""
        open_peers = []
        for _ in range(self.t["wave_connections"]):
            exit_kind = self.rng.choices(
                ["close", "reset", "hang-up", "reset-mid-frame", "mid-handshake", "tcp-only", "pending"],
                weights=[50, 14, 10, 6, 6, 6, 8 if self.kind == "mock" else 0])[0]
            peer = self.peer("mcp" if self.kind == "mock" else None)
            try:
                if exit_kind == "tcp-only":
                    peer.tcp_connect()
                    (peer.reset if self.rng.random() < 0.5 else peer.hang_up)()
                    self.counters.add(connections=1, tcp_only=1)
                    continue
                if exit_kind == "mid-handshake":
                    peer.tcp_connect()
                    request = peer.handshake_request()
                    peer.sock.sendall(request[:len(request) // 2])
                    (peer.reset if self.rng.random() < 0.5 else peer.hang_up)()
                    self.counters.add(connections=1, left_mid_handshake=1)
                    continue
                peer = self.mcp_open() if self.kind == "mock" else peer.connect()
                self.counters.add(connections=1, short_lived=1, messages=1 if self.kind == "mock" else 0)
                open_peers.append((peer, exit_kind))
            except (PeerError, OSError) as e:
                peer.discard()
                self.client_error(f"opening ({exit_kind})", e)
        for peer, exit_kind in open_peers:
            try:
                rounds = self.rng.randint(1, 4)
                for _ in range(rounds):
                    if self.rng.random() < 0.15:
                        # A client ping: the pong must come before the answer that follows.
                        pongs = peer.pongs_received
                        peer.send_frame(OP_PING, b"soak")
                        self.counters.add(messages=self.echo_round(peer), client_pings=1)
                        if peer.pongs_received <= pongs:
                            raise PeerError("no pong before the next answer")
                    else:
                        self.counters.add(messages=self.echo_round(peer))
                if self.kind == "mock" and self.rng.random() < 0.1:
                    # A pipelined burst: 20 requests, then 20 answers.
                    ids = [self.request(peer, "tools/call", {"name": "echo", "arguments": {"text": f"burst {i}"}})
                           for i in range(20)]
                    for rid in ids:
                        self.answer(peer, rid)
                    self.counters.add(messages=20)
                if exit_kind == "pending":
                    # A request whose answer is still to come (a delayed or a progress tool).
                    if self.rng.random() < 0.5:
                        self.request(peer, "tools/call", {"name": "wait", "arguments": {}})
                    else:
                        self.request(peer, "tools/call", {"name": "slow", "arguments": {},
                                                          "_meta": {"progressToken": "soak"}})
                    self.counters.add(left_with_request_pending=1)
                    exit_kind = self.rng.choice(["close", "reset", "hang-up"])
            except (PeerError, OSError) as e:
                peer.discard()
                self.client_error("talking", e)
                continue
            self.counters.add(server_pings_answered_python=peer.pings_answered)
            try:
                if exit_kind == "close":
                    peer.close(1000)
                    self.counters.add(closed_gracefully=1)
                elif exit_kind == "reset":
                    peer.reset()
                    self.counters.add(reset=1)
                elif exit_kind == "hang-up":
                    peer.hang_up()
                    self.counters.add(hung_up=1)
                else:
                    # A frame header promising 1000 bytes, 10 of them, then a reset.
                    peer.sock.sendall(bytes([0x81, 0x80 | 126, 0x03, 0xE8]) + os.urandom(4) + b"x" * 10)
                    peer.reset()
                    self.counters.add(reset_mid_frame=1)
            except (PeerError, OSError) as e:
                peer.discard()
                self.client_error(f"leaving ({exit_kind})", e)

    def waves(self):
        while not self.stop.is_set() and self.remaining() > 1.0:
            started = time.monotonic()
            self.wave()
            if not self.sleep(self.t["wave_interval"] - (time.monotonic() - started)):
                break

    # -- the steady set ------------------------------------------------------------------

    def steady(self):
        peers = [None] * self.t["steady_python"]
        tick = 0
        try:
            while not self.stop.is_set() and self.remaining() > 1.0:
                started = time.monotonic()
                for i in range(len(peers)):
                    try:
                        if peers[i] is None:
                            peers[i] = self.mcp_open() if self.kind == "mock" else self.peer().connect()
                            self.counters.add(connections=1, messages=1 if self.kind == "mock" else 0)
                        if tick % 10 == i % 10:
                            peers[i].send_frame(OP_PING, b"steady")
                            self.counters.add(client_pings=1)
                        self.counters.add(messages=self.echo_round(peers[i]))
                    except (PeerError, OSError) as e:
                        if peers[i] is not None:
                            peers[i].discard()
                        peers[i] = None
                        self.client_error("steady connection", e)
                tick += 1
                if not self.sleep(self.t["steady_interval"] - (time.monotonic() - started)):
                    break
        finally:
            for peer in peers:
                if peer is None:
                    continue
                self.counters.add(server_pings_answered_python=peer.pings_answered)
                try:
                    peer.close(1000)
                except (PeerError, OSError) as e:
                    peer.discard()
                    self.client_error("closing a steady connection", e)

    # -- load generator runs -------------------------------------------------------------

    def loadgen_command(self, args):
        return [self.loadgen, self.server.url, "--warmup", "0"] + [str(a) for a in args]

    def run_loadgen(self, args, seconds):
        """One bounded load-generator run; its report, with its errors counted."""
        command = self.loadgen_command(list(args) + ["--seconds", f"{seconds:g}"])
        process = PROCESSES.spawn(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, errors="replace")
        try:
            out, err = process.communicate(timeout=seconds + 90)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            self.counters.error("loadgen_errors", f"{self.kind}: load generator overran: {' '.join(args)}")
            return None
        finally:
            PROCESSES.forget(process)
        report = None
        try:
            report = json.loads(out.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            pass
        self.counters.add(loadgen_runs=1)
        if report is None:
            self.counters.error("loadgen_errors", f"{self.kind}: load generator exit {process.returncode}: "
                                                  f"{err.strip()[-300:]}")
            return None
        self.counters.add(connections=int(report.get("opened", 0)), loadgen_connections=int(report.get("opened", 0)),
                          messages=int(report.get("answers", 0)),
                          server_pings_answered_loadgen=int(report.get("pingsAnswered", 0)))
        errors = int(report.get("errors", 0) + report.get("errorsBeforeMeasuring", 0) + report.get("failedToOpen", 0))
        if report.get("failed") or errors or process.returncode != 0:
            self.counters.add(loadgen_errors=max(1, errors) - 1)
            self.counters.error("loadgen_errors", f"{self.kind} {' '.join(args)}: exit {process.returncode}, "
                                                  f"{errors} errors, {report.get('failed') or report.get('firstError')}")
        return report

    def killed_run(self, args, after):
        """A load generator killed with SIGKILL in the middle of its run: its connections end
        without a close frame, whatever they were doing. Its errors are not counted."""
        command = self.loadgen_command(list(args) + ["--seconds", "120"])
        process = PROCESSES.spawn(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            self.sleep(after)
            process.kill()
            process.wait(timeout=10)
        finally:
            PROCESSES.forget(process)
        connections = int(args[args.index("-c") + 1])
        self.counters.add(loadgen_killed=1, connections=connections, loadgen_connections=connections)

    def long_lived_idle(self):
        """Connections held for the whole run, answering the server's pings (the heartbeat)."""
        seconds = self.remaining() - 3.0
        if seconds > 1:
            self.run_loadgen(["-c", self.t["steady_idle"], "--pattern", "idle"], seconds)

    def cycles(self):
        sizes = [64, 4096, 65536]
        n = 0
        while not self.stop.is_set() and self.remaining() > 2.0:
            started = time.monotonic()
            ends = started + self.t["cycle_seconds"]
            if self.kind == "serve":
                # Every cycle floods with every size, so the cycles look alike and the peak a
                # 64 KiB flood leaves in the heap is reached in the first cycle, in the warm-up.
                for size in sizes:
                    self.run_loadgen(["-c", self.t["flood_connections"], "-w", self.t["flood_window"], "-s", size,
                                      "--pattern", "flood", "--count", self.t["flood_count"][size]]
                                     + (["--binary"] if n % 2 else []),
                                     min(self.t["flood_seconds"], max(1.0, self.remaining() - 1)))
                    if self.stop.is_set():
                        break
                if self.stop.is_set():
                    break
                self.run_loadgen(["-c", self.t["pingpong_connections"], "-s", 128, "--pattern", "pingpong",
                                  "--count", self.t["pingpong_count"]], min(2.0, max(1.0, self.remaining() - 1)))
                if self.stop.is_set():
                    break
                self.killed_run(["-c", self.t["killed_connections"], "-s", 1024, "--pattern", "flood", "-w", 4],
                                self.t["killed_after"])
            else:
                self.run_loadgen(["-c", self.t["mcp_connections"], "-s", 64, "--pattern", "mcp",
                                  "--count", self.t["mcp_count"]], min(3.0, max(1.0, self.remaining() - 1)))
                if self.stop.is_set():
                    break
                self.killed_run(["-c", self.t["killed_connections"], "-s", 64, "--pattern", "mcp"],
                                self.t["killed_after"])
            n += 1
            if not self.sleep(ends - time.monotonic()):
                break
            status = proc_status(self.server.pid)
            if status:
                self.cycle_ends.append((time.monotonic(), status["VmRSS"]))

    def start(self):
        for target in (self.long_lived_idle, self.steady, self.waves, self.cycles):
            thread = threading.Thread(target=self._guard, args=(target,), name=f"{self.kind}-{target.__name__}",
                                      daemon=True)
            thread.start()
            self.threads.append(thread)

    def _guard(self, target):
        try:
            target()
        except Exception as e:  # a bug in the soak itself must not pass for a quiet server
            self.counters.error("client_errors", f"{self.kind} {target.__name__} crashed: {type(e).__name__}: {e}")

    def join(self, timeout):
        until = time.monotonic() + timeout
        for thread in self.threads:
            thread.join(max(0.1, until - time.monotonic()))
        return [t.name for t in self.threads if t.is_alive()]


# ---- analysis ----------------------------------------------------------------------------

def slope_per_minute(points):
    """Least-squares slope of (seconds, value) points, per minute."""
    if len(points) < 3:
        return 0.0
    xs = [p[0] / 60.0 for p in points]
    ys = [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 0.0


def verdict(name, samples, warmup, run_seconds, limits, counters_at):
    points = [(s["t"], s[name]["rss"]) for s in samples if s.get(name) and s["t"] >= warmup]
    result = {"warmupSeconds": warmup, "samplesAfterWarmup": len(points)}
    if len(points) < 4:
        result.update(passed=False, why="fewer than 4 samples after the warm-up")
        return result
    window = min(WINDOW_SECONDS, (run_seconds - warmup) / 3)
    first = [v for t, v in points if t < warmup + window]
    last = [v for t, v in points if t > points[-1][0] - window]
    first_median, last_median = statistics.median(first), statistics.median(last)
    slope = slope_per_minute(points)
    tolerance = max(END_TOLERANCE_SHARE * first_median, END_TOLERANCE_MIB * 1024) * limits["factor"]
    slope_limit = limits["slope"] * limits["factor"]
    growth = last_median - first_median
    post_seconds = points[-1][0] - points[0][0]
    made = counters_at(points[-1][0])["connections"] - counters_at(points[0][0])["connections"]
    per_minute = made / (post_seconds / 60) if post_seconds > 0 else 0
    result.update({
        "windowSeconds": window,
        "firstWindowMedianKiB": first_median,
        "lastWindowMedianKiB": last_median,
        "growthKiB": growth,
        "toleranceKiB": tolerance,
        "slopeKiBPerMinute": slope,
        "slopeLimitKiBPerMinute": slope_limit,
        "minRssKiB": min(v for _, v in points),
        "maxRssKiB": max(v for _, v in points),
        "connectionsAfterWarmup": made,
        "connectionsPerMinute": per_minute,
        # What a leak of N bytes per connection would have done to each measure.
        "leak1KiBGrowthKiB": made * 1.0,
        "leak1KiBSlopeKiBPerMinute": per_minute * 1.0,
        "leak256BGrowthKiB": made * 0.25,
        "leak256BSlopeKiBPerMinute": per_minute * 0.25,
        # The smallest leak per connection that either check would catch.
        "smallestLeakCaughtBytes": (min(slope_limit / per_minute if per_minute else float("inf"),
                                        tolerance / made if made else float("inf")) * 1024),
    })
    result["passed"] = slope <= slope_limit and growth <= tolerance
    if not result["passed"]:
        result["why"] = (f"RSS grew: slope {slope:.1f} KiB/min (limit {slope_limit:.0f}), last window "
                         f"{growth / 1024:+.2f} MiB over the first (limit {tolerance / 1024:.2f} MiB)")
    return result


# ---- output ------------------------------------------------------------------------------

def mib(kib):
    return f"{kib / 1024:.1f}"


def markdown_curve(samples, every, names):
    """A row every `every` seconds (the sample nearest each mark)."""
    rows = ["| time | " + " | ".join(f"{n} RSS MiB | {n} HWM MiB | {n} fds" for n in names)
            + " | connections so far | messages so far |",
            "|---:|" + "---:|" * (3 * len(names)) + "---:|---:|"]
    mark = 0.0
    end = samples[-1]["t"] if samples else 0
    while mark <= end + 0.01:
        sample = min(samples, key=lambda s: abs(s["t"] - mark))
        cells = []
        for n in names:
            v = sample.get(n)
            cells += [mib(v["rss"]), mib(v["hwm"]), str(v["fds"])] if v else ["-", "-", "-"]
        m, s = divmod(int(round(sample["t"])), 60)
        rows.append(f"| {m}:{s:02d} | " + " | ".join(cells)
                    + f" | {sample['connections']:,} | {sample['messages']:,} |")
        mark += every
    return "\n".join(rows)


def write_svg(path, samples, names, warmup, title):
    width, height = 760, 360
    left, right, top, bottom = 60, 20, 40, 50
    colours = {"serve": "#1f77b4", "mock": "#d62728"}
    t_end = max(1.0, samples[-1]["t"]) / 60
    peak = max(s[n]["rss"] for s in samples for n in names if s.get(n)) / 1024
    y_max = max(8.0, peak * 1.15)
    step = next(v for v in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if y_max / v <= 8)

    def x(minutes):
        return left + (width - left - right) * minutes / t_end

    def y(value):
        return height - bottom - (height - top - bottom) * value / y_max

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="{width / 2}" y="20" text-anchor="middle" font-size="14">{title}</text>',
             f'<rect x="{x(0):.1f}" y="{top}" width="{x(warmup / 60) - x(0):.1f}" height="{height - top - bottom}" '
             f'fill="#eeeeee"/>',
             f'<text x="{x(warmup / 120):.1f}" y="{top + 14}" text-anchor="middle" fill="#666">warm-up</text>']
    value = 0.0
    while value <= y_max:
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(value):.1f}" y2="{y(value):.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y(value) + 4:.1f}" text-anchor="end">{value:g}</text>')
        value += step
    minute_step = next(v for v in (0.25, 0.5, 1, 2, 5, 10, 15, 30, 60) if t_end / v <= 12)
    minute = 0.0
    while minute <= t_end + 1e-9:
        parts.append(f'<text x="{x(minute):.1f}" y="{height - bottom + 18}" text-anchor="middle">{minute:g}</text>')
        minute += minute_step
    parts.append(f'<text x="{(left + width - right) / 2}" y="{height - 10}" text-anchor="middle">minutes</text>')
    parts.append(f'<text x="16" y="{(top + height - bottom) / 2}" text-anchor="middle" '
                 f'transform="rotate(-90 16 {(top + height - bottom) / 2})">RSS (MiB)</text>')
    parts.append(f'<line x1="{left}" x2="{left}" y1="{top}" y2="{height - bottom}" stroke="black"/>')
    parts.append(f'<line x1="{left}" x2="{width - right}" y1="{height - bottom}" y2="{height - bottom}" stroke="black"/>')
    for i, n in enumerate(names):
        points = " ".join(f"{x(s['t'] / 60):.1f},{y(s[n]['rss'] / 1024):.1f}" for s in samples if s.get(n))
        parts.append(f'<polyline fill="none" stroke="{colours.get(n, "black")}" stroke-width="1.5" points="{points}"/>')
        # The legend sits low: flat curves run along the top.
        legend_y = height - bottom - 16 * (len(names) - i) - 4
        parts.append(f'<line x1="{width - right - 150}" x2="{width - right - 130}" y1="{legend_y}" '
                     f'y2="{legend_y}" stroke="{colours.get(n, "black")}" stroke-width="2"/>')
        parts.append(f'<text x="{width - right - 124}" y="{legend_y + 4}">sockscope {n}</text>')
    parts.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(parts) + "\n")


# ---- the run -----------------------------------------------------------------------------

def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build-soak"),
                        help="build directory with bin/sockscope and bin/sockscope_bench_loadgen")
    parser.add_argument("--sockscope", help="the sockscope binary (default BUILD/bin/sockscope)")
    parser.add_argument("--loadgen", help="the load generator (default BUILD/bin/sockscope_bench_loadgen)")
    parser.add_argument("--minutes", type=float, help="run time (30; 2 with --quick)")
    parser.add_argument("--sample-seconds", type=float, help="memory sample interval (10; 5 with --quick)")
    parser.add_argument("--quick", action="store_true",
                        help="the CI version: 2 minutes, both servers at once, 20 s cycles, a looser slope limit")
    parser.add_argument("--json", metavar="FILE", help="write every sample, counter and verdict as JSON")
    parser.add_argument("--csv", metavar="FILE", help="write the memory curve as CSV")
    parser.add_argument("--svg", metavar="FILE", help="draw the RSS curve as an SVG")
    parser.add_argument("--markdown", metavar="FILE", help="write the tables and the summary as Markdown")
    parser.add_argument("--seed", type=int, default=1, help="seed of the traffic's random choices (1)")
    return parser.parse_args()


def main():
    options = parse_arguments()
    minutes = options.minutes if options.minutes is not None else (2.0 if options.quick else 30.0)
    sample_seconds = options.sample_seconds or (5.0 if options.quick else 10.0)
    run_seconds = minutes * 60
    if run_seconds < 30 or sample_seconds <= 0:
        print("soak: need at least half a minute and a positive sample interval", file=sys.stderr)
        return 2
    sockscope = options.sockscope or os.path.join(options.build, "bin", "sockscope")
    loadgen = options.loadgen or os.path.join(options.build, "bin", "sockscope_bench_loadgen")
    for binary in (sockscope, loadgen):
        if not os.access(binary, os.X_OK):
            print(f"soak: {binary} is missing (build sockscope and sockscope_bench_loadgen)", file=sys.stderr)
            return 2

    env = dict(os.environ)
    env.setdefault("QT_LOGGING_RULES", "sockscope.*=false")
    sanitized = os.environ.get("SOCKSCOPE_SOAK_SANITIZED", "") not in ("", "0")
    # Harmless for a build without ASan, which reads no ASAN_OPTIONS.
    for option, value in (("quarantine_size_mb", ASAN_QUARANTINE_MB), ("fast_unwind_on_malloc", 0)):
        if option not in env.get("ASAN_OPTIONS", ""):
            env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS", ""), f"{option}={value}"]))
    common = ["--quiet", "--port", "0", "--host", "127.0.0.1", "--ping-interval", "1"]
    servers = {
        "serve": Server("serve", [sockscope, "serve", "--echo"] + common, env),
        "mock": Server("mock", [sockscope, "mock"] + common, env),
    }
    names = list(servers)
    stop = threading.Event()
    traffic = {}
    samples = []
    counter_log = []
    exit_code = 2
    interrupted = []

    def on_signal(signum, frame):
        interrupted.append(signum)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    started_wall = datetime.datetime.now().astimezone()
    load_before = os.getloadavg()
    try:
        for server in servers.values():
            server.start()
            log(f"{server.name}: {server.url} (pid {server.pid})")
        sanitized = sanitized or any(s.sanitized for s in servers.values())
        t = dict(TRAFFIC)
        if options.quick:
            t["cycle_seconds"] = 20.0
        if sanitized:
            log("sanitizer build: lower rates, wider memory limits")
            t["wave_connections"] = max(2, int(t["wave_connections"] * SANITIZED_RATE_SHARE))
            t["steady_python"] = max(2, int(t["steady_python"] * SANITIZED_RATE_SHARE))
            t["flood_count"] = {k: max(50, int(v * SANITIZED_RATE_SHARE)) for k, v in t["flood_count"].items()}
            t["pingpong_count"] = int(t["pingpong_count"] * SANITIZED_RATE_SHARE)
            t["mcp_count"] = int(t["mcp_count"] * SANITIZED_RATE_SHARE)
            t["socket_timeout"] *= 2
        limits = {"slope": QUICK_SLOPE_LIMIT_KIB_PER_MIN if options.quick else SLOPE_LIMIT_KIB_PER_MIN,
                  "factor": SANITIZED_LIMIT_FACTOR if sanitized else 1.0}
        warmup = min(WARMUP_SHARE * run_seconds, WARMUP_MAX_SECONDS)

        baseline = {n: proc_status(s.pid) for n, s in servers.items()}
        start = time.monotonic()
        deadline = start + run_seconds
        busy0 = machine_busy_seconds()
        cpu0 = {n: process_cpu_seconds(s.pid) for n, s in servers.items()}
        for i, (n, server) in enumerate(servers.items()):
            traffic[n] = Traffic(n, server, options, t, loadgen, deadline, stop, options.seed * 100 + i)
            traffic[n].start()
        log(f"running {minutes:g} min, sampling every {sample_seconds:g} s, warm-up {warmup:.0f} s")

        def take_sample():
            now = time.monotonic() - start
            sample = {"t": now}
            totals = {"connections": 0, "messages": 0}
            for n, server in servers.items():
                status = proc_status(server.pid) if server.alive() else None
                sample[n] = ({"rss": status["VmRSS"], "hwm": status["VmHWM"], "fds": status["fds"],
                              "threads": status["Threads"]} if status else None)
                c = traffic[n].counters.snapshot()
                sample[n + "_counters"] = {"connections": c["connections"], "messages": c["messages"]}
                totals["connections"] += c["connections"]
                totals["messages"] += c["messages"]
            sample.update(totals)
            samples.append(sample)
            counter_log.append((now, {n: traffic[n].counters.snapshot() for n in names}))
            return sample

        progress_every = 60.0 if not options.quick else 20.0
        next_progress = 0.0
        tick = 0
        while not stop.is_set():
            sample = take_sample()
            dead = [n for n in names if sample[n] is None]
            if dead:
                log(f"server gone: {', '.join(dead)}")
                break
            if sample["t"] >= next_progress:
                log(f"t={sample['t']:.0f}s " + ", ".join(
                    f"{n} RSS {mib(sample[n]['rss'])} MiB fds {sample[n]['fds']}" for n in names)
                    + f", connections {sample['connections']:,}, messages {sample['messages']:,}")
                next_progress += progress_every
            tick += 1
            wake = start + tick * sample_seconds
            if wake > deadline + 0.01:
                break
            stop.wait(max(0.0, wake - time.monotonic()))
        if interrupted:
            raise KeyboardInterrupt
        stop.set()
        stuck = []
        for n in names:
            stuck += traffic[n].join(60)
        busy1 = machine_busy_seconds()
        wall = time.monotonic() - start
        cpu1 = {n: process_cpu_seconds(s.pid) for n, s in servers.items()}
        # Idle: every client is gone; the fds must come back to where they were.
        settle_until = time.monotonic() + FD_SETTLE_SECONDS
        idle = {}
        while True:
            idle = {n: proc_status(s.pid) for n, s in servers.items()}
            if all(idle[n] and baseline[n] and idle[n]["fds"] <= baseline[n]["fds"] for n in names) \
                    or time.monotonic() > settle_until:
                break
            time.sleep(0.5)
        for n, server in servers.items():
            server.stop()

        # ---- verdicts ----
        def counters_at(name):
            def at(seconds):
                best = min(counter_log, key=lambda entry: abs(entry[0] - seconds))
                return best[1][name]
            return at

        report = {"settings": {"minutes": minutes, "sampleSeconds": sample_seconds, "quick": options.quick,
                               "sanitized": sanitized, "warmupSeconds": warmup, "traffic": {
                                   k: ({str(a): b for a, b in v.items()} if isinstance(v, dict) else v)
                                   for k, v in t.items()},
                               "limits": {"slopeKiBPerMinute": limits["slope"] * limits["factor"],
                                          "endToleranceShare": END_TOLERANCE_SHARE,
                                          "endToleranceMiB": END_TOLERANCE_MIB * limits["factor"],
                                          "windowSeconds": WINDOW_SECONDS},
                               "command": " ".join(sys.argv)},
                  "machine": {"cpus": os.cpu_count(), "loadBefore": load_before, "loadAfter": os.getloadavg(),
                              "busyCores": (busy1 - busy0) / wall if wall else 0,
                              "serverCores": {n: (cpu1[n] - cpu0[n]) / wall for n in names},
                              "kernel": platform.release(), "started": started_wall.isoformat(timespec="seconds")},
                  "servers": {}, "samples": samples}
        failures = []
        for n, server in servers.items():
            v = verdict(n, samples, warmup, run_seconds, limits, counters_at(n))
            events, unparsed, stderr_lines = server.unexpected_output()
            counters = traffic[n].counters.snapshot()
            v.update({
                "exitCode": server.exit_code,
                "baseline": baseline[n],
                "idleAfter": idle.get(n),
                "fdsBackToBaseline": bool(idle.get(n) and baseline[n] and idle[n]["fds"] <= baseline[n]["fds"]),
                "maxThreads": max((s[n]["threads"] for s in samples if s.get(n)), default=0),
                "maxFds": max((s[n]["fds"] for s in samples if s.get(n)), default=0),
                "hwmKiB": max((s[n]["hwm"] for s in samples if s.get(n)), default=0),
                "cycleEndsKiB": [(round(t0 - start, 1), rss) for t0, rss in traffic[n].cycle_ends],
                "expectedServerErrors": server.expected_output(),
                "unexpectedServerEvents": events,
                "unparsedStdout": unparsed,
                "stderr": stderr_lines,
                "counters": counters,
                "clientErrorSamples": traffic[n].counters.error_samples,
            })
            report["servers"][n] = v
            if not v["passed"]:
                failures.append(f"{n}: {v.get('why')}")
            if server.exit_code != 0:
                failures.append(f"{n}: exit code {server.exit_code} after SIGTERM (expected 0)")
            if not v["fdsBackToBaseline"]:
                failures.append(f"{n}: {idle.get(n, {}).get('fds') if idle.get(n) else '?'} fds open when idle, "
                                f"{baseline[n]['fds']} before the traffic")
            abrupt = sum(counters[k] for k in ("reset", "hung_up", "reset_mid_frame", "left_mid_handshake",
                                                "tcp_only", "loadgen_connections"))
            v["abruptDisconnects"] = abrupt
            for key, count in v["expectedServerErrors"].items():
                if count > abrupt:
                    failures.append(f"{n}: {count} {key} events, more than the {abrupt} abrupt disconnects")
            if events or unparsed:
                failures.append(f"{n}: unexpected output: {json.dumps(events)[:300]} {unparsed[:3]}")
            if stderr_lines:
                failures.append(f"{n}: standard error: {' | '.join(stderr_lines[:5])[:400]}")
            if counters["loadgen_errors"]:
                failures.append(f"{n}: {counters['loadgen_errors']} load generator errors")
            if counters["client_errors"]:
                failures.append(f"{n}: {counters['client_errors']} client errors")
            # A timeout is the machine as much as the server: tolerated up to 1 in 500 connections.
            if counters["client_timeouts"] > max(2, counters["connections"] // 500):
                failures.append(f"{n}: {counters['client_timeouts']} client timeouts")
        if stuck:
            failures.append(f"traffic threads did not stop: {', '.join(stuck)}")
        report["failures"] = failures
        report["passed"] = not failures
        exit_code = 0 if not failures else 1
        output(report, options, names, warmup)
        return exit_code
    except KeyboardInterrupt:
        log("interrupted")
        return 2
    except RuntimeError as e:
        log(str(e))
        return 2
    finally:
        stop.set()
        for server in servers.values():
            if server.alive():
                server.process.kill()
        PROCESSES.kill_all()


def output(report, options, names, warmup):
    samples = report["samples"]
    every = 20.0 if options.quick else 60.0
    lines = []
    s = report["settings"]
    lines.append(f"Soak: {s['minutes']:g} min, both servers at once, a sample every {s['sampleSeconds']:g} s, "
                 f"warm-up {warmup:.0f} s{' (sanitizer build: lower rates, limits x' + str(SANITIZED_LIMIT_FACTOR) + ')' if s['sanitized'] else ''}.")
    lines.append("")
    lines.append(markdown_curve(samples, every, names))
    lines.append("")
    lines.append("| server | RSS first window → last window (MiB) | growth (limit) | slope KiB/min (limit) | "
                 "min / max RSS after warm-up | VmHWM | fds idle before / max / idle after | threads max | "
                 "connections after warm-up (/min) | smallest leak caught | exit | verdict |")
    lines.append("|---|---|---|---|---|---:|---|---:|---|---:|---:|---|")
    for n in names:
        v = report["servers"][n]
        if "firstWindowMedianKiB" not in v:
            lines.append(f"| {n} | - | - | - | - | - | - | - | - | - | {v.get('exitCode')} | FAIL ({v.get('why')}) |")
            continue
        lines.append(
            f"| {n} | {mib(v['firstWindowMedianKiB'])} → {mib(v['lastWindowMedianKiB'])} "
            f"| {v['growthKiB'] / 1024:+.2f} MiB ({v['toleranceKiB'] / 1024:.2f}) "
            f"| {v['slopeKiBPerMinute']:+.1f} ({v['slopeLimitKiBPerMinute']:.0f}) "
            f"| {mib(v['minRssKiB'])} / {mib(v['maxRssKiB'])} | {mib(v['hwmKiB'])} "
            f"| {v['baseline']['fds']} / {v['maxFds']} / {v['idleAfter']['fds'] if v['idleAfter'] else '?'} "
            f"| {v['maxThreads']} | {v['connectionsAfterWarmup']:,} ({v['connectionsPerMinute']:,.0f}) "
            f"| {v['smallestLeakCaughtBytes']:.0f} B/connection | {v['exitCode']} "
            f"| {'no growth' if v['passed'] else 'GROWTH'} |")
    lines.append("")
    for n in names:
        v = report["servers"][n]
        if "connectionsAfterWarmup" not in v:
            continue
        lines.append(f"- {n}: {v['connectionsAfterWarmup']:,} connections after the warm-up; a leak of 1 KiB per "
                     f"connection would have added {v['leak1KiBGrowthKiB'] / 1024:.1f} MiB (limit "
                     f"{v['toleranceKiB'] / 1024:.1f}) at {v['leak1KiBSlopeKiBPerMinute']:.0f} KiB/min (limit "
                     f"{v['slopeLimitKiBPerMinute']:.0f}); 256 B per connection: {v['leak256BGrowthKiB'] / 1024:.1f} MiB "
                     f"at {v['leak256BSlopeKiBPerMinute']:.0f} KiB/min.")
    lines.append("")
    lines.append("| server | connections | messages | short-lived: close handshake / reset / FIN only / reset "
                 "mid-frame / left mid-handshake / TCP only / left with a request pending | client pings | server pings "
                 "answered (Python / loadgen) | loadgen runs (killed) | errors: loadgen / client / timeouts | "
                 "server errors from the aborts |")
    lines.append("|---|---:|---:|---|---:|---|---|---|---|")
    for n in names:
        v = report["servers"][n]
        c = v["counters"]
        expected = ", ".join(f"{k} {count:,}" for k, count in sorted(v["expectedServerErrors"].items())) or "none"
        lines.append(
            f"| {n} | {c['connections']:,} | {c['messages']:,} | {c['closed_gracefully']:,} / {c['reset']:,} / "
            f"{c['hung_up']:,} / {c['reset_mid_frame']:,} / {c['left_mid_handshake']:,} / {c['tcp_only']:,} / "
            f"{c['left_with_request_pending']:,} | {c['client_pings']:,} | {c['server_pings_answered_python']:,} / "
            f"{c['server_pings_answered_loadgen']:,} | {c['loadgen_runs']:,} ({c['loadgen_killed']:,}) | "
            f"{c['loadgen_errors']} / {c['client_errors']} / {c['client_timeouts']} | {expected} |")
    m = report["machine"]
    lines.append("")
    lines.append(f"Machine: {m['cpus']} CPUs, load average {m['loadBefore'][0]:.2f} before and "
                 f"{m['loadAfter'][0]:.2f} after; all processes used {m['busyCores']:.2f} cores on average, the "
                 + ", ".join(f"{n} server {m['serverCores'][n]:.2f}" for n in names) + ".")
    lines.append("")
    if report["failures"]:
        lines.append("FAILED:")
        lines += [f"- {f}" for f in report["failures"]]
        for n in names:
            for sample in report["servers"][n]["clientErrorSamples"][:5]:
                lines.append(f"  - {sample}")
    else:
        lines.append("PASSED: no growth after the warm-up, fds back to their count before the traffic, no "
                     "unexpected server output, no load generator or client errors, both servers exited 0.")
    text = "\n".join(lines)
    print(text, flush=True)
    if options.markdown:
        with open(options.markdown, "w") as f:
            f.write(text + "\n")
    if options.json:
        with open(options.json, "w") as f:
            json.dump(report, f, indent=1)
    if options.csv:
        with open(options.csv, "w", newline="") as f:
            writer = csv.writer(f)
            header = ["seconds"]
            for n in names:
                header += [f"{n}_rss_kib", f"{n}_hwm_kib", f"{n}_fds", f"{n}_threads", f"{n}_connections",
                           f"{n}_messages"]
            writer.writerow(header)
            for sample in samples:
                row = [f"{sample['t']:.1f}"]
                for n in names:
                    v = sample.get(n) or {}
                    c = sample.get(n + "_counters", {})
                    row += [v.get("rss", ""), v.get("hwm", ""), v.get("fds", ""), v.get("threads", ""),
                            c.get("connections", ""), c.get("messages", "")]
                writer.writerow(row)
    if options.svg and samples:
        write_svg(options.svg, samples, names, warmup,
                  f"Soak: RSS of sockscope serve and mock, {report['settings']['minutes']:g} min of mixed traffic")


if __name__ == "__main__":
    sys.exit(main())
