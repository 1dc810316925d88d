"""MkDocs hook: notebooks render as pages next to mkdocs-static-i18n, and those pages stay light.

Known trap (mkdocs-jupyter 0.26.3 with mkdocs-static-i18n 1.3.1): i18n rebuilds every file as a
plain ``File`` in its ``on_files`` (priority -100), dropping mkdocs-jupyter's ``NotebookFile``
wrapper; the notebook is then copied verbatim to the page's ``index.html``: raw JSON, and
``mkdocs build --strict`` still passes. ``tests/sitecheck.py`` (``notebook_problems``) catches it.

Contract:
- ``on_files`` (priority -300: after i18n and after ``hooks/notebooks.py``, which adds the generated
  notebook pages as such plain files): wraps every ``.ipynb`` file whose destination is an HTML page
  in mkdocs-jupyter's ``NotebookFile``. What i18n set on the file (``alternates``, ``locale``) stays
  reachable through the wrapper, so the language switch leads to the other language's notebook.
  Also adds the one shared Jupyter stylesheet, ``assets/stylesheets/jupyter.css``.
- ``on_pre_page`` (after mkdocs-jupyter's, which installs the page's ``render``): caches the rendered
  HTML by content hash (notebook bytes, mkdocs-jupyter's settings and the nbconvert and
  mkdocs-jupyter versions) under ``.cache/notebook-html/`` or ``$NOTEBOOK_HTML_CACHE``: nbconvert
  takes ~1 s per notebook, so only notebooks whose example or prose changed are rendered again
  (``mkdocs serve`` after an edit, the test suite's several builds). Writes are atomic, so parallel
  builds may share the folder; entries unused for 14 days are removed. mkdocs-jupyter's own cache
  stays off: it evicts per language build and keys on a relative folder.
- ``on_page_markdown``: notebook pages are left out of the search index (their chapter page has the
  same text).
- ``on_page_content``: removes the ~600 KB of Jupyter CSS mkdocs-jupyter inlines into every notebook
  page (linking the shared stylesheet instead) and its MathJax 2 loader (``src=""``); marks the math
  of Markdown cells for the site's own MathJax; puts the links the generator attached to the page
  (download, chapter page, Colab) on top.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import tempfile
import time
from importlib import metadata
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

CSS = "assets/stylesheets/jupyter.css"
STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
MATHJAX2 = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
MARKDOWN_CELL = re.compile(r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^"]*"[^>]*>)(.*?)(</div>)', re.S)
DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.S)
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\s)([^$\n]+?)(?<!\s)\$(?!\d)")
# The generator puts <a id="x"></a> before each heading (the page's { #x }); mkdocs-jupyter's own ids
# drop non-ASCII text (empty for Chinese headings), so the ids move onto the headings and the TOC is
# rebuilt from them.
ANCHORED_HEADING = re.compile(
    r'<p><a id="([\w-]+)"></a></p>\s*<h([1-6]) id="[^"]*">(.*?)<a class="anchor-link" href="#[^"]*">', re.S)
HEADING = re.compile(r'<h([1-6]) id="([^"]+)">(.*?)<a class="anchor-link"', re.S)
PROTECTED = re.compile(r"(<(code|pre)\b.*?</\2>)", re.S)

_css: str | None = None


def _plugin(config):
    return config.plugins.get("mkdocs-jupyter")


def _is_notebook_page(file: File) -> bool:
    return (file.src_uri.endswith(".ipynb") and file.dest_uri.endswith(".html")
            and file.abs_src_path is not None)


def jupyter_css() -> str:
    """The stylesheets mkdocs-jupyter inlines into a page, rendered once from an empty notebook."""
    global _css
    if _css is None:
        from mkdocs_jupyter import convert

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "empty.ipynb"
            path.write_text('{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}', "utf-8")
            body = convert.nb2html(str(path), custom_mathjax_url="")
        # The last block is a Python list's repr of the first ones (mkdocs-jupyter's f-string).
        _css = "\n".join(css.strip() for css in STYLE.findall(body) if not css.strip().startswith("["))
    return _css


@event_priority(-300)  # after mkdocs-static-i18n (-100) and hooks/notebooks.py (-200)
def on_files(files: Files, config) -> Files:
    plugin = _plugin(config)
    if plugin is None:
        return files
    from mkdocs_jupyter.plugin import NotebookFile

    rewrapped = False
    for file in list(files):
        if _is_notebook_page(file) and not isinstance(file, NotebookFile) and plugin.should_include(file):
            # In place: keeps the Files subclass i18n installed (it resolves links per language).
            page = NotebookFile(file, use_directory_urls=config["use_directory_urls"],
                                site_dir=config["site_dir"])
            # The wrapper delegates only attributes File's class lacks; its (cached) properties and
            # class defaults (dest, url, inclusion, ...) would be recomputed: keep the file's own.
            page.__dict__.update(file.__dict__)
            files.src_uris[file.src_uri] = page
            rewrapped = True
    if rewrapped and files.get_file_from_path(CSS) is None:
        files.append(File.generated(config, CSS, content=jupyter_css()))
    return files


def _cache_dir(config) -> Path:
    default = Path(config["config_file_path"]).parent / ".cache" / "notebook-html"
    return Path(os.environ.get("NOTEBOOK_HTML_CACHE") or default)


def on_config(config):
    cutoff = time.time() - 14 * 86400
    for entry in _cache_dir(config).glob("*.json"):
        if entry.stat().st_mtime < cutoff:
            entry.unlink(missing_ok=True)


@event_priority(-50)  # after mkdocs-jupyter's on_pre_page (priority 0) has installed page.render
def on_pre_page(page, config, files):
    render = page.__dict__.get("render")
    plugin = _plugin(config)
    if render is None or plugin is None or not page.file.src_uri.endswith(".ipynb"):
        return page
    digest = hashlib.sha256(Path(page.file.abs_src_path).read_bytes())
    for name in ("mkdocs-jupyter", "nbconvert"):
        digest.update(f"{name}=={metadata.version(name)}".encode())
    digest.update(repr(sorted(plugin.config.items())).encode())
    entry = _cache_dir(config) / f"{digest.hexdigest()}.json"

    def cached_render(config, files):
        try:
            cached = json.loads(entry.read_text("utf-8"))
        except (OSError, ValueError):
            render(config, files)
            entry.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=entry.parent, delete=False,
                                             suffix=".tmp") as tmp:
                json.dump({"content": page.content, "title": page.title}, tmp)
            os.replace(tmp.name, entry)
        else:
            page.content, page.title = cached["content"], cached["title"]
            os.utime(entry)

    page.render = cached_render
    return page


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.file.src_uri.endswith(".ipynb"):
        page.meta["search"] = {"exclude": True}
    return markdown


def _typeset(cell: str) -> str:
    """``$…$`` / ``$$…$$`` in a rendered Markdown cell -> arithmatex markup the site's MathJax renders."""
    parts = PROTECTED.split(cell)
    out = []
    skip = 0
    for part in parts:
        if skip:
            skip -= 1
            continue
        if PROTECTED.fullmatch(part or ""):
            out.append(part)
            skip = 1  # the group for the tag name follows
            continue
        part = DISPLAY_MATH.sub(lambda m: f'<div class="arithmatex">\\[{m.group(1)}\\]</div>', part)
        part = INLINE_MATH.sub(lambda m: f'<span class="arithmatex">\\({m.group(1)}\\)</span>', part)
        out.append(part)
    return "".join(out)


def _toc(content: str):
    from mkdocs.structure.toc import get_toc

    root: list[dict] = []
    stack: list[dict] = []
    for level, anchor, title in HEADING.findall(content):
        item = {"level": int(level), "id": anchor, "name": html.unescape(re.sub(r"<[^>]+>", "", title)).strip(),
                "children": []}
        while stack and stack[-1]["level"] >= item["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(item)
        stack.append(item)
    return get_toc(root)


def on_page_content(content: str, page, config, files) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        return content
    content = STYLE.sub("", content)
    content = MATHJAX2.sub("", content)
    content = MARKDOWN_CELL.sub(lambda m: m.group(1) + _typeset(m.group(2)) + m.group(3), content)
    content = ANCHORED_HEADING.sub(
        lambda m: f'<h{m[2]} id="{m[1]}">{m[3]}<a class="anchor-link" href="#{m[1]}">', content)
    page.toc = _toc(content)
    css = get_relative_url(CSS, page.url)
    links = []
    for label, target, attrs in getattr(page.file, "notebook_links", []):
        href = target if re.match(r"^[a-z]+:", target) else get_relative_url(target, page.url)
        links.append(f'<a class="md-button" href="{html.escape(href)}"{attrs}>{html.escape(label)}</a>')
    bar = f'<p class="notebook-links">{" ".join(links)}</p>\n' if links else ""
    return f'<link rel="stylesheet" href="{css}">\n{bar}{content}'
