"""Site-level checks as plain functions over a source tree or a built site, so that the tests can
run them on this repository (tests/test_site.py) and on deliberately broken copies
(tests/test_site_selftest.py). Each check returns a list of human-readable problems; [] is good.

Source conventions checked here: pages live in docs/<lang>/; an example is included with a
pymdownx.snippets line ``--8<-- "<chapter>/<name>.py"`` (output: ``.out``) and its figures with
``![...](../snippets/<chapter>/<name>.png)``; zh and en pages include the same targets in the same
order; every fenced block in the pages (every Python block in the README) is an include or is
executed by pytest-codeblocks (info string exactly ``python``, ``sh`` or ``bash``).
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlparse

from hooks import notebooks
from hooks.i18n_parity import LANGUAGES
from hooks.notebooks import FENCE, INCLUDE  # one definition of an include line and a code fence
from tests.snippetcheck.update import existing_figures

# One rendered-notebook cache (hooks/notebook_pages.py) for the project and the copies tests build
NOTEBOOK_HTML_CACHE = Path(__file__).resolve().parents[1] / ".cache" / "notebook-html"
FIGURE = re.compile(r"!\[[^\]]*\]\((?:\.\./)+(snippets/[^)\s]+\.png)\)")
RUN_BY_CODEBLOCKS = {"python", "sh", "bash"}  # pytest-codeblocks executes exactly these
SKIP_MARKS = ("pytest-codeblocks:skip", "pytest.mark.skip", "pytest.mark.skipif")  # not run
PYTHONISH = {"python", "py", "python3", "pycon", "ipython"}


def pages(root: Path, lang: str) -> list[Path]:
    return sorted((root / "docs" / lang).rglob("*.md"))


def targets(text: str) -> list[str]:
    """Snippet files a page shows, in order: included code/output and figures."""
    found = []
    for line in text.splitlines():
        m = INCLUDE.match(line)
        if m:
            found.append("snippets/" + m.group(1).split(":", 1)[0])
        found += FIGURE.findall(line)
    return found


def examples(root: Path) -> list[Path]:
    return sorted(p for p in (root / "snippets").glob("*/*.py") if not p.name.startswith("_"))


def missing_translations(root: Path) -> list[str]:
    hook = root / "hooks" / "i18n_parity.py"
    spec = importlib.util.spec_from_file_location("i18n_parity", hook)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.missing_translations(root / "docs")


def include_mismatches(root: Path) -> list[str]:
    problems = []
    for zh in pages(root, "zh"):
        en = root / "docs" / "en" / zh.relative_to(root / "docs" / "zh")
        if not en.exists():
            continue  # reported by missing_translations
        a, b = targets(zh.read_text("utf-8")), targets(en.read_text("utf-8"))
        if a != b:
            problems.append(f"{zh.relative_to(root)} and {en.relative_to(root)} show different snippets "
                            f"(or in another order):\n  zh: {a}\n  en: {b}")
    return problems


def missing_targets(root: Path) -> list[str]:
    return [f"{page.relative_to(root)} includes {t}, which does not exist"
            for lang in LANGUAGES for page in pages(root, lang)
            for t in targets(page.read_text("utf-8")) if not (root / t).exists()]


def orphans(root: Path) -> list[str]:
    problems = []
    for lang in LANGUAGES:
        shown = {t for page in pages(root, lang) for t in targets(page.read_text("utf-8"))}
        for example in examples(root):
            stem = example.relative_to(root).with_suffix("")
            needed = [example, example.with_suffix(".out"), *existing_figures(example)]
            for path in needed:
                rel = path.relative_to(root).as_posix()
                if rel not in shown:
                    problems.append(f"{rel} is not shown on any docs/{lang}/ page ({stem} is an orphan)")
    return problems


def fences(text: str):
    """Yield (line number, info string, body lines, preceding line) for each fenced block."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, mark, info = m.groups()
        start, body = i, []
        i += 1
        while i < len(lines) and not re.match(rf"^{indent}{mark[0]}{{{len(mark)},}}\s*$", lines[i]):
            body.append(lines[i])
            i += 1
        previous = lines[start - 1].strip() if start else ""
        yield start + 1, info.strip(), body, previous
        i += 1


def untested_code(root: Path, files: list[Path]) -> list[str]:
    problems = []
    for path in files:
        for lineno, info, body, previous in fences(path.read_text("utf-8")):
            content = [line for line in body if line.strip()]
            if len(content) == 1 and INCLUDE.match(content[0]):
                continue  # a verified snippet
            if info in RUN_BY_CODEBLOCKS and not any(mark in previous for mark in SKIP_MARKS):
                continue  # executed by pytest-codeblocks
            if path.name == "README.md" and (info.split(" ")[0] not in PYTHONISH or not info):
                continue  # README: commands and format illustrations; its Python must be tested
            problems.append(f"{path.relative_to(root)}:{lineno}: code block ```{info} is neither a "
                            "snippet include nor run by pytest-codeblocks")
    return problems


PROJECT_PARTS = ("docs", "snippets", "hooks", "overrides", "mkdocs.yml", "pyproject.toml")


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
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                          cwd=root, capture_output=True, text=True,
                          # copies of the project share the real one's rendered-notebook cache
                          env={"NOTEBOOK_HTML_CACHE": str(NOTEBOOK_HTML_CACHE), **os.environ,
                               "NO_MKDOCS_2_WARNING": "1"})


# ---- checks over the built site ------------------------------------------------------------

_LOADS = {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch",
          "manifest", "apple-touch-icon"}


def _html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)


def _soup(path: Path):
    """The parsed page (read-only: shared by every check that looks at the same built file)."""
    stat = path.stat()
    return _parse(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=128)
def _parse(path: Path, mtime_ns: int, size: int):
    from bs4 import BeautifulSoup

    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def _resources(soup) -> list[str]:
    urls = [tag.get("src") for tag in soup.find_all(["script", "img", "iframe", "source", "audio", "video"])]
    urls += [link.get("href") for link in soup.find_all("link")
             if _LOADS & set(link.get("rel") or [])]
    return [u for u in urls if u]


def _is_external(url: str) -> bool:
    return url.startswith(("http:", "https:", "//"))


def external_requests(site: Path) -> list[str]:
    problems = []
    for page in _html_pages(site):
        for url in _resources(_soup(page)):
            if _is_external(url):
                problems.append(f"{page.relative_to(site)} loads {url} from another host")
    for css in site.rglob("*.css"):
        for url in re.findall(r"""(?:url\(|@import\s+)["']?([^"')\s]+)""", css.read_text("utf-8", "replace")):
            if _is_external(url):
                problems.append(f"{css.relative_to(site)} loads {url} from another host")
    return problems


def site_url(root: Path) -> str:
    """``site_url`` from mkdocs.yml, resolving ``!ENV [VAR, ..., default]`` as MkDocs does."""
    m = re.search(r"^site_url:\s*(.*?)\s*$", (root / "mkdocs.yml").read_text("utf-8"), re.M)
    value = m.group(1) if m else ""
    if value.startswith("!ENV"):
        import yaml

        names = yaml.safe_load(value[len("!ENV"):])
        names = names if isinstance(names, list) else [names]
        default = names.pop() if len(names) > 1 else None
        return next((os.environ[n] for n in names if n in os.environ), default) or ""
    return value


def site_base(root: Path) -> str:
    """The URL path the site is served under (from ``site_url`` in mkdocs.yml), e.g. ``/repo/``."""
    path = urlparse(site_url(root)).path or "/"
    return path if path.endswith("/") else path + "/"


def _local_file(site: Path, page: Path, url: str, base: str) -> Path | None:
    """The built file ``url`` on ``page`` points to, served under ``base``; None if outside it."""
    path = urlparse(urljoin(base + page.relative_to(site).as_posix(), url)).path
    if not path.startswith(base):
        return None
    target = site / path[len(base):]
    return target / "index.html" if path.endswith("/") else target


def broken_resources(site: Path, base: str = "/") -> list[str]:
    problems = []
    for page in _html_pages(site):
        for url in _resources(_soup(page)):
            if _is_external(url) or url.startswith("data:"):
                continue  # reported by external_requests; inline (notebook figures)
            target = _local_file(site, page, url, base)
            if target is None or not target.exists():
                problems.append(f"{page.relative_to(site)} references {url}, which is not in the site")
    return problems


def language_switch_problems(site: Path, base: str = "/") -> list[str]:
    """Every page's language selector must lead to the same page in the other language."""
    problems = []
    for page in _html_pages(site):
        rel = page.relative_to(site)
        if rel.name == "404.html" or rel.parts[0] == "search":
            continue
        lang = "en" if rel.parts[0] == "en" else "zh"
        counterpart = {"zh": Path("en") / rel, "en": Path(*rel.parts[1:])}[lang]
        links = {a.get("hreflang"): a.get("href") for a in _soup(page).select("a[hreflang]")}
        other = "en" if lang == "zh" else "zh"
        if other not in links:
            problems.append(f"{rel}: no language switch link to '{other}'")
            continue
        target = _local_file(site, page, links[other], base)
        if target != site / counterpart:
            where = target.relative_to(site) if target else f"{links[other]} (outside {base})"
            problems.append(f"{rel}: the '{other}' switch leads to {where}, expected {counterpart}")
    return problems


def notebook_problems(root: Path, site: Path, base: str = "/") -> list[str]:
    """Every chapter page (hooks/notebooks.py) has, in each language: a download link labelled in
    that language to a valid .ipynb, and a notebook page rendered by mkdocs-jupyter -- not the raw
    notebook JSON that mkdocs-static-i18n silently leaves in index.html when the wrapper is lost --
    without Jupyter's CSS inlined (it is one shared stylesheet)."""
    import json

    problems = []
    for lang in LANGUAGES:
        for rel in notebooks.chapter_pages(root / "docs", lang):
            page = rel.as_posix()
            where = notebooks.site_paths(lang, page)
            prefix = "" if lang == notebooks.DEFAULT_LANGUAGE else f"{lang}/"
            download = site / where["download"]
            try:
                nb = json.loads(download.read_text("utf-8"))
                if nb.get("nbformat") != 4 or not any(c["cell_type"] == "code" for c in nb["cells"]):
                    problems.append(f"{where['download']} is not a notebook with code cells")
            except (OSError, ValueError, KeyError) as exc:
                problems.append(f"{where['download']}: no valid notebook ({exc})")
            nb_page = site / where["page_url"] / "index.html"
            if not nb_page.exists():
                problems.append(f"{where['page_url']}index.html: the notebook page of docs/{lang}/{page} is missing")
            else:
                text = nb_page.read_text("utf-8")
                if text.lstrip().startswith("{") or 'class="jp-Notebook"' not in text:
                    problems.append(f"{where['page_url']}index.html is the raw notebook JSON, not a rendered "
                                    "page (mkdocs-jupyter's wrapper lost to mkdocs-static-i18n? see "
                                    "hooks/notebook_pages.py)")
                inline_css = sum(len(css) for css in re.findall(r"<style[^>]*>(.*?)</style>", text, re.S))
                if inline_css > 20_000:
                    problems.append(f"{where['page_url']}index.html inlines {inline_css // 1000} KB of CSS")
            chapter = site / prefix / page[:-3] / "index.html"
            label = notebooks.TEXT[lang]["download"]
            links = [a.get("href") for a in _soup(chapter).find_all("a") if a.get_text(strip=True) == label] \
                if chapter.exists() else []
            if not any(_local_file(site, chapter, href, base) == download for href in links):
                problems.append(f"{chapter.relative_to(site)}: no '{label}' link to {where['download']}")
    return problems


def broken_links(site: Path, base: str = "/", own_url: str = "") -> list[str]:
    """Every link between pages of the built site leads to a file of the site and, with a
    ``#fragment``, to an element with that id (or name) there. Absolute links to ``own_url`` (the
    site_url: notebooks link back to the site that way) count as links within the site."""
    problems, ids = [], {}

    def anchors(path: Path) -> set[str]:
        if path not in ids:
            soup = _soup(path)
            ids[path] = {el.get("id") for el in soup.find_all(id=True)} | \
                        {el.get("name") for el in soup.find_all(attrs={"name": True})}
        return ids[path]

    for page in _html_pages(site):
        for a in _soup(page).find_all("a", href=True):
            url = a["href"]
            if own_url and url.startswith(own_url):
                url = base + url[len(own_url):]
            if _is_external(url) or url.startswith(("mailto:", "javascript:", "data:")):
                continue
            target = _local_file(site, page, url.split("#")[0] or page.name, base)
            if url.startswith("#"):
                target = page
            if target is not None and target.is_dir():
                target = target / "index.html"
            if target is None or not target.exists():
                problems.append(f"{page.relative_to(site)}: link {url} leads to no page of the site")
                continue
            fragment = urlparse(url).fragment
            if fragment and target.suffix == ".html" and fragment not in anchors(target):
                problems.append(f"{page.relative_to(site)}: link {url}: no #{fragment} in {target.relative_to(site)}")
    return problems


def external_links(site: Path, own_url: str = "") -> dict[str, list[str]]:
    """Links to other sites (``<a href="http...">``, not to ``own_url``) and the pages that have them."""
    found: dict[str, list[str]] = {}
    for page in _html_pages(site):
        for a in _soup(page).find_all("a", href=True):
            if _is_external(a["href"]) and not (own_url and a["href"].startswith(own_url)):
                found.setdefault(a["href"], []).append(page.relative_to(site).as_posix())
    return found


def unlisted_external_links(site: Path, listed: set[str], own_url: str = "") -> list[str]:
    """External links must be listed in tests/external_links.txt (one place to review them;
    they are never fetched by the tests); a listed link no page has any more is reported too."""
    found = external_links(site, own_url)
    return ([f"{url} (on {', '.join(pages[:3])}{' …' if len(pages) > 3 else ''}) is not listed in "
             "tests/external_links.txt" for url, pages in sorted(found.items()) if url not in listed]
            + [f"tests/external_links.txt lists {url}, which no page links to any more"
               for url in sorted(listed - set(found))])


def read_link_list(path: Path) -> set[str]:
    return {line.split()[0] for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")}
