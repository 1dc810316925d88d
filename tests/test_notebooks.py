"""Every chapter's generated notebooks: valid in every language, with the same code cells in every
language, and executed top to bottom in one fresh Jupyter kernel per page they print and draw what
the goldens say (verifydocs.notebook_run). The languages' notebooks differ only in prose, so one
kernel run per page (the default language's notebook) judges them all. Marked ``notebook``:
deselect it locally with ``-m "not notebook"``; CI runs it."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from verifydocs import notebook, notebook_run
from verifydocs.layout import Project

PROJECT = Project.load(Path(__file__).resolve().parents[1])
LANGS = (PROJECT.default_language, *(lang for lang in PROJECT.languages if lang != PROJECT.default_language))
PAGES = PROJECT.chapters(PROJECT.default_language)


def _name(lang: str, page: str) -> str:
    return f"the {lang} notebook of docs/{lang}/{page}"


@pytest.mark.notebook
@pytest.mark.parametrize("page", PAGES)
def test_notebook_runs_and_matches_goldens(page, tmp_path):
    notebooks = {_name(lang, page): notebook.build(PROJECT, lang, page) for lang in LANGS}
    problems = notebook_run.same_code(notebooks)
    assert not problems, "\n\n".join(problems)
    name, nb = next(iter(notebooks.items()))
    problems = notebook_run.check(nb, PROJECT.root, tmp_path, f"{name} (same code in every language)")
    assert not problems, "\n\n".join(problems)


def test_every_chapter_has_a_valid_notebook_in_every_language():
    assert {"tensors.md", "dense.md"} <= set(PAGES)
    for lang in LANGS:
        assert PROJECT.chapters(lang) == PAGES, f"docs/{lang}/ has other chapters than docs/{LANGS[0]}/"
        for page in PAGES:
            nbformat.validate(notebook.build(PROJECT, lang, page))  # raises with the offending cell
