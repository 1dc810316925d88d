"""Every chapter's generated notebook, executed top to bottom in one fresh Jupyter kernel, prints and
draws what the goldens say (tests/notebookcheck.py). Marked ``notebook``: deselect it locally with
``-m "not notebook"``; CI runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from hooks import notebooks
from tests import notebookcheck

ROOT = Path(__file__).resolve().parents[1]
SITE_URL = "https://example.invalid/"  # links in the prose only; never followed here

PAGES = [(lang, page.as_posix()) for lang in notebooks.LANGUAGES
         for page in notebooks.chapter_pages(ROOT / "docs", lang)]


@pytest.mark.notebook
@pytest.mark.parametrize(("lang", "page"), PAGES, ids=[f"{lang}/{page}" for lang, page in PAGES])
def test_notebook_runs_and_matches_goldens(lang, page, tmp_path):
    nb = notebooks.build_notebook(ROOT, lang, page, SITE_URL)
    problems = notebookcheck.check(nb, ROOT, tmp_path, f"the {lang} notebook of docs/{lang}/{page}")
    assert not problems, "\n\n".join(problems)


def test_finished_chapters_have_notebooks():
    for lang in notebooks.LANGUAGES:
        assert (lang, "tensors.md") in PAGES
