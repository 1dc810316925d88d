"""Self-tests of the portability check (verifydocs.portability) on tests/fixtures/portability/.

The fixture has two numpy-only examples: ``blas_digits`` prints the rounding error of a float32
matrix product, which depends on the BLAS kernel; ``stable`` prints the same product to two
digits. Their goldens are written here by a run in this machine's default environment (a
committed golden would belong to the machine that wrote it).
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from verifydocs import layout, portability

FIXTURE = Path(__file__).parent / "fixtures" / "portability"
pytest_plugins = ["pytester"]
# The fixture's example moves between x86-64 OpenBLAS kernels; elsewhere they are not selectable.
pytestmark = [
    pytest.mark.skipif(
        platform.machine().lower() not in ("x86_64", "amd64"), reason="OpenBLAS core types are x86-64's"
    ),
    pytest.mark.xdist_group("portability"),  # one worker: the module's fixtures run the check once
    pytest.mark.kept,  # skipped while nothing it reads has changed (verifydocs/keptrun.py)
]
KERNELS = ["openblas-skylakex", "openblas-haswell", "openblas-sandybridge", "openblas-prescott"]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("portability") / "project"
    shutil.copytree(FIXTURE, root)
    for example in layout.examples(root):
        out = subprocess.run(
            [sys.executable, example.name], cwd=example.parent, env=portability._env(None), capture_output=True
        )
        layout.golden_output(example).write_bytes(out.stdout)
    return root


@pytest.fixture(scope="module")
def report(project: Path) -> portability.Report:
    return portability.check(project, names=KERNELS)


def test_catches_an_example_that_depends_on_the_blas_kernel(report: portability.Report):
    moved = {(env, example) for env, example, _ in report.moved}
    assert {example for _, example in moved} == {"snippets/demo/blas_digits.py"}, report.text()
    env, _, message = report.moved[0]
    assert env in KERNELS and "output differs from blas_digits.out" in message
    text = report.text()
    assert f"MOVED in {env} (OPENBLAS_CORETYPE=" in text and "snippets/demo/blas_digits.py" in text
    assert "rounding error of float32" in text  # the verdict's diff, with the line that moved


def test_a_stable_example_passes_in_every_environment(report: portability.Report):
    assert len(report.ran) >= 1, report.text()  # at least one kernel other than the default runs
    assert not any(example.endswith("stable.py") for _, example, _ in report.moved)
    assert not report.broken


def test_an_environment_with_the_default_numerics_or_an_unrunnable_kernel_is_skipped(report: portability.Report):
    assert set(report.ran) | set(report.skipped) == set(KERNELS)
    for why in report.skipped.values():
        assert why.startswith(("same numerics as", "this CPU cannot run it")), why


def test_command_exits_1_and_names_the_environment(project: Path, capsys):
    code = portability.main(["--root", str(project), "--env", "openblas-prescott"])
    out = capsys.readouterr().out
    assert code == 1 and "MOVED in openblas-" in out and "python3 dev.py portability" in out
    assert (
        portability.main(["--root", str(project), "--env", "one-thread", str(project / "snippets/demo/stable.py")]) == 0
    )


def test_update_goldens_fails_naming_the_environments_where_the_new_golden_moves(pytester: pytest.Pytester):
    shutil.copytree(FIXTURE, pytester.path, dirs_exist_ok=True)
    plugins = ["-p", "verifydocs.plugin", "-p", "no:randomly", "-p", "no:cacheprovider", "-p", "no:xdist"]
    result = pytester.runpytest_inprocess(*plugins, "--update-goldens", "snippets")
    assert result.ret == pytest.ExitCode.TESTS_FAILED, result.stdout.str()
    result.stdout.fnmatch_lines(
        [
            "*2 golden file(s) written:",
            "*portability of the written goldens*",
            "NOT PORTABLE: the goldens above are written (review them)*",
            "MOVED in openblas-* (OPENBLAS_CORETYPE=*): snippets/demo/blas_digits.py",
            "*rounding error of float32*",
        ]
    )
    assert "stable.py" not in result.stdout.str().split("portability of the written goldens")[1]
    assert (pytester.path / "snippets/demo/blas_digits.out").exists()  # written, for review
