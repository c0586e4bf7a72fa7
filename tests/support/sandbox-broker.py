#!/usr/bin/env python3
"""Starts and stops Linux jobdesk-sandbox processes for test programs that cannot start them
themselves: the Windows test programs under Wine (a Windows program can start a Linux one, but not
read its output or stop it). scripts/test-windows runs one broker and hands its address to every
Windows test in JOBDESK_SANDBOX_BROKER; tests/support/SandboxProcess then asks the broker instead
of starting the sandbox itself. Loopback only.

    sandbox-broker.py SANDBOX_BIN      prints "listening on http://127.0.0.1:PORT", serves until killed

    POST /sandboxes            {"args": [...]} -> {"id", "port", "customer_id", "client_id",
                               "client_secret", "readonly_client_id", "readonly_client_secret"}
                               (the sandbox is started with --port 0 plus args, Windows paths
                               among them turned into Unix ones by winepath; 500 + "error")
    POST /sandboxes/ID/stop    SIGTERM, SIGKILL after 5 s       -> {"stderr"}
    POST /sandboxes/ID/kill    SIGKILL                          -> {"stderr"}
    GET  /sandboxes/ID         -> {"running", "stderr"}
"""
import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SANDBOX = sys.argv[1] if len(sys.argv) > 1 else ""
KEYS = ("customer_id", "client_id", "client_secret", "readonly_client_id", "readonly_client_secret")
lock = threading.Lock()
sandboxes = {}  # id -> {"process", "stderr": bytearray}
next_id = [1]


def drain(stream, sink):
    for chunk in iter(lambda: stream.read1(65536), b""):
        sink.extend(chunk)


def unix_path(arg):
    """A Windows test's path (C:\\users\\...\\state.json) as the Linux sandbox must see it."""
    if len(arg) > 2 and arg[0].isalpha() and arg[1] == ":" and arg[2] in "\\/":
        result = subprocess.run(["winepath", "-u", arg], capture_output=True, text=True)
        if result.returncode == 0 and result.stdout.strip():
            return result.stdout.strip()
    return arg


def start(args):
    args = [unix_path(a) for a in args]
    process = subprocess.Popen([SANDBOX, "--port", "0", *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    err = bytearray()
    threading.Thread(target=drain, args=(process.stderr, err), daemon=True).start()
    info = {}
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not (all(k in info for k in KEYS) and "port" in info):
        line = process.stdout.readline()
        if not line:
            break
        line = line.decode("utf-8", "replace").strip()
        if line.startswith("listening on http://127.0.0.1:"):
            info["port"] = int(line.rsplit(":", 1)[1])
        elif "=" in line:
            key, value = line.split("=", 1)
            if key in KEYS:
                info[key] = int(value) if key == "customer_id" else value
    if not (all(k in info for k in KEYS) and "port" in info):
        process.kill()
        process.wait()
        return None, "sandbox did not start: " + err.decode("utf-8", "replace").strip()
    # Keep reading stdout so the sandbox never blocks on a full pipe.
    threading.Thread(target=drain, args=(process.stdout, bytearray()), daemon=True).start()
    with lock:
        sid = next_id[0]
        next_id[0] += 1
        sandboxes[sid] = {"process": process, "stderr": err}
    info["id"] = sid
    return info, None


def finish(sid, graceful):
    with lock:
        entry = sandboxes.get(sid)
    if entry is None:
        return None
    process = entry["process"]
    if process.poll() is None:
        if graceful:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
        else:
            process.kill()
        process.wait()
    return {"stderr": entry["stderr"].decode("utf-8", "replace")}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def parts(self):
        return [p for p in self.path.split("/") if p]

    def do_POST(self):
        parts = self.parts()
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}") if length else {}
        if parts == ["sandboxes"]:
            info, error = start([str(a) for a in body.get("args", [])])
            return self.reply(200, info) if info else self.reply(500, {"error": error})
        if len(parts) == 3 and parts[0] == "sandboxes" and parts[2] in ("stop", "kill"):
            result = finish(int(parts[1]), parts[2] == "stop")
            return self.reply(200, result) if result is not None else self.reply(404, {"error": "no such sandbox"})
        self.reply(404, {"error": "unknown route"})

    def do_GET(self):
        parts = self.parts()
        if len(parts) == 2 and parts[0] == "sandboxes":
            with lock:
                entry = sandboxes.get(int(parts[1]))
            if entry is None:
                return self.reply(404, {"error": "no such sandbox"})
            return self.reply(200, {"running": entry["process"].poll() is None,
                                    "stderr": entry["stderr"].decode("utf-8", "replace")})
        self.reply(404, {"error": "unknown route"})


def main():
    if not os.access(SANDBOX, os.X_OK):
        sys.exit(f"sandbox-broker: {SANDBOX!r} is not an executable jobdesk-sandbox")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True

    def shutdown(*_):
        with lock:
            for entry in sandboxes.values():
                if entry["process"].poll() is None:
                    entry["process"].kill()
        os._exit(0)

    signal.signal(signal.SIGTERM, shutdown)
    signal.signal(signal.SIGINT, shutdown)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    finally:
        shutdown()


if __name__ == "__main__":
    main()
