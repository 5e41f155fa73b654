#!/usr/bin/env python3
"""Sockscope's benchmark suite (run it through scripts/bench, which builds first).

Sections, each printing a Markdown table (docs/PERFORMANCE.md explains every figure):
  servers  the load generator against `sockscope serve --echo`, node `ws` and Python
           `websockets`: (C, S) in (1, 64 B), (100, 64 B), (1, 64 KiB), (100, 64 KiB), pingpong
           and flood; every figure also as a ratio to node `ws`
  mcp      tools/call of the echo tool against `sockscope mock` and the MCP TypeScript SDK
           server behind node `ws`, C = 1 and 32, one request in flight per connection
  idle     10,000 idle connections to `sockscope serve` with an RFC ping every 5 s: resident
           memory per connection and CPU while idle
  gui      bench/guiingest (the desktop app under a flood of 100,000 messages a second)
  startup  launch to the main window's first paint (offscreen) and `sockscope --version`
  profile  (only with --profile) perf record of `sockscope serve` under a 64 B flood

Servers run pinned to CPU 0 and the load generator to CPU 1 when taskset exists and there
are two CPUs or more. Every run is bounded in time. Each measurement is repeated (3 times,
1 in --quick) and the median is reported; a run is repeated when other processes used more
than DISTURBED_CPU of a core during it (other builds share the machine).
"""

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DISTURBED_CPU = 0.25          # foreign CPU (in cores) during a run that makes it a rerun
MAX_TRIES = 1                 # attempts per measurement (2 or more: rerun when disturbed)
SERVER_START_TIMEOUT = 20.0   # seconds for a server to print its port
# The Python `websockets` peer needs the Debian package, which only the system Python sees.
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else (shutil.which("python3") or "python3")
QUIET_WAIT = 3.0              # seconds to wait, before each run, for the machine to calm down


def log(message):
    print(f"==> {message}", file=sys.stderr, flush=True)


# ---- machine state ---------------------------------------------------------------------

def cpu_times():
    """Busy and total jiffies of all CPUs together (from /proc/stat)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


def process_cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            line = f.read()
        rest = line[line.rindex(")") + 2:].split()
        return (int(rest[11]) + int(rest[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def wait_for_quiet(limit=QUIET_WAIT):
    """Waits (at most `limit` seconds) for a second in which other processes use less than
    DISTURBED_CPU of a core; our servers are idle between runs."""
    hz = os.sysconf("SC_CLK_TCK")
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        busy0, _ = cpu_times()
        time.sleep(0.5)
        busy1, _ = cpu_times()
        if (busy1 - busy0) / hz / 0.5 < DISTURBED_CPU:
            return True
    return False


def load_average():
    return os.getloadavg()[0]


class Pinning:
    def __init__(self):
        self.enabled = shutil.which("taskset") is not None and (os.cpu_count() or 1) >= 2

    def server(self, command):
        return ["taskset", "-c", "0"] + command if self.enabled else command

    def load(self, command):
        return ["taskset", "-c", "1"] + command if self.enabled else command


# ---- servers ---------------------------------------------------------------------------

class Server:
    """A server process that prints its URL or port as the first line of standard output."""

    def __init__(self, name, command, path="/"):
        self.name = name
        self.command = command
        self.path = path
        self.process = None
        self.url = None

    def start(self):
        self.process = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, cwd=ROOT, text=True)
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        first = ""
        while time.monotonic() < deadline and not first:
            first = self.process.stdout.readline().strip()
            if self.process.poll() is not None:
                break
        if not first:
            self.stop()
            raise RuntimeError(f"{self.name} did not start: {' '.join(self.command)}")
        self.url = first if first.startswith("ws") else f"ws://127.0.0.1:{int(first)}{self.path}"
        # Whatever else the server prints (errors of aborted peers) must never fill the pipe
        # and block it.
        threading.Thread(target=self.drain, daemon=True).start()
        return self

    def drain(self):
        try:
            for _ in self.process.stdout:
                pass
        except (OSError, ValueError):
            pass

    @property
    def pid(self):
        return self.process.pid

    def rss_bytes(self):
        try:
            with open(f"/proc/{self.pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            pass
        return -1

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


class Suite:
    def __init__(self, options):
        self.options = options
        self.bin = os.path.join(options.build, "bin")
        self.sockscope = os.path.join(self.bin, "sockscope")
        self.loadgen = os.path.join(self.bin, "sockscope_bench_loadgen")
        self.pin = Pinning()
        self.reps = options.repeat or (1 if options.quick else 3)
        self.results = {}
        self.notes = []

    # -- one load run, retried when disturbed ---------------------------------------------

    def load_run(self, server, args, seconds, warmup):
        command = self.pin.load([self.loadgen, server.url, "--seconds", str(seconds), "--warmup", str(warmup),
                                 "--server-pid", str(server.pid)] + args)
        report = None
        for attempt in range(MAX_TRIES):
            wait_for_quiet()
            busy0, total0 = cpu_times()
            server0 = process_cpu_seconds(server.pid)
            started = time.monotonic()
            done = subprocess.run(command, capture_output=True, text=True,
                                  timeout=seconds + warmup + 300)
            wall = time.monotonic() - started
            busy1, total1 = cpu_times()
            server1 = process_cpu_seconds(server.pid)
            try:
                report = json.loads(done.stdout.strip().splitlines()[-1])
            except (IndexError, json.JSONDecodeError):
                raise RuntimeError(f"load generator failed: {done.stderr.strip()}")
            hz = os.sysconf("SC_CLK_TCK")
            cpus = os.cpu_count() or 1
            # Everything that ran on the machine during the whole run, in cores, less the
            # server and the load generator: the other engineers' compilers.
            machine = (busy1 - busy0) / hz / wall if wall > 0 else 0
            ours = (server1 - server0) / wall + report.get("loadCpuShare", 0) * report.get("seconds", 0) / wall
            report["foreignCpu"] = max(0.0, machine - ours)
            report["machineCpus"] = cpus
            if report.get("failed") or report["foreignCpu"] <= DISTURBED_CPU:
                break
            log(f"  disturbed (other processes used {report['foreignCpu']:.2f} core)")
        report["attempts"] = attempt + 1
        return report

    def start_server(self, name, command, path="/"):
        return Server(name, self.pin.server(command), path).start()

    # -- section: servers -------------------------------------------------------------------

    def servers(self):
        quick = self.options.quick
        seconds, warmup = (1.5, 0.5) if quick else (3, 1)
        servers = [
            ("sockscope", [self.sockscope, "serve", "--echo", "--quiet", "--port", "0",
                           "--max-connections", "20000", "--send-queue", "67108864"]),
            ("node ws", ["node", "tests/interop/node/echo_server.mjs", "--exit-on-stdin-eof"]),
            ("python websockets", [PYTHON, "tests/interop/python/echo_server.py", "--exit-on-stdin-eof"]),
        ]
        cells = []
        for connections, size in ((1, 64), (100, 64), (1, 65536), (100, 65536)):
            for pattern in ("pingpong", "flood"):
                window = 32 if size <= 1024 else 4
                cells.append((connections, size, pattern, window))
        running = []
        try:
            for name, command in servers:
                running.append(self.start_server(name, command))
            raw = {}
            for rep in range(self.reps):
                for cell in cells:
                    connections, size, pattern, window = cell
                    # The servers take turns within a repetition, so slow drifts in the
                    # machine's load hit all three alike.
                    for server in running:
                        args = ["-c", str(connections), "-s", str(size), "--pattern", pattern, "-w", str(window)]
                        log(f"servers: rep {rep + 1}/{self.reps} {server.name} C={connections} S={size} {pattern}")
                        report = self.load_run(server, args, seconds, warmup)
                        raw.setdefault((server.name, cell), []).append(report)
            self.results["servers"] = {f"{k[0]}|{k[1]}": v for k, v in raw.items()}
        finally:
            for server in running:
                server.stop()
        self.print_server_tables([s[0] for s in servers], cells, raw)

    def print_server_tables(self, names, cells, raw):
        base = "node ws"

        def median(name, cell, key):
            values = [r.get(key, 0) for r in raw.get((name, cell), []) if not r.get("failed")]
            return statistics.median(values) if values else 0.0

        def size_text(size):
            return f"{size // 1024} KiB" if size >= 1024 else f"{size} B"

        def ratio(value, reference, lower_is_better=False):
            if not value or not reference:
                return "n/a"
            return f"{(reference / value if lower_is_better else value / reference):.2f}"

        print("\n### Echo servers: throughput (medians of %d runs)\n" % self.reps)
        print("Ratios are to node `ws`; above 1.00 means better than node `ws`.\n")
        print("| C | S | pattern | sockscope msg/s | node ws msg/s | python msg/s | sockscope ×ws | python ×ws "
              "| sockscope MB/s | node ws MB/s | python MB/s |")
        print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for cell in cells:
            c, s, pattern, w = cell
            rate = {n: median(n, cell, "messagesPerSecond") for n in names}
            mb = {n: median(n, cell, "mbPerSecond") for n in names}
            label = pattern if pattern == "pingpong" else f"flood W={w}"
            print(f"| {c} | {size_text(s)} | {label} | {rate['sockscope']:,.0f} | {rate[base]:,.0f} "
                  f"| {rate['python websockets']:,.0f} | {ratio(rate['sockscope'], rate[base])} "
                  f"| {ratio(rate['python websockets'], rate[base])} | {mb['sockscope']:.1f} | {mb[base]:.1f} "
                  f"| {mb['python websockets']:.1f} |")

        print("\n### Echo servers: round trip in µs, p50 / p90 / p99 / max (medians of %d runs)\n" % self.reps)
        print("The ratio is node `ws`'s p50 and p99 over the server's: above 1.00 means faster than node `ws`.\n")
        print("| C | S | pattern | sockscope | node ws | python websockets | sockscope p50, p99 ×ws "
              "| python p50, p99 ×ws |")
        print("|---|---|---|---|---|---|---:|---:|")
        for cell in cells:
            c, s, pattern, w = cell
            label = pattern if pattern == "pingpong" else f"flood W={w}"
            cols = []
            for n in names:
                cols.append(" / ".join(f"{median(n, cell, k):,.0f}" for k in ("p50Us", "p90Us", "p99Us", "maxUs")))
            rs = [f"{ratio(median(n, cell, 'p50Us'), median(base, cell, 'p50Us'), True)}, "
                  f"{ratio(median(n, cell, 'p99Us'), median(base, cell, 'p99Us'), True)}"
                  for n in ("sockscope", "python websockets")]
            print(f"| {c} | {size_text(s)} | {label} | {cols[0]} | {cols[1]} | {cols[2]} | {rs[0]} | {rs[1]} |")

        print("\n### Echo servers: who was busy (CPU share of one core, medians; errors summed)\n")
        print("| C | S | pattern | sockscope server / load | node ws server / load | python server / load "
              "| errors | other processes (cores) |")
        print("|---|---|---|---|---|---|---:|---:|")
        for cell in cells:
            c, s, pattern, w = cell
            label = pattern if pattern == "pingpong" else f"flood W={w}"
            cols = [f"{median(n, cell, 'serverCpuShare') * 100:.0f}% / {median(n, cell, 'loadCpuShare') * 100:.0f}%"
                    for n in names]
            errors = sum(r.get("errors", 0) + r.get("failedToOpen", 0) for n in names for r in raw.get((n, cell), []))
            foreign = max(r.get("foreignCpu", 0) for n in names for r in raw.get((n, cell), []))
            print(f"| {c} | {size_text(s)} | {label} | {cols[0]} | {cols[1]} | {cols[2]} | {errors:.0f} "
                  f"| max {foreign:.2f} |")
        sys.stdout.flush()

    # -- section: MCP -------------------------------------------------------------------------

    def mcp(self):
        quick = self.options.quick
        seconds, warmup = (1.5, 0.5) if quick else (3, 1)
        servers = [
            ("sockscope mock", [self.sockscope, "mock", "--port", "0", "--quiet", "--max-connections", "20000"]),
            ("MCP SDK (node ws)", ["node", "tests/mcp/node/mcp_ws_server.mjs"]),
        ]
        running = []
        raw = {}
        try:
            for name, command in servers:
                running.append(self.start_server(name, command))
            for rep in range(self.reps):
                for connections in (1, 32):
                    for server in running:
                        log(f"mcp: rep {rep + 1}/{self.reps} {server.name} C={connections}")
                        report = self.load_run(server, ["-c", str(connections), "-s", "16", "--pattern", "mcp"],
                                               seconds, warmup)
                        raw.setdefault((server.name, connections), []).append(report)
            self.results["mcp"] = {f"{k[0]}|{k[1]}": v for k, v in raw.items()}
        finally:
            for server in running:
                server.stop()

        def median(name, c, key):
            values = [r.get(key, 0) for r in raw.get((name, c), []) if not r.get("failed")]
            return statistics.median(values) if values else 0.0

        mock, sdk = servers[0][0], servers[1][0]
        print("\n### MCP `tools/call` (echo tool), one request in flight per connection (medians of %d runs)\n"
              % self.reps)
        print("Ratios: requests/s mock over SDK; latency SDK over mock. Above 1.00 means the mock is better.\n")
        print("| C | mock req/s | SDK req/s | ×SDK | mock p50 / p90 / p99 / max µs | SDK p50 / p90 / p99 / max µs "
              "| p50 ×SDK | p99 ×SDK | mock / SDK server CPU | errors |")
        print("|---|---:|---:|---:|---|---|---:|---:|---|---:|")
        for c in (1, 32):
            rm, rs = median(mock, c, "messagesPerSecond"), median(sdk, c, "messagesPerSecond")
            lat = {n: " / ".join(f"{median(n, c, k):,.0f}" for k in ("p50Us", "p90Us", "p99Us", "maxUs"))
                   for n in (mock, sdk)}
            errors = sum(r.get("errors", 0) + r.get("failedToOpen", 0) for n in (mock, sdk) for r in raw.get((n, c), []))
            p50 = median(sdk, c, "p50Us") / max(1e-9, median(mock, c, "p50Us"))
            p99 = median(sdk, c, "p99Us") / max(1e-9, median(mock, c, "p99Us"))
            cpu = f"{median(mock, c, 'serverCpuShare') * 100:.0f}% / {median(sdk, c, 'serverCpuShare') * 100:.0f}%"
            print(f"| {c} | {rm:,.0f} | {rs:,.0f} | {rm / max(1e-9, rs):.2f} | {lat[mock]} | {lat[sdk]} "
                  f"| {p50:.2f} | {p99:.2f} | {cpu} | {errors:.0f} |")
        sys.stdout.flush()

    # -- section: many idle connections -------------------------------------------------------

    def idle(self):
        connections = self.options.idle_connections
        seconds = 10 if self.options.quick else 30
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        wanted = connections + 1024
        if soft < wanted:
            try:
                resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(wanted, soft)), hard))
            except (ValueError, OSError) as error:
                self.notes.append(f"could not raise the open-file limit: {error}")
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        limit_note = f"open-file limit {soft} (hard {hard}) for the server and the load generator each"
        if soft < wanted:
            limit_note += f": too low for {connections} connections plus the process's own files"
        server = self.start_server("sockscope", [self.sockscope, "serve", "--echo", "--quiet", "--port", "0",
                                                 "--max-connections", str(connections + 1000),
                                                 "--ping-interval", "5"])
        try:
            time.sleep(0.5)
            log(f"idle: {connections} connections for {seconds} s, server ping every 5 s")
            report = self.load_run(server, ["-c", str(connections), "--pattern", "idle",
                                            "--connect-window", "64", "--connect-timeout", "120000"],
                                   seconds, 0)
        finally:
            server.stop()
        self.results["idle"] = report
        rss_before = report.get("serverRssBefore", 0)
        rss = report.get("serverRss", 0)
        per = report.get("serverRssPerConnection", 0)
        print(f"\n### {connections:,} idle connections to `sockscope serve --ping-interval 5`\n")
        print("| measure | value |")
        print("|---|---|")
        print(f"| connections open | {report.get('opened', 0):,} of {connections:,} "
              f"(opened in {report.get('openSeconds', 0):.1f} s; {report.get('failedToOpen', 0)} failed) |")
        print(f"| server resident memory before / with the connections | {rss_before / 2**20:.1f} MiB / "
              f"{rss / 2**20:.1f} MiB |")
        print(f"| resident memory per connection | {per / 1024:.1f} KiB ({per:,.0f} bytes) |")
        print(f"| server CPU while idle ({report.get('seconds', 0):.0f} s) | "
              f"{report.get('serverCpuShare', 0) * 100:.2f}% of one core |")
        print(f"| load generator CPU meanwhile | {report.get('loadCpuShare', 0) * 100:.2f}% of one core |")
        print(f"| RFC pings answered while measured (expected about {report.get('opened', 0) * seconds / 5:,.0f}) | "
              f"{report.get('pingsAnswered', 0):,.0f} |")
        print(f"| errors | {report.get('errors', 0) + report.get('errorsBeforeMeasuring', 0):.0f}"
              f"{' (first: ' + report['firstError'] + ')' if report.get('firstError') else ''} |")
        print(f"| limits | {limit_note} |")
        sys.stdout.flush()

    # -- section: GUI ingest ------------------------------------------------------------------

    def gui(self):
        args = ["--rate", "100000", "--seconds", "3", "--filter-events", "200000"] if self.options.quick else []
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.update(self.private_dirs())
        log("gui: bench/guiingest " + " ".join(args))
        done = subprocess.run([os.path.join(self.bin, "sockscope_bench_guiingest")] + args, env=env,
                              capture_output=True, text=True, timeout=600)
        print("\n### GUI ingest (bench/guiingest" + (", quick: " + " ".join(args) if args else "") + ")\n")
        print(done.stdout.strip())
        if done.returncode != 0:
            print(f"\n(exit code {done.returncode}: a message was missing or the run failed)")
        self.results["gui"] = {"stdout": done.stdout, "exit": done.returncode}
        sys.stdout.flush()

    # -- section: start-up --------------------------------------------------------------------

    def private_dirs(self):
        if not hasattr(self, "_private"):
            self._private = tempfile.mkdtemp(prefix="sockscope-bench-")
        return {"HOME": self._private, "XDG_CONFIG_HOME": os.path.join(self._private, "config"),
                "XDG_DATA_HOME": os.path.join(self._private, "data"),
                "XDG_CACHE_HOME": os.path.join(self._private, "cache"),
                "XDG_RUNTIME_DIR": self._private}

    def startup(self):
        runs = 5 if self.options.quick else 15
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOCKSCOPE_STARTUP_PROBE="1")
        env.update(self.private_dirs())
        window = []
        for i in range(runs + 1):
            started = time.monotonic_ns()
            done = subprocess.run([self.sockscope], env=env, capture_output=True, text=True, timeout=60)
            painted = None
            for line in done.stderr.splitlines():
                if line.startswith("sockscope-startup-probe: painted at"):
                    painted = int(line.split()[3])
            if painted is None:
                raise RuntimeError("the start-up probe printed nothing: " + done.stderr.strip()[:300])
            if i > 0:  # the first launch only warms the page cache
                window.append((painted - started) / 1e6)
        version = []
        for i in range(runs * 2 + 1):
            started = time.monotonic_ns()
            subprocess.run([self.sockscope, "--version"], capture_output=True, timeout=60, check=True)
            if i > 0:
                version.append((time.monotonic_ns() - started) / 1e6)
        self.results["startup"] = {"window": window, "version": version}
        print(f"\n### Start-up (warm page cache; median, min and max of {runs} and {runs * 2} launches)\n")
        print("| what | median | min | max |")
        print("|---|---:|---:|---:|")
        print(f"| launch to the main window painted (offscreen) | {statistics.median(window):.0f} ms "
              f"| {min(window):.0f} ms | {max(window):.0f} ms |")
        print(f"| `sockscope --version` (launch to exit) | {statistics.median(version):.0f} ms "
              f"| {min(version):.0f} ms | {max(version):.0f} ms |")
        sys.stdout.flush()

    # -- section: profile ---------------------------------------------------------------------

    def profile(self):
        if shutil.which("perf") is None:
            print("\n(perf not found: no profile)")
            return
        server = self.start_server("sockscope", [self.sockscope, "serve", "--echo", "--quiet", "--port", "0"])
        data = os.path.join(self.options.build, "bench-perf.data")
        try:
            wait_for_quiet()
            perf = subprocess.Popen(["perf", "record", "-F", "2000", "-g", "-p", str(server.pid), "-o", data],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            log("profile: perf record of sockscope serve under C=100 S=64 flood")
            self.load_run(server, ["-c", "100", "-s", "64", "--pattern", "flood", "-w", "32"], 4, 1)
            perf.send_signal(signal.SIGINT)
            perf.wait(timeout=60)
        finally:
            server.stop()
        report = subprocess.run(["perf", "report", "-i", data, "--no-children", "--percent-limit", "1.5",
                                 "--stdio", "-g", "none", "--sort", "dso,symbol"],
                                capture_output=True, text=True, timeout=120)
        print("\n### Profile: `sockscope serve --echo` under a flood (C=100, 64 B, W=32), self time\n")
        print("```")
        print("\n".join(line for line in report.stdout.splitlines() if line and not line.startswith("#"))[:6000])
        print("```")
        sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    parser.add_argument("--quick", action="store_true", help="short runs, one repetition")
    parser.add_argument("--repeat", type=int, default=0, help="repetitions (3, or 1 with --quick)")
    parser.add_argument("--only", default="servers,mcp,idle,gui,startup",
                        help="comma-separated sections: servers, mcp, idle, gui, startup, profile")
    parser.add_argument("--profile", action="store_true", help="also profile the echo server with perf")
    parser.add_argument("--idle-connections", type=int, default=10000)
    parser.add_argument("--json", help="write the raw reports here")
    options = parser.parse_args()
    sections = [s.strip() for s in options.only.split(",") if s.strip()]
    if options.profile and "profile" not in sections:
        sections.append("profile")

    suite = Suite(options)
    print("## Sockscope benchmarks" + (" (quick mode: short runs, one repetition; not for the record)"
                                      if options.quick else ""))
    print(f"\nMachine: {os.cpu_count()} CPUs, {cpu_model()}; load average before: {load_average():.2f}; "
          f"pinning: {'servers on CPU 0, load generator on CPU 1' if suite.pin.enabled else 'none'}.")
    sys.stdout.flush()
    started = time.monotonic()
    for section in sections:
        getattr(suite, section)()
    print(f"\nLoad average after: {load_average():.2f}; took {time.monotonic() - started:.0f} s.")
    for note in suite.notes:
        print(f"Note: {note}")
    if options.json:
        with open(options.json, "w") as f:
            json.dump(suite.results, f, indent=1)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    main()
