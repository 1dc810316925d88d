"""Workarounds that let mkdocs-jupyter 0.26.3 render the generated chapter notebooks as pages of a
site built by mkdocs-static-i18n 1.3.1 and Material 9.8. Each answers one behaviour of those
versions; hooks/notebooks.py and hooks/notebook_pages.py call them, tests/test_workarounds.py and
tests/test_site_selftest.py break them on purpose.

1. Wrapping (mkdocs-jupyter): notebooks become pages only if the plugin wrapped them in its
   ``NotebookFile`` during its ``on_files`` (priority 0); the chapter notebooks are added later
   (after i18n, which would unwrap them: raw JSON in ``index.html`` while ``--strict`` passes), so
   ``page_file`` wraps them itself. ``sitecheck.notebook_problems`` catches an unwrapped page.
2. Language switch (static-i18n): its selector reads ``file.alternates[lang].url`` and
   ``file.locale_alternate_of``, which it sets only on files it has seen; ``page_file`` sets them.
3. Weight (mkdocs-jupyter / nbconvert): each page inlines ~600 KB of Jupyter CSS and a MathJax 2
   loader with an empty ``src``; ``slim`` links one shared stylesheet (``CSS``) instead, drops
   the loader and marks the Markdown cells' ``$…$`` for the site's own MathJax 3.
4. Heading ids (mkdocs-jupyter): its ids drop non-ASCII text (empty for Chinese headings);
   ``slim`` moves the generator's ``<a id>`` anchors onto the headings and rebuilds the TOC.
5. Speed: nbconvert takes ~1 s per notebook, and mkdocs-jupyter's own cache evicts per language
   build and keys on a relative folder; ``cache_render`` keeps rendered HTML by content hash
   (notebook text, plugin settings, nbconvert and mkdocs-jupyter versions, the code of
   workarounds/accessible_html.py) under
   ``.cache/notebook-html/`` or ``$NOTEBOOK_HTML_CACHE``, written atomically (parallel builds
   share it); ``prune_cache`` drops entries unused for 14 days (also those of workarounds/search_cache.py
   and verifydocs/notebook.py, and the shared stylesheet ``jupyter_css`` keeps per package versions).
   The notebooks link to the site's address, which ``mkdocs serve`` sets to the address it serves
   on: a notebook is rendered with ``SITE`` in place of that address, put back in the HTML after,
   so one entry serves every address (a new ``--dev-addr`` renders nothing again). A ``mkdocs
   build`` that lacks several renders them ahead in forked workers, one per CPU (``prerender``,
   from hooks/notebooks.py once every language's notebooks are written), while it builds the
   other pages; each worker also slims the page it rendered (``slim``'s kept result), so the
   build's process only reads it.
6. Alt text (nbconvert's lab template): it ignores the alt text a notebook gives a figure (the
   output's ``metadata["image/png"]["alt"]``, which the generator sets from the page) and writes
   the English placeholder "No description has been provided for this image", also on Chinese
   pages; ``slim`` puts the notebook's own alt text back on each figure.
7. Speed: on a cache miss, mkdocs-jupyter converts the notebook a second time (to Markdown) only
   for its table of contents and title; ``slim`` rebuilds the TOC from the HTML anyway, so
   ``cache_render`` skips that conversion and takes the title from the rendered ``<h1>``, as
   the Markdown conversion names it (``h1_title``).
8. Speed: nbconvert re-parses each page it renders with BeautifulSoup for its accessibility pass;
   ``_render_into`` and ``jupyter_css`` convert with workarounds/accessible_html.py's exporter,
   which gives the same DOM without that round trip.
"""

from __future__ import annotations

import concurrent.futures
import functools
import hashlib
import html
import json
import multiprocessing
import os
import re
import tempfile
import time
from importlib import metadata
from pathlib import Path

from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from verifydocs import buildcache
from verifydocs.workarounds import accessible_html

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
    r'<p><a id="([\w-]+)"></a></p>\s*<h([1-6]) id="[^"]*">(.*?)<a class="anchor-link" href="#[^"]*">', re.S
)
H1 = re.compile(r'<h1 id="[^"]*">(.*?)<a class="anchor-link"', re.S)
HEADING = re.compile(r'<h([1-6]) id="([^"]+)">(.*?)<a class="anchor-link"', re.S)
PROTECTED = re.compile(r"(<(code|pre)\b.*?</\2>)", re.S)
# what the Jupyter stylesheet is made from: the plugin's template, nbconvert's lab template, the
# Pygments styles of jupyterlab_pygments
# The notebooks link to the site's address, which ``mkdocs serve`` sets to the one it serves on;
# rendered with SITE in its place, one cache entry serves every address (see ``cache_render``).
SITE = "https://site-address.invalid/"
PLAIN_URL = re.compile(r"[A-Za-z0-9+.-]+://[A-Za-z0-9._~:/@%-]*/")
CSS_PACKAGES = ("mkdocs-jupyter", "nbconvert", "jupyterlab_pygments", "Pygments")

_css: str | None = None


@functools.cache
def _versions(names: tuple[str, ...]) -> str:
    return "".join(f"{name}=={metadata.version(name)}" for name in names)


def _plugin(config):
    return config.plugins.get("mkdocs-jupyter")


def jupyter_css(directory: Path | None = None) -> str:
    """The stylesheets mkdocs-jupyter inlines into a page, rendered once from an empty notebook;
    with a ``directory`` (the build cache), kept there per version of the packages that make it."""
    global _css
    stored = None
    if directory is not None and _css is None:
        stored = directory / f"jupyter-css-{hashlib.sha256(_versions(CSS_PACKAGES).encode()).hexdigest()}.css"
        _css = buildcache.read_text(stored)
    if _css is None:
        from mkdocs_jupyter import convert

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "empty.ipynb"
            path.write_text('{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}', "utf-8")
            with accessible_html.installed():
                body = convert.nb2html(str(path), custom_mathjax_url="")
        # The last block is a Python list's repr of the first ones (mkdocs-jupyter's f-string).
        _css = "\n".join(css.strip() for css in STYLE.findall(body) if not css.strip().startswith("["))
        if stored is not None:
            buildcache.write_text(stored, _css)
    return _css


def page_file(config, src_uri: str, abs_src_path: str, lang: str, alternates: dict[str, str]):
    """The rendered page of a generated notebook: ``src_uri`` (``en/notebooks/dense.ipynb``) served
    at ``en/notebooks/dense/``, with the language switch leading to ``alternates`` (lang -> url,
    relative to the site root)."""
    from types import SimpleNamespace

    from mkdocs.structure.files import InclusionLevel
    from mkdocs_jupyter.plugin import NotebookFile

    file = File.generated(config, src_uri, abs_src_path=abs_src_path, inclusion=InclusionLevel.NOT_IN_NAV)
    file.dest_uri = src_uri.removesuffix(".ipynb") + "/index.html"
    page = NotebookFile(file, use_directory_urls=config["use_directory_urls"], site_dir=config["site_dir"])
    # The wrapper delegates only attributes File's class lacks; the file's own values of the others
    # (abs_src_path, dest_uri, inclusion, ...) would be lost to class defaults: copy them over.
    page.__dict__.update(file.__dict__)
    page.locale = page.locale_alternate_of = lang
    page.alternates = {other: SimpleNamespace(url=url) for other, url in alternates.items()}
    return page


def stylesheet(config, files: Files) -> None:
    """Add the one shared Jupyter stylesheet (``CSS``) if it is not there yet."""
    if files.get_file_from_path(CSS) is None:
        files.append(File.generated(config, CSS, content=jupyter_css(cache_dir(config))))


def cache_dir(config) -> Path:
    """Where builds keep what they may reuse (also hooks/search_cache.py's ``search/``)."""
    default = Path(config["config_file_path"]).parent / ".cache" / "notebook-html"
    return Path(os.environ.get("NOTEBOOK_HTML_CACHE") or default)


def slim_dir(config) -> Path:
    """Where ``slim`` keeps its results (hooks/notebook_pages.py, and the workers of ``prerender``)."""
    return cache_dir(config) / "slim"


def prune_cache(config) -> None:
    cutoff = time.time() - 14 * 86400
    for entry in cache_dir(config).rglob("*.*"):
        if entry.is_file() and entry.stat().st_mtime < cutoff:
            entry.unlink(missing_ok=True)


def _neutral(text: str, config) -> tuple[str, str | None]:
    """The notebook ``text`` with the site's address (its links' base) replaced by ``SITE``, and that
    address; the text itself and ``None`` when the address is not a plain URL (then it is rendered
    as it is)."""
    base = config["site_url"] or ""
    base = base if base.endswith("/") else base + "/"
    if not PLAIN_URL.fullmatch(base) or SITE in text:
        return text, None
    return text.replace(base, SITE), base


def _entry(path: str, config) -> tuple[Path, str, str | None]:
    """Where the rendered notebook at ``path`` is kept, its text without the site's address, and
    that address (``_neutral``)."""
    neutral, base = _neutral(Path(path).read_text("utf-8"), config)
    digest = hashlib.sha256(neutral.encode())
    digest.update(_versions(("mkdocs-jupyter", "nbconvert")).encode())
    digest.update(Path(accessible_html.__file__).read_bytes())  # an edit of the exporter renders again
    digest.update(repr(sorted(_plugin(config).config.items())).encode())
    return cache_dir(config) / f"{digest.hexdigest()}.json", neutral, base


def _render_into(entry: Path, page, render, neutral: str, ignore_h1_titles: bool) -> None:
    """mkdocs-jupyter's ``render`` of ``page`` (its notebook given as ``neutral``), kept in ``entry``:
    the HTML and the title of its first ``<h1>`` (None: the page keeps its own title)."""
    from mkdocs_jupyter import plugin as mkdocs_jupyter

    toc_and_title = mkdocs_jupyter._get_nb_toc_tokens
    mkdocs_jupyter._get_nb_toc_tokens = lambda path, depth: ([], None)
    source = page.file.abs_src_path
    with tempfile.TemporaryDirectory() as tmp:
        page.file.abs_src_path = os.path.join(tmp, os.path.basename(source))
        Path(page.file.abs_src_path).write_text(neutral, "utf-8")
        try:
            with accessible_html.installed():
                render(None, None)  # mkdocs-jupyter's render reads neither
        finally:
            mkdocs_jupyter._get_nb_toc_tokens = toc_and_title
            page.file.abs_src_path = source
    buildcache.write(entry, {"content": page.content, "title": None if ignore_h1_titles else h1_title(page.content)})


# -- cache misses rendered ahead, in parallel (``prerender``), while the build goes on
_pools: list[concurrent.futures.ProcessPoolExecutor] = []  # one per call: forked with its jobs
_pending: dict[Path, concurrent.futures.Future] = {}
_jobs: list[tuple] = []  # what each forked worker renders (inherited, not pickled)


def _prerender_job(index: int) -> None:
    stand_in, entry, neutral, ignore_h1_titles, base, slimmed = _jobs[index]
    _render_into(entry, stand_in, stand_in.render, neutral, ignore_h1_titles)
    # also what ``slim`` (hooks/notebook_pages.py's on_page_content) makes of the page: kept in
    # ``slimmed``, where the build's process finds it instead of doing that work itself
    content = _addressed(buildcache.read(entry)["content"], base)
    _slim_body(content, Path(stand_in.file.abs_src_path), slimmed)


def prerender(config, notebooks: list[tuple[str, str]]) -> None:
    """Start rendering the ``notebooks`` (site source path, file) that the cache lacks, in forked
    worker processes, one per CPU; ``cache_render`` then waits for the one it needs instead of
    rendering it. Nothing when fewer than two are missing or on one CPU (``os.sched_getaffinity``)."""
    plugin = _plugin(config)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    if plugin is None or cpus < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return
    misses = []
    for src_uri, path in notebooks:
        entry, neutral, base = _entry(path, config)
        if entry not in _pending and not entry.exists() and entry not in {m[1] for m in misses}:
            misses.append((src_uri, entry, neutral, base, path))
    if len(misses) < 2:
        return
    from types import SimpleNamespace

    for src_uri, entry, neutral, base, path in misses:
        stand_in = SimpleNamespace(
            file=SimpleNamespace(src_uri=src_uri, src_path=src_uri, abs_src_path=path), abs_url="/"
        )
        plugin.on_pre_page(stand_in, config=config, files=None)  # installs its render on the stand-in
        _jobs.append((stand_in, entry, neutral, plugin.config["ignore_h1_titles"], base, slim_dir(config)))
    context = multiprocessing.get_context("fork")  # workers inherit the loaded plugin and _jobs
    _pools.append(concurrent.futures.ProcessPoolExecutor(min(cpus, len(misses)), mp_context=context))
    for index in range(len(_jobs) - len(misses), len(_jobs)):
        _pending[_jobs[index][1]] = _pools[-1].submit(_prerender_job, index)


def stop_prerender() -> None:
    """Stop the workers (the build failed, or every page they render was rendered)."""
    while _pools:
        _pools.pop().shutdown(wait=False, cancel_futures=True)
    _pending.clear()
    _jobs.clear()


def _addressed(text: str, base: str | None) -> str:
    """A rendered ``text`` with the site's address ``base`` back in place of ``SITE``."""
    return text.replace(SITE, base) if base and text else text


def cache_render(page, config) -> None:
    """Wrap the ``render`` mkdocs-jupyter installed on a notebook page with the HTML cache."""
    render = page.__dict__.get("render")
    plugin = _plugin(config)
    if render is None or plugin is None or not page.file.src_uri.endswith(".ipynb"):
        return
    entry, neutral, base = _entry(page.file.abs_src_path, config)

    def cached_render(config, files):
        if entry in _pending:
            try:
                _pending.pop(entry).result()
            except Exception:  # rendered here instead, where its error shows as mkdocs-jupyter's
                pass
            if not _pending:
                stop_prerender()
        cached = buildcache.read(entry)
        if cached is None:
            _render_into(entry, page, render, neutral, plugin.config["ignore_h1_titles"])
            cached = buildcache.read(entry)
        page.content = _addressed(cached["content"], base)
        if cached["title"] is not None:
            page.title = _addressed(cached["title"], base)

    page.render = cached_render


def h1_title(content: str) -> str | None:
    """The text of the first ``<h1>`` nbconvert rendered (what mkdocs-jupyter's TOC calls it)."""
    found = H1.search(content)
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1))).strip() if found else None


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


def _toc(content: str) -> list[dict]:
    """The table of contents' tokens (as ``mkdocs.structure.toc.get_toc`` takes them) of ``content``."""
    root: list[dict] = []
    stack: list[dict] = []
    for level, anchor, title in HEADING.findall(content):
        item = {
            "level": int(level),
            "id": anchor,
            "name": html.unescape(re.sub(r"<[^>]+>", "", title)).strip(),
            "children": [],
        }
        while stack and stack[-1]["level"] >= item["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(item)
        stack.append(item)
    return root


IMAGE = re.compile(r"<img\b[^>]*>")
IMAGE_DATA = re.compile(r'\bsrc="data:image/png;base64,([^"]+)"')
IMAGE_ALT = re.compile(r'\balt="[^"]*"')


def _alt_texts(content: str, notebook: Path) -> str:
    """Each figure of ``content`` with the alt text its output has in ``notebook`` (matched by the
    image data), where it has one."""
    alts = {}
    for cell in json.loads(notebook.read_text("utf-8")).get("cells", []):
        for output in cell.get("outputs", []):
            alt = output.get("metadata", {}).get("image/png", {}).get("alt")
            data = output.get("data", {}).get("image/png")
            if alt and data:
                alts["".join(data).replace("\n", "")] = alt

    def replace(match: re.Match) -> str:
        tag = match.group(0)
        data = IMAGE_DATA.search(tag)
        alt = alts.get(data.group(1)) if data else None
        if alt is None:
            return tag
        attribute = f'alt="{html.escape(alt)}"'
        return (
            IMAGE_ALT.sub(lambda _: attribute, tag, 1)
            if IMAGE_ALT.search(tag)
            else tag.replace("<img", f"<img {attribute}", 1)
        )

    return IMAGE.sub(replace, content)


_slimmed: dict[str, dict] = {}  # in-process memo of _slim_body (mkdocs serve rebuilds)


def _slim_body(content: str, notebook: Path, directory: Path | None) -> dict:
    """``{"content", "toc"}``: the rendered ``content`` light, with the site's MathJax, ids and the
    figures' alt text from ``notebook``, and its TOC tokens; kept per content and version of this
    module (in memory and, with a ``directory``, on disk)."""
    code = Path(__file__).read_bytes()  # an edit of these steps makes the kept results stale
    digest = hashlib.sha256(code + b"\0" + content.encode() + b"\0" + notebook.read_bytes()).hexdigest()
    stored = directory / f"slim-{digest}.json" if directory is not None else None
    if digest not in _slimmed and stored is not None and (kept := buildcache.read(stored)) is not None:
        _slimmed[digest] = kept
    if digest not in _slimmed:
        content = STYLE.sub("", content)
        content = _alt_texts(content, notebook)
        content = MATHJAX2.sub("", content)
        content = MARKDOWN_CELL.sub(lambda m: m.group(1) + _typeset(m.group(2)) + m.group(3), content)
        content = ANCHORED_HEADING.sub(
            lambda m: f'<h{m[2]} id="{m[1]}">{m[3]}<a class="anchor-link" href="#{m[1]}">', content
        )
        _slimmed[digest] = {"content": content, "toc": _toc(content)}
        if stored is not None:
            buildcache.write(stored, _slimmed[digest])
    return _slimmed[digest]


def slim(content: str, page, directory: Path | None = None) -> str:
    """A rendered notebook page's content, light and with the site's MathJax, ids, TOC and the
    figures' alt text; the links the generator attached to the page's file (download, chapter
    page, Colab) on top. With a ``directory`` (the build cache), the work is kept per content."""
    from mkdocs.structure.toc import get_toc

    body = _slim_body(content, Path(page.file.abs_src_path), directory)
    page.toc = get_toc(body["toc"])
    css = get_relative_url(CSS, page.url)
    links = []
    for label, target, attrs in getattr(page.file, "notebook_links", []):
        href = target if re.match(r"^[a-z]+:", target) else get_relative_url(target, page.url)
        links.append(f'<a class="md-button" href="{html.escape(href)}"{attrs}>{html.escape(label)}</a>')
    bar = f'<p class="notebook-links">{" ".join(links)}</p>\n' if links else ""
    return f'<link rel="stylesheet" href="{css}">\n{bar}{body["content"]}'
