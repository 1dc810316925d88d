"""MkDocs hook: each page indexed for search once per content, in a build by a helper process, and
jieba's dictionaries loaded only when a page has to be indexed (verifydocs/workarounds/search_cache.py)."""

from mkdocs.plugins import event_priority

from verifydocs.workarounds import notebook_pages, search_cache

_command: str | None = None  # "build" or "serve" (on_startup)


@event_priority(100)  # before the search plugin's on_config (0), which would load jieba
def on_config(config):
    search = config.plugins.get("material/search")
    if search is not None:
        search_cache.defer_userdict(search.config)
    return config


def on_startup(command, dirty):
    global _command
    _command = command


def on_pre_build(config):
    # in a build, pages the cache lacks are indexed in a helper process (not in serve: its
    # process has jieba loaded after the first build, a new helper would load it again)
    search_cache.install(notebook_pages.cache_dir(config) / "search", helper=_command == "build")


@event_priority(50)  # before the search plugin (0) and static-i18n (-100) read the entries
def on_post_build(config):
    search = config.plugins.get("material/search")
    if search is not None:
        search_cache.resolve(search.search_index)
    search_cache.uninstall()


def on_build_error(error):
    search_cache.stop_helper(wait=False)
    search_cache.uninstall()


def on_shutdown():
    search_cache.stop_helper()
