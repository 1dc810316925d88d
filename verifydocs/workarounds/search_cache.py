"""Index each page for search once per content (Material 9.8's search plugin parses every page's
HTML and segments its Chinese text on every build: a quarter of a ``mkdocs serve`` rebuild, though
an edit changes one or two pages).

Contract: while installed (hooks/search_cache.py: ``on_pre_build`` to ``on_post_build``),
``SearchIndex.add_entry_from_context`` adds, for a page it has indexed before with the same
content, URL, title, table of contents, metadata and search settings (and the same jieba user
dictionary), a copy of the entries it added then; otherwise it runs the original and remembers
them. At most ``LIMIT`` pages are kept in memory, least recently used first out; the cache outlives
builds; with a ``directory`` (the hook gives ``notebook_pages.cache_dir(config)/search``) it also
outlives the process: one JSON file per page version, written atomically (parallel builds share it).
tests/test_workarounds.py checks identical entries, and that a changed page is indexed again.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import tempfile
from collections import OrderedDict
from pathlib import Path

from material.plugins.search.plugin import SearchIndex

LIMIT = 500
ORIGINAL = SearchIndex.add_entry_from_context
_cache: OrderedDict[str, list[dict]] = OrderedDict()
_directory: Path | None = None


def _toc(items) -> list:
    return [(i.id, i.title, i.url, i.level, _toc(i.children)) for i in items]


def _key(index: SearchIndex, page) -> str:
    settings = dict(index.config)
    userdict = settings.get("jieba_dict_user")
    words = Path(userdict).read_bytes() if userdict and Path(userdict).is_file() else b""
    parts = (page.content or "", page.url, str(page.title), _toc(page.toc or []), page.meta, settings)
    return hashlib.sha256(repr(parts).encode() + words).hexdigest()


def _add_entry_from_context(self: SearchIndex, page) -> None:
    key = _key(self, page)
    if key not in _cache and (stored := _load(key)) is not None:
        _cache[key] = stored
    if key in _cache:
        _cache.move_to_end(key)
        self.entries += copy.deepcopy(_cache[key])
        return
    before = len(self.entries)
    ORIGINAL(self, page)
    _cache[key] = copy.deepcopy(self.entries[before:])
    _store(key, _cache[key])
    if len(_cache) > LIMIT:
        _cache.popitem(last=False)


def _load(key: str) -> list[dict] | None:
    if _directory is None:
        return None
    try:
        entries = json.loads((_directory / f"{key}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    os.utime(_directory / f"{key}.json")  # in use: kept by notebook_pages.prune_cache
    return entries


def _store(key: str, entries: list[dict]) -> None:
    if _directory is None:
        return
    _directory.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=_directory, delete=False, suffix=".tmp") as tmp:
        json.dump(entries, tmp, ensure_ascii=False)
    os.replace(tmp.name, _directory / f"{key}.json")


def install(directory: Path | None = None) -> None:
    global _directory
    _directory = directory
    SearchIndex.add_entry_from_context = _add_entry_from_context


def uninstall() -> None:
    SearchIndex.add_entry_from_context = ORIGINAL
