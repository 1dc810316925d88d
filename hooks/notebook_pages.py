"""MkDocs hook: rendered notebook pages stay fast, light and out of search
(verifydocs/workarounds/notebook_pages.py says which plugin behaviour each step answers)."""

from mkdocs.plugins import event_priority

from verifydocs.workarounds import notebook_pages


def on_config(config):
    notebook_pages.prune_cache(config)


@event_priority(-50)  # after mkdocs-jupyter's on_pre_page (priority 0) has installed page.render
def on_pre_page(page, config, files):
    notebook_pages.cache_render(page, config)
    return page


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        page.meta["search"] = {"exclude": True}  # the chapter page has the same text
    return markdown


def on_page_content(content, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return content
    return notebook_pages.slim(content, page, notebook_pages.slim_dir(config))
