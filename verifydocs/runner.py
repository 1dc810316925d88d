"""Run one example in this interpreter and collect what it did.

Contract: ``run(path, snippets_root, settings) -> RunResult``. The example runs as ``__main__``
(fresh namespace) via ``runpy``, with: a temporary working directory, its own folder first on
``sys.path``, global state reset (see ``state``), stdout captured at the file-descriptor level (so
output printed by TensorFlow's C++ side, e.g. ``tf.print(..., output_stream=sys.stdout)``, lands in
order), the Agg backend with ``plt.show()`` a no-op, and the network switched off. Afterwards every
open figure is rendered to PNG bytes (fixed dpi, no metadata) and the process is put back as it was.

Misuse is reported in ``RunResult.problems`` rather than raised: network attempts, files written,
``savefig`` calls, leaked global state. An exception (including pytest-timeout's) becomes
``RunResult.error``, described with the example's own file and line.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import runpy
import socket
import sys
import tempfile
import traceback
import warnings
from pathlib import Path

from . import state
from .settings import Settings


@dataclasses.dataclass
class RunResult:
    stdout: str
    stderr: str
    figures: list[bytes]
    error: str | None = None  # formatted, pointing at the example's line
    problems: list[str] = dataclasses.field(default_factory=list)


class NetworkDisabled(OSError):
    """Raised inside an example that tries to open a network connection."""


class SavefigCalled(RuntimeError):
    """Raised inside an example that calls savefig: the runner captures figures itself."""


@contextlib.contextmanager
def _no_network(attempts: list[str]):
    def refusing(describe):
        def refuse(*args, **kwargs):
            target = describe(*args, **kwargs)
            attempts.append(target)
            raise NetworkDisabled(
                f"network access is disabled for examples (tried {target}); "
                "make small data with numpy instead of downloading it"
            )

        return refuse

    patched = {  # name -> how to describe the target from the call's arguments
        (socket.socket, "connect"): lambda sock, address, *a, **k: repr(address),
        (socket.socket, "connect_ex"): lambda sock, address, *a, **k: repr(address),
        (socket, "create_connection"): lambda address, *a, **k: repr(address),
        (socket, "getaddrinfo"): lambda host, port=None, *a, **k: repr((host, port)),
    }
    saved = [(obj, name, getattr(obj, name)) for obj, name in patched]
    for (obj, name), describe in patched.items():
        setattr(obj, name, refusing(describe))
    try:
        yield
    finally:
        for obj, name, value in saved:
            setattr(obj, name, value)


@contextlib.contextmanager
def _capture_fd_stdout():
    """Point fd 1 and ``sys.stdout`` at one temporary file; yields a getter for the text."""
    sys.stdout.flush()
    with tempfile.TemporaryFile(mode="w+b") as tmp:
        saved_fd = os.dup(1)
        saved_stdout = sys.stdout
        os.dup2(tmp.fileno(), 1)
        writer = io.TextIOWrapper(
            open(os.dup(1), "wb", buffering=0),  # noqa: SIM115 - closed below
            encoding="utf-8",
            newline="\n",  # not os.linesep: "\r\n" on Windows would read as a progress bar's "\r"
            write_through=True,
        )
        sys.stdout = writer
        result: list[str] = []
        try:
            yield result
        finally:
            with contextlib.suppress(Exception):
                writer.flush()
            sys.stdout = saved_stdout
            os.dup2(saved_fd, 1)
            os.close(saved_fd)
            with contextlib.suppress(Exception):
                writer.close()
            tmp.seek(0)
            text = tmp.read().decode("utf-8", errors="replace")
            if os.name == "nt":  # the C runtime's stdout (tf.print) is in text mode there: "\n" -> "\r\n"
                text = text.replace("\r\n", "\n")
            result.append(text)


@contextlib.contextmanager
def quiet_fd(fd: int):
    """Send file descriptor ``fd`` to /dev/null for the duration."""
    saved = os.dup(fd)
    with open(os.devnull, "wb") as null:
        os.dup2(null.fileno(), fd)
    try:
        yield
    finally:
        os.dup2(saved, fd)
        os.close(saved)


@contextlib.contextmanager
def _matplotlib_guard(problems: list[str]):
    import matplotlib
    import matplotlib.figure
    import matplotlib.pyplot as plt

    matplotlib.use("Agg", force=True)
    saved_show, saved_savefig = plt.show, matplotlib.figure.Figure.savefig

    def savefig(self, *args, **kwargs):
        problems.append("called savefig(): examples only draw; the runner captures their figures")
        raise SavefigCalled("examples never call savefig; the test runner captures figures")

    plt.show = lambda *a, **k: None
    matplotlib.figure.Figure.savefig = savefig
    try:
        yield
    finally:
        plt.show = saved_show
        matplotlib.figure.Figure.savefig = saved_savefig


def _figures(dpi: int) -> list[bytes]:
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None:
        return []
    images = []
    for num in plt.get_fignums():
        buf = io.BytesIO()
        plt.figure(num).savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
        images.append(buf.getvalue())
    plt.close("all")
    return images


def _describe_error(exc: BaseException, path: Path, snippets_root: Path) -> str:
    """Format ``exc`` with only the frames in snippet files (plus the innermost one)."""
    timed_out = type(exc).__name__ == "Failed" and "Timeout" in str(exc)
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(snippets_root)]
    for frame in ours:  # paths relative to the repository, as in test ids
        frame.filename = Path(frame.filename).resolve().relative_to(snippets_root.parent).as_posix()
    where = f"{ours[-1].filename}:{ours[-1].lineno}" if ours else path.relative_to(snippets_root.parent).as_posix()
    shown = ours + ([frames[-1]] if frames and frames[-1] not in ours else [])
    lines = "".join(traceback.format_list(shown))
    if timed_out:
        return f"{where}: timed out (pytest-timeout); this line was running:\n{lines}"
    summary = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return f"{where}: the example raised {summary}\n{lines}"


def run(path: Path, snippets_root: Path, settings: Settings) -> RunResult:
    path, snippets_root = path.resolve(), snippets_root.resolve()
    problems: list[str] = []
    attempts: list[str] = []
    error = None
    stderr = io.StringIO()
    state.reset(settings.dpi)
    before = state.snapshot()
    saved_cwd, saved_path = os.getcwd(), list(sys.path)
    saved_modules = set(sys.modules)
    folder_before = {p.name for p in path.parent.iterdir()}
    with tempfile.TemporaryDirectory(prefix="snippet-") as workdir:
        os.chdir(workdir)
        sys.path.insert(0, str(path.parent))
        try:
            with (
                _capture_fd_stdout() as captured,
                contextlib.redirect_stderr(stderr),
                _matplotlib_guard(problems),
                _no_network(attempts),
                warnings.catch_warnings(),
            ):
                try:
                    runpy.run_path(str(path), run_name="__main__")
                except KeyboardInterrupt:
                    raise
                except BaseException as exc:
                    if not (isinstance(exc, SystemExit) and exc.code in (None, 0)):
                        error = _describe_error(exc, path, snippets_root)
            figures = _figures(settings.dpi)
            written = sorted(os.listdir(workdir))
        finally:
            os.chdir(saved_cwd)
            sys.path[:] = saved_path
            for name in set(sys.modules) - saved_modules:
                file = getattr(sys.modules[name], "__file__", None) or ""
                if file and Path(file).resolve().is_relative_to(snippets_root):
                    del sys.modules[name]  # helpers (_x.py) are re-imported fresh next time
    if attempts:
        problems.append(f"tried to use the network ({', '.join(attempts[:3])}); examples must run offline")
    if written:
        problems.append(
            f"wrote files into its working directory ({', '.join(written[:5])}); examples must not write files"
        )
    new_files = sorted({p.name for p in path.parent.iterdir()} - folder_before)
    new_files = [n for n in new_files if not n.endswith((".out", ".png")) and n != "__pycache__"]
    if new_files:
        problems.append(f"created files next to the example ({', '.join(new_files)})")
    problems += [f"leaked global state: {m}" for m in state.leaks(before)]
    return RunResult(captured[0], stderr.getvalue(), figures, error, problems)
