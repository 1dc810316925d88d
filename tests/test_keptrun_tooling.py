"""Kept tests of the tooling (``@pytest.mark.kept``, verifydocs/keptrun.py): what a test read is
recorded through audit hooks (verifydocs/reads.py), and the test runs again when any of it, the
tooling or the names of the content files change; a failing test is never kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from verifydocs import checkcache, reads

pytest_plugins = ["pytester"]


def _project(root: Path) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "read.md").write_text("read", "utf-8")
    (root / "docs" / "unread.md").write_text("unread", "utf-8")
    (root / "docs" / "by-fixture.md").write_text("fixture", "utf-8")
    (root / "snippets").mkdir()
    (root / "snippets" / "x.py").write_text("print(1)\n", "utf-8")
    (root / "tests").mkdir()
    (root / "verifydocs").mkdir()
    (root / "verifydocs" / "tool.py").write_text("RULE = 1\n", "utf-8")
    (root / ".venv").mkdir()
    (root / ".venv" / "lib.py").write_text("", "utf-8")
    return root


def test_recording_names_what_is_read_listed_or_given_to_a_subprocess(tmp_path):
    root = _project(tmp_path / "repo")
    with reads.recording(root) as names:
        (root / "docs" / "read.md").read_text("utf-8")
        (root / "verifydocs" / "tool.py").read_text("utf-8")  # tooling: keyed as code
        (root / ".venv" / "lib.py").read_text("utf-8")  # never an input
        sorted((root / "snippets").iterdir())
        (tmp_path / "elsewhere.txt").write_text("", "utf-8")  # outside the repository
        subprocess.run([sys.executable, "-c", "pass", str(root / "snippets" / "x.py")], cwd=tmp_path, check=True)
        with reads.paused():
            (root / "docs" / "unread.md").read_text("utf-8")
        sys.audit(reads.DEPENDS, str(tmp_path / "made-by-another-worker"))
    assert names == {"docs/read.md", "snippets?listing", "snippets/x.py" + checkcache.TREE, checkcache.TREE}


def test_a_subprocess_started_in_the_repository_reads_all_of_it(tmp_path):
    root = _project(tmp_path / "repo")
    with reads.recording(root) as names:
        subprocess.run([sys.executable, "-c", "pass"], cwd=root, check=True)
    assert names == {checkcache.TREE}
    with reads.recording(root) as names:
        subprocess.run([sys.executable, "-c", "pass"], cwd=tmp_path, env={**os.environ, "DATA": str(root / "docs")})
    assert names == {"docs" + checkcache.TREE}
    with reads.recording(root) as names:
        subprocess.run([sys.executable, "-c", f"open({str(root / 'docs' / 'read.md')!r})"], cwd=tmp_path, check=True)
    assert names == {"docs/read.md" + checkcache.TREE}, "a path in code, up to its quote"


KEPT = """import subprocess, sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.kept
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def shared():
    return (ROOT / "docs" / "by-fixture.md").read_text("utf-8")


def test_reads_a_page():
    assert (ROOT / "docs" / "read.md").read_text("utf-8")


def test_sets_up_the_fixture(shared):
    assert shared


def test_uses_a_fixture_read_for_another_test(shared):
    assert shared


def test_runs_a_subprocess_in_the_repository():
    subprocess.run([sys.executable, "-c", "pass"], cwd=ROOT, check=True)


def test_fails():
    assert (ROOT / "docs" / "read.md").read_text("utf-8") == "something else"

"""


def _run(pytester: pytest.Pytester) -> dict[str, str]:
    """Each test's outcome: passed, skipped (kept) or failed."""
    recorder = pytester.inline_run("-p", "verifydocs.keptrun", "-p", "no:randomly")
    return {
        report.nodeid.split("::")[-1]: outcome
        for outcome, reports in zip(("passed", "skipped", "failed"), recorder.listoutcomes(), strict=True)
        for report in reports
    }


def test_a_kept_test_runs_again_only_when_what_it_read_or_the_tooling_changes(pytester):
    root = _project(pytester.path)
    (root / "tests" / "test_kept.py").write_text(KEPT, "utf-8")
    (root / "tests" / "test_plain.py").write_text("def test_not_kept():\n    pass\n", "utf-8")
    ran = {"test_reads_a_page": "passed", "test_sets_up_the_fixture": "passed"}
    ran |= {"test_uses_a_fixture_read_for_another_test": "passed"}
    ran |= {"test_runs_a_subprocess_in_the_repository": "passed", "test_fails": "failed", "test_not_kept": "passed"}
    assert _run(pytester) == ran
    kept = {name: "skipped" for name in ran} | {"test_fails": "failed", "test_not_kept": "passed"}
    assert _run(pytester) == kept, "nothing changed: every test that passed is kept"

    (root / "docs" / "unread.md").write_text("edited", "utf-8")
    assert _run(pytester) == kept | {"test_runs_a_subprocess_in_the_repository": "passed"}

    (root / "docs" / "read.md").write_text("edited", "utf-8")
    assert _run(pytester) == kept | {
        "test_reads_a_page": "passed",
        "test_runs_a_subprocess_in_the_repository": "passed",
    }

    (root / "docs" / "by-fixture.md").write_text("edited", "utf-8")  # read by the module fixture, for one test
    assert _run(pytester) == kept | {
        "test_sets_up_the_fixture": "passed",
        "test_uses_a_fixture_read_for_another_test": "passed",
        "test_runs_a_subprocess_in_the_repository": "passed",
    }

    (root / "snippets" / "new.py").write_text("print(2)\n", "utf-8")  # a new content file: its name is read
    assert _run(pytester) == ran
    assert _run(pytester) == kept

    (root / "verifydocs" / "tool.py").write_text("RULE = 2\n", "utf-8")  # the tooling
    assert _run(pytester) == ran
