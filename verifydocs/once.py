"""Made once per test session and shared by every pytest-xdist worker: the strict site build that
tests/test_site.py and tests/test_browser.py read (``built_site`` in tests/conftest.py).

pytest-xdist's documented pattern ("Making session-scoped fixtures execute only once"): the result
lives in the folder all workers' basetemps share (their parent; basetemp itself without xdist),
and a file lock (``filelock``) lets the first worker that asks make it while the others wait.

Contract:
- ``session_folder(tmp_path_factory) -> Path``: that shared folder of this test session.
- ``once(folder, make) -> Path``: ``folder``, made by ``make(tmp)`` exactly once per session.
  ``make`` fills the empty folder ``tmp`` and returns None, or returns why it failed. ``tmp``
  becomes ``folder`` only when ``make`` succeeds (a crashed maker leaves nothing half-made); its
  files are then read-only and listed (``changes``). A failure is remembered next to ``folder``:
  every caller raises ``NotMade`` with that message, without making it again. It raises the audit
  event ``reads.DEPENDS``: what another worker read to make it is not seen in this one.
- ``changes(folder) -> list[str]``: files added, removed or changed in ``folder`` since it was made
  (read-only files don't stop root): a test that adds to the result must work on ``copy``.
- ``copy(folder, dest) -> Path``: a private, writable copy of ``folder``.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock

from .reads import DEPENDS


class NotMade(Exception):
    """``make`` failed, in this process or in another worker; the message is its own."""


def session_folder(tmp_path_factory) -> Path:
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def _sibling(folder: Path, suffix: str) -> Path:
    return folder.with_name(folder.name + suffix)


def _files(folder: Path) -> dict[str, list[int]]:
    return {
        p.relative_to(folder).as_posix(): [p.stat().st_size, p.stat().st_mtime_ns]
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def once(folder: Path, make: Callable[[Path], str | None]) -> Path:
    failed = _sibling(folder, ".failed")
    with FileLock(_sibling(folder, ".lock")):
        if failed.exists():
            raise NotMade(failed.read_text("utf-8"))
        if not folder.exists():
            tmp = _sibling(folder, ".making")
            shutil.rmtree(tmp, ignore_errors=True)  # what a crashed maker left
            tmp.mkdir(parents=True)
            why = make(tmp)
            if why is not None:
                failed.write_text(why, "utf-8")
                raise NotMade(why)
            for path in tmp.rglob("*"):
                if path.is_file():
                    path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
            _sibling(folder, ".files.json").write_text(json.dumps(_files(tmp)), "utf-8")
            tmp.rename(folder)
    sys.audit(DEPENDS, str(folder))  # made by whichever worker came first (verifydocs/reads.py)
    return folder


def changes(folder: Path) -> list[str]:
    made = json.loads(_sibling(folder, ".files.json").read_text("utf-8"))
    now = _files(folder)
    return [
        f"{folder}/{rel} was {'added' if rel not in made else 'removed' if rel not in now else 'changed'} "
        "after it was made once for every test (a test that adds to it must work on verifydocs.once.copy)"
        for rel in sorted(made.keys() | now.keys())
        if made.get(rel) != now.get(rel)
    ]


def copy(folder: Path, dest: Path) -> Path:
    return Path(shutil.copytree(folder, dest, copy_function=shutil.copyfile))  # copyfile: writable files
