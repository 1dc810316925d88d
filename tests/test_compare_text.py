"""Unit tests of the snippet checker's text side: sanitize() and compare_text.compare()."""

from __future__ import annotations

import pytest

from verifydocs.compare_text import compare, tokenize
from verifydocs.sanitize import sanitize


def ok(golden: str, actual: str, rtol: float = 1e-5, atol: float = 1e-6) -> bool:
    return compare(golden, actual, rtol, atol).ok


# --- sanitize ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Epoch 1/3\n10/10 - 0s - 3ms/step - loss: 0.5", "Epoch 1/3\n10/10 - <time> - <time>/step - loss: 0.5"),
        ("1.5us/sample", "<time>/sample"),
        ("ETA: 0:01:02", "ETA: <time>"),
        ("<Foo object at 0x7f3a2b1c4d50>", "<Foo object at 0x…>"),
        ("\x1b[1mModel\x1b[0m", "Model"),
        ("1/3 [==>...]\r3/3 [=====]", "3/3 [=====]"),
        ("abc\b\bX", "aX"),
        ("a\r\nb", "a\nb"),
    ],
)
def test_sanitize_rules(raw: str, clean: str):
    assert sanitize(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "0x12 is a small hex literal",  # too short for an address
        "dense_3 (Dense) float32 1/3",
        "learning_rate=0.001, 2 epochs",
    ],
)
def test_sanitize_leaves_ordinary_text_alone(text: str):
    assert sanitize(text) == text


def test_sanitize_keeps_the_number_of_lines():
    raw = "a\r\nb\rc\n\x1b[0m\n3ms/step\n"
    assert sanitize(raw).split("\n") == ["a", "c", "", "<time>/step", ""]


# --- tokenize ----------------------------------------------------------------------------------


def test_tokens_split_numbers_from_touching_punctuation():
    tokens = [(t.kind, t.value) for t in tokenize("[[0.99752736], -1e-3, dense_3, 7]")]
    assert tokens == [
        ("text", "["),
        ("text", "["),
        ("float", "0.99752736"),
        ("text", "]"),
        ("text", ","),
        ("float", "-1e-3"),
        ("text", ","),
        ("text", "dense_3"),
        ("text", ","),
        ("int", "7"),
        ("text", "]"),
    ]


# --- compare -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("golden", "actual"),
    [
        ("0.5", "0.500004"),  # rtol 1e-5
        ("0.0", "0.0000009"),  # atol 1e-6
        ("[0.  0.1 0.2\n 0.3]", "[0. 0.1 0.2 0.3]"),  # numpy wrapping
        ("tf.Tensor([1 2], shape=(2,))", "tf.Tensor( [1 2], shape=( 2, ) )"),
        ("nan inf", "nan inf"),
        ("1e-3", "0.001"),
        ("a\n\n\nb\n", "a b"),
    ],
)
def test_equivalent_outputs_match(golden: str, actual: str):
    assert ok(golden, actual)


@pytest.mark.parametrize(
    ("golden", "actual"),
    [
        ("0.5", "0.50002"),
        ("0.0", "0.000002"),
        ("3", "4"),  # integers are exact whatever the tolerance
        ("1", "1.0"),  # an int never matches a float
        ("shape=(2, 3)", "shape=(3, 2)"),
        ("float32", "float64"),
        ("loss", "Loss"),
        ("a b", "a b c"),
        ("a b c", "a b"),
        ("1.0", "nan"),
    ],
)
def test_different_outputs_differ(golden: str, actual: str):
    assert not ok(golden, actual)


def test_integers_are_exact_even_with_huge_tolerance():
    assert not ok("100", "101", rtol=1.0, atol=10.0)
    assert ok("100.0", "101.0", rtol=0.1)


def test_tolerance_is_relative_to_the_golden_value():
    assert ok("1000.0", "1000.009")
    assert not ok("1000.0", "1000.02")


def test_report_points_into_the_golden_and_marks_tokens():
    golden = "header\nloss: 0.5000 acc: 0.9\nfooter\nend\n"
    actual = "header\n\nloss: 0.5100 acc: 0.9\nfooter\nend\n"
    diff = compare(golden, actual, 1e-5, 1e-6)
    assert not diff.ok
    report = diff.report("snippets/demo/x.out")
    assert report.splitlines()[:2] == ["--- snippets/demo/x.out (golden)", "+++ actual output"]
    assert "- loss: «0.5000» acc: 0.9" in report
    assert "+ loss: «0.5100» acc: 0.9" in report
    assert "golden line 2: expected 0.5000, got 0.5100" in report
    assert "  header" in report and "  footer" in report  # context lines


def test_report_for_inserted_and_missing_text():
    report = compare("a\nb\n", "a\nb\nextra words\n", 1e-5, 1e-6).report("g")
    assert "unexpected 'extra words'" in report and "+ «extra» «words»" in report
    report = compare("a\nb\nc\n", "a\nc\n", 1e-5, 1e-6).report("g")
    assert "golden line 2: missing 'b'" in report and "- «b»" in report


def test_report_lists_at_most_ten_details():
    golden = "\n".join(f"{i}.0" for i in range(1, 16))
    actual = "\n".join(f"{i}.5" for i in range(1, 16))
    report = compare(golden, actual, 1e-5, 1e-6).report("g")
    assert report.count("  * golden line") == 10 and "… and 5 more" in report
