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

Also: the search plugin's ``on_config`` loads jieba's user dictionary (``jieba_dict_user``), which
first loads jieba's main dictionary, about 1.5 s of CPU in every build process, even when every
page's entries come from this cache. ``defer_userdict`` (hooks/search_cache.py, before the plugin's
``on_config``) takes the setting out of the plugin's config and loads the dictionary, once per
process and content, before the first page this cache has to index; the cache key still holds
the setting and the dictionary's words. tests/test_workarounds.py checks both.

In a ``mkdocs build`` with two CPUs (``install(directory, helper=True)``), a page the cache lacks
is indexed by a helper process while the build goes on (one, forked at the first such page and
kept for the other languages' builds until ``stop_helper``; it loads jieba, the build's process
does not): its place in ``SearchIndex.entries`` holds a ``_Pending`` until ``resolve``
(hooks/search_cache.py's ``on_post_build``, before the search plugin and static-i18n read the
entries) puts the helper's entries there, in the same order. tests/test_workarounds.py checks
the same entries, in the same order, as indexing in the build's process.
"""

from __future__ import annotations

import concurrent.futures
import copy
import hashlib
import multiprocessing
import os
from collections import OrderedDict
from pathlib import Path
from types import SimpleNamespace

from material.plugins.search.plugin import SearchIndex

from verifydocs import buildcache

LIMIT = 500
ORIGINAL = SearchIndex.add_entry_from_context
_cache: OrderedDict[str, list[dict]] = OrderedDict()
_directory: Path | None = None
_userdict: str | None = None  # the deferred jieba_dict_user
_deferred_from = None  # the search plugin config it was taken from
_loaded: set[bytes] = set()  # the user dictionaries jieba has loaded in this process
_use_helper = False  # index the pages the cache lacks in the helper process (``install``)
_helper: concurrent.futures.ProcessPoolExecutor | None = None


class _Pending:
    """The place in ``SearchIndex.entries`` of a page the helper indexes (``resolve``)."""

    def __init__(self, key: str, future: concurrent.futures.Future) -> None:
        self.key, self.future = key, future


def _toc(items) -> list:
    return [(i.id, i.title, i.url, i.level, _toc(i.children)) for i in items]


def _key(index: SearchIndex, page) -> str:
    settings = dict(index.config)
    settings["jieba_dict_user"] = userdict = settings.get("jieba_dict_user") or _userdict
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
    if _use_helper:
        seen = SimpleNamespace(content=page.content, url=page.url, title=page.title, toc=page.toc, meta=page.meta)
        self.entries.append(_Pending(key, _helper_pool().submit(_index, dict(self.config), _userdict, seen)))
        return
    _load_userdict()
    before = len(self.entries)
    ORIGINAL(self, page)
    _remember(key, self.entries[before:])


def _remember(key: str, entries: list[dict]) -> None:
    _cache[key] = copy.deepcopy(entries)
    _store(key, _cache[key])
    if len(_cache) > LIMIT:
        _cache.popitem(last=False)


def _helper_pool() -> concurrent.futures.ProcessPoolExecutor:
    global _helper
    if _helper is None:
        _helper = concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    return _helper


def _index(settings: dict, userdict: str | None, page) -> list[dict]:
    """In the helper: the entries the search plugin adds for ``page`` (what the build's process
    would do, ``_load_userdict`` included)."""
    global _userdict
    _userdict = userdict
    _load_userdict()
    index = SearchIndex(**settings)
    ORIGINAL(index, page)
    return index.entries


def resolve(index: SearchIndex) -> None:
    """Put in ``index.entries`` the helper's entries in place of each ``_Pending``, and keep them."""
    entries: list[dict] = []
    for entry in index.entries:
        if isinstance(entry, _Pending):
            found = entry.future.result()
            _remember(entry.key, found)
            entries += found
        else:
            entries.append(entry)
    index.entries[:] = entries


def stop_helper(wait: bool = True) -> None:
    """Stop the helper: at the end of the ``mkdocs`` command, or at once (the build failed)."""
    global _helper
    if _helper is not None:
        _helper.shutdown(wait=wait, cancel_futures=True)
        _helper = None


def _load(key: str) -> list[dict] | None:
    return buildcache.read(_directory / f"{key}.json") if _directory is not None else None


def _store(key: str, entries: list[dict]) -> None:
    if _directory is not None:
        buildcache.write(_directory / f"{key}.json", entries)


def defer_userdict(search_config) -> None:
    """Take ``jieba_dict_user`` out of the search plugin's ``search_config`` (its ``on_config`` has
    not run yet): it is loaded before the first page that is indexed (``_load_userdict``). A
    missing file stays in the config, for the plugin to report."""
    global _userdict, _deferred_from
    if search_config is _deferred_from:
        return  # mkdocs-static-i18n runs on_config again for each language: deferred already
    path = search_config.get("jieba_dict_user")
    _userdict = path if path and os.path.isfile(os.path.normpath(path)) else None
    if _userdict:
        search_config["jieba_dict_user"] = None
        _deferred_from = search_config


def _load_userdict() -> None:
    """What the search plugin's ``on_config`` does with the deferred setting, once per content."""
    if _userdict is None:
        return
    path = os.path.normpath(_userdict)
    words = Path(path).read_bytes()
    if words not in _loaded:
        import jieba

        jieba.load_userdict(path)
        _loaded.add(words)


def install(directory: Path | None = None, helper: bool = False) -> None:
    """With ``helper``, pages the cache lacks are indexed in the helper process (two CPUs and
    ``fork`` needed; else in this process)."""
    global _directory, _use_helper
    _directory = directory
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    _use_helper = helper and cpus >= 2 and "fork" in multiprocessing.get_all_start_methods()
    SearchIndex.add_entry_from_context = _add_entry_from_context


def uninstall() -> None:
    SearchIndex.add_entry_from_context = ORIGINAL
