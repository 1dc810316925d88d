"""The page reader (verifydocs.pages) on fixture pages (tests/fixtures/pages/): what it finds, where,
and the syntax it refuses rather than misread."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifydocs.pages import PageSyntaxError, read_file

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_includes_at_any_depth_in_order_with_their_lines():
    page = read_file(PAGES / "chapter.md")
    assert [(i.target, i.line) for i in page.includes] == [
        ("demo/a.py", 7),
        ("demo/a.out", 11),
        ("demo/b.py", 23),
        ("demo/c.py", 37),
        ("demo/c.out", 41),
    ]
    assert page.shown() == [
        "snippets/demo/a.py",
        "snippets/demo/a.out",
        "snippets/demo/a.png",
        "snippets/demo/b.py",
        "snippets/demo/c.py",
        "snippets/demo/c.out",
    ]


def test_figure_with_its_caption():
    [figure] = read_file(PAGES / "chapter.md").figures
    assert (figure.target, figure.alt, figure.line, figure.caption) == (
        "demo/a.png",
        "A curve",
        15,
        "Figure 1: a curve.",
    )


def test_headings_links_and_table_rows():
    page = read_file(PAGES / "chapter.md")
    assert [(h.level, h.title, h.id) for h in page.headings] == [
        (1, "Demo chapter", "demo"),
        (2, "First", "first"),
        (2, "Exercises", "exercises"),
    ]
    assert page.title == "Demo chapter"
    assert [(link.text, link.target, link.line) for link in page.links] == [
        ("term", "glossary.md#tensor", 3),
        ("section", "#first", 3),
        ("broadcasting", "glossary.md#broadcasting", 45),
        ("tensor", "tensors.md#what", 51),
    ]
    [row] = page.rows
    assert row.line == 51 and row.cells[0].ids == ("tensor",) and row.cells[0].link.target == "tensors.md#what"


def test_collapsed_solution_is_an_admonition_inside_a_list_item():
    page = read_file(PAGES / "chapter.md")
    solution = next(b for b in page.walk() if b.kind == "admonition" and b.title == "Solution")
    assert solution.markup == "???" and solution.shows_snippets
    item = next(b for b in page.walk() if b.kind == "list_item" and solution in b.children)
    assert item.title == "1."


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("figure_in_a_sentence.md", "line 3: a figure (demo/a.png) must be a paragraph of its own"),
        ("tabs.md", "line 3: content tabs (===) are not read by verifydocs.pages yet"),
    ],
)
def test_syntax_the_reader_refuses_is_named_with_its_line(name, message):
    with pytest.raises(PageSyntaxError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_file(PAGES / name)
