"""MkDocs hook: each Markdown page converted once per content (verifydocs/workarounds/render_cache.py)."""

from verifydocs.workarounds import notebook_pages, render_cache


def on_pre_page(page, config, files):
    render_cache.install(page, config, files, notebook_pages.cache_dir(config) / "pages")
    return page
