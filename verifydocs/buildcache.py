"""The files of the build cache: what a build keeps for later builds and processes (rendered
notebooks and pages, generated notebooks, search entries), under ``.cache/notebook-html/`` or
``$NOTEBOOK_HTML_CACHE`` (``workarounds.notebook_pages.cache_dir``), each named by a digest of
what it was made from.

Contract: ``read(path)`` is the JSON value kept at ``path`` (``read_text``: the text), or None when
there is none or it is unreadable; reading marks the file used (its mtime), so
``notebook_pages.prune_cache`` keeps it. ``write(path, value)`` (``write_text``) keeps it
atomically: parallel builds (the tests') share the directory and never read half a file.
``digest(path)`` is what cache keys hold of a file a result was made from: a digest of its
content, None when there is no such file (read every time: a timestamp can stay the same across
two quick writes).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path


def read_text(path: Path) -> str | None:
    try:
        text = path.read_text("utf-8")
        os.utime(path)
    except OSError:
        return None
    return text


def read(path: Path):
    text = read_text(path)
    try:
        return None if text is None else json.loads(text)
    except ValueError:
        return None


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="\n", dir=path.parent, delete=False, suffix=".tmp"
    ) as tmp:  # the same bytes on every OS
        tmp.write(text)
    os.replace(tmp.name, path)


def write(path: Path, value) -> None:
    write_text(path, json.dumps(value, ensure_ascii=False))


def digest(path: Path) -> str | None:
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:  # missing, a directory, unreadable
        return None
