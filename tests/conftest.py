"""Shared fixtures. Tests that need ../shared skip cleanly when it is absent (a user's clone).
``server`` is a local HTTP server on 127.0.0.1 (no outside network: fetch, redirect, size-cap and
feed tests talk to it with allow_private)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder (seeds and gold data), or skip."""
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    seeds = shared_dir / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present")
    return seeds


@pytest.fixture()
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    chunks: int = 1  # send the body in this many writes, without Content-Length


@dataclass
class LocalServer:
    base: str
    routes: dict[str, Route]
    requests: list[dict[str, str]]

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", **kw) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        headers = {"Content-Type": content_type, **kw.pop("headers", {})}
        self.routes[path] = Route(body=data, headers=headers, **kw)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, headers={"Location": to})
        return self.url(path)


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            server.requests.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
            route = server.routes.get(self.path.split("?", 1)[0])
            if route is None:
                route = Route(status=404, body=b"not found", headers={"Content-Type": "text/plain"})
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.chunks == 1:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            # HTTP/1.0: without Content-Length the body ends when the connection closes.
            step = max(1, len(route.body) // route.chunks)
            try:
                for start in range(0, len(route.body), step):
                    self.wfile.write(route.body[start : start + step])
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading (size cap): expected

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture()
def server() -> Iterator[LocalServer]:
    local = LocalServer(base="", routes={}, requests=[])
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(local))
    httpd.daemon_threads = True
    local.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield local
    finally:
        httpd.shutdown()
        httpd.server_close()
