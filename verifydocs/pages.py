"""The page reader: the one definition of our page syntax, read with a real Markdown parser.

Contract: ``read(text) -> Page`` (``read_file(path)``) parses a page with markdown-it-py (CommonMark,
tables, and mdit-py-plugins' admonitions for ``!!!``/``???``/``???+``), and gives:

- ``blocks``: the page as a tree of ``Block`` (headings, fences, figures, captions, admonitions,
  list items, other prose), each with its 0-based source line range;
- ``includes``: every fence whose only content is one pymdownx.snippets line
  ``--8<-- "<chapter>/<file>"`` (a section ``:name`` after the file is allowed), in order;
- ``figures``: every image whose source is ``(../)+snippets/<chapter>/<name>.png``; a figure is a
  paragraph of its own, optionally followed by a ``/// caption`` block (pymdownx.blocks.caption);
- ``headings`` (level, title, ``{ #id }``), ``links`` (text, target) and ``shown()`` (the snippet
  files the page shows, in order: what zh and en must agree on);
- ``texts``: the prose a reader reads, one ``Text`` per paragraph, list-item or admonition
  paragraph, heading, table cell, figure caption, figure alt text and display formula, each split
  into ``Span`` s of plain text, inline code and LaTeX (``$…$``, ``$$…$$``, as pymdownx.arithmatex
  reads them) with 1-based lines, plus the inline HTML comments in it and its section (the id of
  the nearest heading above that has one). Fenced code is not prose.

Line numbers are 1-based in every result a person reads (``Include.line``, ``Figure.line`` …).
Content tabs (``===``) are not read yet: a page with one fails loudly (``PageSyntaxError``) rather
than having its includes missed.

``read`` remembers the last pages it read (a build reads a chapter page three times: for the
chapter list, its notebook and the notebook's title line): the same text gives the same ``Page``
object, which callers read and never change.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin

INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<target>[^"]+)"\s*$')
FIGURE_SRC = re.compile(r"^(?:\.\./)+snippets/(?P<target>[^)\s]+\.png)$")
HEADING_ID = re.compile(r"\s*\{\s*#(?P<id>[\w-]+)[^}]*\}\s*$")
CAPTION = re.compile(r"^/// caption\s*\n(?P<text>.*?)\n?///\s*$", re.S)
TABS = re.compile(r"^[ \t]*===!?[ \t]+\"", re.M)
_CONTAINERS = {"admonition", "bullet_list", "ordered_list", "list_item", "blockquote"}


class PageSyntaxError(ValueError):
    """The page uses syntax the reader does not support; the message names the line."""


@dataclass(frozen=True)
class Include:
    target: str  # relative to snippets/: "tensors/constants.py"
    line: int  # 1-based line of the fence's opening

    @property
    def is_example(self) -> bool:
        return self.target.endswith(".py") and not Path(self.target).name.startswith("_")

    @property
    def snippet(self) -> str:
        return "snippets/" + self.target


@dataclass(frozen=True)
class Figure:
    target: str  # relative to snippets/: "dense/coffee_train-1.png"
    alt: str
    line: int
    caption: str | None = None

    @property
    def snippet(self) -> str:
        return "snippets/" + self.target


@dataclass(frozen=True)
class Heading:
    level: int
    title: str  # the source text, without the { #id }
    id: str | None
    line: int


@dataclass(frozen=True)
class Link:
    text: str
    target: str
    line: int


@dataclass(frozen=True)
class Cell:
    """One table cell: its text (HTML tags dropped), the ids of inline HTML anchors in it
    (``<span id="x"></span>``), and its link when the whole text is one link."""

    text: str
    ids: tuple[str, ...]
    link: Link | None


@dataclass(frozen=True)
class TableRow:
    line: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Span:
    kind: str  # "text", "code" (inline code) or "math" (LaTeX, without its $ delimiters)
    text: str
    line: int  # 1-based line where ``text`` starts (it may run over several lines)


@dataclass(frozen=True)
class Text:
    """The prose of one block. ``kind``: paragraph, heading, cell, caption, alt or math."""

    kind: str
    line: int
    section: str | None
    spans: tuple[Span, ...]
    comments: tuple[str, ...]  # inline HTML comments, without <!-- -->


@dataclass
class Block:
    """A block of the page. ``kind`` is one of heading, fence, figure, caption, admonition,
    list_item, list, blockquote, prose; ``start``/``end`` a 0-based line range of the source."""

    kind: str
    start: int
    end: int
    token: Token | None = None
    children: list[Block] = field(default_factory=list)
    include: Include | None = None
    figure: Figure | None = None
    heading: Heading | None = None
    title: str = ""  # admonition title; list item marker
    markup: str = ""  # admonition marker (!!!, ???, ???+)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def shows_snippets(self) -> bool:
        return any(b.kind in ("figure",) or b.include for b in self.walk())


@dataclass
class Page:
    text: str
    blocks: list[Block]
    links: list[Link]
    rows: list[TableRow]  # body rows of every table, in order
    texts: list[Text] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def walk(self):
        for block in self.blocks:
            yield from block.walk()

    @property
    def includes(self) -> list[Include]:
        return [b.include for b in self.walk() if b.include]

    @property
    def figures(self) -> list[Figure]:
        return [b.figure for b in self.walk() if b.figure]

    @property
    def headings(self) -> list[Heading]:
        return [b.heading for b in self.walk() if b.heading]

    @property
    def title(self) -> str | None:
        return next((h.title for h in self.headings if h.level == 1), None)

    def shown(self) -> list[str]:
        """The snippet files the page shows, in order (``snippets/<chapter>/<file>``)."""
        return [b.include.snippet if b.include else b.figure.snippet for b in self.walk() if b.include or b.figure]


def _parser() -> MarkdownIt:
    return (
        MarkdownIt("commonmark")
        .enable("table")
        .use(admon_plugin)
        .use(dollarmath_plugin, allow_labels=False, allow_space=False, allow_digits=False, double_inline=True)
    )


_MD = _parser()


@functools.lru_cache(maxsize=64)
def read(text: str) -> Page:
    tabs = TABS.search(text)
    if tabs:
        line = text[: tabs.start()].count("\n") + 1
        raise PageSyntaxError(
            f"line {line}: content tabs (===) are not read by verifydocs.pages yet; "
            "add them there before using them on a page"
        )
    tokens = _MD.parse(text)
    blocks, _ = _blocks(tokens, 0, text.split("\n"))
    _attach_captions(blocks)
    links = []
    for tok in tokens:
        if tok.type == "inline" and tok.children:
            links += _links(tok)
    return Page(text, blocks, links, _rows(tokens), _texts(tokens))


def read_file(path: Path) -> Page:
    try:
        return read(Path(path).read_text("utf-8"))
    except PageSyntaxError as exc:
        raise PageSyntaxError(f"{path}: {exc}") from None


def _blocks(tokens: list[Token], i: int, lines: list[str], close: str | None = None) -> tuple[list[Block], int]:
    """Blocks from ``tokens[i:]`` up to the closing token ``close``; returns them and the index after."""
    out: list[Block] = []
    while i < len(tokens):
        tok = tokens[i]
        if close and tok.type == close:
            return out, i + 1
        start, end = tok.map or (0, 0)
        base = tok.type[: -len("_open")] if tok.type.endswith("_open") else tok.type
        if tok.type == "heading_open":
            inline = tokens[i + 1]
            title = inline.content
            m = HEADING_ID.search(title)
            heading = Heading(int(tok.tag[1]), title[: m.start()] if m else title, m["id"] if m else None, start + 1)
            out.append(Block("heading", start, end, tok, heading=heading))
            i += 3
        elif tok.type == "fence":
            out.append(Block("fence", start, end, tok, include=_include(tok, start)))
            i += 1
        elif tok.type == "paragraph_open":
            out.append(_paragraph(tok, tokens[i + 1], start, end))
            i += 3
        elif base in _CONTAINERS and tok.nesting == 1:
            kind = {"bullet_list": "list", "ordered_list": "list"}.get(base, base)
            block = Block(kind, start, end, tok, markup=tok.markup)
            if base == "admonition":
                block.title = tok.content
                i += 1
                if i < len(tokens) and tokens[i].type == "admonition_title_open":
                    i += 3
            else:
                i += 1
                if base == "list_item":
                    block.title = (tok.info + tok.markup) if tok.info else tok.markup
            block.children, i = _blocks(tokens, i, lines, base + "_close")
            out.append(block)
        elif tok.nesting == 1:  # a table or another container we read as prose
            depth, j = 0, i
            while j < len(tokens):
                depth += tokens[j].nesting
                j += 1
                if depth == 0:
                    break
            out.append(Block("prose", start, end, tok))
            i = j
        else:
            if tok.map:
                out.append(Block("prose", start, end, tok))
            i += 1
    return out, i


def _include(tok: Token, start: int) -> Include | None:
    content = [line for line in tok.content.split("\n") if line.strip()]
    m = INCLUDE.match(content[0]) if len(content) == 1 else None
    return Include(m["target"].split(":", 1)[0], start + 1) if m else None


def _paragraph(tok: Token, inline: Token, start: int, end: int) -> Block:
    caption = CAPTION.match(inline.content)
    if caption:
        return Block("caption", start, end, tok, title=caption["text"].strip())
    children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
    images = [c for c in inline.children or [] if c.type == "image"]
    for image in images:
        m = FIGURE_SRC.match(image.attrGet("src") or "")
        if not m:
            continue
        if len(children) != 1:
            raise PageSyntaxError(
                f"line {start + 1}: a figure ({m['target']}) must be a paragraph of its "
                "own: `![alt](../snippets/<chapter>/<name>.png)` alone on its line"
            )
        figure = Figure(m["target"], image.content, start + 1)
        return Block("figure", start, end, tok, figure=figure)
    return Block("prose", start, end, tok)


def _attach_captions(blocks: list[Block]) -> None:
    """A ``/// caption`` right after a figure is that figure's caption."""
    for previous, block in pairwise([None, *blocks]):
        if block.kind == "caption" and previous is not None and previous.figure:
            f = previous.figure
            previous.figure = Figure(f.target, f.alt, f.line, block.title)
        _attach_captions(block.children)


def _links(inline: Token) -> list[Link]:
    out, stack = [], []
    line = (inline.map or (0, 0))[0] + 1
    for child in inline.children:
        if child.type == "link_open":
            stack.append((child.attrGet("href") or "", []))
        elif child.type == "link_close" and stack:
            href, text = stack.pop()
            out.append(Link("".join(text), href, line))
        elif stack and child.type in ("text", "code_inline"):
            stack[-1][1].append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            if stack:
                stack[-1][1].append(" ")
            line += 1
    return out


_HTML_ID = re.compile(r'\bid="([^"]+)"')


def _rows(tokens: list[Token]) -> list[TableRow]:
    rows, cells, in_body, line = [], [], False, 0
    for tok in tokens:
        if tok.type in ("tbody_open", "tbody_close"):
            in_body = tok.type == "tbody_open"
        elif in_body and tok.type == "tr_open":
            cells, line = [], (tok.map or (0, 0))[0] + 1
        elif in_body and tok.type == "tr_close":
            rows.append(TableRow(line, tuple(cells)))
        elif in_body and tok.type == "inline":
            children = tok.children or []
            text = "".join(c.content for c in children if c.type in ("text", "code_inline")).strip()
            ids = tuple(i for c in children if c.type == "html_inline" for i in _HTML_ID.findall(c.content))
            links = _links(tok)
            whole = links[0] if len(links) == 1 and links[0].text.strip() == text else None
            cells.append(Cell(text, ids, whole))
    return rows


_COMMENT = re.compile(r"^<!--(.*?)-->$", re.S)
_INLINE_KINDS = {"heading_open": "heading", "th_open": "cell", "td_open": "cell", "paragraph_open": "paragraph"}


def _texts(tokens: list[Token]) -> list[Text]:
    out, section = [], None
    for previous, tok in pairwise([None, *tokens]):
        line = (tok.map or (0, 0))[0] + 1
        if tok.type == "math_block":
            out.append(Text("math", line, section, (Span("math", tok.content, line),), ()))
        elif tok.type == "inline" and previous is not None:
            kind = _INLINE_KINDS.get(previous.type, "paragraph")
            if kind == "heading":
                m = HEADING_ID.search(tok.content)
                section = m["id"] if m else section
            elif CAPTION.match(tok.content):
                kind = "caption"
            spans, comments, alts = _spans(tok.children or [], line)
            if kind == "heading" and spans and spans[-1].kind == "text":
                last = spans[-1]
                spans[-1] = Span("text", HEADING_ID.sub("", last.text), last.line)
            if kind == "caption":
                spans = [s for s in spans if s.text.strip() not in ("/// caption", "///")]
            out.append(Text(kind, line, section, tuple(spans), tuple(comments)))
            out += [Text("alt", line, section, tuple(alt), ()) for alt in alts if alt]
    return out


def _spans(children: list[Token], line: int) -> tuple[list[Span], list[str], list[list[Span]]]:
    """Spans, inline comments and image alt texts of an inline token's children."""
    spans, comments, alts = [], [], []
    kinds = {"text": "text", "code_inline": "code", "math_inline": "math", "math_inline_double": "math"}
    for child in children:
        if child.type in kinds:
            spans.append(Span(kinds[child.type], child.content, line))
            line += child.content.count("\n") if child.type.startswith("math") else 0
        elif child.type in ("softbreak", "hardbreak"):
            line += 1
        elif child.type == "html_inline" and _COMMENT.match(child.content):
            comments.append(_COMMENT.match(child.content)[1].strip())
        elif child.type == "image":
            alts.append(_spans(child.children or [], line)[0])
    return spans, comments, alts
