"""MkDocs hook and generator: every chapter page as a Jupyter notebook, in its language.

Contract (generator, pure functions; the notebook tests import them as ``hooks.notebooks``):
- ``chapter_pages(docs_dir, lang)``: the pages of ``docs/<lang>/`` that get a notebook: every page
  that includes an example (``--8<-- "<chapter>/<name>.py"``) except ``index.md`` and ``glossary.md``.
- ``page_to_notebook(markdown, lang=, page=, snippets_root=, site_url=)``: the notebook of one page
  (an nbformat-4 dict). Prose becomes Markdown cells in the page's language; each included example
  becomes a code cell whose source is exactly the verified ``.py`` file and whose outputs are its
  goldens (the ``.out`` as stdout, each figure shown on the page as an ``image/png``). MkDocs-only
  syntax is translated: admonitions and content tabs become a bold title and a quote, ``{ #id }``
  heading attributes become ``<a id="id"></a>`` anchors, links to other pages become absolute links
  to the hosted site (``site_url``). Code cells carry the example's path in their metadata
  (``snippet``), never in their source: a cell contains nothing that only works in our runner.
- ``notebook_json(nb)``: the file content, deterministic (fixed cell ids, sorted keys).

Contract (hook, ``on_files`` after mkdocs-static-i18n): for the language being built, writes each
chapter's notebook under ``.cache/notebooks/`` (git-ignored; rebuilt on every build, never committed)
and adds two site files: the download ``[en/]notebooks/<name>/<name>.ipynb`` and the notebook page
``[en/]notebooks/<name>.ipynb`` (dest ``[en/]notebooks/<name>/index.html``), the latter with its
language alternates. ``hooks/notebook_pages.py`` turns that page into a rendered mkdocs-jupyter page.
``on_page_markdown`` adds "下载 Notebook" / "Download notebook" links under each chapter's title.
"""

from __future__ import annotations

import base64
import json
import os
import re
import tempfile
from pathlib import Path
from types import SimpleNamespace

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
NOT_CHAPTERS = {"index.md", "glossary.md"}
NOTEBOOK_DIR = "notebooks"

TEXT = {
    "zh": {
        "download": "下载 Notebook",
        "view": "以 Notebook 形式查看",
        "colab": "在 Colab 中打开",
        "chapter": "返回本章网页",
        "helpers": ("本章的例子会导入下面的辅助模块。先运行这个单元：它把模块保存到当前目录，"
                    "后面的例子才能 `import` 它。"),
        "preface": ("这个 Notebook 由网站页面[{title}]({url})自动生成：每个代码单元都是网站上的一个例子，"
                    "保存的输出就是测试核对过的结果。从上到下依次运行即可复现"
                    "（编写时使用 {versions}）。"),
    },
    "en": {
        "download": "Download notebook",
        "view": "View as a notebook",
        "colab": "Open in Colab",
        "chapter": "Back to the chapter page",
        "helpers": ("The examples of this chapter import the helper module below. Run this cell first: it "
                    "saves the module in the current directory, so the examples can `import` it."),
        "preface": ("This notebook was generated from the page [{title}]({url}): every code cell is an "
                    "example from the site, and its saved output is the verified one. Run the cells "
                    "from top to bottom to reproduce it (written with {versions})."),
    },
}
VERSIONED = ("tensorflow", "keras", "numpy", "matplotlib")
DISPLAY_NAMES = {"tensorflow": "TensorFlow", "keras": "Keras", "numpy": "NumPy", "matplotlib": "Matplotlib"}

INCLUDE = re.compile(r'^\s*--8<--\s+"([^"]+)"\s*$')
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
FIGURE = re.compile(r"^\s*!\[([^\]]*)\]\((?:\.\./)+snippets/([^)\s]+\.png)\)\s*(\{[^}]*\})?\s*$")
BLOCK = re.compile(r'^(\s*)(?:!!!|\?\?\?\+?|===!?)\s*(?:([\w-]+)(?:\s+[\w-]+)*)?\s*(?:"([^"]*)")?\s*$')
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{\s*([^}]*)\})?\s*$")
HELPER_IMPORT = re.compile(r"^\s*(?:from\s+(_\w+)\s+import|import\s+(_\w+))", re.M)
LINK = re.compile(r"(!?\[(?:[^\]\\]|\\.)*\]\()([^)\s]+)(\))(\{[^}]*\})?")


# ---- generator (pure) ------------------------------------------------------------------------

def chapter_pages(docs_dir: Path, lang: str) -> list[Path]:
    """Pages of ``docs/<lang>/`` that get a notebook, as paths relative to ``docs/<lang>/``."""
    base = Path(docs_dir) / lang
    found = []
    for page in sorted(base.rglob("*.md")):
        rel = page.relative_to(base)
        if rel.as_posix() in NOT_CHAPTERS:
            continue
        if any((m := INCLUDE.match(line)) and m.group(1).split(":", 1)[0].endswith(".py")
               for line in page.read_text("utf-8").splitlines()):
            found.append(rel)
    return found


def page_url(site_url: str, lang: str, page: str) -> str:
    """Absolute URL of ``page`` (``glossary.md``, ``dense/index.md``) on the hosted site."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    path = page[:-3] if page.endswith(".md") else page
    path = "" if path in ("index", "") else (path[: -len("index")] if path.endswith("/index") else path + "/")
    return base + prefix + path


def _versions(pyproject: Path | None) -> str:
    text = pyproject.read_text("utf-8") if pyproject and pyproject.is_file() else ""
    pins = []
    for name in VERSIONED:
        m = re.search(rf'"{name}(?:-cpu)?==([\w.]+)', text)
        if m:
            pins.append(f"{DISPLAY_NAMES[name]} {m.group(1)}")
    return ", ".join(pins) or "TensorFlow"


class _Converter:
    def __init__(self, lang: str, page: str, snippets_root: Path, site_url: str):
        self.lang, self.page, self.root, self.site_url = lang, page, Path(snippets_root), site_url
        self.cells: list[dict] = []
        self.by_example: dict[str, dict] = {}  # "tensors/constants" -> its code cell

    # -- cells
    def markdown(self, lines: list[str]) -> None:
        while lines and not lines[0].strip():
            lines = lines[1:]
        while lines and not lines[-1].strip():
            lines = lines[:-1]
        if lines:
            self.cells.append({"cell_type": "markdown", "metadata": {}, "source": "\n".join(lines)})

    def code(self, target: str) -> None:
        stem = target[:-3]
        if stem in self.by_example:
            raise ValueError(f"{self.page}: {target} is included twice")
        source = (self.root / target).read_text("utf-8").rstrip("\n")
        cell = {"cell_type": "code", "execution_count": None, "metadata": {"snippet": target},
                "outputs": [], "source": source}
        self.cells.append(cell)
        self.by_example[stem] = cell

    def helpers(self) -> list[str]:
        """Helper modules (``<chapter>/_name.py``) the examples import, dependencies first."""
        found: list[str] = []

        def visit(target: str, seen: tuple[str, ...]) -> None:
            chapter = target.rsplit("/", 1)[0]
            for m in HELPER_IMPORT.finditer((self.root / target).read_text("utf-8")):
                helper = f"{chapter}/{m.group(1) or m.group(2)}.py"
                if (self.root / helper).is_file() and helper not in found and helper not in seen:
                    visit(helper, seen + (helper,))
                    if helper not in found:
                        found.append(helper)

        for cell in self.cells:
            if cell["cell_type"] == "code":
                visit(cell["metadata"]["snippet"], ())
        return found

    def output_of(self, target: str) -> dict:
        stem = re.sub(r"-\d+$", "", target.rsplit(".", 1)[0])
        if stem not in self.by_example:
            raise ValueError(f"{self.page}: {target} is shown before (or without) {stem}.py")
        return self.by_example[stem]

    # -- text
    def link(self, m: re.Match) -> str:
        opening, target, closing = m.group(1), m.group(2), m.group(3)
        if re.match(r"^[a-z][a-z0-9+.-]*:|^#|^/", target, re.I):
            return opening + target + closing  # absolute, in-page anchor or site-absolute
        path, _, anchor = target.partition("#")
        here = Path(self.page).parent
        resolved = os.path.normpath((here / path).as_posix()).replace(os.sep, "/")
        if path.endswith(".md"):
            url = page_url(self.site_url, self.lang, resolved)
        else:  # an asset next to the pages (or ../snippets/...): relative to the page's URL
            base = page_url(self.site_url, self.lang, self.page)
            from urllib.parse import urljoin
            url = urljoin(base, target.split("#")[0])
        return opening + url + (f"#{anchor}" if anchor else "") + closing

    def text(self, line: str) -> str:
        return LINK.sub(self.link, line)

    def heading(self, m: re.Match) -> list[str]:
        hashes, title, attrs = m.groups()
        anchor = re.search(r"#([\w-]+)", attrs or "")
        out = [f'<a id="{anchor.group(1)}"></a>', ""] if anchor else []
        return out + [f"{hashes} {self.text(title)}"]

    # -- blocks
    def convert(self, lines: list[str], quote: bool = False) -> None:
        """Append the cells of ``lines``; ``quote`` renders prose as a blockquote (admonition body)."""
        md: list[str] = []

        def flush():
            self.markdown([("> " + line if line else ">") if quote else line for line in md])
            md.clear()

        i = 0
        while i < len(lines):
            line = lines[i]
            fence = FENCE.match(line)
            if fence:
                indent, mark, _info = fence.groups()
                end = i + 1
                closing = re.compile(rf"^{re.escape(indent)}{mark[0]}{{{len(mark)},}}\s*$")
                while end < len(lines) and not closing.match(lines[end]):
                    end += 1
                body = lines[i + 1:end]
                content = [b for b in body if b.strip()]
                include = INCLUDE.match(content[0]) if len(content) == 1 else None
                if include:
                    target = include.group(1).split(":", 1)[0]
                    if target.endswith(".py"):
                        flush()
                        self.code(target)
                    elif target.endswith(".out"):
                        text = (self.root / target).read_text("utf-8")
                        self.output_of(target)["outputs"].append(
                            {"output_type": "stream", "name": "stdout", "text": text})
                    else:  # some other included text: show it, as the page does
                        md.append(line)
                        md.extend(indent + t for t in (self.root / target).read_text("utf-8").splitlines())
                        md.append(lines[end] if end < len(lines) else indent + mark)
                else:
                    md.extend(lines[i:end + 1])
                i = end + 1
                continue
            figure = FIGURE.match(line)
            if figure:
                alt, target = figure.group(1), figure.group(2)
                png = base64.b64encode((self.root / target).read_bytes()).decode("ascii")
                self.output_of(target)["outputs"].append(
                    {"output_type": "display_data", "metadata": {},
                     "data": {"image/png": png, "text/plain": alt or target}})
                i += 1
                continue
            block = BLOCK.match(line)
            if block:
                indent = block.group(1)
                kind = block.group(2) or ""
                title = block.group(3)
                if title is None:
                    title = kind.capitalize()
                end = i + 1
                body: list[str] = []
                while end < len(lines) and (not lines[end].strip()
                                            or lines[end].startswith(indent + "    ")
                                            or lines[end].startswith(indent + "\t")):
                    body.append(lines[end][len(indent) + 4:] if lines[end].strip() else "")
                    end += 1
                while body and not body[-1]:
                    body.pop()
                    end -= 1
                if any(INCLUDE.match(b) for b in body):
                    # Examples inside a tab or admonition: title as prose, then the body's cells.
                    md.append(f"**{self.text(title)}**" if title else "")
                    flush()
                    self.convert(body, quote)
                else:
                    inner = _Converter(self.lang, self.page, self.root, self.site_url)
                    inner.by_example = self.by_example
                    inner.convert(body)
                    sub = "\n\n".join(c["source"] for c in inner.cells)
                    md.append(f"> **{self.text(title)}**" if title else ">")
                    if sub:
                        md.append(">")
                        md.extend(("> " + s) if s else ">" for s in sub.split("\n"))
                    md.append("")
                i = end
                continue
            heading = HEADING.match(line)
            if heading:
                flush()  # one Markdown cell per section; the title alone in the first
                md.extend(self.heading(heading))
                if len(heading.group(1)) == 1:
                    flush()
                i += 1
                continue
            md.append(self.text(line))
            i += 1
        flush()


def page_to_notebook(markdown: str, *, lang: str, page: str, snippets_root: Path, site_url: str,
                     pyproject: Path | None = None) -> dict:
    conv = _Converter(lang, page, Path(snippets_root), site_url)
    conv.convert(markdown.splitlines())
    cells = conv.cells
    title_match = next((HEADING.match(line) for line in markdown.splitlines()
                        if line.startswith("# ") and HEADING.match(line)), None)
    title = title_match.group(2) if title_match else Path(page).stem
    preface = TEXT[lang]["preface"].format(title=title, url=page_url(site_url, lang, page),
                                           versions=_versions(pyproject))
    at = 1 if cells and cells[0]["cell_type"] == "markdown" and cells[0]["source"].lstrip().startswith(
        ("# ", "<a id")) else 0
    extra = [{"cell_type": "markdown", "metadata": {}, "source": f"> {preface}"}]
    helpers = conv.helpers()
    if helpers:  # visible, standard Jupyter: the cell writes the module next to the notebook
        extra.append({"cell_type": "markdown", "metadata": {}, "source": TEXT[lang]["helpers"]})
        for helper in helpers:
            source = (Path(snippets_root) / helper).read_text("utf-8").rstrip("\n")
            extra.append({"cell_type": "code", "execution_count": None, "metadata": {"helper": helper},
                          "outputs": [{"output_type": "stream", "name": "stdout",
                                       "text": f"Writing {Path(helper).name}\n"}],
                          "source": f"%%writefile {Path(helper).name}\n{source}"})
    cells[at:at] = extra
    count = 0
    for index, cell in enumerate(cells):
        if cell["cell_type"] == "code":
            count += 1
            cell["execution_count"] = count
            path = cell["metadata"].get("snippet") or cell["metadata"]["helper"]
            cell["id"] = re.sub(r"[^A-Za-z0-9_-]", "-", path[:-3])[-64:]
        else:
            cell["id"] = f"md-{index}"
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "pygments_lexer": "ipython3"},
            "tf_first_principles": {"page": page, "language": lang, "generated": True},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def notebook_json(nb: dict) -> str:
    return json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def build_notebook(root: Path, lang: str, page: Path | str, site_url: str) -> dict:
    """The notebook of ``docs/<lang>/<page>`` in the repository at ``root``."""
    page = Path(page).as_posix()
    text = (Path(root) / "docs" / lang / page).read_text("utf-8")
    return page_to_notebook(text, lang=lang, page=page, snippets_root=Path(root) / "snippets",
                            site_url=site_url, pyproject=Path(root) / "pyproject.toml")


def site_paths(lang: str, page: str) -> dict[str, str]:
    """Where a page's notebook lives in the site: the download and the rendered page (src URIs)."""
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    stem = page[:-3]
    name = Path(stem).name
    return {"download": f"{prefix}{NOTEBOOK_DIR}/{stem}/{name}.ipynb",
            "page": f"{prefix}{NOTEBOOK_DIR}/{stem}.ipynb",
            "page_url": f"{prefix}{NOTEBOOK_DIR}/{stem}/"}


def _write_if_changed(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_text("utf-8") == text:
        return
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".ipynb")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)  # atomic: parallel builds (tests) never read half a notebook


# ---- hook ------------------------------------------------------------------------------------

def _language(config) -> str:
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or DEFAULT_LANGUAGE


def _root(config) -> Path:
    return Path(config["config_file_path"]).parent


def _chapters(config, lang: str) -> list[str]:
    return [p.as_posix() for p in chapter_pages(Path(config["docs_dir"]), lang)]


def _colab(config) -> str | None:
    """``extra: notebooks: colab:`` in mkdocs.yml, e.g.
    ``https://colab.research.google.com/github/OWNER/REPO/blob/gh-pages/{path}``."""
    return ((config.get("extra") or {}).get("notebooks") or {}).get("colab")


def _event_priority(priority):
    try:
        from mkdocs.plugins import event_priority
    except ImportError:  # pragma: no cover - imported without mkdocs
        return lambda f: f
    return event_priority(priority)


@_event_priority(-200)  # after mkdocs-static-i18n (-100): files of the language being built
def on_files(files, config):
    from mkdocs.structure.files import File, InclusionLevel

    lang = _language(config)
    root = _root(config)
    cache = root / ".cache" / "notebooks" / lang
    for page in _chapters(config, lang):
        nb = build_notebook(root, lang, page, config["site_url"] or "/")
        path = cache / (page[:-3] + ".ipynb")
        _write_if_changed(path, notebook_json(nb))
        where = site_paths(lang, page)
        files.append(File.generated(config, where["download"], abs_src_path=str(path),
                                    inclusion=InclusionLevel.NOT_IN_NAV))
        # The notebook page, as i18n would leave it: a plain file whose destination is the page.
        # hooks/notebook_pages.py wraps it for mkdocs-jupyter; without that it is raw JSON.
        nb_page = File.generated(config, where["page"], abs_src_path=str(path),
                                 inclusion=InclusionLevel.NOT_IN_NAV)
        nb_page.dest_uri = where["page_url"] + "index.html"
        nb_page.locale = nb_page.locale_alternate_of = lang
        nb_page.alternates = {other: SimpleNamespace(url=site_paths(other, page)["page_url"])
                              for other in LANGUAGES}
        prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
        nb_page.notebook_links = [
            (TEXT[lang]["download"], where["download"], f' download="{Path(where["download"]).name}"'),
            (TEXT[lang]["chapter"], prefix + page_url("", "zh", page).lstrip("/"), "")]
        colab = _colab(config)
        if colab:
            nb_page.notebook_links.append((TEXT[lang]["colab"], colab.format(path=where["download"]), ""))
        files.append(nb_page)
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    lang = _language(config)
    src = page.file.src_uri
    rel = src[len(lang) + 1:] if src.startswith(lang + "/") else src
    if not src.endswith(".md") or rel not in _chapters(config, lang):
        return markdown
    where = site_paths(lang, rel)
    here = Path(src).parent.as_posix()
    text = TEXT[lang]
    name = Path(where["download"]).name

    def link(target: str) -> str:  # a docs-relative link mkdocs validates (strict) and rewrites
        return os.path.relpath(target, here or ".").replace(os.sep, "/")

    links = [f'[{text["download"]}]({link(where["download"])}){{ .md-button download="{name}" }}',
             f'[{text["view"]}]({link(where["page"])}){{ .md-button }}']
    colab = _colab(config)
    if colab:
        links.append(f'[{text["colab"]}]({colab.format(path=where["download"])}){{ .md-button }}')
    bar = '<div class="notebook-links" markdown>\n' + " ".join(links) + "\n</div>\n"
    lines = markdown.split("\n")
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ")), 0)
    return "\n".join(lines[:at] + ["", bar] + lines[at:])
