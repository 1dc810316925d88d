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
"""

from __future__ import annotations

import copy
import hashlib
import os
from collections import OrderedDict
from pathlib import Path

from material.plugins.search.plugin import SearchIndex

from verifydocs import buildcache

LIMIT = 500
ORIGINAL = SearchIndex.add_entry_from_context
_cache: OrderedDict[str, list[dict]] = OrderedDict()
_directory: Path | None = None
_userdict: str | None = None  # the deferred jieba_dict_user
_deferred_from = None  # the search plugin config it was taken from
_loaded: set[bytes] = set()  # the user dictionaries jieba has loaded in this process


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
    _load_userdict()
    before = len(self.entries)
    ORIGINAL(self, page)
    _cache[key] = copy.deepcopy(self.entries[before:])
    _store(key, _cache[key])
    if len(_cache) > LIMIT:
        _cache.popitem(last=False)


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


def install(directory: Path | None = None) -> None:
    global _directory
    _directory = directory
    SearchIndex.add_entry_from_context = _add_entry_from_context


def uninstall() -> None:
    SearchIndex.add_entry_from_context = ORIGINAL
