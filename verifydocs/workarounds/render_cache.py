"""Render each Markdown page once per content (MkDocs 1.6 with Python-Markdown 3.11 and pymdownx 13.1).

MkDocs converts every page on every build, and ``mkdocs serve`` rebuilds the whole site, both
languages, after any edit: touching one example converted all 20 pages again (two thirds of a
rebuild), and each new build process (``python3 dev.py serve``) converts them all before the first
page is served. MkDocs has no render cache, so ``install(page, config, files)`` (hooks/render_cache.py,
in ``on_pre_page``) wraps ``Page.render`` of one page with one.

Contract: the wrapped render gives the page exactly what ``Page.render`` gives it (``content``, the
table of contents, the title found in the Markdown, the anchors it holds and the links to other
pages' anchors that MkDocs validates after the build) for the same key: the page's Markdown (after
``on_page_markdown``), its source path and URL, every site file's source path and URL, the content
of every file it includes with ``--8<--`` (read by ``verifydocs.pages``, the one page reader), the
Markdown extensions and their settings, ``use_directory_urls``, ``validation`` and the versions of
MkDocs, Markdown, pymdown-extensions and Pygments. A render that logged a warning is not kept, so
a strict build fails again on it. Kept in memory (the ``mkdocs serve`` process) and under
``directory`` (the build cache's ``pages/``): one JSON file per page version, written atomically.
tests/test_workarounds.py checks identical output and that an edited include renders again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from importlib import metadata
from pathlib import Path

from mkdocs.structure.toc import get_toc

from verifydocs import pages

PACKAGES = ("mkdocs", "Markdown", "pymdown-extensions", "Pygments")
_memory: dict[str, dict] = {}
_files_keys: dict[int, tuple[object, str]] = {}  # id(files) -> (files, digest of its paths and URLs)


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen = False

    def emit(self, record: logging.LogRecord) -> None:
        self.seen = True


def _digest(path: Path) -> str | None:
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return None


def _files_key(files) -> str:
    hit = _files_keys.get(id(files))
    if hit is None or hit[0] is not files:
        listing = sorted((f.src_uri, f.dest_uri, f.url, str(f.inclusion)) for f in files)
        hit = _files_keys[id(files)] = (files, hashlib.sha256(repr(listing).encode()).hexdigest())
    return hit[1]


def _snippet_bases(config) -> list[Path]:
    settings = (config["mdx_configs"] or {}).get("pymdownx.snippets", {})
    bases = settings.get("base_path", ["."])
    return [Path(os.fspath(base)) for base in (bases if isinstance(bases, (list, tuple)) else [bases])]


def _stable(value):
    """``value`` as plain data that is the same in every process (no object addresses)."""
    if isinstance(value, dict):
        return sorted((str(k), _stable(v)) for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_stable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if callable(value) and hasattr(value, "__qualname__"):
        return f"{getattr(value, '__module__', '')}.{value.__qualname__}"
    return [type(value).__module__, type(value).__qualname__, _stable(getattr(value, "__dict__", None))]


def _includes(markdown: str, directory: Path | None) -> list[str]:
    """The files ``markdown`` includes (the page reader's reading), kept per text."""
    name = "includes-" + hashlib.blake2b(markdown.encode(), digest_size=16).hexdigest()
    stored = _load(directory, name)
    if stored is None:
        stored = {"includes": sorted({include.target for include in pages.read(markdown).includes})}
        _store(directory, name, stored)
    return stored["includes"]


def key(page, config, files, directory: Path | None = None) -> str:
    """What the page's render depends on (see the module's contract)."""
    bases = _snippet_bases(config)
    included = [(t, [_digest(base / t) for base in bases]) for t in _includes(page.markdown, directory)]
    parts = (
        page.markdown,
        page.file.src_uri,
        page.file.dest_uri,
        page.url,
        _files_key(files),
        included,
        _stable(config["markdown_extensions"]),
        _stable(config["mdx_configs"] or {}),
        config["use_directory_urls"],
        _stable(dict(config["validation"])),
        [f"{name}=={metadata.version(name)}" for name in PACKAGES],
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _load(directory: Path | None, name: str) -> dict | None:
    if name in _memory:
        return _memory[name]
    if directory is None:
        return None
    try:
        stored = json.loads((directory / f"{name}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    os.utime(directory / f"{name}.json")  # in use: kept by notebook_pages.prune_cache
    _memory[name] = stored
    return stored


def _store(directory: Path | None, name: str, entry: dict) -> None:
    _memory[name] = entry
    if directory is None:
        return
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=directory, delete=False, suffix=".tmp") as tmp:
        json.dump(entry, tmp, ensure_ascii=False)
    os.replace(tmp.name, directory / f"{name}.json")


def _toc_tokens(items) -> list[dict]:
    return [{"level": i.level, "id": i.id, "name": i.title, "children": _toc_tokens(i.children)} for i in items]


def install(page, config, files, directory: Path | None = None) -> None:
    """Wrap ``page.render`` (a Markdown page's) with the cache."""
    if not page.file.src_uri.endswith(".md") or "render" in page.__dict__:
        return  # another plugin (mkdocs-jupyter) renders it
    render = page.render

    def cached_render(config, files):
        name = key(page, config, files, directory)
        entry = _load(directory, name)
        if entry is None:
            handler = _Warnings()
            loggers = [logging.getLogger(), logging.getLogger("mkdocs")]
            for logger in loggers:
                logger.addHandler(handler)
            try:
                render(config, files)
            finally:
                for logger in loggers:
                    logger.removeHandler(handler)
            if handler.seen:
                return  # not kept: a strict build must fail on it again
            links = page.links_to_anchors
            entry = {
                "content": page.content,
                "toc": _toc_tokens(page.toc),
                "title": page._title_from_render,
                "anchors": sorted(page.present_anchor_ids or ()),
                "links": None if links is None else [[f.src_uri, anchors] for f, anchors in links.items()],
            }
            _store(directory, name, entry)
            return
        page.content = entry["content"]
        page.toc = get_toc(entry["toc"])
        page._title_from_render = entry["title"]
        page.present_anchor_ids = set(entry["anchors"])
        if entry["links"] is not None:
            page.links_to_anchors = {files.get_file_from_path(src): anchors for src, anchors in entry["links"]}

    page.render = cached_render
