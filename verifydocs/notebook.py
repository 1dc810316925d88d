"""Every chapter page as a Jupyter notebook, in its language (nbformat 4, validated).

Contract: ``build(project, lang, page) -> nbformat.NotebookNode`` converts ``docs/<lang>/<page>``
as the page reader (``pages``) reads it:

- prose becomes Markdown cells in the page's language, one per section; MkDocs-only syntax is
  translated: an admonition becomes a bold title and a quote (or, when it shows examples, a bold
  title followed by their cells; a collapsed one, such as an exercise's solution, gets a Markdown
  cell of its own saying it was folded away on the page), ``{ #id }`` becomes an ``<a id="id"></a>`` anchor, links to other
  pages become absolute links to the published site (``Project.page_url``), a figure caption an
  italic line under the figure's cell;
- each included example becomes a code cell whose source is exactly the verified ``.py`` and whose
  outputs are its goldens (the ``.out`` as stdout, each figure on the page as an ``image/png`` of
  the example ``layout.figure_owner`` names). The example's path is in the cell's metadata
  (``snippet``), never in its source: a cell holds nothing that only works in our runner;
- helper modules the examples import (``_name.py``) become ``%%writefile`` cells after a preface
  (in the page's language: where the notebook comes from, the pinned versions), dependencies first;
  a helper the page shows is also a code cell where the page shows it (``metadata.shown_helper``).

Cell ids are unique and stable (derived from the example's path), so the same page always gives
the same file (``dumps``). ``dumps_cached`` and ``chapters_cached`` give what ``dumps(build(...))`` and
``Project.chapters`` give, computed again only when a file they read changed (by content: the
MkDocs hook calls them on every ``mkdocs serve`` rebuild); ``title_line`` is the line of a page's
title. With a ``directory`` (the build cache), the three also keep their results on disk, so a new
build process (``mkdocs build``, ``python3 dev.py serve``) reads no page it has read before. ``TEXT`` holds the notebook labels of each language (also used on the
pages: "下载 Notebook" / "Download notebook").
"""

from __future__ import annotations

import base64
import functools
import hashlib
import posixpath
import re
import textwrap
import tomllib
from pathlib import Path
from urllib.parse import urljoin

import nbformat
from nbformat import v4
from packaging.requirements import Requirement

from . import buildcache
from .layout import Project, figure_owner, is_example
from .pages import Block, Page, read, read_file

TEXT = {
    "zh": {
        "download": "下载 Notebook",
        "view": "以 Notebook 形式查看",
        "colab": "在 Colab 中打开",
        "chapter": "返回本章网页",
        "helpers": (
            "本章的例子会导入下面的辅助模块。先运行这个单元：它把模块保存到当前目录，后面的例子才能 `import` 它。"
        ),
        "collapsed": "（页面上是折叠的：先自己想一想，再看下面的单元）",
        "preface": (
            "这个 Notebook 由网站页面[{title}]({url})自动生成：每个代码单元都是网站上的一个例子，"
            "保存的输出就是测试核对过的结果。从上到下依次运行即可复现"
            "（编写时使用 {versions}）。这些输出是在 CPU 上得到的；在 GPU 上运行时数字可能不同，"
            "原因和得到相同数字的办法见[在 GPU 上得到不同的数]({gpu})。"
        ),
    },
    "en": {
        "download": "Download notebook",
        "view": "View as a notebook",
        "colab": "Open in Colab",
        "chapter": "Back to the chapter page",
        "helpers": (
            "The examples of this chapter import the helper module below. Run this cell first: it "
            "saves the module in the current directory, so the examples can `import` it."
        ),
        "collapsed": "(folded away on the page: think it through yourself before reading the cells below)",
        "preface": (
            "This notebook was generated from the page [{title}]({url}): every code cell is an "
            "example from the site, and its saved output is the verified one. Run the cells "
            "from top to bottom to reproduce it (written with {versions}). The outputs come from a "
            "CPU; on a GPU the numbers can differ: [Different numbers on a GPU]({gpu}) says why "
            "and how to get the same ones."
        ),
    },
}
VERSIONED = {
    "tensorflow": "TensorFlow",
    "tensorflow-cpu": "TensorFlow",
    "keras": "Keras",
    "numpy": "NumPy",
    "matplotlib": "Matplotlib",
}
HELPER_IMPORT = re.compile(r"^\s*(?:from\s+(_\w+)\s+import|import\s+(_\w+))", re.M)


def versions(project: Project) -> str:
    """ "TensorFlow 2.21.0, Keras 3.15.1, …" from pyproject's pinned dependencies."""
    pyproject = project.root / "pyproject.toml"
    _note(pyproject)
    deps = tomllib.loads(pyproject.read_text("utf-8"))["project"]["dependencies"] if pyproject.is_file() else []
    found: dict[str, str] = {}
    for dep in deps:
        req = Requirement(dep)
        pins = [s.version for s in req.specifier if s.operator == "=="]
        if req.name in VERSIONED and pins:
            found.setdefault(VERSIONED[req.name], pins[0])
    return ", ".join(f"{name} {version}" for name, version in found.items()) or "TensorFlow"


# -- what a build read, for dumps_cached: path -> content digest (None: looked for, absent)
_reads: dict[Path, str | None] | None = None  # recording while dumps_cached builds (one build at a time)
_notebooks_memo: dict[tuple[Project, str, str], tuple[dict[Path, str | None], str]] = {}
_chapters_memo: dict[tuple[Project, str], tuple[dict[Path, str | None], list[str]]] = {}


def _note(path: Path) -> Path:
    """``path``, its content's digest recorded first (so an edit during the build is seen next time)."""
    if _reads is not None and path not in _reads:
        _reads[path] = buildcache.digest(path)
    return path


def dumps_cached(project: Project, lang: str, page: str, directory: Path | None = None) -> str:
    """``dumps(build(project, lang, page))``, built again only when the content of a file the last
    build read changed (the page, an example, its output or figures, a helper, pyproject.toml).
    Kept for the process (``mkdocs serve`` rebuilds only the notebooks of the pages an edit touches)
    and, with a ``directory``, across processes: one JSON file per notebook, written atomically."""
    global _reads
    key = (project, lang, page)
    stored = (
        directory / (hashlib.blake2b(repr(key).encode(), digest_size=16).hexdigest() + ".json") if directory else None
    )
    if key not in _notebooks_memo and stored is not None and (data := buildcache.read(stored)):
        _notebooks_memo[key] = ({Path(path): digest for path, digest in data["reads"].items()}, data["text"])
    if key in _notebooks_memo and all(
        buildcache.digest(path) == digest for path, digest in _notebooks_memo[key][0].items()
    ):
        return _notebooks_memo[key][1]
    _reads = {}
    try:
        text = dumps(build(project, lang, page))
        _notebooks_memo[key] = (_reads, text)
    finally:
        _reads = None
    if stored is not None:
        reads = {str(path): digest for path, digest in _notebooks_memo[key][0].items()}
        buildcache.write(stored, {"reads": reads, "text": text})
    return text


def _stored(directory: Path | None, key: str, compute):
    """``compute()``, kept under ``directory`` (``key``: a digest of everything it depends on) and
    read back by any later process."""
    if directory is None:
        return compute()
    value = buildcache.read(directory / f"{key}.json")
    if value is None:
        value = compute()
        buildcache.write(directory / f"{key}.json", value)
    return value


def chapters_cached(project: Project, lang: str, directory: Path | None = None) -> list[str]:
    """``project.chapters(lang)``, read again only when a page of ``lang`` changed (content)."""
    digests = {page: buildcache.digest(page) for page in sorted(project.docs(lang).rglob("*.md"))}  # before reading
    hit = _chapters_memo.get((project, lang))
    if hit is None or hit[0] != digests:
        key = hashlib.blake2b(repr((project, lang, sorted(digests.items()))).encode(), digest_size=16).hexdigest()
        chapters = _stored(directory, f"chapters-{key}", lambda: project.chapters(lang))
        hit = _chapters_memo[project, lang] = (digests, chapters)
    return list(hit[1])


@functools.lru_cache(maxsize=256)
def title_line(markdown: str, directory: Path | None = None) -> int:
    """The line of a page's title (level-1 heading), 0 without one; remembered per text."""
    key = hashlib.blake2b(markdown.encode(), digest_size=16).hexdigest()
    return _stored(
        directory, f"title-{key}", lambda: next((h.line for h in read(markdown).headings if h.level == 1), 0)
    )


# Cells and outputs are made without nbformat.v4's per-node schema check (a fifth of the build's time);
# build() validates the whole notebook once, which checks every one of them.
def _code(source: str, metadata: dict, outputs: list | None = None) -> nbformat.NotebookNode:
    cell = {"id": "", "cell_type": "code", "metadata": metadata, "execution_count": None, "source": source}
    return nbformat.from_dict({**cell, "outputs": outputs or []})


def _markdown(source: str) -> nbformat.NotebookNode:
    return nbformat.from_dict({"id": "", "cell_type": "markdown", "metadata": {}, "source": source})


def _output(output_type: str, **fields) -> nbformat.NotebookNode:
    return nbformat.from_dict({"output_type": output_type, **fields})


class _Converter:
    def __init__(self, project: Project, lang: str, page: str, parsed: Page, urls: dict[str, str] | None = None):
        self.project, self.lang, self.page, self.parsed = project, lang, page, parsed
        self.lines = parsed.lines
        self.cells: list = []
        self.md: list[str] = []
        self.by_example: dict[str, nbformat.NotebookNode] = {}  # "tensors/constants.py" -> its cell
        # each link target of the page that the notebook rewrites -> its URL (resolved once per page)
        self.urls = urls if urls is not None else self._urls()

    # -- output
    def flush(self) -> None:
        text = "\n".join(self.md).strip("\n")
        self.md.clear()
        if text.strip():
            self.cells.append(_markdown(text))

    def code(self, target: str) -> None:
        """An example's cell (``metadata.snippet``); a helper shown on the page gets a plain cell
        (``metadata.shown_helper``): it has no goldens and only has to run."""
        if target in self.by_example:
            raise ValueError(f"{self.page}: {target} is included twice")
        self.flush()
        source = _note(self.project.snippets / target).read_text("utf-8").rstrip("\n")
        if is_example(self.project.snippets / target, self.project.snippets):
            cell = self.by_example[target] = _code(source, metadata={"snippet": target})
        else:
            cell = _code(source, metadata={"shown_helper": target})
        self.cells.append(cell)

    def cell_of(self, snippet: Path, shown: str) -> nbformat.NotebookNode:
        target = snippet.relative_to(self.project.snippets).as_posix()
        if target not in self.by_example:
            raise ValueError(f"docs/{self.lang}/{self.page}: {shown} is shown before (or without) {target}")
        return self.by_example[target]

    # -- text
    def text(self, block: Block) -> str:
        source = textwrap.dedent("\n".join(self.lines[block.start : block.end])).strip("\n")
        for target, url in self.urls.items():
            source = source.replace(f"]({target})", f"]({url})")
        return source

    def _urls(self) -> dict[str, str]:
        targets = dict.fromkeys(link.target for link in self.parsed.links)
        return {target: url for target in targets if (url := self.url(target)) != target}

    def url(self, target: str) -> str:
        if re.match(r"^[a-z][a-z0-9+.-]*:|^#|^/", target, re.I):
            return target  # absolute, in-page anchor or site-absolute
        path, _, anchor = target.partition("#")
        resolved = (Path(self.page).parent / path).as_posix()
        if path.endswith(".md"):
            url = self.project.page_url(self.lang, posixpath.normpath(resolved))
        else:  # an asset next to the pages: relative to the page's URL
            url = urljoin(self.project.page_url(self.lang, self.page), path)
        return url + (f"#{anchor}" if anchor else "")

    # -- blocks
    def convert(self, blocks: list[Block]) -> None:
        for block in blocks:
            if block.heading:
                self.flush()
                h = block.heading
                if h.id:
                    self.md += [f'<a id="{h.id}"></a>', ""]
                title = self.text(Block("prose", block.start, block.end))
                self.md.append("#" * h.level + " " + re.sub(r"^#+\s*|\s*\{\s*#[^}]*\}\s*$", "", title))
                if h.level == 1:
                    self.flush()  # the title alone in the first cell
            elif block.include:
                self.include(block)
            elif block.figure:
                png = self.project.snippets / block.figure.target
                data = {
                    "image/png": base64.b64encode(_note(png).read_bytes()).decode("ascii"),
                    "text/plain": block.figure.alt or block.figure.target,
                }
                # The page's alt text, in its language: JupyterLab and nbconvert read it from the
                # output's metadata (nbconvert would otherwise write an English placeholder).
                metadata = {"image/png": {"alt": block.figure.alt}} if block.figure.alt else {}
                _note(png.with_suffix(".py"))  # figure_owner looks for it
                self.cell_of(figure_owner(png), block.figure.target).outputs.append(
                    _output("display_data", data=data, metadata=metadata)
                )
                if block.figure.caption:
                    self.md += [f"*{block.figure.caption}*", ""]
            elif block.kind == "caption":
                continue  # attached to its figure
            elif block.kind in ("admonition", "list", "list_item", "blockquote") and block.shows_snippets:
                title = block.title if block.kind == "admonition" else ""
                if title and block.markup == "???":  # collapsed on the page: a solution, say
                    self.flush()
                    self.cells.append(_markdown(f"**{title}** {TEXT[self.lang]['collapsed']}"))
                elif title:
                    self.md += [f"**{title}**", ""]
                self.convert(block.children)  # a list item's first paragraph starts with its marker
            elif block.kind == "admonition":
                inner = _Converter(self.project, self.lang, self.page, self.parsed, self.urls)
                inner.by_example = self.by_example
                inner.convert(block.children)
                inner.flush()
                body = "\n\n".join(c.source for c in inner.cells)
                quoted = [f"> **{block.title}**"] if block.title else []
                if body:
                    quoted += [">"] + [f"> {line}" if line else ">" for line in body.split("\n")]
                self.md += [*quoted, ""]
            else:
                self.md += [self.text(block), ""]

    def include(self, block: Block) -> None:
        target = block.include.target
        path = self.project.snippets / target
        if target.endswith(".py"):
            self.code(target)
        elif target.endswith(".out"):
            text = _note(path).read_text("utf-8")
            self.cell_of(path.with_suffix(".py"), target).outputs.append(_output("stream", name="stdout", text=text))
        else:  # some other included text: shown as the page shows it
            fence = block.token.markup
            self.md += [f"{fence}{block.token.info}", _note(path).read_text("utf-8").rstrip("\n"), fence, ""]

    def helpers(self) -> list[str]:
        """Helper modules (``<chapter>/_name.py``) the examples import, dependencies first."""
        found: list[str] = []

        def visit(target: str, seen: tuple[str, ...]) -> None:
            chapter = target.rsplit("/", 1)[0]
            for m in HELPER_IMPORT.finditer(_note(self.project.snippets / target).read_text("utf-8")):
                helper = f"{chapter}/{m.group(1) or m.group(2)}.py"
                if _note(self.project.snippets / helper).is_file() and helper not in found and helper not in seen:
                    visit(helper, (*seen, helper))
                    if helper not in found:
                        found.append(helper)

        for target in self.by_example:
            visit(target, ())
        return found


def _cell_id(path: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_-]", "-", path.removesuffix(".py"))[-60:]
    ident, n = base, 1
    while ident in taken:
        n += 1
        ident = f"{base}-{n}"
    taken.add(ident)
    return ident


def build(project: Project, lang: str, page: str) -> nbformat.NotebookNode:
    parsed = read_file(_note(project.docs(lang) / page))
    conv = _Converter(project, lang, page, parsed)
    conv.convert(parsed.blocks)
    conv.flush()
    cells = conv.cells
    preface = TEXT[lang]["preface"].format(
        title=parsed.title or Path(page).stem,
        url=project.page_url(lang, page),
        versions=versions(project),
        gpu=project.page_url(lang, "pitfalls.md") + "#gpu",
    )
    extra = [_markdown(f"> {preface}")]
    helpers = conv.helpers()
    if helpers:  # visible, standard Jupyter: the cell writes the module next to the notebook
        extra.append(_markdown(TEXT[lang]["helpers"]))
        for helper in helpers:
            source = _note(project.snippets / helper).read_text("utf-8").rstrip("\n")
            extra.append(
                _code(
                    f"%%writefile {Path(helper).name}\n{source}",
                    metadata={"helper": helper},
                    outputs=[_output("stream", name="stdout", text=f"Writing {Path(helper).name}\n")],
                )
            )
    at = 1 if cells and cells[0].cell_type == "markdown" and cells[0].source.lstrip().startswith(("# ", "<a id")) else 0
    cells[at:at] = extra
    taken: set[str] = set()
    count = 0
    for index, cell in enumerate(cells):
        if cell.cell_type == "code":
            count += 1
            cell.execution_count = count
            meta = cell.metadata
            name = meta.get("snippet") or (
                f"shown-{meta['shown_helper']}" if "shown_helper" in meta else f"writefile-{meta['helper']}"
            )
            cell.id = _cell_id(name, taken)
        else:
            cell.id = _cell_id(f"md-{index}", taken)
    nb = v4.new_notebook(
        cells=cells,
        metadata={
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "pygments_lexer": "ipython3"},
            "tf_first_principles": {"page": page, "language": lang, "generated": True},
        },
    )
    nbformat.validate(nb)
    return nb


def dumps(nb: nbformat.NotebookNode) -> str:
    """The file content: deterministic (sorted keys, fixed ids)."""
    return nbformat.writes(nb) + "\n"


def example_cells(nb) -> list:
    """The code cells of ``nb`` that hold an example (``metadata.snippet``)."""
    return [c for c in nb["cells"] if c["cell_type"] == "code" and c.get("metadata", {}).get("snippet")]
