"""MkDocs hook: each page indexed for search once per content, and jieba's dictionaries loaded only
when a page has to be indexed (verifydocs/workarounds/search_cache.py)."""

from mkdocs.plugins import event_priority

from verifydocs.workarounds import notebook_pages, search_cache


@event_priority(100)  # before the search plugin's on_config (0), which would load jieba
def on_config(config):
    search = config.plugins.get("material/search")
    if search is not None:
        search_cache.defer_userdict(search.config)
    return config


def on_pre_build(config):
    search_cache.install(notebook_pages.cache_dir(config) / "search")


def on_post_build(config):
    search_cache.uninstall()


def on_build_error(error):
    search_cache.uninstall()
