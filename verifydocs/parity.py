"""zh/en parity: the pages of one topic agree in everything but their words.

Contract: ``mismatches(project) -> list[str]`` ([] is good) compares every page of the default
language with the same page in each other language (a missing page is ``layout``'s to report);
``differences(first, other, langs, pair)`` compares two page files. They must have:

- the same snippet files shown, in the same order (includes and figures, as ``pages`` reads them);
- the same sections: headings with a ``{ #id }``, the same ids in the same order;
- per section: the same snippet files, the same glossary links (the set of term ids linked to
  ``glossary.md#<id>``) and the same numbers (the multiset of checked prose numbers, normalised by
  ``prose``: ``24 万`` and ``240000`` are one number; notation such as counts is not compared).

A failure names the pages, the section and what only one language has.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import prose
from .glossary import linked_term
from .layout import Project
from .pages import Page, read_file


@dataclass
class Section:
    id: str | None  # None: the part before the first heading with an id
    line: int
    shown: list[str] = field(default_factory=list)
    glossary: set[str] = field(default_factory=set)
    numbers: Counter = field(default_factory=Counter)
    lines: dict[str, int] = field(default_factory=dict)  # number key -> first line, for messages


def sections(page: Page) -> list[Section]:
    """The page cut at every heading that has an id, with what each part shows, links and says."""
    heads = [h for h in page.headings if h.id]
    out = [Section(None, 1)] + [Section(h.id, h.line) for h in heads]

    def at(line: int) -> Section:
        return next((s for s in reversed(out) if s.line <= line and s.id is not None), out[0])

    for block in page.walk():
        if block.include or block.figure:
            item = block.include or block.figure
            at(item.line).shown.append(item.snippet)
    for link in page.links:
        if (term := linked_term(link.target)) is not None:
            at(link.line).glossary.add(term)
    by_id = {s.id: s for s in out}
    for text in page.texts:
        section = by_id.get(text.section, out[0])
        for n in prose.numbers(text):
            section.numbers[n.key] += 1
            section.lines.setdefault(n.key, n.line)
    return out


def differences(first: Path, other: Path, langs: tuple[str, str], pair: str = "") -> list[str]:
    """What differs between two translations of a page, in languages ``langs`` (``zh``, ``en``);
    ``pair`` names the two files in messages."""
    a_page, b_page = read_file(first), read_file(other)
    (la, lb), pair = langs, pair or f"{first} and {other}"
    problems = []
    if a_page.shown() != b_page.shown():
        problems.append(
            f"{pair} show different snippets (or in another order):\n  {la}: {a_page.shown()}\n  {lb}: {b_page.shown()}"
        )
    a, b = sections(a_page), sections(b_page)
    a_ids, b_ids = [s.id for s in a], [s.id for s in b]
    if a_ids != b_ids:
        only = [
            (lang, [f"#{i}" for i in ids if i not in others])
            for lang, ids, others in ((la, a_ids, b_ids), (lb, b_ids, a_ids))
        ]
        detail = "; ".join(f"only in {lang}: {', '.join(ids)}" for lang, ids in only if ids)
        return [
            *problems,
            f"{pair}: the sections differ ({detail or 'same ids in another order'}): add or "
            f"move the section so both have the same {{ #id }} headings in the same order",
        ]
    for sa, sb in zip(a, b, strict=True):
        name = f"{pair}, section #{sa.id}" if sa.id else f"{pair}, before the first section"
        if sa.shown != sb.shown and not problems:
            problems.append(f"{name}: different snippets\n  {la}: {sa.shown}\n  {lb}: {sb.shown}")
        if sa.glossary != sb.glossary:
            problems.append(
                f"{name}: different glossary links: only in {la}: {sorted(sa.glossary - sb.glossary)}; "
                f"only in {lb}: {sorted(sb.glossary - sa.glossary)}"
            )
        if sa.numbers != sb.numbers:
            problems.append(
                f"{name}: different numbers: "
                f"only in {la}: {_listed(sa.numbers - sb.numbers, sa.lines)}; "
                f"only in {lb}: {_listed(sb.numbers - sa.numbers, sb.lines)} "
                "(the same numbers in both languages: correct the one that differs)"
            )
    return problems


def _listed(extra: Counter, lines: dict[str, int]) -> str:
    return ", ".join(f"{key} (line {lines[key]})" for key in sorted(extra, key=lambda k: lines[k])) or "nothing"


def mismatches(project: Project) -> list[str]:
    problems = []
    default = project.default_language
    for page in project.pages(default):
        first = project.docs(default) / page
        for lang in project.languages:
            other = project.docs(lang) / page
            if lang != default and other.exists():  # a missing page is reported by layout
                pair = f"{first.relative_to(project.root)} and {other.relative_to(project.root)}"
                problems += differences(first, other, (default, lang), pair)
    return problems
