"""The project's layout rules (verifydocs.layout): languages from mkdocs.yml, URLs, counterparts,
and golden naming -- including an example whose name looks like a numbered figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifydocs import notebook
from verifydocs.layout import Project, existing_figures, figure_owner, figure_paths

ROOT = Path(__file__).resolve().parents[1]


def test_languages_come_from_the_i18n_plugin_in_mkdocs_yml():
    project = Project.load(ROOT)
    assert project.languages == ("zh", "en") and project.default_language == "zh"
    assert project.base_path == "/tf-first-principles/" or project.site_url.startswith("http")


@pytest.mark.parametrize(
    ("lang", "page", "path"),
    [
        ("zh", "index.md", ""),
        ("en", "index.md", "en/"),
        ("zh", "tensors.md", "tensors/"),
        ("en", "dense.md", "en/dense/"),
        ("en", "guide/index.md", "en/guide/"),
    ],
)
def test_page_paths(lang, page, path):
    project = Project(ROOT, ("zh", "en"), "zh", "https://example.org/site/")
    assert project.page_path(lang, page) == path
    assert project.page_url(lang, page) == "https://example.org/site/" + path


@pytest.mark.parametrize(
    ("path", "lang", "other"),
    [
        ("tensors/", "en", "en/tensors/"),
        ("en/tensors/", "zh", "tensors/"),
        ("", "en", "en/"),
        ("en/notebooks/dense/", "zh", "notebooks/dense/"),
        ("entropy/", "en", "en/entropy/"),
    ],
)
def test_counterparts(path, lang, other):
    assert Project(ROOT, ("zh", "en"), "zh", "/").counterpart(path, lang) == other


def test_notebook_site_paths():
    where = Project(ROOT, ("zh", "en"), "zh", "/").notebook("en", "dense.md")
    assert where == {
        "download": "en/notebooks/dense/dense.ipynb",
        "page": "en/notebooks/dense.ipynb",
        "page_url": "en/notebooks/dense/",
    }


def _touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_bytes(b"")


def test_numbered_figures_belong_to_their_example(tmp_path):
    _touch(tmp_path, "train.py", "train-1.png", "train-2.png", "train-10.png", "plot.py", "plot.png")
    assert existing_figures(tmp_path / "train.py") == [tmp_path / f"train-{n}.png" for n in (1, 2, 10)]
    assert figure_owner(tmp_path / "train-2.png") == tmp_path / "train.py"
    assert figure_paths(tmp_path / "plot.py", 1) == [tmp_path / "plot.png"]
    assert figure_paths(tmp_path / "plot.py", 2) == [tmp_path / "plot-1.png", tmp_path / "plot-2.png"]


def test_an_example_named_step_1_owns_step_1_png(tmp_path):
    _touch(tmp_path, "step.py", "step-1.py", "step-1.png")
    assert figure_owner(tmp_path / "step-1.png") == tmp_path / "step-1.py"
    assert existing_figures(tmp_path / "step-1.py") == [tmp_path / "step-1.png"]
    assert existing_figures(tmp_path / "step.py") == []


def test_the_notebook_shows_step_1_png_under_step_1_py(tmp_path):
    chapter = tmp_path / "snippets" / "demo"
    chapter.mkdir(parents=True)
    (chapter / "step-1.py").write_text('print("one")\n', "utf-8")
    (chapter / "step-1.out").write_text("one\n", "utf-8")
    (chapter / "step-1.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "docs" / "en").mkdir(parents=True)
    (tmp_path / "docs" / "en" / "demo.md").write_text(
        '# Demo\n\n```python title="step-1.py"\n--8<-- "demo/step-1.py"\n```\n\n'
        '```text title="Output"\n--8<-- "demo/step-1.out"\n```\n\n![Step](../snippets/demo/step-1.png)\n',
        "utf-8",
    )
    nb = notebook.build(Project(tmp_path, ("en",), "en", "/"), "en", "demo.md")
    [cell] = notebook.example_cells(nb)
    assert cell.metadata.snippet == "demo/step-1.py"
    assert [o.output_type for o in cell.outputs] == ["stream", "display_data"]
