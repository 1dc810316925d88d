"""The notebook checks must be able to fail: a tiny chapter (tests/fixtures/notebook_chapter: numpy
and matplotlib only, so a kernel starts in a second or two) passes, then fails when an example's
output changes, when an example only works because of state an earlier cell left (it passes alone
in the snippet runner), and when a figure changes; the languages' notebooks of a page must hold the
same code (one kernel run judges them all), so a differing or missing code cell fails without a
kernel. The built-site check (raw notebook JSON) is
proven in test_site_selftest.py."""

from __future__ import annotations

import copy
import os
import shutil
from pathlib import Path

import nbformat
import pytest

from verifydocs import notebook, notebook_run, runner
from verifydocs.layout import Project
from verifydocs.settings import Settings

FIXTURE = Path(__file__).parent / "fixtures" / "notebook_chapter"
A = (FIXTURE / "snippets/demo/a.py").read_text("utf-8")
B = (FIXTURE / "snippets/demo/b.py").read_text("utf-8")


def _chapter(root: Path, a: str = A, b: str = B) -> nbformat.NotebookNode:
    """The fixture chapter at ``root`` with goldens from the snippet runner (each example alone),
    then ``a.py`` and ``b.py`` replaced by ``a`` and ``b``."""
    shutil.copytree(FIXTURE, root)
    snippets = root / "snippets" / "demo"
    for name in ("a", "b"):
        result = runner.run(snippets / f"{name}.py", root / "snippets", Settings())
        assert result.error is None, result.error
        (snippets / f"{name}.out").write_text(result.stdout, "utf-8")
        for figure in result.figures:
            (snippets / f"{name}.png").write_bytes(figure)
    (snippets / "a.py").write_text(a, "utf-8")
    (snippets / "b.py").write_text(b, "utf-8")
    return notebook.build(Project(root, ("en",), "en", "https://example.invalid/"), "en", "demo.md")


def _check(tmp_path: Path, **changes) -> list[str]:
    root = tmp_path / "repo"
    return notebook_run.check(_chapter(root, **changes), root, tmp_path / "work", "demo")


def test_generated_notebook_shape(tmp_path):
    nb = _chapter(tmp_path / "repo")
    nbformat.validate(nb)
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [c["metadata"]["snippet"] for c in code] == ["demo/a.py", "demo/b.py"]
    assert code[0]["source"] == A.rstrip("\n")  # exactly the verified file: nothing runner-only
    assert [o["output_type"] for o in code[1]["outputs"]] == ["stream", "display_data"]
    prose = "\n".join(c["source"] for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "https://example.invalid/glossary/#tensor" in prose
    assert '<a id="next"></a>' in prose and "{ #" not in prose and "--8<--" not in prose
    assert "> **A note**" in prose and "!!!" not in prose
    assert "*Figure 1: a parabola.*" in prose and "/// caption" not in prose


@pytest.mark.notebook
def test_unchanged_chapter_passes(tmp_path):
    assert _check(tmp_path) == []


@pytest.mark.notebook
def test_changed_output_fails(tmp_path):
    problems = _check(tmp_path, a=A.replace("np.add(1, 2)", "np.add(1, 3)"))
    assert len(problems) == 1 and "snippets/demo/a.py" in problems[0] and "output differs" in problems[0]
    assert "«4»" in problems[0]


@pytest.mark.notebook
def test_state_left_by_an_earlier_example_fails(tmp_path):
    # a.py leaves numpy's print options changed: alone (the runner resets them) b.py still passes.
    leaky = A + "np.set_printoptions(precision=2)\n"
    problems = _check(tmp_path, a=leaky)
    assert len(problems) == 1 and "snippets/demo/b.py" in problems[0] and "output differs" in problems[0]


@pytest.mark.notebook
def test_changed_figure_fails(tmp_path):
    problems = _check(tmp_path, b=B.replace("tab:blue", "tab:red"))
    assert len(problems) == 1 and "snippets/demo/b.py" in problems[0] and "figure differs" in problems[0]


def test_same_code_in_every_language(tmp_path):
    zh = _chapter(tmp_path / "repo")
    en = copy.deepcopy(zh)
    for cell in en["cells"]:
        if cell["cell_type"] == "markdown":
            cell["source"] = "Prose in another language"
    assert notebook_run.same_code({"zh": zh, "en": en}) == []


def test_differing_code_cell_fails(tmp_path):
    zh = _chapter(tmp_path / "repo")
    en = copy.deepcopy(zh)
    code = [c for c in en["cells"] if c["cell_type"] == "code"]
    code[1]["source"] = code[1]["source"].replace("tab:blue", "tab:red")
    problems = notebook_run.same_code({"zh": zh, "en": en})
    assert len(problems) == 1, problems
    assert problems[0].startswith("en, code cell [2] (snippets/demo/b.py) differs from zh's (snippets/demo/b.py)")
    assert "tab:red" in problems[0] and "tab:blue" in problems[0] and "same order" in problems[0]


def test_missing_code_cell_fails(tmp_path):
    zh = _chapter(tmp_path / "repo")
    en = copy.deepcopy(zh)
    en["cells"] = [c for c in en["cells"] if c.get("metadata", {}).get("snippet") != "demo/b.py"]
    assert notebook_run.same_code({"zh": zh, "en": en}) == [
        "en has 1 code cells, zh 2: both pages must include the same examples in the same order "
        "(see test_site's test_same_snippets_in_same_order)"
    ]


def test_cached_notebook_is_rebuilt_exactly_when_a_file_it_read_changes(tmp_path, monkeypatch):
    nb = _chapter(tmp_path / "repo")
    project = Project(tmp_path / "repo", ("en",), "en", "https://example.invalid/")
    assert notebook.dumps_cached(project, "en", "demo.md") == notebook.dumps(nb)
    builds = []
    build = notebook.build
    monkeypatch.setattr(notebook, "build", lambda *args: builds.append(args) or build(*args))
    (project.snippets / "demo" / "unrelated.txt").write_text("x", "utf-8")
    os.utime(project.snippets / "demo" / "a.out")  # touched, same content
    notebook.dumps_cached(project, "en", "demo.md")
    assert builds == []
    (project.snippets / "demo" / "a.out").write_text("changed\n", "utf-8")
    notebook.dumps_cached(project, "en", "demo.md")
    assert len(builds) == 1
    (project.snippets / "demo" / "b.png").write_bytes(b"another figure")  # figures are read too
    notebook.dumps_cached(project, "en", "demo.md")
    assert len(builds) == 2


def test_cached_notebook_outlives_the_process_in_its_directory(tmp_path, monkeypatch):
    nb = _chapter(tmp_path / "repo")
    project = Project(tmp_path / "repo", ("en",), "en", "https://example.invalid/")
    assert notebook.dumps_cached(project, "en", "demo.md", tmp_path / "cache") == notebook.dumps(nb)
    monkeypatch.setattr(notebook, "_notebooks_memo", {})  # a new process
    monkeypatch.setattr(notebook, "build", lambda *args: pytest.fail("built again"))
    assert notebook.dumps_cached(project, "en", "demo.md", tmp_path / "cache") == notebook.dumps(nb)
    (project.snippets / "demo" / "a.out").write_text("changed\n", "utf-8")
    monkeypatch.setattr(notebook, "_notebooks_memo", {})
    with pytest.raises(pytest.fail.Exception, match="built again"):
        notebook.dumps_cached(project, "en", "demo.md", tmp_path / "cache")
