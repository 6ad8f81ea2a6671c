"""A local HTTPS team server that misbehaves on purpose, with its own certificate authority.

The certificate is made at test time with openssl and trusted only where a
test passes it in (an ``ssl.SSLContext`` in process, ``SSL_CERT_FILE`` for a
child process), never system-wide. Each path is one behaviour a real server
or a middlebox has shown: a playbook, a redirect to plain http, a body cut
short, a byte every so often, an endless body, no answer at all.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PLAYBOOK = (
    "name: team\nlanguage: zh-CN\nentries:\n"
    "  - id: team.invoice\n    category: 发票\n    question: 能开发票吗\n    reply: 亲，可以开电子发票的\n"
).encode()


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost: (certificate, key)."""
    if shutil.which("openssl") is None:
        raise RuntimeError("openssl is needed to make the test server's certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


class TeamServer:
    """Serves the behaviours below over HTTPS on 127.0.0.1; ``hits`` counts requests per path."""

    def __init__(self, folder: Path, *, drip_every_s: float = 0.5) -> None:
        self.cert, key = make_certificate(folder)
        self.hits: dict[str, int] = {}
        self.drip_every_s = drip_every_s
        self.stopping = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                owner.hits[self.path] = owner.hits.get(self.path, 0) + 1
                behaviour = owner.behaviours.get(self.path.split("?")[0])
                if behaviour is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                try:
                    behaviour(self)
                except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
                    return  # the client gave up, as it should

            def log_message(self, *args: object) -> None:
                return None

        self.behaviours: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {
            "/team.yaml": self._playbook,
            "/to-http": self._redirect("http"),
            "/to-ftp": self._redirect("ftp"),
            "/to-https": self._redirect("https"),
            "/truncated.yaml": self._truncated,
            "/drip.yaml": self._drip,
            "/endless.yaml": self._endless,
            "/huge-declared.yaml": self._huge_declared,
            "/hang.yaml": self._hang,
        }
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, key)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.url = f"https://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def client_context(self) -> ssl.SSLContext:
        """What a client needs to trust this server and nothing else."""
        return ssl.create_default_context(cafile=str(self.cert))

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    # ------------------------------------------------------------ behaviours

    @staticmethod
    def _playbook(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(PLAYBOOK)))
        handler.send_header("ETag", '"v1"')
        handler.end_headers()
        handler.wfile.write(PLAYBOOK)

    def _redirect(self, scheme: str) -> Callable[[BaseHTTPRequestHandler], None]:
        def answer(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(302)
            handler.send_header("Location", f"{scheme}://127.0.0.1:{self.port}/team.yaml")
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        return answer

    @staticmethod
    def _truncated(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(PLAYBOOK) * 10))
        handler.end_headers()
        handler.wfile.write(PLAYBOOK[:40])
        handler.wfile.flush()
        handler.close_connection = True
        handler.connection.shutdown(socket.SHUT_RDWR)

    def _drip(self, handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(PLAYBOOK)))
        handler.end_headers()
        for byte in PLAYBOOK:
            if self.stopping.wait(self.drip_every_s):
                return
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()

    def _endless(self, handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        block = b"# " + b"x" * 65_000 + b"\n"
        while not self.stopping.is_set():
            handler.wfile.write(f"{len(block):x}\r\n".encode() + block + b"\r\n")

    @staticmethod
    def _huge_declared(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(2 * 1024**3))
        handler.end_headers()
        handler.wfile.write(b"x" * 1024)

    def _hang(self, handler: BaseHTTPRequestHandler) -> None:
        self.stopping.wait(120)  # accepts the request and never answers


def elapsed(action: Callable[[], object]) -> tuple[object, float]:
    """``action()`` and how long it took."""
    started = time.monotonic()
    result = action()
    return result, time.monotonic() - started
