"""Every chapter's generated notebook, executed top to bottom in one fresh Jupyter kernel, prints and
draws what the goldens say (verifydocs.notebook_run). Marked ``notebook``: deselect it locally with
``-m "not notebook"``; CI runs it."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from verifydocs import notebook, notebook_run
from verifydocs.layout import Project

PROJECT = Project.load(Path(__file__).resolve().parents[1])
PAGES = [(lang, page) for lang in PROJECT.languages for page in PROJECT.chapters(lang)]


@pytest.mark.notebook
@pytest.mark.parametrize(("lang", "page"), PAGES, ids=[f"{lang}/{page}" for lang, page in PAGES])
def test_notebook_runs_and_matches_goldens(lang, page, tmp_path):
    nb = notebook.build(PROJECT, lang, page)
    problems = notebook_run.check(nb, PROJECT.root, tmp_path, f"the {lang} notebook of docs/{lang}/{page}")
    assert not problems, "\n\n".join(problems)


def test_every_chapter_has_a_valid_notebook_in_every_language():
    assert {"tensors.md", "dense.md"} <= {page for _, page in PAGES}
    for lang, page in PAGES:
        nbformat.validate(notebook.build(PROJECT, lang, page))  # raises with the offending cell
