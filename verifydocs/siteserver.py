"""A static server for the built site, as a static host would serve it: under the path of
``site_url`` (``/tf-first-principles/`` on GitHub Pages), directory URLs answered by their
``index.html``, a directory without its trailing slash redirected, and a missing file inside the
site answered by the site's own ``404.html`` with status 404 (what GitHub Pages does). Anything
outside the site path is a bare 404 (the browser helpers record failed responses themselves).
Standard library only; threaded; binds 127.0.0.1 on a free port. ``recording()`` lists the site
files it answers with while a block runs (verifydocs/checkcache.py keys results on them);
``wait_quiet()`` waits until requests have stopped coming.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Handler(SimpleHTTPRequestHandler):
    server: SiteServer._Server

    def do_GET(self):
        self._serve(head=False)

    def do_HEAD(self):
        self._serve(head=True)

    def _serve(self, head: bool) -> None:
        with self.server.busy:
            self.server.active += 1
            self.server.last = time.monotonic()
        try:
            self._answer_request(head)
        finally:
            with self.server.busy:
                self.server.active -= 1
                self.server.last = time.monotonic()

    def _answer_request(self, head: bool) -> None:
        base = self.server.base
        path = unquote(urlsplit(self.path).path)
        if path + "/" == base:
            return self._redirect(base)
        if not path.startswith(base) or "/../" in path + "/":
            return self._answer(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain", head)
        rel = path[len(base) :]
        target = self.server.root / rel
        if target.is_dir():
            if not path.endswith("/"):
                self._record(rel)
                return self._redirect(path + "/")
            target = target / "index.html"
            rel = target.relative_to(self.server.root).as_posix()
        self._record(rel)
        if target.is_file():
            return self._answer(HTTPStatus.OK, target.read_bytes(), self.guess_type(str(target)), head)
        self._record("404.html")
        page404 = self.server.root / "404.html"
        body = page404.read_bytes() if page404.is_file() else b"not found\n"
        return self._answer(HTTPStatus.NOT_FOUND, body, "text/html; charset=utf-8", head)

    def _record(self, rel: str) -> None:
        for files in self.server.recorders:
            files.add(rel)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _answer(self, status: int, body: bytes, ctype: str, head: bool) -> None:
        self.send_response(status)
        if ctype.startswith("text/") and "charset" not in ctype or ctype == "application/javascript":
            ctype += "; charset=utf-8"
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        # Assets are cached across pages (as on GitHub Pages); pages never (tests edit them).
        self.send_header("Cache-Control", "no-cache" if ctype.startswith("text/html") else "max-age=600")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def log_message(self, *args) -> None:  # quiet
        pass


class SiteServer:
    """``with SiteServer(site_dir, "/repo/") as server: server.url("en/")``"""

    class _Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):  # a browser closing a connection early
            import sys

            if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
                super().handle_error(request, client_address)

        root: Path
        base: str
        recorders: list[set[str]]
        busy: threading.Lock  # guards the two below
        active: int  # requests being answered
        last: float  # when one last came or was answered (time.monotonic)

    def __init__(self, root: Path, base: str = "/"):
        if not (base.startswith("/") and base.endswith("/")):
            raise ValueError(f"base must start and end with '/': {base!r}")
        self._server = self._Server(("127.0.0.1", 0), functools.partial(_Handler, directory=str(root)))
        self._server.root, self._server.base = Path(root), base
        self._server.recorders = []
        self._server.busy, self._server.active, self._server.last = threading.Lock(), 0, 0.0
        self.host, self.port = self._server.server_address[:2]
        self.origin = f"http://{self.host}:{self.port}"
        self.root, self.base = Path(root), base
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, rel: str = "") -> str:
        """Absolute URL of ``rel`` (a path relative to the site root, like ``en/tensors/``)."""
        return self.origin + self.base + rel.lstrip("/")

    @contextlib.contextmanager
    def recording(self):
        """``with server.recording() as files:`` every site file (path relative to the site root)
        this server answers with or is asked for while the block runs: a directory's index.html,
        a missing file and the 404 page answered for it, a directory it redirects."""
        files: set[str] = set()
        self._server.recorders = [*self._server.recorders, files]
        try:
            yield files
        finally:  # by identity: two recordings may hold equal sets
            self._server.recorders = [r for r in self._server.recorders if r is not files]

    def wait_quiet(self, quiet: float = 0.2, limit: float = 10.0) -> None:
        """Wait until no request is being answered and none has come for ``quiet`` seconds (at most
        ``limit``): a request a page sent just before it was left still reaches the server for a
        moment, and would be recorded as read by whatever comes next."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            with self._server.busy:
                if not self._server.active and time.monotonic() - self._server.last >= quiet:
                    return
            time.sleep(0.02)

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
