"""Glossary checks as plain functions over a project, so that tests/test_glossary.py can run
them on this repository and on deliberately broken copies. Each check returns a list of
human-readable problems; [] is good. Pages and table rows are read by ``pages``.

The glossary is ``docs/<lang>/glossary.md``, one table row per term::

    | <span id="weight"></span>权重 | weight | 说明 |          (docs/zh: 中文 | English | 说明)
    | <span id="weight"></span>weight | 权重 | Meaning |       (docs/en: English | 中文 | Meaning)

The term in the first column may be a link to the section that explains it:
``<span id="tensor"></span>[张量](tensors.md#what-is-a-tensor)``. Pages link a term's use with
``[权重](glossary.md#weight)`` on a zh page and ``[weights](glossary.md#weight)`` on an en page:
the link text must be that language's form of the term. Accepted: the term; the term without its
parenthesised part, or that part alone (``dtype`` or ``data type`` for ``dtype (data type)``,
``ReLU`` or ``修正线性单元`` for ``ReLU（修正线性单元）``); in English also any case and a simple
inflection of the last word (``weights``, ``axes``, ``Reshaping``, ``logit``, ``broadcast`` for
``broadcasting``), but no other word changed, dropped or added (``loss`` for ``loss function``,
``least-squares`` for ``least squares`` are problems).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .layout import Project
from .pages import read_file

GLOSSARY = "glossary.md"


@dataclass(frozen=True)
class Row:
    id: str
    zh: str
    en: str
    explained_at: str | None  # the section the term links to, e.g. "tensors.md#what-is-a-tensor"
    line: int


def glossary_path(project: Project, lang: str) -> Path:
    return project.docs(lang) / GLOSSARY


def rows(project: Project, lang: str) -> list[Row]:
    """The glossary rows of one language, in page order: rows whose first cell carries an id."""
    found = []
    for row in read_file(glossary_path(project, lang)).rows:
        if len(row.cells) < 2 or not row.cells[0].ids:
            continue
        first, second = row.cells[0], row.cells[1]
        target = first.link.target if first.link else None
        zh, en = (first.text, second.text) if lang == "zh" else (second.text, first.text)
        found.append(Row(first.ids[0], zh, en, target, row.line))
    return found


def _where(project: Project, lang: str, row: Row) -> str:
    return f"{glossary_path(project, lang).relative_to(project.root)}:{row.line}"


def row_mismatches(project: Project) -> list[str]:
    """Every id is a row in both languages, with the same zh/en pair and the same section link."""
    by_lang = {lang: {} for lang in project.languages}
    problems = []
    for lang in project.languages:
        for row in rows(project, lang):
            if row.id in by_lang[lang]:
                problems.append(f"{_where(project, lang, row)}: id '{row.id}' is used by two rows")
            by_lang[lang].setdefault(row.id, row)
    zh_rows, en_rows = by_lang["zh"], by_lang["en"]
    for ident, row in zh_rows.items():
        if ident not in en_rows:
            problems.append(f"{_where(project, 'zh', row)}: '{ident}' ({row.zh}) has no row in docs/en/glossary.md")
    for ident, row in en_rows.items():
        if ident not in zh_rows:
            problems.append(f"{_where(project, 'en', row)}: '{ident}' ({row.en}) has no row in docs/zh/glossary.md")
    for ident in zh_rows.keys() & en_rows.keys():
        zh, en = zh_rows[ident], en_rows[ident]
        if (zh.zh, zh.en) != (en.zh, en.en):
            problems.append(
                f"'{ident}': the zh glossary pairs {zh.zh} | {zh.en}, the en glossary pairs "
                f"{en.en} | {en.zh} ({_where(project, 'zh', zh)}, {_where(project, 'en', en)})"
            )
        if zh.explained_at != en.explained_at:
            problems.append(
                f"'{ident}': the term links to {zh.explained_at} in zh but to {en.explained_at} "
                f"in en ({_where(project, 'zh', zh)}, {_where(project, 'en', en)})"
            )
    return sorted(problems)


def duplicate_forms(project: Project) -> list[str]:
    """No two rows share a Chinese form, or an English form (ignoring case)."""
    problems = []
    for lang in project.languages:
        for attr in project.languages:
            seen: dict[str, Row] = {}
            for row in rows(project, lang):
                form = getattr(row, attr)
                key = form.casefold()
                if key in seen and seen[key].id != row.id:
                    problems.append(
                        f"{_where(project, lang, row)}: '{row.id}' and '{seen[key].id}' share the {attr} form '{form}'"
                    )
                seen.setdefault(key, row)
    return problems


def _alternatives(term: str) -> set[str]:
    """The term, the term without its parenthesised part, and that part alone."""
    forms = {term}
    m = re.fullmatch(r"(.*?)\s*[(（](.+?)[)）]\s*(.*)", term)
    if m:  # "elementwise (Hadamard) product" -> "elementwise product", "Hadamard"
        forms |= {" ".join(p for p in (m.group(1), m.group(3)) if p), m.group(2)}
    return forms


def _inflections(word: str) -> set[str]:
    """Simple English inflections of one word: weight -> weights, axis -> axes, reshape -> reshaping,
    broadcasting -> broadcast, tracing -> trace, encoding -> encoded, clipping -> clips,
    logits -> logit."""
    roots = {word}
    if word.endswith("ing"):
        roots |= {word[:-3], word[:-3] + "e"}
        if len(word) > 5 and word[-4] == word[-5]:  # clipping -> clip
            roots.add(word[:-4])
    if word.endswith("s") and not word.endswith("ss"):  # logits -> logit
        roots.add(word[:-1])
    forms = set()
    for r in roots:
        forms |= {r, r + "s", r + "es", r + "ing", r + "ed", r + "d"}
        if r.endswith("e"):
            forms.add(r[:-1] + "ing")
        if r.endswith("y"):
            forms |= {r[:-1] + "ies", r[:-1] + "ied"}
        if r.endswith("is"):
            forms.add(r[:-2] + "es")
    return forms


def matches_term(text: str, row: Row, lang: str) -> bool:
    """Is ``text`` an acceptable link text for ``row`` on a page in ``lang``?"""
    text = " ".join(text.split())
    if lang == "zh":
        return text in _alternatives(row.zh)
    words = text.casefold().split(" ")
    for form in _alternatives(row.en):
        term = form.casefold().split()
        if len(term) == len(words) and words[:-1] == term[:-1] and words[-1] in _inflections(term[-1]):
            return True
    return False


def linked_term(target: str) -> str | None:
    """The term id a link target points to in the glossary (``glossary.md#weight`` -> ``weight``),
    or None when the link goes elsewhere."""
    path, _, ident = target.partition("#")
    return ident if Path(path).name == GLOSSARY and ident else None


def link_text_problems(project: Project) -> list[str]:
    """Every ``[text](glossary.md#id)`` on a page names a glossary row, in that page's language."""
    problems = []
    for lang in project.languages:
        terms = {row.id: row for row in rows(project, lang)}
        for page in project.pages(lang):
            path = project.docs(lang) / page
            for link in read_file(path).links:
                ident = linked_term(link.target)
                if ident is None:
                    continue
                where = f"{path.relative_to(project.root)}:{link.line}"
                row = terms.get(ident)
                if row is None:
                    problems.append(f"{where}: [{link.text}] links to glossary.md#{ident}, which is no glossary row")
                elif not matches_term(link.text, row, lang):
                    expected = row.zh if lang == "zh" else row.en
                    problems.append(
                        f"{where}: [{link.text}](glossary.md#{ident}) should read '{expected}', "
                        f"the {lang} glossary term"
                    )
    return problems
