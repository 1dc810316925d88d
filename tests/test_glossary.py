"""The glossary is one table per language with the same terms, and the pages use its terms: checks
on this repository, then self-tests proving each check fails on a deliberately broken copy."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from verifydocs import glossary as gc
from verifydocs import sitecheck
from verifydocs.layout import Project

ROOT = Path(__file__).resolve().parents[1]
PROJECT = Project.load(ROOT)


assert_none = sitecheck.assert_none


# ---- this repository ---------------------------------------------------------------------------


def test_glossary_has_rows():
    assert len(gc.rows(PROJECT, "zh")) > 10 and len(gc.rows(PROJECT, "en")) > 10


def test_same_rows_in_both_languages():
    assert_none(gc.row_mismatches(PROJECT))


def test_no_two_rows_share_a_form():
    assert_none(gc.duplicate_forms(PROJECT))


def test_links_to_the_glossary_use_its_terms():
    assert_none(gc.link_text_problems(PROJECT))


# ---- self-tests on broken copies -----------------------------------------------------------------


@pytest.fixture
def repo(tmp_path) -> Project:
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    return dataclasses.replace(PROJECT, root=tmp_path)


def _edit_row(path: Path, ident: str, old: str | None, new: str = "") -> None:
    """Replace ``old`` by ``new`` in the row of ``ident`` (``old=None``: delete the row)."""
    lines = path.read_text("utf-8").splitlines(keepends=True)
    [i] = [i for i, line in enumerate(lines) if f'<span id="{ident}"></span>' in line]
    if old is None:
        del lines[i]
    else:
        assert old in lines[i], f"{old!r} not in {lines[i]!r}"
        lines[i] = lines[i].replace(old, new, 1)
    path.write_text("".join(lines), "utf-8")


def _add_row(path: Path, after: str, row: str) -> None:
    """Insert the table row ``row`` after the row of id ``after`` (inside its table)."""
    lines = path.read_text("utf-8").splitlines(keepends=True)
    [i] = [i for i, line in enumerate(lines) if f'<span id="{after}"></span>' in line]
    lines.insert(i + 1, row + "\n")
    path.write_text("".join(lines), "utf-8")


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def test_the_copy_is_clean(repo):
    # The self-tests below assert on specific problems; the copy itself must not add any.
    assert gc.row_mismatches(repo) == gc.row_mismatches(PROJECT)
    assert gc.link_text_problems(repo) == gc.link_text_problems(PROJECT)


def test_row_missing_in_one_language(repo):
    _edit_row(gc.glossary_path(repo, "en"), "weight", None)
    assert any("'weight' (权重) has no row in docs/en/glossary.md" in p for p in gc.row_mismatches(repo))


def test_different_pair_in_the_two_languages(repo):
    _edit_row(gc.glossary_path(repo, "en"), "bias", "| 偏置 |", "| 偏差 |")
    assert any(
        p.startswith("'bias': the zh glossary pairs 偏置 | bias, the en glossary pairs bias | 偏差")
        for p in gc.row_mismatches(repo)
    )


def test_different_section_link_in_the_two_languages(repo):
    _edit_row(gc.glossary_path(repo, "zh"), "tensor", "(tensors.md#what-is-a-tensor)", "(tensors.md#dtype)")
    assert any(
        "'tensor': the term links to tensors.md#dtype in zh but to tensors.md#what-is-a-tensor in en" in p
        for p in gc.row_mismatches(repo)
    )


def test_linked_and_plain_terms_are_read_alike(repo):
    row = next(r for r in gc.rows(repo, "zh") if r.id == "tensor")
    assert (row.zh, row.en, row.explained_at) == ("张量", "tensor", "tensors.md#what-is-a-tensor")
    for lang, form in (("zh", "张量"), ("en", "tensor")):
        _edit_row(gc.glossary_path(repo, lang), "tensor", f"[{form}](tensors.md#what-is-a-tensor)", form)
    row = next(r for r in gc.rows(repo, "en") if r.id == "tensor")
    assert (row.zh, row.en, row.explained_at) == ("张量", "tensor", None)
    assert gc.row_mismatches(repo) == gc.row_mismatches(PROJECT)


def test_two_rows_share_a_chinese_form(repo):
    for lang, cells in (("zh", "权重 | heft"), ("en", "heft | 权重")):
        _add_row(gc.glossary_path(repo, lang), "weight", f'| <span id="heft"></span>{cells} | … |')
    problems = gc.duplicate_forms(repo)
    assert any("'heft' and 'weight' share the zh form '权重'" in p for p in problems)


def test_two_rows_share_an_english_form(repo):
    for lang, cells in (("zh", "分量 | Weight"), ("en", "Weight | 分量")):
        _add_row(gc.glossary_path(repo, lang), "weight", f'| <span id="heft"></span>{cells} | … |')
    assert any("'heft' and 'weight' share the en form 'Weight'" in p for p in gc.duplicate_forms(repo))


def test_zh_link_text_is_not_the_term(repo):
    _append(repo.root / "docs/zh/tensors.md", "\n参数叫[权值](glossary.md#weight)。\n")
    problems = gc.link_text_problems(repo)
    assert any("docs/zh/tensors.md" in p and "[权值](glossary.md#weight) should read '权重'" in p for p in problems)


def test_en_link_text_is_not_the_term(repo):
    _append(repo.root / "docs/en/tensors.md", "\nThe [bias term](glossary.md#bias) and [Biases](glossary.md#bias).\n")
    problems = [p for p in gc.link_text_problems(repo) if "glossary.md#bias" in p]
    assert len(problems) == 1 and "[bias term](glossary.md#bias) should read 'bias'" in problems[0]


def test_link_to_an_unknown_id(repo):
    _append(repo.root / "docs/en/tensors.md", "\nA [tensr](glossary.md#tensr).\n")
    assert any("[tensr] links to glossary.md#tensr, which is no glossary row" in p for p in gc.link_text_problems(repo))


@pytest.mark.parametrize(
    "text, term, ok",
    [
        ("weight", "weight", True),
        ("Weights", "weight", True),
        ("axes", "axis", True),
        ("dtype", "dtype (data type)", True),
        ("data type", "dtype (data type)", True),
        ("dtype (data type)", "dtype (data type)", True),
        ("elementwise product", "elementwise (Hadamard) product", True),
        ("Elementwise (Hadamard) product", "elementwise (Hadamard) product", True),
        ("dense layers", "dense layer", True),
        ("Reshaping", "reshape", True),
        ("broadcast", "broadcasting", True),
        ("one-hot encoded", "one-hot encoding", True),
        ("clips", "clipping", True),
        ("logit", "logits", True),
        ("classes", "class", True),
        ("weighting schemes", "weight", False),
        ("matrix multiply", "matrix multiplication", False),
        ("learning rate decay", "learning-rate decay", False),
        ("loss", "loss function", False),
        ("sigmoid function", "sigmoid", False),
        ("standardised", "standardization", False),
    ],
)
def test_english_forms(text, term, ok):
    assert gc.matches_term(text, gc.Row("x", "中文", term, None, 1), "en") is ok


@pytest.mark.parametrize(
    "text, term, ok",
    [
        ("权重", "权重", True),
        ("ReLU", "ReLU（修正线性单元）", True),
        ("修正线性单元", "ReLU（修正线性单元）", True),
        ("权值", "权重", False),
        ("损失", "损失函数", False),
        ("kernel（权重矩阵）", "权重矩阵（kernel）", False),
    ],
)
def test_chinese_forms(text, term, ok):
    assert gc.matches_term(text, gc.Row("x", term, "en", None, 1), "zh") is ok
