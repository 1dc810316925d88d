"""Prose numbers (verifydocs.prose) and zh/en parity (verifydocs.parity): every page of this
repository, one test each; then the rules on their own, and a fixture pair of pages
(tests/fixtures/prose/) broken on purpose, each break failing with its message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from verifydocs import parity, prose
from verifydocs.layout import Project
from verifydocs.pages import read

ROOT = Path(__file__).resolve().parents[1]
PROJECT = Project.load(ROOT)
FIXTURE = Path(__file__).parent / "fixtures" / "prose"


@pytest.mark.parametrize("page", [f"{lang}/{page}" for lang in PROJECT.languages for page in PROJECT.pages(lang)])
def test_every_prose_number_is_printed_coded_or_marked(page):
    lang, name = page.split("/", 1)
    problems = prose.problems(PROJECT, PROJECT.docs(lang) / name)
    assert not problems, "\n".join(problems)


# ---- the rules ----------------------------------------------------------------------------------


def _one(text: str, math_text: bool = False) -> prose.Number:
    [number] = prose.parse(text, math_text=math_text)
    return number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("0.1101", 0.1101),
        ("242,762", 242762),
        ("83 %", 0.83),
        ("1e-7", 1e-7),
        ("1.2e-07", 1.2e-7),
        ("10⁻⁷", 1e-7),
        ("24 万", 240000),
        ("−0.6636", 0.6636),
        ("共有242762个", 242762),  # Chinese text needs no spaces around a number
    ],
)
def test_number_forms(written, value):
    assert _one(f"it is {written} here").value == pytest.approx(value)


@pytest.mark.parametrize(("written", "value"), [("10^{-7}", 1e-7), (r"1.2 \times 10^{-7}", 1.2e-7), (r"83\%", 0.83)])
def test_number_forms_in_latex(written, value):
    assert _one(f"L = {written}", math_text=True).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("prose_text", "printed", "ok"),
    [
        ("0.1101", 0.110127, True),
        ("0.035", 0.0348, True),
        ("0.1612", 0.161, False),  # a digit nothing printed
        ("0.1102", 0.110127, False),
        ("300", 299.7, True),
        ("300", 312.0, False),
        ("83 %", 0.8278, True),
        ("24 万", 242762, True),
        ("1e-15", 2.2e-16, False),
    ],
)
def test_rounding_the_printed_value_to_the_prose_digits(prose_text, printed, ok):
    assert prose.matches(_one(prose_text), printed) is ok


@pytest.mark.parametrize(
    ("text", "math_text", "notation"),
    [
        ("a network with 2 layers", False, "count"),
        ("Figure 3: the curve", False, "count"),
        ("x_1 + W^{[12]}", True, "index"),
        (r"\varepsilon^{1/3}", True, "index"),
        ("TensorFlow 2.21 and Python 3.11", False, "version"),
        ("1.15.0", False, "version"),
        ("a network with 12 layers", False, None),
        ("2.0", False, None),
        ("10^{-7}", True, None),
    ],
)
def test_notation_is_recognised_not_checked(text, math_text, notation):
    assert {n.notation for n in prose.parse(text, math_text=math_text)} == {notation}


def test_words_and_identifiers_are_not_numbers():
    assert prose.parse("float32, x1, conv2d, dense_3, W2 and 3D") == []


def test_list_markers_are_not_prose():
    [text] = read("11. the step 12.5\n").texts
    assert [n.text for n in prose.numbers(text)] == ["12.5"]


def test_texts_are_the_prose_with_lines_kinds_and_sections():
    page = read(
        "# T { #t }\n\nA $x = 0.25$ and `f(1.5)`.\n\n| a | b |\n|---|---|\n| 7.5 | c |\n\n"
        "![alt 12.5](../snippets/d/f.png)\n\n/// caption\nFigure 1: 3.5.\n///\n\n$$\ny = 4.5\n$$\n"
    )
    found = [(t.kind, t.section, n.text, n.line) for t in page.texts for n in prose.numbers(t)]
    assert found == [
        ("paragraph", "t", "0.25", 3),
        ("paragraph", "t", "1.5", 3),
        ("cell", "t", "7.5", 7),
        ("alt", "t", "12.5", 9),
        ("caption", "t", "3.5", 12),
        ("math", "t", "4.5", 16),
    ]


# ---- the fixture pages, intact and broken ---------------------------------------------------------


@pytest.fixture
def demo(tmp_path) -> Project:
    root = shutil.copytree(FIXTURE, tmp_path / "demo")
    return Project(root, ("zh", "en"), "zh", "/")


def _edit(project: Project, rel: str, old: str, new: str) -> None:
    path = project.root / rel
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def _numbers(project: Project, lang: str) -> list[str]:
    return prose.problems(project, project.docs(lang) / "demo.md")


def test_the_fixture_pages_pass(demo):
    assert _numbers(demo, "zh") == _numbers(demo, "en") == parity.mismatches(demo) == []


def test_a_number_changed_in_the_prose(demo):
    _edit(demo, "docs/en/demo.md", "0.1101", "0.1102")
    [problem] = _numbers(demo, "en")
    assert problem.startswith("docs/en/demo.md:15: 0.1102 is neither printed by an output this page includes")
    assert "closest printed: 0.110127 (snippets/demo/loss.out)" in problem
    assert "--update-goldens" in problem and "<!-- own: 0.1102; why -->" in problem
    [differ] = parity.mismatches(demo)
    assert differ == (
        "docs/zh/demo.md and docs/en/demo.md, section #first: different numbers: only in zh: 0.1101 "
        "(line 15); only in en: 0.1102 (line 15) (the same numbers in both languages: correct the one "
        "that differs)"
    )


def test_a_number_invented_in_one_language(demo):
    _edit(demo, "docs/en/demo.md", "in the first layer.", "in the first layer; training gets to 0.0206.")
    assert _numbers(demo, "en") == []  # printed, so only the other language can tell
    [differ] = parity.mismatches(demo)
    assert "section #first: different numbers: only in zh: nothing; only in en: 0.0206 (line 16)" in differ


def test_a_golden_update_that_leaves_the_prose_stale(demo):
    _edit(demo, "snippets/demo/loss.out", "loss: 0.110127", "loss: 0.104388")
    for lang in ("zh", "en"):
        [problem] = _numbers(demo, lang)
        assert f"docs/{lang}/demo.md:15: 0.1101 is neither printed" in problem
        assert "closest printed: 0.104388 (snippets/demo/loss.out)" in problem


def test_a_section_missing_in_one_language(demo):
    _edit(demo, "docs/zh/demo.md", "## 第二节 { #second }\n", "")
    [differ] = parity.mismatches(demo)
    assert differ.startswith("docs/zh/demo.md and docs/en/demo.md: the sections differ (only in en: #second)")


def test_a_glossary_link_in_one_language_only(demo):
    _edit(demo, "docs/zh/demo.md", "[损失](glossary.md#loss)", "损失")
    [differ] = parity.mismatches(demo)
    assert differ.endswith("section #second: different glossary links: only in zh: []; only in en: ['loss']")


def test_a_snippet_moved_to_another_section(demo):
    _edit(demo, "docs/en/demo.md", "## First { #first }\n", "")
    _edit(demo, "docs/en/demo.md", "The loss is", "## First { #first }\n\nThe loss is")
    [differ] = parity.mismatches(demo)
    assert differ.startswith("docs/zh/demo.md and docs/en/demo.md, section #demo: different snippets")


def test_a_marker_accepts_its_number_and_goes_stale_with_it(demo):
    _edit(demo, "docs/en/demo.md", "is 1.2e-07.<!--", "is small.<!--")
    [problem] = _numbers(demo, "en")
    assert problem == (
        "docs/en/demo.md:24: the marker <!-- own: 1.2e-07; an IEEE 754 constant --> names 1.2e-07, "
        "which this block does not contain: remove the marker or correct it"
    )


def test_a_marker_without_a_reason_is_no_marker(demo):
    _edit(demo, "docs/en/demo.md", "<!-- own: 1.2e-07; an IEEE 754 constant -->", "<!-- own: 1.2e-07 -->")
    [problem] = _numbers(demo, "en")
    assert "1.2e-07 is neither printed" in problem


def test_a_full_version_must_be_the_pin(demo):
    _edit(demo, "docs/en/demo.md", "Keras 3.15.1", "Keras 3.14.0")
    [problem] = _numbers(demo, "en")
    assert problem == "docs/en/demo.md:25: Keras 3.14.0 is not the pinned version 3.15.1 (pyproject.toml)"
