"""Unit tests of the snippet checker's text side: sanitize() and compare_text.compare()."""

from __future__ import annotations

import pytest

from verifydocs.compare_text import compare, tokenize
from verifydocs.sanitize import sanitize


def ok(golden: str, actual: str, rtol: float = 1e-5, atol: float = 0.0) -> bool:
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
        (
            "10/10 ━━━━━━━━━━━━━━━━━━━━ 1s 2ms/step - loss: 0.5",
            "10/10 ━━━━━━━━━━━━━━━━━━━━ <time> <time>/step - loss: 0.5",
        ),
        ("10/10 [=====] - 0s 3ms/step", "10/10 [=====] - <time> <time>/step"),
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
        "count of 1s: 3, count of 0s: 5",  # a bare 1s is not a duration
        "a 2s complement, 1/4 of 10s",
        "0x3f800000 0x3f800001",  # hex literals (the bits of a float) are output, not addresses
        "at 0x3f800000 in memory",
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
        ("2.2e-16", "2.20001e-16"),  # relative however small
        ("0.0", "-0.0"),  # a zero is a zero, whatever its sign
        ("0.0e+00", "0."),
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
        ("0.0", "1e-300"),  # a golden zero stays zero unless an example states an atol
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


# The tiny numbers our pages teach, each with a value the old rule (atol 1e-6 added to every
# float) let through: every one must be rejected.
TINY_LESSONS = [
    ("float64, machine epsilon 2.2e-16:", "float64, machine epsilon 1.2e-07:"),
    ("W1: relative error 5e-11 OK", "W1: relative error 9e-07 OK"),
    ("clipped[0, 2] = 1.0e-07", "clipped[0, 2] = 0.0e+00"),
    ("tanh max |tape - formula| = 6.0e-08", "tanh max |tape - formula| = 9.0e-07"),
    ("softmax(z)[0, 2] = 4.2e-18, below eps = 1e-07", "softmax(z)[0, 2] = 0.0e+00, below eps = 1e-07"),
]


@pytest.mark.parametrize(("golden", "actual"), TINY_LESSONS)
def test_tiny_numbers_are_checked_relative_to_their_own_value(golden: str, actual: str):
    assert ok(golden, golden)
    diff = compare(golden, actual, 1e-5, 0.0)
    assert not diff.ok
    assert "= max(atol 0, rtol 1e-05·|expected|)" in diff.report("g")


def test_atol_is_a_floor_not_an_addition():
    assert ok("0.0", "1e-7", atol=2e-7) and ok("6.0e-08", "0.0e+00", atol=2e-7)
    assert not ok("0.0", "3e-7", atol=2e-7)
    assert not ok("1.0", "1.0000003", rtol=1e-7, atol=2e-7)  # 3e-7 > max(2e-7, 1e-7)
    assert ok("1.0", "1.0000002", rtol=1e-7, atol=2e-7)


@pytest.mark.parametrize(
    ("golden", "actual"),
    [
        ("TensorFlow 2.10.0", "TensorFlow 2.1.0"),  # as floats: 2.10 == 2.1 and .0 == .0
        ("keras v3.10.0", "keras v3.1.0"),
        ("count of 1s", "count of 0s"),
        ("bits 0x3f800000", "bits 0x3f800001"),
        ("<Foo object at 0x7f3a2b1c4d50> 0x3f800000", "<Foo object at 0x7f00deadbeef> 0x3f800001"),
    ],
)
def test_masks_and_versions_keep_real_differences(golden: str, actual: str):
    assert not ok(golden, actual)


def test_versions_are_text_tokens():
    assert [(t.kind, t.value) for t in tokenize("TF 2.21.0, v3.10.0, 2.5")] == [
        ("text", "TF"),
        ("text", "2.21.0"),
        ("text", ","),
        ("text", "v3.10.0"),
        ("text", ","),
        ("float", "2.5"),
    ]
    assert ok("TensorFlow 2.21.0", "TensorFlow  2.21.0")


def test_integers_are_exact_even_with_huge_tolerance():
    assert not ok("100", "101", rtol=1.0, atol=10.0)
    assert ok("100.0", "101.0", rtol=0.1)


def test_tolerance_is_relative_to_the_golden_value():
    assert ok("1000.0", "1000.009")
    assert not ok("1000.0", "1000.02")


def test_report_points_into_the_golden_and_marks_tokens():
    golden = "header\nloss: 0.5000 acc: 0.9\nfooter\nend\n"
    actual = "header\n\nloss: 0.5100 acc: 0.9\nfooter\nend\n"
    diff = compare(golden, actual, 1e-5, 0.0)
    assert not diff.ok
    report = diff.report("snippets/demo/x.out")
    assert report.splitlines()[:2] == ["--- snippets/demo/x.out (golden)", "+++ actual output"]
    assert "- loss: «0.5000» acc: 0.9" in report
    assert "+ loss: «0.5100» acc: 0.9" in report
    assert "golden line 2: expected 0.5000, got 0.5100 (|diff| 0.01 > 5e-06 = max(atol 0, rtol 1e-05" in report
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
