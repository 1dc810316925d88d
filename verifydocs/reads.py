"""What code running in this process reads of the repository, seen through Python's audit hooks
(PEP 578: ``sys.addaudithook``), for kept tests (verifydocs/keptrun.py, verifydocs/checkcache.py).

Contract:
- ``recording(root) -> context manager`` collecting, while its block runs, in any thread of this
  process, what is read under ``root``, as names ``checkcache`` digests (``checkcache.LISTING``,
  ``checkcache.TREE``):
  - a file opened (event ``open``: ``open()``, ``os.open``, ``Path.read_*``): its path;
  - a folder listed (``os.listdir``, ``os.scandir``, hence ``Path.iterdir``, ``glob``,
    ``shutil.copytree``): ``path?listing`` (the names in it);
  - a path named to a subprocess (``subprocess.Popen``: in an argument, its working directory
    (the current one if none is given) or a variable of its environment; the entries of
    ``PYTHONPATH`` are where it imports from, not what it reads): ``path?tree``, everything
    under it, since another process's own reads are not seen. The repository's root itself is
    ``?tree``. Not while a module is imported: libraries probe the machine's tools then;
  - ``sys.audit(DEPENDS, path)``: code that uses what another process read (``once.once``: a result
    another pytest-xdist worker made) says so: ``path?tree`` of that path if it is in ``root``,
    else of ``root``.
  Paths in the tooling (``checkcache.SELFTEST_TOOLING``, keyed as code) or in what is never an
  input (``checkcache.IGNORED``: the virtualenv, caches, git) are left out. Recordings nest.
- Not seen: what a file's existence or size says without opening it, what a process started
  otherwise (a forked kernel) reads. ``checkcache.manifest`` covers the first (every file's name
  is in a kept test's key); the second is why only tests of the tooling are kept this way.
- ``paused()``: what this thread reads in the block is not recorded.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
from pathlib import Path

from . import checkcache

DEPENDS = "verifydocs.depends-on"  # sys.audit(DEPENDS, path): depends on what another process read of path
# Variables that name a folder without making a subprocess read it: a shell's notes, pyenv's shim's
# (where it was started: it looks there for .python-version alone), and where imports come from.
_PLAIN_VARIABLES = {"PWD", "OLDPWD", "_", "PYENV_DIR", "PYTHONPATH"}

_active: list[tuple[str, set[str]]] = []  # (root with a trailing separator, the names recorded)
_lock = threading.RLock()  # re-entrant: an event raised while recording one (a debugger reading source)
_installed = False
_thread = threading.local()  # .paused: this thread's reads are its own business (``paused``)


def _name(path: str, prefix: str, suffix: str = "") -> str | None:
    path = os.path.normpath(os.path.join(os.getcwd(), path))
    if path + os.sep == prefix:
        return suffix or checkcache.TREE  # the repository's root: listed, or the whole of it
    if not path.startswith(prefix):
        return None
    rel = path[len(prefix) :].replace(os.sep, "/")
    if checkcache.tooling_or_ignored(rel):
        return None
    return rel + suffix


def _paths_in(value: str, prefix: str) -> list[str]:
    """The paths under the root that a subprocess argument or variable names: in a list of paths,
    an option (``--root=…``) or code (``open('…')``), up to what cannot be part of one."""
    return re.findall(re.escape(prefix.rstrip(os.sep)) + r"[^\s'\"(),;:\[\]{}]*", value)


def _importing() -> bool:
    """Whether a module is being imported: a library probing the machine's tools (matplotlib runs
    ``gs --version``, jupytext ``pandoc --version``), once per process, in the directory it is in."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def _hook(event: str, args: tuple) -> None:
    if not _active or getattr(_thread, "paused", False):
        return
    named: list[str] = []  # in a subprocess's arguments and environment: searched for each root
    if event == "open":
        if isinstance(args[0], int) or args[0] is None:
            return
        found = [(os.fsdecode(args[0]), "")]
    elif event in ("os.listdir", "os.scandir"):
        if isinstance(args[0], int):
            return
        found = [(os.fsdecode(args[0]) if args[0] is not None else ".", checkcache.LISTING)]
    elif event == "subprocess.Popen" and not _importing():
        _, argv, cwd, env = args
        values = [argv] if isinstance(argv, (str, bytes, os.PathLike)) else list(argv or [])
        variables = os.environ if env is None else env
        values += [value for name, value in variables.items() if name not in _PLAIN_VARIABLES]
        found = [(os.fsdecode(cwd) if cwd is not None else os.getcwd(), checkcache.TREE)]
        named = [os.fsdecode(value) for value in values if isinstance(value, (str, bytes, os.PathLike))]
    elif event == DEPENDS:
        found = [(os.fsdecode(args[0]), checkcache.TREE)]
    else:
        return
    with _lock:
        for prefix, names in _active:
            paths = found + [(path, checkcache.TREE) for value in named for path in _paths_in(value, prefix)]
            for path, suffix in paths:
                name = _name(path, prefix, suffix)
                if name is None and event == DEPENDS:
                    name = checkcache.TREE  # made from this repository, by another process
                if name is not None:
                    names.add(name)


def install() -> None:
    """Add the audit hook (once per process; it cannot be removed, and costs one check per event
    while nothing records)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


@contextlib.contextmanager
def recording(root: Path):
    install()
    entry = (os.path.normpath(os.fspath(root)) + os.sep, set())
    with _lock:
        _active.append(entry)
    try:
        yield entry[1]
    finally:
        with _lock:  # by identity: two recordings may hold equal sets
            _active[:] = [e for e in _active if e is not entry]


@contextlib.contextmanager
def paused():
    """What this thread reads in the block is not recorded (the kept results' own digests)."""
    before = getattr(_thread, "paused", False)
    _thread.paused = True
    try:
        yield
    finally:
        _thread.paused = before
