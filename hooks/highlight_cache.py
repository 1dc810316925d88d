"""MkDocs hook: highlight each code block once per process.

Contract: ``pymdownx.highlight.Highlight.highlight`` (Pygments) is memoized on its arguments and on
the highlighter's settings (not its Markdown instance, a new one per page), so it returns exactly
the HTML it would compute. Titles in HTML mode go through the page's HTML stash, so those blocks
are never cached. Both languages show
the same snippets, and ``mkdocs serve`` rebuilds every page after each edit: without the cache,
Pygments is a third of the Markdown time of a rebuild. At most ``LIMIT`` blocks are kept (least
recently used go first).
"""

from __future__ import annotations

from collections import OrderedDict

from pymdownx import highlight

LIMIT = 4000
_original = highlight.Highlight.highlight
_cache: OrderedDict[str, str] = OrderedDict()


def _highlight(self, src, language, *args, **kwargs):
    if self.title_mode != "text" or self.auto_title:
        return _original(self, src, language, *args, **kwargs)
    settings = sorted((k, v) for k, v in vars(self).items() if k != "md")
    key = repr((settings, src, language, args, sorted(kwargs.items())))
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    html = _cache[key] = _original(self, src, language, *args, **kwargs)
    if len(_cache) > LIMIT:
        _cache.popitem(last=False)
    return html


def on_startup(command, dirty):
    highlight.Highlight.highlight = _highlight
