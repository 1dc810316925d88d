"""pytest plugin that executes every example under ``snippets/`` and checks it against its goldens.

Loaded with ``-p tests.snippetcheck`` (pyproject's pytest options). Hooks only; the work is in
``runner`` (execute in-process), ``sanitize`` and ``compare_text`` (printed output),
``compare_image`` (figures), ``update`` (``--update-goldens``) and ``config`` (tolerances).

Collection: ``snippets/<chapter>/<name>.py`` (not starting with ``_``) becomes a file node with
items ``output`` and ``figure`` / ``figure-1``, ``figure-2``, … (one per golden figure). The
example runs once per file node; its items only compare.
"""

from __future__ import annotations

import atexit
import importlib
import os
import re
import shlex
import sys
from collections.abc import MutableMapping
from pathlib import Path

import pytest

from . import compare_image, compare_text, config as config_mod, runner, update

# Pinned before anything imports TensorFlow, Keras, rich or matplotlib (xdist workers too).
# (Also what a notebook kernel and the benchmark's one-process-per-example baseline get.)
_ENV = {
    "COLUMNS": "80", "LINES": "24",  # Keras' model.summary() width comes from these
    "TF_CPP_MIN_LOG_LEVEL": "2",  # keep TF's C++ start-up chatter out of the logs
    "MPLBACKEND": "Agg",
    "NO_COLOR": "1", "TERM": "dumb",
}
_UNSET = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR_FORCE", "PYTHONBREAKPOINT")


def pin_env(env: MutableMapping[str, str]) -> MutableMapping[str, str]:
    """Pin in ``env`` (in place) the variables examples run under; unset the colour-forcing ones."""
    env.update(_ENV)
    for name in _UNSET:
        env.pop(name, None)
    return env


pin_env(os.environ)

UPDATED_KEY = "snippetcheck-updated"
CONTROL_CHARS = re.compile(r"[\r\b\x1b]")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("snippets", "executable examples under snippets/")
    group.addoption("--update-goldens", action="store_true", default=False,
                    help="rewrite the .out/.png goldens of the selected examples from this run")


def pytest_configure(config: pytest.Config) -> None:
    config._snippets = config_mod.load(config.rootpath)  # type: ignore[attr-defined]
    if config.getoption("update_goldens"):
        config.pluginmanager.register(_UpdateSummary(), "snippetcheck-updates")


def pytest_report_header(config: pytest.Config) -> str:
    mode = "UPDATE goldens" if config.getoption("update_goldens") else "check goldens"
    return f"snippets: {mode}; settings in pyproject.toml [tool.snippets]"


def _snippets_root(config: pytest.Config) -> Path:
    return config.rootpath / "snippets"


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    collectors = yield
    root = _snippets_root(parent.config)
    if (file_path.suffix == ".py" and not file_path.name.startswith("_")
            and file_path.is_relative_to(root) and file_path.parent != root):
        # Only ours: pytest's python plugin would import an example named on the command line
        # (``pytest snippets/x/y.py``) as a test module, i.e. run it unguarded at collection.
        return [ExampleFile.from_parent(parent, path=file_path)]
    return collectors


def pytest_collection_finish(session: pytest.Session) -> None:
    # Pay the TensorFlow import once per worker, before any example's timeout starts.
    if any(isinstance(item, ExampleItem) for item in session.items):
        with runner.quiet_fd(2):  # TF's C++ start-up banner bypasses Python's stderr
            # matplotlib.pyplot: the runner itself needs it for every example
            for name in (*session.config._snippets.preload, "matplotlib.pyplot"):  # type: ignore[attr-defined]
                importlib.import_module(name)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    # An xdist worker that imported TensorFlow has sent every result by now; Python's finalization
    # would spend ~1 s tearing TensorFlow down while the whole run waits. atexit runs handlers last
    # in, first out: this one ends the process before the others (nothing left to flush but stdio).
    if hasattr(config, "workerinput") and "tensorflow" in sys.modules:
        atexit.register(_exit_now)


def _exit_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class _UpdateSummary:
    """Counts goldens written by ``--update-goldens`` (reports reach the xdist controller too)."""

    def __init__(self) -> None:
        self.paths: set[str] = set()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.paths.update(value for key, value in report.user_properties if key == UPDATED_KEY)

    def pytest_terminal_summary(self, terminalreporter) -> None:
        terminalreporter.section("goldens")
        terminalreporter.write_line(f"{len(self.paths)} golden file(s) written" + (":" if self.paths else ""))
        for path in sorted(self.paths):
            terminalreporter.write_line(f"  {path}")


def update_command(config: pytest.Config, path: Path) -> str:
    return f"pytest --update-goldens {shlex.quote(str(path.relative_to(config.rootpath)))}"


class ExampleFile(pytest.File):
    """One example; runs it at most once and hands the result to its items."""

    def collect(self):
        self.rel = self.path.relative_to(self.config.rootpath).as_posix()
        self.settings = self.config._snippets.for_example(  # type: ignore[attr-defined]
            self.path.relative_to(_snippets_root(self.config)).as_posix())
        self._result: runner.RunResult | None = None
        self._updated: list[str] | None = None
        yield OutputItem.from_parent(self, name="output")
        goldens = update.existing_figures(self.path)
        for index, golden in enumerate(goldens, start=1):
            name = "figure" if golden == self.path.with_suffix(".png") else f"figure-{index}"
            yield FigureItem.from_parent(self, name=name, golden=golden, index=index - 1)

    def result(self) -> runner.RunResult:
        if self._result is None:
            root = _snippets_root(self.config)
            self._result = runner.run(self.path, root, self.settings)
            if CONTROL_CHARS.search(self._result.stdout):
                self._result.problems.append(
                    "the output contains terminal control characters (\\r, \\b or ANSI codes), which "
                    "would show as garbage on the page; a Keras progress bar? use fit(..., verbose=2) or 0")
            if self.config.getoption("update_goldens") and self._runs_clean(self._result):
                self._update(root)
        return self._result

    @staticmethod
    def _runs_clean(result: runner.RunResult) -> bool:
        return result.error is None and not result.problems

    def _update(self, root: Path) -> None:
        second = runner.run(self.path, root, self.settings)
        diff = compare_text.compare(self._result.stdout, second.stdout, self.settings.rtol, self.settings.atol)
        if not diff.ok:
            self._result.problems.append(
                "nondeterministic: two runs printed different output, so no golden was written; "
                "seed every random source in the example\n" + diff.report("first run"))
            return
        changed = update.write_goldens(self.path, self._result.stdout, self._result.figures, self._matches)
        self._updated = [p.relative_to(self.config.rootpath).as_posix() for p in changed]

    def _matches(self, golden: Path, actual) -> bool:
        if isinstance(actual, str):
            return compare_text.compare(golden.read_text(encoding="utf-8"), actual,
                                        self.settings.rtol, self.settings.atol).ok
        results = self.config.rootpath / "test-results" / "update"
        return compare_image.compare(golden, actual, self.settings.image_tol, results / golden.stem) is None


class ExampleItem(pytest.Item):
    parent: ExampleFile

    def __init__(self, *, golden: Path | None = None, index: int = 0, **kwargs):
        super().__init__(**kwargs)
        self.golden, self.index = golden, index
        self.add_marker(pytest.mark.timeout(self.parent.settings.timeout))

    def reportinfo(self):
        # Not a suffix of the node id, or ``pytest -v`` shows "x::py::output" (as doctest does).
        return self.path, 0, f"[example] {self.parent.rel}::{self.name}"

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, SnippetFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def fail(self, message: str) -> None:
        raise SnippetFailure(message)

    def _record_updates(self) -> None:
        for path in self.parent._updated or []:
            self.user_properties.append((UPDATED_KEY, path))
        self.parent._updated = []


class SnippetFailure(Exception):
    """A check failed; the message is the whole report (no plugin traceback)."""


class OutputItem(ExampleItem):
    def runtest(self) -> None:
        ex, result = self.parent, self.parent.result()
        self._record_updates()
        if result.error:
            self.fail(result.error + _tail("stdout before the error", result.stdout)
                      + _tail("stderr", result.stderr))
        if result.problems:
            self.fail(f"{ex.rel}: " + "\n".join(result.problems))
        if self.config.getoption("update_goldens"):
            return
        golden = self.path.with_suffix(".out")
        command = update_command(self.config, self.path)
        if not golden.exists():
            self.fail(f"{ex.rel}: no golden output {golden.name} yet. If this output is right, "
                      f"create it with:\n  {command}\n" + _tail("actual output", result.stdout, 40))
        s = ex.settings
        diff = compare_text.compare(golden.read_text(encoding="utf-8"), result.stdout, s.rtol, s.atol)
        if not diff.ok:
            hint = self._nondeterminism_hint(result.stdout)
            self.fail(f"{ex.rel}: output differs from {golden.name} (rtol={s.rtol:g}, atol={s.atol:g})\n"
                      f"{diff.report(golden.relative_to(self.config.rootpath).as_posix())}\n{hint}\n"
                      f"If the new output is right, accept it with:\n  {command}")
        goldens = update.existing_figures(self.path)
        if len(result.figures) != len(goldens):
            self.fail(f"{ex.rel}: the example drew {len(result.figures)} figure(s) but "
                      f"{len(goldens)} golden figure(s) exist. If that is right, run:\n  {command}")

    def _nondeterminism_hint(self, first: str) -> str:
        ex = self.parent
        second = runner.run(self.path, _snippets_root(self.config), ex.settings)
        if compare_text.compare(first, second.stdout, ex.settings.rtol, ex.settings.atol).ok:
            return ""
        return ("\nNONDETERMINISTIC: a second run printed different output again. Seed every random "
                "source in the example (np.random.default_rng(seed), keras.utils.set_random_seed(seed)).\n")


class FigureItem(ExampleItem):
    def runtest(self) -> None:
        ex, result = self.parent, self.parent.result()
        self._record_updates()
        if result.error or result.problems:
            self.fail(f"{ex.rel}: the example did not run cleanly; see {ex.rel}::output")
        if self.config.getoption("update_goldens"):
            return
        if self.index >= len(result.figures):
            self.fail(f"{ex.rel}: golden {self.golden.name} exists but the example drew only "
                      f"{len(result.figures)} figure(s). If that is right, run:\n  "
                      f"{update_command(self.config, self.path)}")
        results = self.config.rootpath / "test-results" / "figures" / self.golden.relative_to(
            _snippets_root(self.config)).with_suffix("")
        message = compare_image.compare(self.golden, result.figures[self.index], ex.settings.image_tol, results)
        if message:
            self.fail(f"{ex.rel}: {message}\nIf the new figure is right, accept it with:\n  "
                      f"{update_command(self.config, self.path)}")


def _tail(title: str, text: str, lines: int = 15) -> str:
    if not text.strip():
        return ""
    shown = text.rstrip("\n").split("\n")[-lines:]
    return f"\n--- {title} (last {len(shown)} lines) ---\n" + "\n".join(shown)
