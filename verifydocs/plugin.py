"""The pytest plugin: every example under ``snippets/`` is a test (``-p verifydocs.plugin``).

Hooks and pytest items only. Running an example is ``runner``; the verdict on what it printed and
drew is ``verdict``; writing goldens is ``goldens``; settings are ``settings``; names are ``layout``.

Collection: ``snippets/<chapter>/<name>.py`` (``layout.is_example``) becomes a file node with items
``output`` and ``figure`` / ``figure-1``, ``figure-2``, … (one per golden figure). The example runs
once per file node; its items only compare. All items of an example carry one ``xdist_group``, so
``--dist loadgroup`` keeps them on one worker while everything else spreads test by test.
Also: ``--update-goldens``, which then reruns the examples it wrote goldens for under other
numeric environments (``portability``) and fails the run where they differ, naming the
environments (``--no-portability-check`` skips that); the report header names what explains a
last-digit difference (``environment.describe``); ``python`` on ``PATH`` is this interpreter, so a shell block that
pytest-codeblocks runs (``python snippets/...``) takes the learner's path in a fresh process.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import os
import shlex
import sys
import threading
from pathlib import Path

import pytest

from . import compare_image, compare_text, environment, goldens, portability, runner, settings, verdict
from .layout import SNIPPETS, existing_figures, golden_output, is_example
from .workarounds import xdist_groups

environment.pin_env(os.environ)  # before anything imports TensorFlow, Keras, rich or matplotlib
os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")

CONFIG_KEY = pytest.StashKey[settings.Config]()
UPDATED_KEY = "verifydocs-updated"
UPDATED_EXAMPLE_KEY = "verifydocs-updated-example"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("snippets", "executable examples under snippets/")
    group.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite the .out/.png goldens of the selected examples from this run",
    )
    group.addoption(
        "--no-portability-check",
        action="store_true",
        default=False,
        help="with --update-goldens: don't rerun the updated examples under other numeric environments",
    )


def pytest_configure(config: pytest.Config) -> None:
    try:
        config.stash[CONFIG_KEY] = settings.load(config.rootpath)
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from None
    if config.getoption("update_goldens"):
        config.pluginmanager.register(_UpdateSummary(config), "verifydocs-updates")


def pytest_report_header(config: pytest.Config) -> list[str]:
    mode = "UPDATE goldens" if config.getoption("update_goldens") else "check goldens"
    return [f"snippets: {mode}; settings in pyproject.toml [tool.snippets]", *environment.describe()]


def _snippets_root(config: pytest.Config) -> Path:
    return config.rootpath / SNIPPETS


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    collectors = yield
    root = _snippets_root(parent.config)
    if is_example(file_path, root):
        # Only ours: pytest's python plugin would import an example named on the command line
        # (``pytest snippets/x/y.py``) as a test module, i.e. run it unguarded at collection.
        return [ExampleFile.from_parent(parent, path=file_path)]
    return collectors


@pytest.hookimpl(trylast=True)  # after xdist's own, whose group suffix pytest 9.2 loses
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    xdist_groups.apply(config, items)


def pytest_collection_finish(session: pytest.Session) -> None:
    # Pay the TensorFlow import once per worker, before any example's timeout starts.
    if any(isinstance(item, ExampleItem) for item in session.items):
        # The imports make ~350,000 objects that live as long as the process: the garbage collector
        # is paused while they are made (no full collection walks them midway), then they are
        # frozen, so no collection during the examples, nor pytest's two at the end, walks them again.
        gc.disable()
        try:
            with runner.quiet_fd(2):  # TF's C++ start-up banner bypasses Python's stderr
                # matplotlib.pyplot: the runner itself needs it for every example; first, so that the
                # thread below imports only matplotlib.testing while TensorFlow imports here.
                importlib.import_module("matplotlib.pyplot")
                figures = threading.Thread(target=compare_image.load, name="compare_image.load", daemon=True)
                figures.start()
                for name in session.config.stash[CONFIG_KEY].preload:
                    importlib.import_module(name)
                figures.join()
        finally:
            gc.freeze()
            gc.enable()


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
    """Lists goldens written by ``--update-goldens`` (reports reach the xdist controller too), and
    checks their examples under other numeric environments (``portability``): a golden that a
    reader's machine would fail stays written for review, but the run fails and names where."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.paths: set[str] = set()
        self.examples: set[str] = set()
        self.portability: portability.Report | None = None

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.paths.update(value for key, value in report.user_properties if key == UPDATED_KEY)
        self.examples.update(value for key, value in report.user_properties if key == UPDATED_EXAMPLE_KEY)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(self.config, "workerinput") or not self.examples or self.config.getoption("no_portability_check"):
            return
        root = self.config.rootpath
        written = [root / rel for rel in sorted(self.examples) if (root / rel).exists()]
        self.portability = portability.check(root, written)
        if self.portability.failed:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter) -> None:
        terminalreporter.section("goldens")
        terminalreporter.write_line(f"{len(self.paths)} golden file(s) written" + (":" if self.paths else ""))
        for path in sorted(self.paths):
            terminalreporter.write_line(f"  {path}")
        if self.portability is None:
            return
        report = self.portability
        terminalreporter.section("portability of the written goldens", red=report.failed)
        if report.failed:
            terminalreporter.write_line(
                "NOT PORTABLE: the goldens above are written (review them), but these examples print or draw "
                "something else under another numeric environment, so a reader's machine would fail them:\n"
            )
        terminalreporter.write_line(report.text())


def update_command(config: pytest.Config, path: Path) -> str:
    # as_posix: the same command on Windows, where str() gives backslashes (pytest takes "/" there too)
    return f"pytest --update-goldens {shlex.quote(path.relative_to(config.rootpath).as_posix())}"


class ExampleFile(pytest.File):
    """One example; runs it at most once and hands the result to its items."""

    def collect(self):
        self.rel = self.path.relative_to(self.config.rootpath).as_posix()
        self.settings = self.config.stash[CONFIG_KEY].for_example(
            self.path.relative_to(_snippets_root(self.config)).as_posix()
        )
        self._result: runner.RunResult | None = None
        self._updated: list[str] | None = None
        yield OutputItem.from_parent(self, name="output")
        for index, golden in enumerate(existing_figures(self.path), start=1):
            name = "figure" if golden == self.path.with_suffix(".png") else f"figure-{index}"
            yield FigureItem.from_parent(self, name=name, golden=golden, index=index - 1)

    def result(self) -> runner.RunResult:
        if self._result is None:
            root = _snippets_root(self.config)
            self._result = runner.run(self.path, root, self.settings)
            if self.config.getoption("update_goldens"):
                if verdict.CONTROL_CHARS.search(self._result.stdout):  # never written into a golden
                    self._result.problems.append(
                        verdict.output_problem(self.path, self._result.stdout, self.settings, self.config.rootpath)
                    )
                if self._runs_clean(self._result):
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
                "seed every random source in the example\n" + diff.report("first run")
            )
            return
        changed = goldens.write_goldens(self.path, self._result.stdout, self._result.figures, self._matches)
        self._updated = [p.relative_to(self.config.rootpath).as_posix() for p in changed]

    def _matches(self, golden: Path, actual) -> bool:
        if isinstance(actual, str):
            return compare_text.compare(
                golden.read_text(encoding="utf-8"), actual, self.settings.rtol, self.settings.atol
            ).ok
        results = self.config.rootpath / "test-results" / "update"
        return verdict.figure_problem(golden, actual, self.settings, results / golden.stem) is None


class ExampleItem(pytest.Item):
    parent: ExampleFile

    def __init__(self, *, golden: Path | None = None, index: int = 0, **kwargs):
        super().__init__(**kwargs)
        self.golden, self.index = golden, index
        self.add_marker(pytest.mark.timeout(self.parent.settings.timeout))
        self.add_marker(pytest.mark.xdist_group(self.parent.rel))  # one run per example: one worker

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
        if self.parent._updated:
            self.user_properties.append((UPDATED_EXAMPLE_KEY, self.parent.rel))
        self.parent._updated = []


class SnippetFailure(Exception):
    """A check failed; the message is the whole report (no plugin traceback)."""


class OutputItem(ExampleItem):
    def runtest(self) -> None:
        ex, result = self.parent, self.parent.result()
        self._record_updates()
        if result.error:
            self.fail(result.error + _tail("stdout before the error", result.stdout) + _tail("stderr", result.stderr))
        if result.problems:
            self.fail(f"{ex.rel}: " + "\n".join(result.problems))
        if self.config.getoption("update_goldens"):
            return
        command = update_command(self.config, self.path)
        problem = verdict.output_problem(self.path, result.stdout, ex.settings, self.config.rootpath)
        if problem and not golden_output(self.path).exists():
            self.fail(
                f"{ex.rel}: {problem}. If this output is right, create it with:\n  {command}\n"
                + _tail("actual output", result.stdout, 40)
            )
        if problem:
            hint = self._nondeterminism_hint(result.stdout)
            self.fail(f"{ex.rel}: {problem}\n{hint}\nIf the new output is right, accept it with:\n  {command}")
        problem = verdict.figure_count_problem(self.path, result.figures)
        if problem:
            self.fail(f"{ex.rel}: {problem}. If that is right, run:\n  {command}")

    def _nondeterminism_hint(self, first: str) -> str:
        ex = self.parent
        second = runner.run(self.path, _snippets_root(self.config), ex.settings)
        if compare_text.compare(first, second.stdout, ex.settings.rtol, ex.settings.atol).ok:
            return ""
        return (
            "\nNONDETERMINISTIC: a second run printed different output again. Seed every random "
            "source in the example (np.random.default_rng(seed), keras.utils.set_random_seed(seed)).\n"
        )


class FigureItem(ExampleItem):
    def runtest(self) -> None:
        ex, result = self.parent, self.parent.result()
        self._record_updates()
        if result.error or result.problems:
            self.fail(f"{ex.rel}: the example did not run cleanly; see {ex.rel}::output")
        if self.config.getoption("update_goldens"):
            return
        if self.index >= len(result.figures):
            self.fail(
                f"{ex.rel}: golden {self.golden.name} exists but the example drew only "
                f"{len(result.figures)} figure(s). If that is right, run:\n  "
                f"{update_command(self.config, self.path)}"
            )
        results = (
            self.config.rootpath
            / "test-results"
            / "figures"
            / self.golden.relative_to(_snippets_root(self.config)).with_suffix("")
        )
        message = verdict.figure_problem(self.golden, result.figures[self.index], ex.settings, results)
        if message:
            self.fail(
                f"{ex.rel}: {message}\nIf the new figure is right, accept it with:\n  "
                f"{update_command(self.config, self.path)}"
            )


def _tail(title: str, text: str, lines: int = 15) -> str:
    if not text.strip():
        return ""
    shown = text.rstrip("\n").split("\n")[-lines:]
    return f"\n--- {title} (last {len(shown)} lines) ---\n" + "\n".join(shown)
