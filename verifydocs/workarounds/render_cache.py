"""Render each Markdown page once per content (MkDocs 1.6 with Python-Markdown 3.11 and pymdownx 13.1).

MkDocs converts every page on every build, and ``mkdocs serve`` rebuilds the whole site, both
languages, after any edit: touching one example converted all 20 pages again (two thirds of a
rebuild), and each new build process (``python3 dev.py serve``) converts them all before the first
page is served. MkDocs has no render cache, so ``install(page, config, files)`` (hooks/render_cache.py,
in ``on_pre_page``) wraps ``Page.render`` of one page with one.

Contract: the wrapped render gives the page exactly what ``Page.render`` gives it (``content``, the
table of contents, the title found in the Markdown, the anchors it holds and the links to other
pages' anchors that MkDocs validates after the build) for the same key: the page's Markdown (after
``on_page_markdown``), its source path and URL, every site file's source path and URL, the
Markdown extensions and their settings, ``use_directory_urls``, ``validation``, the versions of
MkDocs, Markdown, pymdown-extensions and Pygments, the code of ``verifydocs/workarounds/``, whether MkDocs records links to anchors (not
under ``--verbose``); and the content of every file pymdownx.snippets
looked for while rendering it (recorded from ``SnippetPreprocessor.get_snippet_path`` during the
render: each path a ``--8<--`` line may resolve to, so an edited, created or deleted file renders
the page again). A render that logged a warning is not kept, so a strict build fails again on it.
Kept in memory (the ``mkdocs serve`` process) and under ``directory`` (the build cache's
``pages/``): one JSON file per page key, written atomically. Snippets fetched from URLs
(``url_download``, off here) are not followed.
tests/test_workarounds.py checks identical output and that an edited include renders again.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
from importlib import metadata
from pathlib import Path

from mkdocs.structure.toc import get_toc
from pymdownx.snippets import SnippetPreprocessor

from verifydocs import buildcache

ORIGINAL_SNIPPET_PATH = SnippetPreprocessor.get_snippet_path
PACKAGES = ("mkdocs", "Markdown", "pymdown-extensions", "Pygments")
_memory: dict[str, dict] = {}
_files_keys: dict[int, tuple[object, str]] = {}  # id(files) -> (files, digest of its paths and URLs)


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen = False

    def emit(self, record: logging.LogRecord) -> None:
        self.seen = True


@functools.cache
def _versions() -> list[str]:
    return [f"{name}=={metadata.version(name)}" for name in PACKAGES]


def _own_code() -> list[str | None]:
    """The workarounds that take part in a render (this cache, the highlight cache): an edit to
    them must not be answered from the disk cache a build made before it."""
    return [buildcache.digest(path) for path in sorted(Path(__file__).parent.glob("*.py"))]


def _files_key(files) -> str:
    hit = _files_keys.get(id(files))
    if hit is None or hit[0] is not files:
        listing = sorted((f.src_uri, f.dest_uri, f.url, str(f.inclusion)) for f in files)
        hit = _files_keys[id(files)] = (files, hashlib.sha256(repr(listing).encode()).hexdigest())
    return hit[1]


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


def key(page, config, files) -> str:
    """What the page's render depends on, but the files it includes (see the module's contract)."""
    parts = (
        page.markdown,
        page.file.src_uri,
        page.file.dest_uri,
        page.url,
        _files_key(files),
        _stable(config["markdown_extensions"]),
        _stable(config["mdx_configs"] or {}),
        config["use_directory_urls"],
        _stable(dict(config["validation"])),
        _versions(),
        _own_code(),
        logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG,  # links kept
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _recording(reads: dict[str, str | None]):
    """``SnippetPreprocessor.get_snippet_path`` that also notes, for each file a snippet line asks
    for, the content of every path it may resolve to (so a file created later is seen too)."""

    def get_snippet_path(self, path):
        for base, is_dir in self.get_bases():
            candidate = os.path.join(base if is_dir else os.path.dirname(base), path)
            reads.setdefault(candidate, buildcache.digest(Path(candidate)))
        return ORIGINAL_SNIPPET_PATH(self, path)

    return get_snippet_path


def _load(directory: Path | None, name: str) -> dict | None:
    if name in _memory:
        return _memory[name]
    stored = buildcache.read(directory / f"{name}.json") if directory is not None else None
    if stored is not None:
        _memory[name] = stored
    return stored


def _store(directory: Path | None, name: str, entry: dict) -> None:
    _memory[name] = entry
    if directory is not None:
        buildcache.write(directory / f"{name}.json", entry)


def _toc_tokens(items) -> list[dict]:
    return [{"level": i.level, "id": i.id, "name": i.title, "children": _toc_tokens(i.children)} for i in items]


def install(page, config, files, directory: Path | None = None) -> None:
    """Wrap ``page.render`` (a Markdown page's) with the cache."""
    if not page.file.src_uri.endswith(".md") or "render" in page.__dict__:
        return  # another plugin (mkdocs-jupyter) renders it
    render = page.render

    def cached_render(config, files):
        name = key(page, config, files)
        entry = _load(directory, name)
        reads = entry.get("reads") if entry is not None else None
        if reads is None or any(buildcache.digest(Path(path)) != digest for path, digest in reads.items()):
            entry = None  # new, or an included file changed
        if entry is None:
            handler, reads = _Warnings(), {}
            loggers = [logging.getLogger(), logging.getLogger("mkdocs")]
            for logger in loggers:
                logger.addHandler(handler)
            SnippetPreprocessor.get_snippet_path = _recording(reads)
            try:
                render(config, files)
            finally:
                SnippetPreprocessor.get_snippet_path = ORIGINAL_SNIPPET_PATH
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
                "reads": reads,
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
