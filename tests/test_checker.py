"""Self-tests of the example checks (verifydocs.plugin): tiny example projects run by pytester.

Each test writes ``snippets/demo/<name>.py`` (and goldens) into a temporary project whose
pyproject loads the plugin, runs pytest on it and checks the outcome and the failure message.
The examples use plain Python, numpy and matplotlib only (``preload = []``), so no TensorFlow.
"""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

# Imported here so that they are in pytester's sys.modules snapshot: otherwise every inner run
# would drop and re-import them (slow, and two copies of matplotlib's global state).
import matplotlib.pyplot
import matplotlib.testing.compare  # noqa: F401
import numpy as np
import pytest

from verifydocs import compare_text, settings

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.kept  # skipped while nothing it reads has changed (verifydocs/keptrun.py)

REPO = Path(__file__).resolve().parents[1]

# In-process runs: no xdist, no random order. The pyproject of the real repo uses both.
# --update-goldens' portability check has its own self-test (tests/test_portability.py).
NO_PORTABILITY = "--no-portability-check"
ADDOPTS = ["-p", "verifydocs.plugin", "-p", "no:randomly", "-p", "no:cacheprovider", "-p", "no:xdist", NO_PORTABILITY]
PYPROJECT = """\
[tool.pytest.ini_options]
addopts = {addopts}

[tool.snippets]
preload = []
timeout = {timeout}
{extra}
"""


class Project:
    """A throw-away project with ``snippets/``; paths are relative to ``snippets/``."""

    def __init__(self, pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pytester, self.monkeypatch = pytester, monkeypatch
        self.root = pytester.path
        self.configure()

    def configure(self, extra: str = "", timeout: float = 10, addopts: list[str] = ADDOPTS) -> None:
        (self.root / "pyproject.toml").write_text(
            PYPROJECT.format(addopts=json.dumps(addopts), timeout=timeout, extra=textwrap.dedent(extra)),
            encoding="utf-8",
        )

    def file(self, rel: str) -> Path:
        return self.root / "snippets" / rel

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.file(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def example(self, code: str, out: str | None = None, rel: str = "demo/x.py") -> Path:
        """Write an example and, unless ``out`` is None, its golden ``.out``."""
        path = self.write(rel, code)
        if out is not None:
            self.write(rel.removesuffix(".py") + ".out", out)
        return path

    def run(self, *args: str) -> pytest.RunResult:
        """pytest in this process; on ``snippets`` unless ``args`` name paths."""
        if all(arg.startswith("-") for arg in args):
            args = ("snippets", *args)
        return self.pytester.runpytest_inprocess(*args)

    def update(self, *args: str) -> pytest.RunResult:
        return self.run("--update-goldens", *args)

    def run_subprocess(self, *args: str) -> pytest.RunResult:
        """pytest in a fresh interpreter (signals, xdist workers), which imports the plugin from REPO."""
        self.monkeypatch.setenv("PYTHONPATH", str(REPO))
        return self.pytester.runpytest_subprocess(*args, timeout=60)

    def files(self, folder: str = "demo") -> list[str]:
        return sorted(p.name for p in self.file(folder).iterdir() if p.name != "__pycache__")


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Project:
    return Project(pytester, monkeypatch)


def failed_with(result: pytest.RunResult, *phrases: str) -> str:
    """Assert that exactly one item failed and its report contains every phrase."""
    text = result.stdout.str()
    result.assert_outcomes(failed=1)
    for phrase in phrases:
        assert phrase in text, f"{phrase!r} not in the output:\n{text}"
    return text


UPDATE_X = "pytest --update-goldens snippets/demo/x.py"
PLOT = """\
import matplotlib.pyplot as plt
plt.figure(figsize=(2, 2))
plt.plot([0, 1], [{a}, {b}], linewidth=4)
"""


# --- output: failures --------------------------------------------------------------------------


def test_number_beyond_tolerance_fails_with_marked_tokens_and_update_command(project: Project):
    project.example('print("loss:", 0.5001, "epochs:", 3)\n', out="loss: 0.5000 epochs: 3\n")
    text = failed_with(
        project.run(),
        "snippets/demo/x.py: output differs from x.out",
        "- loss: «0.5000» epochs: 3",
        "+ loss: «0.5001» epochs: 3",
        "expected 0.5000, got 0.5001",
        UPDATE_X,
    )
    assert "NONDETERMINISTIC" not in text


def test_changed_text_fails(project: Project):
    project.example('print("hello", "there")\n', out="hello world\n")
    failed_with(
        project.run(),
        "_ [example] snippets/demo/x.py::output _",
        "snippets/demo/x.py: output differs",
        "- hello «world»",
        "+ hello «there»",
        "expected 'world', got 'there'",
        UPDATE_X,
    )


def test_tiny_number_is_checked_relative_to_itself(project: Project):
    project.example('print("machine epsilon", 1.2e-07)\n', out="machine epsilon 2.2e-16\n")
    failed_with(
        project.run(),
        "snippets/demo/x.py: output differs from x.out (rtol=1e-05, atol=0)",
        "--- snippets/demo/x.out (golden)",
        "- machine epsilon «2.2e-16»",
        "+ machine epsilon «1.2e-07»",
        "golden line 1: expected 2.2e-16, got 1.2e-07",
        UPDATE_X,
    )


def test_stated_atol_tolerates_noise_around_zero_in_that_example_only(project: Project):
    project.configure(extra='[tool.snippets.overrides]\n"demo/noisy.py" = { atol = 2.4e-7 }')
    for name in ("noisy", "strict"):
        project.example(
            'print("max |tape - formula| =", 1.2e-07)\n', out="max |tape - formula| = 6.0e-08\n", rel=f"demo/{name}.py"
        )
    result = project.run("-rf")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["FAILED snippets/demo/strict.py::output*"])


def test_changed_integer_fails_even_with_loose_rtol(project: Project):
    project.configure(extra="rtol = 0.5\natol = 1.0")
    project.example("print(4)\n", out="3\n")
    failed_with(project.run(), "expected '3', got '4'")


def test_missing_golden_says_how_to_create_it(project: Project):
    project.example('print("new output")\n')
    failed_with(
        project.run(), "snippets/demo/x.py: no golden output x.out yet", f"create it with:\n  {UPDATE_X}", "new output"
    )
    assert project.files() == ["x.py"], "a normal run must never write goldens"


def test_exception_names_the_example_file_and_line(project: Project):
    project.example(
        """\
        print("before")
        x = 1

        raise ValueError("boom")
        """,
        out="before\n",
    )
    # Named on the command line, as in the printed update command: pytest's python plugin must
    # not import the example as a test module (that would raise at collection instead).
    result = project.run("snippets/demo/x.py")
    result.stdout.fnmatch_lines(
        [
            "*snippets/demo/x.py:4: the example raised ValueError: boom",
            '*raise ValueError("boom")*',
            "*stdout before the error*",
            "before",
        ]
    )
    result.assert_outcomes(failed=1)


def test_exception_in_a_helper_names_both_files(project: Project):
    project.write("demo/_helper.py", "def explode():\n    return 1 / 0\n")
    project.example("import _helper\n_helper.explode()\n", out="")
    result = project.run()
    result.stdout.fnmatch_lines(
        [
            "*snippets/demo/_helper.py:2: the example raised ZeroDivisionError*",
            "*snippets/demo/x.py*line 2*",
            "*snippets/demo/_helper.py*line 2*",
        ]
    )
    result.assert_outcomes(failed=1)


MISUSE = {
    "network": (
        """\
        import socket
        try:
            socket.create_connection(("example.com", 80), timeout=1)
        except OSError:
            print("offline")
        """,
        "tried to use the network",
        "'example.com', 80",
    ),
    "file-in-cwd": ('open("data.txt", "w").write("x")\n', "wrote files into its working directory (data.txt)"),
    "file-next-to-example": (
        'open(__file__.replace("x.py", "cache.txt"), "w").write("x")\n',
        "created files next to the example (cache.txt)",
    ),
    "savefig": (
        """\
        import matplotlib.pyplot as plt
        plt.plot([1, 2])
        try:
            plt.savefig("fig.png")
        except RuntimeError:
            pass
        """,
        "called savefig()",
    ),
    "numpy-seterr": (
        'import numpy as np\nnp.seterr(all="raise")\n',
        "leaked global state: numpy error handling (np.seterr) changed",
        "'raise'",
    ),
    "numpy-printoptions": (
        "import numpy as np\nnp.set_printoptions(precision=3)\n",
        "leaked global state: numpy print options",
        "np.printoptions",
        "8 -> 3",
    ),
    "matplotlib-rcparams": (
        'import matplotlib.pyplot as plt\nplt.rcParams["font.size"] = 20\n',
        "leaked global state: matplotlib.rcParams",
        "font.size: 10.0 -> 20.0",
    ),
    "environ": (
        'import os\nos.environ["SNIPPET_LEAK"] = "1"\n',
        "leaked global state: os.environ changed: SNIPPET_LEAK: None -> '1'",
    ),
    "progress-bar": (
        'print("1/2 [====]", end="\\r")\nprint("2/2 [====]")\n',
        "terminal control characters",
        "verbose=2",
    ),
}


@pytest.mark.parametrize("case", MISUSE)
def test_misuse_fails_even_when_the_output_matches(project: Project, case: str):
    code, *phrases = MISUSE[case]
    project.example(code, out="offline\n" if case == "network" else "")
    failed_with(project.run(), "snippets/demo/x.py: ", *phrases)
    assert "SNIPPET_LEAK" not in os.environ and np.geterr()["over"] != "raise", "leak not restored"


def test_savefig_uncaught_fails(project: Project):
    project.example('import matplotlib.pyplot as plt\nplt.plot([1])\nplt.savefig("f.png")\n', out="")
    failed_with(project.run(), "snippets/demo/x.py:3: the example raised", "never call savefig")


def test_nondeterministic_output_is_named(project: Project):
    project.example("import numpy as np\nprint(np.random.rand())\n", out="0.123\n")
    failed_with(project.run(), "snippets/demo/x.py: output differs", "NONDETERMINISTIC", "Seed every random")


def test_seeded_example_is_not_called_nondeterministic(project: Project):
    project.example("import numpy as np\nprint(np.random.default_rng(0).random())\n", out="0.123\n")
    text = failed_with(project.run(), "output differs")
    assert "NONDETERMINISTIC" not in text


def test_hang_times_out(project: Project):
    # In a subprocess: pytest-timeout's SIGALRM must not nest inside the outer pytest run.
    project.configure(timeout=1)
    project.example("x = 0\nwhile True:\n    x += 1\n", out="")
    result = project.run_subprocess("snippets/demo/x.py")
    result.stdout.fnmatch_lines(["*snippets/demo/x.py:[23]: timed out (pytest-timeout)*"])
    result.assert_outcomes(failed=1)


# --- output: passes ----------------------------------------------------------------------------

PASSES = {
    "scoped-printoptions": (
        "import numpy as np\nwith np.printoptions(precision=2):\n    print(np.array([0.12345]))\n",
        "[0.12]\n",
    ),
    "float-within-tolerance": ('print("loss:", 0.50000001)\n', "loss: 0.5\n"),
    "reflowed-array": (
        "import numpy as np\nprint(np.linspace(0, 1, 11))\n",
        "[0.  0.1 0.2 0.3\n 0.4 0.5 0.6 0.7\n 0.8 0.9 1. ]\n",
    ),
    "timing": ('print("10/10 - 1s - 15ms/step - loss: 0.25")\n', "10/10 - 3s - 3ms/step - loss: 0.25\n"),
    "memory-address": ("print(object())\n", "<object object at 0x7f00deadbeef>\n"),
    "negative-zero": ("print(-0.0)\n", "0.0\n"),
}

# Values that only a mask or a float reading could confuse: each must fail.
DIFFERS = {
    "version": ('print("TensorFlow 2.1.0")\n', "TensorFlow 2.10.0\n", "expected '2.10.0', got '2.1.0'"),
    "bare-seconds": ('print("count of 0s:", 3)\n', "count of 1s: 3\n", "expected '1', got '0'"),
    "hex-literal": ('print("bits of 1.0f:", "0x3f800001")\n', "bits of 1.0f: 0x3f800000\n", "x3f800000"),
    "zero": ('print("loss:", 1e-9)\n', "loss: 0.0\n", "expected 0.0, got 1e-09"),
}


@pytest.mark.parametrize("case", DIFFERS)
def test_real_differences_fail(project: Project, case: str):
    code, golden, phrase = DIFFERS[case]
    project.example(code, out=golden)
    failed_with(project.run(), "snippets/demo/x.py: output differs from x.out", phrase, UPDATE_X)


@pytest.mark.parametrize("case", PASSES)
def test_tolerated_differences_pass(project: Project, case: str):
    code, golden = PASSES[case]
    project.example(code, out=golden)
    project.run().assert_outcomes(passed=1)


OVERRIDES = {
    "file-override-loosens-one-example": '"demo/loose.py" = { rtol = 0.01 }',
    "file-override-beats-chapter": 'demo = { rtol = 0.01 }\n"demo/strict.py" = { rtol = 1e-9 }',
}


@pytest.mark.parametrize("case", OVERRIDES)
def test_most_specific_tolerance_override_wins(project: Project, case: str):
    project.configure(extra="[tool.snippets.overrides]\n" + OVERRIDES[case])
    for name in ("loose", "strict"):
        project.example("print(0.501)\n", out="0.500\n", rel=f"demo/{name}.py")
    result = project.run("-rf")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["FAILED snippets/demo/strict.py::output*"])


def test_every_override_of_this_repo_says_why():
    """A looser tolerance is stated next to its example with the reason (README, "The same output")."""
    lines = (REPO / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    table = lines.index("[tool.snippets.overrides]")
    unexplained = []
    for i in range(table + 1, len(lines)):
        if lines[i].startswith("["):
            break
        if lines[i].strip() and not lines[i].startswith("#") and not lines[i - 1].startswith("#"):
            unexplained.append(lines[i])
    assert not unexplained, f"overrides in pyproject.toml without a comment above saying why: {unexplained}"


# Issue 21: tiny numbers our pages teach, each changed to a value the old rule (atol 1e-6 added to
# every float) let through. With this repo's settings, per-example floors included, each must fail.
TINY_LESSONS = [
    ("backprop/gradient_check_steps.py", "machine epsilon 2.2e-16", "machine epsilon 1.2e-07"),
    ("backprop/gradient_check.py", "relative error 5e-11", "relative error 9e-07"),
    ("losses/cce_steps.py", "clipped[0, 2] = 1.0e-07", "clipped[0, 2] = 0.0e+00"),
    ("activations/derivative_plot.py", "6.0e-08", "9.0e-07"),
]


@pytest.mark.parametrize(("example", "old", "new"), TINY_LESSONS)
def test_this_repos_tolerances_reject_a_changed_tiny_number(example: str, old: str, new: str):
    golden = (REPO / "snippets" / example).with_suffix(".out").read_text(encoding="utf-8")
    assert old in golden, f"{example}'s golden no longer prints {old!r}: update this test"
    s = settings.load(REPO).for_example(example)
    assert compare_text.compare(golden, golden, s.rtol, s.atol).ok
    diff = compare_text.compare(golden, golden.replace(old, new, 1), s.rtol, s.atol)
    assert not diff.ok and len(diff.mismatches) == 1, diff.report(example)


def test_unknown_setting_is_an_error(project: Project):
    project.configure(extra="rtool = 0.1")
    project.example("print(1)\n", out="1\n")
    result = project.run()
    assert "unknown setting(s) ['rtool']" in result.stdout.str() + result.stderr.str()
    assert result.ret != 0


# --- figures -----------------------------------------------------------------------------------


def test_changed_figure_fails_and_leaves_expected_actual_diff(project: Project):
    project.example(PLOT.format(a=0, b=1))
    project.update().assert_outcomes(passed=1)
    assert project.files() == ["x.out", "x.png", "x.py"]
    project.run().assert_outcomes(passed=2)

    project.example(PLOT.format(a=1, b=0))
    result = project.run()
    result.assert_outcomes(passed=1, failed=1)
    text = result.stdout.str()
    assert "snippets/demo/x.py: figure differs from" in text and "RMS" in text and UPDATE_X in text
    results = project.root / "test-results" / "figures" / "demo" / "x"
    assert sorted(p.name for p in results.iterdir()) == ["actual-failed-diff.png", "actual.png", "expected.png"]
    assert str(results / "actual-failed-diff.png") in text


def test_extra_figure_without_golden_fails(project: Project):
    project.example(PLOT.format(a=0, b=1) + 'print("drawn")\n', out="drawn\n")
    failed_with(
        project.run(), UPDATE_X, "snippets/demo/x.py: the example drew 1 figure(s) but 0 golden figure(s) exist"
    )


def test_missing_figure_fails(project: Project):
    project.example('print("no plot")\n', out="no plot\n")
    project.write("demo/x.png", b"")
    result = project.run()
    result.assert_outcomes(failed=2)
    assert "golden x.png exists but the example drew only 0 figure(s)" in result.stdout.str()


# --- --update-goldens --------------------------------------------------------------------------


def test_update_writes_goldens_for_a_new_example(project: Project):
    project.example(PLOT.format(a=0, b=1) + 'print("drawn", 0.25)\n')
    result = project.pytester.runpytest_inprocess(*UPDATE_X.split()[1:])  # the command a failure prints
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        ["*goldens*", "2 golden file(s) written:", "  snippets/demo/x.out", "  snippets/demo/x.png"]
    )
    assert project.file("demo/x.out").read_text() == "drawn 0.25\n"
    assert project.file("demo/x.png").read_bytes().startswith(b"\x89PNG")
    project.run().assert_outcomes(passed=2)


@pytest.mark.parametrize(("golden", "written"), [("0.50000000\n", 0), ("0.6\n", 1)])
def test_update_keeps_a_golden_that_matches_within_tolerance(project: Project, golden: str, written: int):
    project.example("print(0.500000001)\n", out=golden)
    result = project.update()
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines([f"{written} golden file(s) written*"])
    expected = golden if written == 0 else "0.500000001\n"
    assert project.file("demo/x.out").read_text() == expected


def test_update_replaces_numbered_figures_by_a_single_one(project: Project):
    project.example(PLOT.format(a=0, b=1), out="")
    project.write("demo/x-1.png", b"old 1")
    project.write("demo/x-2.png", b"old 2")
    result = project.update()
    result.stdout.fnmatch_lines(
        ["3 golden file(s) written:", "  snippets/demo/x-1.png", "  snippets/demo/x-2.png", "  snippets/demo/x.png"]
    )
    result.assert_outcomes(passed=3)
    assert project.files() == ["x.out", "x.png", "x.py"]
    project.run().assert_outcomes(passed=2)


def test_update_writes_numbered_figures(project: Project):
    project.example(PLOT.format(a=0, b=1) + PLOT.format(a=1, b=0), out="")
    project.update().stdout.fnmatch_lines(["2 golden file(s) written:"])
    assert project.files() == ["x-1.png", "x-2.png", "x.out", "x.py"]
    result = project.run("-v")
    result.assert_outcomes(passed=3)
    # Verbose lines show node ids that can be copied to re-run one item.
    result.stdout.fnmatch_lines(
        [
            "snippets/demo/x.py::output PASSED*",
            "snippets/demo/x.py::figure-1 PASSED*",
            "snippets/demo/x.py::figure-2 PASSED*",
        ]
    )


def test_update_under_xdist_reports_goldens_written_by_the_workers(project: Project):
    # The real configuration: xdist workers, random order; the summary is printed by the controller.
    project.configure(
        addopts=["-p", "verifydocs.plugin", "-p", "no:cacheprovider", "-n", "2", "--dist", "loadfile", NO_PORTABILITY]
    )
    project.example(PLOT.format(a=0, b=1) + "print(1.5)\n", rel="a/x.py")
    project.example('print("b")\n', rel="b/y.py")
    project.example('print("c")\n', out="c\n", rel="b/z.py")
    result = project.run_subprocess("--update-goldens")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        ["3 golden file(s) written:", "  snippets/a/x.out", "  snippets/a/x.png", "  snippets/b/y.out"]
    )
    assert project.files("a") == ["x.out", "x.png", "x.py"]
    assert project.files("b") == ["y.out", "y.py", "z.out", "z.py"]


def test_update_refuses_a_nondeterministic_example(project: Project):
    project.example("import numpy as np\nprint(np.random.rand())\n")
    result = project.update()
    failed_with(
        result, "snippets/demo/x.py: nondeterministic: two runs printed different output", "no golden was written"
    )
    result.stdout.fnmatch_lines(["0 golden file(s) written"])
    assert project.files() == ["x.py"]


def test_update_refuses_a_failing_example(project: Project):
    project.example('raise RuntimeError("broken")\n')
    failed_with(project.update(), "the example raised RuntimeError: broken", "0 golden file(s) written")
    assert project.files() == ["x.py"]


# --- collection --------------------------------------------------------------------------------


def test_collects_examples_only_and_helpers_are_importable(project: Project):
    project.write("top.py", "raise SystemExit('not an example: directly under snippets/')\n")
    for chapter, value in (("a", 1), ("b", 2)):
        # Same helper name in two chapters: each example must get its own folder's helper.
        project.write(f"{chapter}/_data.py", f"VALUE = {value}\n")
        project.example("import _data\nprint(_data.VALUE)\n", out=f"{value}\n", rel=f"{chapter}/x.py")
    project.write("a/figs.py", PLOT.format(a=0, b=1))
    project.write("a/figs-1.png", b"")
    project.write("a/figs-2.png", b"")
    result = project.run("--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "snippets/a/figs.py::output",
            "snippets/a/figs.py::figure-1",
            "snippets/a/figs.py::figure-2",
            "snippets/a/x.py::output",
            "snippets/b/x.py::output",
            "",
            "5 tests collected*",
        ]
    )
    assert "_data" not in result.stdout.str() and "top.py" not in result.stdout.str()
    project.run("snippets/a/x.py", "snippets/b/x.py").assert_outcomes(passed=2)


def test_goldens_of_a_hyphenated_example_are_not_taken_for_numbered_figures(project: Project):
    # conv-2d.png belongs to conv-2d.py, not to conv.py as its "figure 2d".
    project.example('print("conv")\n', rel="demo/conv.py")
    project.example(PLOT.format(a=0, b=1), rel="demo/conv-2d.py")
    project.update().assert_outcomes(passed=2)
    project.run().assert_outcomes(passed=3)
    assert project.files() == ["conv-2d.out", "conv-2d.png", "conv-2d.py", "conv.out", "conv.py"]


def test_an_example_named_like_a_numbered_figure_owns_its_figure(project: Project):
    # step-1.png is the one figure of step-1.py, not figure 1 of step.py (layout.figure_owner).
    project.example('print("step")\n', rel="demo/step.py")
    project.example(PLOT.format(a=0, b=1), rel="demo/step-1.py")
    project.update().assert_outcomes(passed=2)
    assert project.files() == ["step-1.out", "step-1.png", "step-1.py", "step.out", "step.py"]
    result = project.run("--collect-only", "-q")
    result.stdout.fnmatch_lines(
        ["snippets/demo/step-1.py::output", "snippets/demo/step-1.py::figure", "snippets/demo/step.py::output"]
    )
    project.run().assert_outcomes(passed=3)


def test_override_of_an_unknown_example_is_an_error(project: Project):
    project.configure(extra='[tool.snippets.overrides]\n"demo/typo.py" = { rtol = 0.1 }')
    project.example("print(1)\n", out="1\n")
    result = project.run()
    assert "'demo/typo.py' is neither a chapter folder nor an example" in result.stdout.str() + result.stderr.str()
    assert result.ret != 0


def test_report_header_names_what_explains_a_last_digit(project: Project):
    project.example("print(1)\n", out="1\n")
    result = project.run()
    result.stdout.fnmatch_lines(
        ["numerics: TensorFlow *, Keras *, NumPy *, matplotlib *", "numerics: * oneDNN *", "numerics: SIMD *; BLAS *"]
    )


# --- the learner's path: a page block that pytest-codeblocks runs ---------------------------------

CODEBLOCK_PAGE = """\
Run the example in a fresh process, as a reader does:

```sh
python snippets/demo/x.py
```

<!--pytest-codeblocks:expected-output-->

```text
{expected}
```
"""


@pytest.mark.parametrize(("expected", "ok"), [("x = 1", True), ("x = 2", False)])
def test_codeblocks_runs_a_shell_block_and_checks_its_output(project: Project, expected: str, ok: bool):
    project.configure(addopts=[*ADDOPTS, "--codeblocks"])
    project.example('print("x =", 1)\n', out="x = 1\n")
    (project.root / "page.md").write_text(CODEBLOCK_PAGE.format(expected=expected), encoding="utf-8")
    result = project.run("page.md")
    result.assert_outcomes(passed=1) if ok else result.assert_outcomes(failed=1)
    if not ok:
        result.stdout.fnmatch_lines(["*Expected output*", "x = 2", "*but got*", "x = 1"])
