"""nbconvert 7.17's accessibility pass without its BeautifulSoup round trip.

``HTMLExporter.from_notebook_node`` renders a notebook with its template, then parses its own
output with BeautifulSoup (html.parser) only to give (1) every ``img`` without an ``alt`` the alt
text ``NO_ALT`` (logging a warning) and (2) ``tabindex="0"`` to ``.jp-Notebook
div.jp-Cell-inputWrapper`` and ``.jp-Notebook div.jp-OutputArea-output``, and serialises the whole
tree again: about 70% of a notebook page's conversion (jupyter/nbconvert#2137 would make the pass
optional). mkdocs-jupyter 0.26.3 makes its ``HTMLExporter`` itself (``nbconvert2.nb2html``) and has
no setting for another class, so ``installed()`` swaps in ``AccessibleHTMLExporter`` for one render
(notebook_pages._render_into).

Contract: ``AccessibleHTMLExporter`` gives the DOM nbconvert's own exporter gives (same elements,
attributes and text; the markup differs only where BeautifulSoup re-serialised it). It runs the
same steps as the pinned ``from_notebook_node`` (``PINNED`` is a digest of its source), then
``accessible``: the same tokenizer as that BeautifulSoup (html.parser), BeautifulSoup's rules for
which elements are open (void elements never are; an end tag closes the most recent open element
of its name, or nothing), and the same selectors; only the start tags that gain an attribute are
written again. tests/test_workarounds.py compares the two DOMs on a chapter notebook, breaks the
markup on purpose (an image without alt, a focusable div outside ``.jp-Notebook``...), and fails,
saying what to re-check, when nbconvert's method no longer matches ``PINNED``.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import inspect
import re
from collections.abc import Iterator
from html.parser import HTMLParser

from bs4.builder import HTMLParserTreeBuilder
from nbconvert.exporters.html import HTMLExporter
from nbconvert.exporters.templateexporter import TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

NO_ALT = "No description has been provided for this image"
NOTEBOOK = "jp-Notebook"
FOCUSABLE = ("jp-Cell-inputWrapper", "jp-OutputArea-output")  # on a div inside .jp-Notebook
VOID = HTMLParserTreeBuilder.DEFAULT_EMPTY_ELEMENT_TAGS  # BeautifulSoup closes these at once
# sha256 of the source of HTMLExporter.from_notebook_node this module copies (nbconvert 7.17.2)
PINNED = "3dccafff45cc4e749766089c7de2f5385ac071e03f4f5a15bfb3b025f54893b9"


def source_digest() -> str:
    """The digest of the installed nbconvert's ``HTMLExporter.from_notebook_node`` (cf. ``PINNED``)."""
    return hashlib.sha256(inspect.getsource(HTMLExporter.from_notebook_node).encode()).hexdigest()


class _Pass(HTMLParser):
    """Finds the start tags nbconvert's pass changes; ``edits`` are (start, end, new tag text)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.lines = [0] + [m.end() for m in re.finditer("\n", text)]
        self.open: list[tuple[str, bool]] = []  # the open elements: (name, has class jp-Notebook)
        self.notebooks = 0  # open elements with class jp-Notebook
        self.edits: list[tuple[int, int, str]] = []
        self.missing_alt = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=tag in VOID)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.open) - 1, -1, -1):  # the most recent open element of that name
            if self.open[depth][0] == tag:
                self.notebooks -= sum(notebook for _, notebook in self.open[depth:])
                del self.open[depth:]
                return

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        # BeautifulSoup keeps the last of repeated attributes; most tags are Pygments' spans
        classes = next((value or "" for name, value in reversed(attrs) if name == "class"), "").split()
        added = None
        if tag == "img" and all(name != "alt" for name, _ in attrs):
            added, self.missing_alt = ("alt", NO_ALT), self.missing_alt + 1
        elif tag == "div" and self.notebooks and any(name in classes for name in FOCUSABLE):
            added = ("tabindex", "0")
        if added:
            values = {name: "" if value is None else value for name, value in attrs}
            values[added[0]] = added[1]
            line, column = self.getpos()
            start = self.lines[line - 1] + column
            written = "".join(f' {name}="{html.escape(value)}"' for name, value in values.items())
            end_of_tag = "/>" if self.get_starttag_text().endswith("/>") else ">"
            self.edits.append((start, start + len(self.get_starttag_text()), f"<{tag}{written}{end_of_tag}"))
        if not closed:
            self.open.append((tag, NOTEBOOK in classes))
            self.notebooks += NOTEBOOK in classes


def accessible(text: str) -> tuple[str, int]:
    """``text`` with nbconvert's alt texts and tabindexes added, and how many images lacked an alt."""
    found = _Pass(text)
    found.feed(text)
    found.close()
    out, done = [], 0
    for start, end, tag in found.edits:
        out += [text[done:start], tag]
        done = end
    out.append(text[done:])
    return "".join(out), found.missing_alt


class AccessibleHTMLExporter(HTMLExporter):
    """nbconvert's ``HTMLExporter`` whose accessibility pass edits the rendered text (``accessible``)."""

    def from_notebook_node(self, nb, resources=None, **kw):
        # the steps of the pinned HTMLExporter.from_notebook_node before its BeautifulSoup pass
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        highlight_code = self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self))
        resources = self._init_resources(resources)
        filter_data_type = WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self, resources=resources)
        self.register_filter("highlight_code", highlight_code)
        self.register_filter("filter_data_type", filter_data_type)
        rendered, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        rendered, missing_alt = accessible(rendered)
        if missing_alt:
            self.log.warning("Alternative text is missing on %s image(s).", missing_alt)
        return rendered, resources


@contextlib.contextmanager
def installed() -> Iterator[None]:
    """mkdocs-jupyter converts notebooks with ``AccessibleHTMLExporter`` inside this block."""
    from mkdocs_jupyter import nbconvert2

    nbconvert2.HTMLExporter = AccessibleHTMLExporter
    try:
        yield
    finally:
        nbconvert2.HTMLExporter = HTMLExporter
