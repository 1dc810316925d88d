"""Site-level checks as plain functions over a source tree or a built site, so that the tests can
run them on this repository (tests/test_site.py) and on deliberately broken copies
(tests/test_site_selftest.py). Each check returns a list of human-readable problems; [] is good.

What counts as an include, a figure or a page is the page reader's (``pages``) and the layout's
(``layout``) to say; what pytest-codeblocks runs is pytest-codeblocks' own reader's. Checked here:
every page in every language (whether a zh/en pair agrees is ``parity``'s to say); every included
file exists; every example and golden is shown in each language; every fenced block in the pages
is an include, a block pytest-codeblocks runs or a ```shell command (in the README format
illustrations may stand too; its Python must run); and, over a built site, nothing from another
host, every local resource and link present, the language switch, the notebooks.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

from pytest_codeblocks.main import extract_from_buffer

from . import notebook
from .layout import Project, examples, existing_figures, golden_output
from .pages import read_file

# One rendered-notebook cache (workarounds/notebook_pages.py) for the project and the copies tests build
NOTEBOOK_HTML_CACHE = Path(__file__).resolve().parents[1] / ".cache" / "notebook-html"
RUN_BY_CODEBLOCKS = {"python", "sh", "bash"}  # pytest-codeblocks runs exactly these
COMMANDS = {"shell", "console"}  # commands a reader types (clone, install, serve): shown, not run
PYTHONISH = {"python", "py", "python3", "pycon", "ipython"}


def page_files(project: Project, lang: str) -> list[Path]:
    return [project.docs(lang) / page for page in project.pages(lang)]


def shown(path: Path) -> list[str]:
    """Snippet files a page shows, in order: included code/output and figures."""
    return read_file(path).shown()


def missing_translations(project: Project) -> list[str]:
    return project.missing_translations()


def missing_targets(project: Project) -> list[str]:
    return [
        f"{path.relative_to(project.root)} includes {t}, which does not exist"
        for lang in project.languages
        for path in page_files(project, lang)
        for t in shown(path)
        if not (project.root / t).exists()
    ]


def orphans(project: Project) -> list[str]:
    problems = []
    root = project.root
    for lang in project.languages:
        seen = {t for path in page_files(project, lang) for t in shown(path)}
        for example in examples(root):
            stem = example.relative_to(root).with_suffix("")
            for path in [example, golden_output(example), *existing_figures(example)]:
                rel = path.relative_to(root).as_posix()
                if rel not in seen:
                    problems.append(f"{rel} is not shown on any docs/{lang}/ page ({stem} is an orphan)")
    return problems


def uncaptioned_figures(project: Project) -> list[str]:
    """Every figure on a page has a visible caption (``/// caption`` right after it)."""
    return [
        f"{path.relative_to(project.root)}:{figure.line}: figure {figure.target} has no caption "
        "(add `/// caption` … `///` after it, in the page's language)"
        for lang in project.languages
        for path in page_files(project, lang)
        for figure in read_file(path).figures
        if not figure.caption
    ]


def untested_code(project: Project, files: list[Path]) -> list[str]:
    """Every fenced block is a snippet include, a block pytest-codeblocks runs (by its own reading
    of the file: the language and the skip marks before the block) or a ```shell command; in the
    README also a format illustration (any language but Python)."""
    problems = []
    for path in files:
        text = path.read_text("utf-8")
        includes = {i.line for i in read_file(path).includes}
        for block in extract_from_buffer(io.StringIO(text)):
            syntax = (block.syntax or "").strip()
            if block.lineno in includes:
                continue  # a verified snippet
            if syntax in RUN_BY_CODEBLOCKS and not any("skip" in mark for mark in block.marks):
                continue  # executed by pytest-codeblocks
            if syntax in COMMANDS:
                continue
            if path.name == "README.md" and syntax.split(" ")[0] not in PYTHONISH:
                continue  # README: commands and format illustrations; its Python must be tested
            problems.append(
                f"{path.relative_to(project.root)}:{block.lineno}: code block ```{syntax} is neither "
                "a snippet include nor run by pytest-codeblocks"
            )
    return problems


# what a build reads (the hooks import verifydocs: the copy's own, not whichever is installed)
PROJECT_PARTS = ("docs", "snippets", "hooks", "overrides", "verifydocs", "mkdocs.yml", "pyproject.toml")


def copy_project(root: Path, dest: Path) -> Path:
    """What ``mkdocs build`` reads, copied to ``dest`` (for self-tests that break a copy)."""
    for name in PROJECT_PARTS:
        if (root / name).is_dir():
            shutil.copytree(root / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(root / name, dest / name)
    return dest


def assert_none(problems: list[str]) -> None:
    assert not problems, "\n".join(problems)


def build_or_fail(root: Path, site: Path) -> Path:
    """``build``; a failed build fails the calling test with MkDocs' output."""
    result = build(root, site)
    if result.returncode:
        import pytest

        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return site


def build(root: Path, site: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=root,
        capture_output=True,
        text=True,
        # copies of the project share the real one's rendered-notebook cache
        env={"NOTEBOOK_HTML_CACHE": str(NOTEBOOK_HTML_CACHE), **os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


# ---- checks over the built site ------------------------------------------------------------

_LOADS = {
    "stylesheet",
    "icon",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "manifest",
    "apple-touch-icon",
}


def _html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)


_SOURCES = {"script", "img", "iframe", "source", "audio", "video"}  # loaded from src=


@dataclasses.dataclass(frozen=True)
class _Page:
    """What the checks read of one built page: the URLs it loads, its links (each ``<a>``'s
    attributes and text, as BeautifulSoup's ``get_text(strip=True)`` would give it) and its
    anchors (every id and name)."""

    resources: list[str]
    links: list[tuple[dict[str, str], str]]
    anchors: frozenset[str]


class _Reader(HTMLParser):
    """One pass of the standard library's HTML tokenizer (the one BeautifulSoup's "html.parser"
    builds its tree from) collecting a ``_Page``: a tree of the 12 MB of pages cost twice the pass,
    and each check walked it again."""

    def __init__(self) -> None:
        super().__init__()
        self.sources, self.loads, self.links, self.anchors = [], [], [], set()
        self._text: list[str] | None = None  # the strings of the open <a>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in attrs}
        self.anchors |= {attr[key] for key in ("id", "name") if key in attr}
        if tag in _SOURCES and attr.get("src"):
            self.sources.append(attr["src"])
        elif tag == "link" and _LOADS & set(attr.get("rel", "").split()) and attr.get("href"):
            self.loads.append(attr["href"])
        elif tag == "a":
            self._text = []
            self.links.append((attr, self._text))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def _page(path: Path) -> _Page:
    """The page read once (shared by every check that looks at the same built file)."""
    stat = path.stat()
    return _read(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=256)
def _read(path: Path, mtime_ns: int, size: int) -> _Page:
    reader = _Reader()
    reader.feed(path.read_text("utf-8"))
    reader.close()
    links = [(attr, "".join(s.strip() for s in text)) for attr, text in reader.links]
    return _Page(reader.sources + reader.loads, links, frozenset(reader.anchors))


def _is_external(url: str) -> bool:
    return url.startswith(("http:", "https:", "//"))


def external_requests(site: Path) -> list[str]:
    problems = []
    for page in _html_pages(site):
        for url in _page(page).resources:
            if _is_external(url):
                problems.append(f"{page.relative_to(site)} loads {url} from another host")
    for css in site.rglob("*.css"):
        for url in re.findall(r"""(?:url\(|@import\s+)["']?([^"')\s]+)""", css.read_text("utf-8", "replace")):
            if _is_external(url):
                problems.append(f"{css.relative_to(site)} loads {url} from another host")
    return problems


def _local_file(site: Path, page: Path, url: str, base: str) -> Path | None:
    """The built file ``url`` on ``page`` points to, served under ``base``; None if outside it."""
    path = urlparse(urljoin(base + page.relative_to(site).as_posix(), url)).path
    if not path.startswith(base):
        return None
    target = site / path[len(base) :]
    return target / "index.html" if path.endswith("/") else target


def broken_resources(site: Path, base: str = "/") -> list[str]:
    """Every local resource a page loads exists in the built site (served under ``base``)."""
    problems = []
    for page in _html_pages(site):
        for url in _page(page).resources:
            if _is_external(url) or url.startswith("data:"):
                continue  # reported by external_requests; inline (notebook figures)
            target = _local_file(site, page, url, base)
            if target is None or not target.exists():
                problems.append(f"{page.relative_to(site)} references {url}, which is not in the site")
    return problems


def language_switch_problems(project: Project, site: Path) -> list[str]:
    """Every page's language selector must lead to the same page in each other language."""
    problems = []
    base = project.base_path
    for page in _html_pages(site):
        rel = page.relative_to(site).as_posix()
        if page.name == "404.html" or rel.startswith("search/"):
            continue
        links = {a.get("hreflang"): a.get("href") for a, _ in _page(page).links if "hreflang" in a}
        for other in project.languages:
            if other == project.language_of(rel):
                continue
            counterpart = project.counterpart(rel, other)
            if other not in links:
                problems.append(f"{rel}: no language switch link to '{other}'")
                continue
            target = _local_file(site, page, links[other], base)
            if target != site / counterpart:
                where = target.relative_to(site) if target else f"{links[other]} (outside {base})"
                problems.append(f"{rel}: the '{other}' switch leads to {where}, expected {counterpart}")
    return problems


def notebook_problems(project: Project, site: Path) -> list[str]:
    """Every chapter page has, in each language: a download link labelled in that language to a
    valid .ipynb, and a notebook page rendered by mkdocs-jupyter -- not the raw notebook JSON that
    mkdocs-static-i18n silently leaves in index.html when the wrapper is lost
    (workarounds/notebook_pages.py) -- without Jupyter's CSS inlined (one shared stylesheet)."""
    import nbformat

    problems = []
    for lang in project.languages:
        for page in project.chapters(lang):
            where = project.notebook(lang, page)
            download = site / where["download"]
            try:
                nb = nbformat.read(download, as_version=4)
                nbformat.validate(nb)
                if not notebook.example_cells(nb):
                    problems.append(f"{where['download']} is a notebook without example cells")
            except (OSError, ValueError, nbformat.ValidationError) as exc:
                problems.append(f"{where['download']}: no valid notebook ({exc})")
            nb_page = site / where["page_url"] / "index.html"
            if not nb_page.exists():
                problems.append(f"{where['page_url']}index.html: the notebook page of docs/{lang}/{page} is missing")
            else:
                text = nb_page.read_text("utf-8")
                if text.lstrip().startswith("{") or 'class="jp-Notebook"' not in text:
                    problems.append(
                        f"{where['page_url']}index.html is the raw notebook JSON, not a rendered "
                        "page (mkdocs-jupyter's wrapper lost to mkdocs-static-i18n? see "
                        "verifydocs/workarounds/notebook_pages.py)"
                    )
                inline_css = sum(len(css) for css in re.findall(r"<style[^>]*>(.*?)</style>", text, re.S))
                if inline_css > 20_000:
                    problems.append(f"{where['page_url']}index.html inlines {inline_css // 1000} KB of CSS")
            chapter = site / project.page_path(lang, page) / "index.html"
            label = notebook.TEXT[lang]["download"]
            links = [a.get("href") for a, text in _page(chapter).links if text == label] if chapter.exists() else []
            if not any(_local_file(site, chapter, href, project.base_path) == download for href in links):
                problems.append(f"{chapter.relative_to(site)}: no '{label}' link to {where['download']}")
    return problems


def broken_links(site: Path, base: str = "/", own_url: str = "") -> list[str]:
    """Every link between pages of the built site leads to a file of the site and, with a
    ``#fragment``, to an element with that id (or name) there. Absolute links to ``own_url`` (the
    site_url: notebooks link back to the site that way) count as links within the site."""
    problems = []
    for page in _html_pages(site):
        for url in (a["href"] for a, _ in _page(page).links if "href" in a):
            if own_url and url.startswith(own_url):
                url = base + url[len(own_url) :]
            if _is_external(url) or url.startswith(("mailto:", "javascript:", "data:")):
                continue
            if url.startswith("#"):  # most links: the anchors of a page's own code lines and headings
                target = page
            else:
                target = _local_file(site, page, url.split("#")[0] or page.name, base)
                if target is not None and target.is_dir():
                    target = target / "index.html"
                if target is None or not target.exists():
                    problems.append(f"{page.relative_to(site)}: link {url} leads to no page of the site")
                    continue
            fragment = urlparse(url).fragment
            if fragment and target.suffix == ".html" and fragment not in _page(target).anchors:
                problems.append(f"{page.relative_to(site)}: link {url}: no #{fragment} in {target.relative_to(site)}")
    return problems


def external_links(site: Path, own_url: str = "") -> dict[str, list[str]]:
    """Links to other sites (``<a href="http...">``, not to ``own_url``) and the pages that have them."""
    found: dict[str, list[str]] = {}
    for page in _html_pages(site):
        for url in (a["href"] for a, _ in _page(page).links if "href" in a):
            if _is_external(url) and not (own_url and url.startswith(own_url)):
                found.setdefault(url, []).append(page.relative_to(site).as_posix())
    return found


def unlisted_external_links(site: Path, listed: set[str], own_url: str = "") -> list[str]:
    """External links must be listed in tests/external_links.txt (one place to review them;
    they are never fetched by the tests); a listed link no page has any more is reported too."""
    found = external_links(site, own_url)
    return [
        f"{url} (on {', '.join(pages[:3])}{' …' if len(pages) > 3 else ''}) is not listed in tests/external_links.txt"
        for url, pages in sorted(found.items())
        if url not in listed
    ] + [
        f"tests/external_links.txt lists {url}, which no page links to any more" for url in sorted(listed - set(found))
    ]


def read_link_list(path: Path) -> set[str]:
    return {
        line.split()[0]
        for line in path.read_text("utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }
