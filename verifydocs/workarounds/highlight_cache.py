"""Highlight each code block once per process (pymdownx 13.1's ``Highlight.highlight``, Pygments).

Both languages show the same snippets, and ``mkdocs serve`` rebuilds every page after each edit;
without a cache, Pygments is a third of a rebuild's Markdown time. pymdownx offers no hook for
this, so ``install()`` replaces ``pymdownx.highlight.Highlight.highlight`` with a memoized
version for the duration of one build only (hooks/highlight_cache.py: ``on_pre_build`` to
``on_post_build``), and puts the original back after it: nothing else in the process sees it.

Contract: the cached method returns exactly the HTML the original computes for the same source,
language, arguments and highlighter settings (not the per-page Markdown instance). Titles in HTML
mode go through the page's HTML stash, so those blocks are never cached. At most ``LIMIT`` blocks
are kept, least recently used first out; the cache outlives builds (serve rebuilds reuse it).
tests/test_workarounds.py checks byte-identical output and that the original is restored.
"""

from __future__ import annotations

from collections import OrderedDict

from pymdownx import highlight

LIMIT = 4000
ORIGINAL = highlight.Highlight.highlight
_cache: OrderedDict[str, str] = OrderedDict()


def _highlight(self, src, language, *args, **kwargs):
    if self.title_mode != "text" or self.auto_title:
        return ORIGINAL(self, src, language, *args, **kwargs)
    settings = sorted((k, v) for k, v in vars(self).items() if k != "md")
    key = repr((settings, src, language, args, sorted(kwargs.items())))
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    html = _cache[key] = ORIGINAL(self, src, language, *args, **kwargs)
    if len(_cache) > LIMIT:
        _cache.popitem(last=False)
    return html


def install() -> None:
    highlight.Highlight.highlight = _highlight


def uninstall() -> None:
    highlight.Highlight.highlight = ORIGINAL
