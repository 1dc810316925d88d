"""MkDocs hook: each page indexed for search once per content (verifydocs/workarounds/search_cache.py)."""

from verifydocs.workarounds import notebook_pages, search_cache


def on_pre_build(config):
    search_cache.install(notebook_pages.cache_dir(config) / "search")


def on_post_build(config):
    search_cache.uninstall()


def on_build_error(error):
    search_cache.uninstall()
